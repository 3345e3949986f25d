package io.github.albero.model;

import org.immutables.value.Value;
import java.util.Optional;

/**
 * An operational objective (<i>obiettivo operativo</i>): a yearly step towards a strategic
 * objective, with its own indicators and resources.
 *
 * <p>Immutable and thread-safe; build one with {@code builder()}, change one with the {@code
 * with…} methods, which return a copy. Never null: a required attribute left unset or given as
 * null, or a null element, throws {@link io.github.albero.InvalidValueException} naming the
 * attribute; optional attributes are {@code Optional}, collections are never null.
 */
@Value.Immutable
abstract class AbstractOperationalObjective implements Objective {
    /** {@return the code, when the document gives one (free form)} */
    public abstract Optional<String> code();

    @Value.Check
    void check() {
        code().ifPresent(c -> Texts.requireText("code", c));
        Objectives.check(this);
    }

    /** {@return a readable one-line description, for logs and JShell} */
    @Override
    public String toString() {
        return "OperationalObjective[" + code().map(c -> c + " ").orElse("") + Texts.abbreviate(title(), 60)
                + ", " + indicators().size() + " indicators]";
    }
}
