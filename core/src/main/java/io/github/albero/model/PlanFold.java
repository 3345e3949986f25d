package io.github.albero.model;

import java.util.List;
import java.util.Optional;

/**
 * The one walk of a plan's tree (<i>visita dell'albero</i>), folded bottom-up: each strategic
 * objective, then each program with the results of its objectives, then each mission with the
 * results of its children (a strategic area's own objectives, then its programs), in document
 * order and with every node's {@link NodePath}. {@link Plan#fold(PlanFold)} runs it; the
 * calculators build their result trees with it, and {@link Plan#locatedObjectives()} and
 * {@link Plan#indicators()} list what it reaches, so that no module walks the tree again.
 *
 * <pre>{@code
 * List<String> missions = plan.fold(new PlanFold<String>() {
 *     public String objective(NodePath path, Mission m, Optional<Program> p, StrategicObjective o) {
 *         return o.code().toString();
 *     }
 *     public String program(NodePath path, Mission m, Program p, List<String> objectives) {
 *         return p.code() + " " + objectives;
 *     }
 *     public String mission(NodePath path, Mission m, List<String> children) {
 *         return m.code() + " " + children;
 *     }
 * });
 * missions.get(0);   // 011 [005 [011-005-001, 011-005-002, …]]
 * }</pre>
 *
 * @param <R> what each node folds into
 */
public interface PlanFold<R> {
    /**
     * {@return what a strategic objective folds into}
     *
     * @param path its path
     * @param mission its mission or strategic area
     * @param program its program, empty for a strategic area's own objective
     * @param objective the objective
     */
    R objective(NodePath path, Mission mission, Optional<Program> program, StrategicObjective objective);

    /**
     * {@return what a program folds into}
     *
     * @param path its path
     * @param mission its mission
     * @param program the program
     * @param objectives what its objectives folded into, in document order
     */
    R program(NodePath path, Mission mission, Program program, List<R> objectives);

    /**
     * {@return what a mission or strategic area folds into}
     *
     * @param path its path
     * @param mission the mission
     * @param children what its own objectives and then its programs folded into, in document order
     */
    R mission(NodePath path, Mission mission, List<R> children);
}
