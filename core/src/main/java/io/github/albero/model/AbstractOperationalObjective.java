package io.github.albero.model;

import org.immutables.value.Value;
import java.util.Optional;

/**
 * An operational objective (<i>obiettivo operativo</i>): a yearly step towards a strategic
 * objective, with its own indicators and resources.
 */
@Value.Immutable
abstract class AbstractOperationalObjective implements Objective {
    /** @return the code, when the document gives one (free form) */
    public abstract Optional<String> code();

    @Value.Check
    void check() {
        code().ifPresent(c -> Texts.requireText("code", c));
        Objectives.check(this);
    }

    @Override
    public String toString() {
        return "OperationalObjective[" + code().map(c -> c + " ").orElse("") + Texts.abbreviate(title(), 60)
                + ", " + indicators().size() + " indicators]";
    }
}
