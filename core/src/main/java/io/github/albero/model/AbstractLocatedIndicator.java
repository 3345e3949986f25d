package io.github.albero.model;

import java.util.Optional;
import org.immutables.value.Value;

/**
 * An indicator together with where it lies: its mission, program, strategic objective,
 * operational objective (when it belongs to one) and path. {@link Plan#indicators()} lists
 * them all.
 *
 * <p>Immutable and thread-safe; build one with {@code builder()}, change one with the {@code
 * with…} methods, which return a copy. Never null: a required attribute left unset or given as
 * null, or a null element, throws {@link io.github.albero.InvalidValueException} naming the
 * attribute; optional attributes are {@code Optional}, collections are never null.
 */
@Value.Immutable
abstract class AbstractLocatedIndicator {
    /** {@return the path, e.g. {@code missions[011].programs[005].objectives[011-005-001].indicators[0]}} */
    public abstract NodePath path();

    /** {@return the mission, or the strategic area} */
    public abstract Mission mission();

    /** {@return the program; empty under a strategic area, which has none} */
    public abstract Optional<Program> program();

    /** {@return the strategic objective} */
    public abstract StrategicObjective objective();

    /** {@return the operational objective, when the indicator belongs to one} */
    public abstract Optional<OperationalObjective> operationalObjective();

    /** {@return the indicator} */
    public abstract Indicator indicator();

    // the tree is already checked and large: identity of the parts is enough
    /** {@return a readable one-line description, for logs and JShell} */
    @Override
    public String toString() {
        return path() + " " + indicator();
    }
}
