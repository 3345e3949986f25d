package io.github.albero.model;

import io.github.albero.code.ProgramCode;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A program (<i>programma</i>) of a mission, with its strategic objectives. Every classified
 * objective code ({@code MMM-PPP-NNN}) carries this program's code, and objective codes are
 * unique within the program.
 *
 * <p>Immutable and thread-safe; build one with {@code builder()}, change one with the {@code
 * with…} methods, which return a copy. Never null: a required attribute left unset or given as
 * null, or a null element, throws {@link io.github.albero.InvalidValueException} naming the
 * attribute; optional attributes are {@code Optional}, collections are never null.
 */
@Value.Immutable
abstract class AbstractProgram implements Node {
    /** {@return the code as the document prints it ({@code 005}, {@code 0101}), unique within the mission} */
    public abstract ProgramCode code();

    /** {@return the title as the document writes it} */
    public abstract String title();

    /** {@return the strategic objectives} */
    public abstract List<StrategicObjective> objectives();

    /** {@return editorial notes} */
    public abstract List<String> notes();

    /**
     * {@return the objective with that code}
     *
     * @param code an objective code such as {@code "011-005-001"}
     */
    public Optional<StrategicObjective> objective(String code) {
        return objectives().stream().filter(o -> o.code().toString().equals(code)).findFirst();
    }

    @Override
    public String displayName() {
        return title();
    }

    @Value.Check
    void check() {
        Texts.requireText("title", title());
        Texts.requireTexts("notes", notes());
        Programs.checkObjectives(NodePath.root(), objectives(), null, code(), "program " + code());
    }

    /** {@return a readable one-line description, for logs and JShell} */
    @Override
    public String toString() {
        return "Program[" + code() + " " + Texts.abbreviate(title(), 60) + ", " + objectives().size() + " objectives]";
    }
}
