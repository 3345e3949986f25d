package io.github.albero.model;

import io.github.albero.InvalidValueException;
import io.github.albero.code.MissionCode;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.immutables.value.Value;

/**
 * A mission (<i>missione</i>) of the spending classification, with its programs. Program codes
 * are unique within the mission, and every objective below carries this mission's code.
 *
 * <p>Immutable and thread-safe; build one with {@code builder()}, change one with the {@code
 * with…} methods, which return a copy. Never null: a required attribute left unset or given as
 * null, or a null element, throws {@link io.github.albero.InvalidValueException} naming the
 * attribute; optional attributes are {@code Optional}, collections are never null.
 */
@Value.Immutable
abstract class AbstractMission implements Node {
    /** {@return the three-digit code} */
    public abstract MissionCode code();

    /** {@return the title as the document writes it} */
    public abstract String title();

    /** {@return the programs} */
    public abstract List<Program> programs();

    /** {@return editorial notes} */
    public abstract List<String> notes();

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
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < programs().size(); i++) {
            Program p = programs().get(i);
            NodePath at = NodePath.root().program(p.code(), i);
            if (!seen.add(p.code().value())) {
                throw new InvalidValueException(at.member("code"), p.code(), "must be unique within mission " + code());
            }
            for (int j = 0; j < p.objectives().size(); j++) {
                StrategicObjective o = p.objectives().get(j);
                if (!o.code().mission().equals(code())) {
                    throw new InvalidValueException(at.objective(o.code(), j).member("code"), o.code(),
                            "must start with the mission's code " + code());
                }
            }
        }
    }

    /** {@return a readable one-line description, for logs and JShell} */
    @Override
    public String toString() {
        return "Mission[" + code() + " " + Texts.abbreviate(title(), 60) + ", " + programs().size() + " programs]";
    }
}
