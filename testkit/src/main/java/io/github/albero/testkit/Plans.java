package io.github.albero.testkit;

import io.github.albero.model.Indicator;
import io.github.albero.model.Mission;
import io.github.albero.model.NodePath;
import io.github.albero.model.OperationalObjective;
import io.github.albero.model.Plan;
import io.github.albero.model.Program;
import io.github.albero.model.StrategicObjective;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.BiFunction;
import java.util.function.UnaryOperator;

/**
 * Rewrites of immutable plans, node by node: the building block for editing a generated plan
 * in a test, such as injecting one defect into a valid plan. Each function receives the node
 * and its path (as {@link Plan#indicators()} reports it, e.g.
 * {@code missions[011].programs[005].objectives[011-005-001].indicators[0]}) and returns the node
 * to keep; returning the same instance keeps the plan's structure shared, so a rewrite that
 * changes nothing returns the very same plan.
 *
 * <p>The rebuilt plan is checked by the core like any other: a rewrite that breaks a
 * construction invariant (a duplicate mission code, an objective code that disagrees with its
 * program) throws {@link io.github.albero.InvalidValueException}.
 *
 * <pre>{@code
 * Plan noTargets = Plans.mapIndicators(plan, (path, i) -> i.withTargets(Map.of()));
 * Plan edited = Plans.updateIndicator(plan, plan.indicators().get(0).path(), i -> i.withName("Nuovo nome"));
 * }</pre>
 */
public final class Plans {
    private Plans() {
    }

    /**
     * {@return the rewritten plan}
     *
     * @param plan a plan
     * @param f the new mission for each mission and its path
     */
    public static Plan mapMissions(Plan plan, BiFunction<NodePath, Mission, Mission> f) {
        Objects.requireNonNull(f, "f");
        List<Mission> missions = new ArrayList<>(plan.missions().size());
        boolean changed = false;
        for (int i = 0; i < plan.missions().size(); i++) {
            Mission m = plan.missions().get(i);
            Mission n = Objects.requireNonNull(f.apply(NodePath.root().mission(m.code(), i), m), "rewritten mission");
            changed |= n != m;
            missions.add(n);
        }
        return changed ? plan.withMissions(missions) : plan;
    }

    /**
     * {@return the rewritten plan}
     *
     * @param plan a plan
     * @param f the new program for each program and its path
     */
    public static Plan mapPrograms(Plan plan, BiFunction<NodePath, Program, Program> f) {
        Objects.requireNonNull(f, "f");
        return mapMissions(plan, (path, m) -> {
            List<Program> programs = new ArrayList<>(m.programs().size());
            boolean changed = false;
            for (int i = 0; i < m.programs().size(); i++) {
                Program p = m.programs().get(i);
                Program n = Objects.requireNonNull(f.apply(path.program(p.code(), i), p), "rewritten program");
                changed |= n != p;
                programs.add(n);
            }
            return changed ? m.withPrograms(programs) : m;
        });
    }

    /** The objectives rewritten, or null when none changed. */
    private static List<StrategicObjective> mapAll(NodePath path, List<StrategicObjective> list,
            BiFunction<NodePath, StrategicObjective, StrategicObjective> f) {
        List<StrategicObjective> objectives = new ArrayList<>(list.size());
        boolean changed = false;
        for (int i = 0; i < list.size(); i++) {
            StrategicObjective o = list.get(i);
            StrategicObjective n = Objects.requireNonNull(f.apply(path.objective(o.code(), i), o), "rewritten objective");
            changed |= n != o;
            objectives.add(n);
        }
        return changed ? objectives : null;
    }

    /**
     * {@return the rewritten plan}
     *
     * @param plan a plan
     * @param f the new strategic objective for each strategic objective and its path
     */
    public static Plan mapStrategicObjectives(Plan plan, BiFunction<NodePath, StrategicObjective, StrategicObjective> f) {
        Objects.requireNonNull(f, "f");
        // a strategic area's own objectives first, then those of programs
        Plan areas = mapMissions(plan, (path, m) -> {
            List<StrategicObjective> objectives = mapAll(path, m.objectives(), f);
            return objectives == null ? m : m.withObjectives(objectives);
        });
        return mapPrograms(areas, (path, p) -> {
            List<StrategicObjective> objectives = mapAll(path, p.objectives(), f);
            return objectives == null ? p : p.withObjectives(objectives);
        });
    }

    /**
     * {@return the rewritten plan}
     *
     * @param plan a plan
     * @param f the new operational objective for each operational objective and its path
     */
    public static Plan mapOperationalObjectives(Plan plan, BiFunction<NodePath, OperationalObjective, OperationalObjective> f) {
        Objects.requireNonNull(f, "f");
        return mapStrategicObjectives(plan, (path, o) -> {
            List<OperationalObjective> operational = new ArrayList<>(o.operationalObjectives().size());
            boolean changed = false;
            for (int j = 0; j < o.operationalObjectives().size(); j++) {
                OperationalObjective oo = o.operationalObjectives().get(j);
                OperationalObjective n = Objects.requireNonNull(f.apply(path.operationalObjective(j), oo),
                        "rewritten operational objective");
                changed |= n != oo;
                operational.add(n);
            }
            return changed ? o.withOperationalObjectives(operational) : o;
        });
    }

    /**
     * Rewrites every indicator, those of strategic objectives and those of operational
     * objectives alike.
     *
     * @param plan a plan
     * @param f the new indicator for each indicator and its path
     * @return the rewritten plan
     */
    public static Plan mapIndicators(Plan plan, BiFunction<NodePath, Indicator, Indicator> f) {
        Objects.requireNonNull(f, "f");
        Plan direct = mapStrategicObjectives(plan, (path, o) -> {
            List<Indicator> indicators = mapList(path, o.indicators(), f);
            return indicators == null ? o : o.withIndicators(indicators);
        });
        return mapOperationalObjectives(direct, (path, oo) -> {
            List<Indicator> indicators = mapList(path, oo.indicators(), f);
            return indicators == null ? oo : oo.withIndicators(indicators);
        });
    }

    private static List<Indicator> mapList(NodePath parent, List<Indicator> list, BiFunction<NodePath, Indicator, Indicator> f) {
        List<Indicator> mapped = new ArrayList<>(list.size());
        boolean changed = false;
        for (int i = 0; i < list.size(); i++) {
            Indicator n = Objects.requireNonNull(f.apply(parent.indicator(i), list.get(i)), "rewritten indicator");
            changed |= n != list.get(i);
            mapped.add(n);
        }
        return changed ? mapped : null;
    }

    /**
     * Rewrites the one indicator at {@code path}.
     *
     * @param plan a plan
     * @param path the indicator's path, as {@link Plan#indicators()} gives it
     * @param f the rewrite
     * @return the rewritten plan
     * @throws IllegalArgumentException when no indicator has that path
     */
    public static Plan updateIndicator(Plan plan, NodePath path, UnaryOperator<Indicator> f) {
        Objects.requireNonNull(path, "path");
        Objects.requireNonNull(f, "f");
        boolean[] found = new boolean[1];
        Plan rewritten = mapIndicators(plan, (p, i) -> {
            if (!p.equals(path)) {
                return i;
            }
            found[0] = true;
            return f.apply(i);
        });
        if (!found[0]) {
            throw new IllegalArgumentException("path: no indicator of the plan lies at " + path);
        }
        return rewritten;
    }
}
