package io.github.albero.model;

import java.util.Optional;
import org.immutables.value.Value;

/**
 * A strategic or operational objective together with where it lies: its mission, program (none
 * for a strategic area's own objective), strategic objective and path.
 * {@link Plan#locatedObjectives()} lists them all, each strategic objective followed by its
 * operational ones.
 *
 * <p>Immutable and thread-safe; build one with {@code builder()}. Never null: a required
 * attribute left unset or given as null throws {@link io.github.albero.InvalidValueException}
 * naming the attribute; optional attributes are {@code Optional}.
 */
@Value.Immutable
abstract class AbstractLocatedObjective {
    /** {@return the path, e.g. {@code missions[011].programs[005].objectives[011-005-001].operationalObjectives[0]}} */
    public abstract NodePath path();

    /** {@return the mission or strategic area} */
    public abstract Mission mission();

    /** {@return the program, empty for a strategic area's own objective} */
    public abstract Optional<Program> program();

    /** {@return the strategic objective (the one located, or the one the operational objective belongs to)} */
    public abstract StrategicObjective objective();

    /** {@return the operational objective, when the one located is operational} */
    public abstract Optional<OperationalObjective> operationalObjective();

    /** {@return the objective located: the operational one when there is one, else the strategic one} */
    public Objective node() {
        return operationalObjective().<Objective>map(o -> o).orElse(objective());
    }

    /** {@return a readable one-line description, for logs and JShell} */
    @Override
    public String toString() {
        return path() + " " + node().title();
    }
}
