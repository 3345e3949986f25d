package io.github.albero.model;

import io.github.albero.internal.Problems;
import io.github.albero.InvalidValueException;
import io.github.albero.code.MissionCode;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.immutables.value.Value;

/**
 * A plan's first level: a mission (<i>missione</i>) of a spending classification, with its
 * programs, or — in a plan organised by strategic areas ({@link io.github.albero.reference.Scheme#STRATEGIC_AREAS})
 * — a strategic area (<i>area strategica</i>) holding its strategic objectives directly. Program
 * codes are unique within the mission, and every classified objective code below
 * ({@code MMM-PPP-NNN}) carries this mission's code.
 *
 * <p>Immutable and thread-safe; build one with {@code builder()}, change one with the {@code
 * with…} methods, which return a copy. Never null: a required attribute left unset or given as
 * null, or a null element, throws {@link io.github.albero.InvalidValueException} naming the
 * attribute; optional attributes are {@code Optional}, collections are never null.
 */
@Value.Immutable
abstract class AbstractMission implements Node {
    /** {@return the code as the document prints it: {@code 011}, {@code 01}, an area's {@code "A"}} */
    public abstract MissionCode code();

    /** {@return the title as the document writes it} */
    public abstract String title();

    /** {@return the programs} */
    public abstract List<Program> programs();

    /**
     * {@return the strategic objectives of a strategic area, which has no programs (empty for a
     * mission of a spending classification)}
     */
    public abstract List<StrategicObjective> objectives();

    /** {@return editorial notes} */
    public abstract List<String> notes();

    /**
     * {@return the objective of this area with that code}
     *
     * @param code an objective code as printed, such as {@code "OS1.1"}
     */
    public Optional<StrategicObjective> objective(String code) {
        return objectives().stream().filter(o -> o.code().toString().equals(code)).findFirst();
    }

    /**
     * {@return the program with that code}
     *
     * @param code a program code such as {@code "005"}
     */
    public Optional<Program> program(String code) {
        return programs().stream().filter(p -> p.code().value().equals(code)).findFirst();
    }

    @Override
    public String displayName() {
        return title();
    }

    @Value.Check
    void check() {
        Texts.requireText("title", title());
        Texts.requireTexts("notes", notes());
        if (!programs().isEmpty() && !objectives().isEmpty()) {
            throw new InvalidValueException(NodePath.root().member("objectives"), objectives().size() + " objectives",
                    Problems.of("missionProgramsOrObjectives"));
        }
        Programs.checkObjectives(NodePath.root(), objectives(), code(), null, "area " + code());
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < programs().size(); i++) {
            Program p = programs().get(i);
            NodePath at = NodePath.root().program(p.code(), i);
            if (!seen.add(p.code().value())) {
                throw new InvalidValueException(at.member("code"), p.code(), Problems.of("uniqueInMission", code()));
            }
            for (int j = 0; j < p.objectives().size(); j++) {
                StrategicObjective o = p.objectives().get(j);
                // the agreement applies to classified codes only: a document's own code names no mission
                if (o.code().mission().filter(m -> !m.equals(code())).isPresent()) {
                    throw new InvalidValueException(at.objective(o.code(), j).member("code"), o.code(),
                            Problems.of("startsWithMission", code()));
                }
            }
        }
    }

    /** {@return a readable one-line description, for logs and JShell} */
    @Override
    public String toString() {
        return "Mission[" + code() + " " + Texts.abbreviate(title(), 60) + ", "
                + (objectives().isEmpty() ? programs().size() + " programs]" : objectives().size() + " objectives]");
    }
}
