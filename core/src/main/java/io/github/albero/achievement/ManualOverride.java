package io.github.albero.achievement;

import io.github.albero.internal.Problems;
import io.github.albero.InvalidValueException;
import io.github.albero.model.NodePath;
import io.github.albero.measure.Percentage;
import java.util.Objects;

/**
 * A manual override (<i>raggiungimento forzato</i>): an achievement set by hand for a node,
 * with the reason for it. The calculator keeps the computed value beside it, so that both can
 * be published and checked.
 *
 * <pre>{@code
 * ManualOverride.of(Percentage.of(100), "delay caused by the contracting authority (OIV decision of 12/04/2018)");
 * }</pre>
 *
 * <p>Immutable and thread-safe. Arguments must not be null; no method returns null (an absent
 * value is an empty {@code Optional}).
 */
public final class ManualOverride {
    private final Percentage value;
    private final String reason;

    private ManualOverride(Percentage value, String reason) {
        this.value = value;
        this.reason = reason;
    }

    /**
     * {@return the override}
     *
     * @param value the achievement set by hand, not negative, with at most 2 decimals
     * @param reason why, not blank
     * @throws InvalidValueException when the value is negative or the reason missing
     */
    public static ManualOverride of(Percentage value, String reason) {
        if (value == null) {
            throw new InvalidValueException(NodePath.of("override", "value"), null, Problems.of("required"));
        }
        if (value.signum() < 0) {
            throw new InvalidValueException(NodePath.of("override", "value"), value, Problems.of("notNegative"));
        }
        if (value.points().scale() > AchievementPolicy.SCALE) {
            throw new InvalidValueException(NodePath.of("override", "value"), value, Problems.of("atMostDecimals", AchievementPolicy.SCALE));
        }
        if (reason == null || reason.isBlank()) {
            throw new InvalidValueException(NodePath.of("override", "reason"), reason, Problems.of("reasonRequired"));
        }
        return new ManualOverride(value, reason.strip());
    }

    /** {@return the achievement set by hand} */
    public Percentage value() {
        return value;
    }

    /** {@return why it was set} */
    public String reason() {
        return reason;
    }

    /** {@return true when {@code o} is a {@code ManualOverride} equal to this one} */
    @Override
    public boolean equals(Object o) {
        return o instanceof ManualOverride other && other.value.equals(value) && other.reason.equals(reason);
    }

    /** {@return a hash code consistent with {@link #equals(Object)}} */
    @Override
    public int hashCode() {
        return Objects.hash(value, reason);
    }

    /** {@return e.g. {@code "100% (delay caused by …)"}} */
    @Override
    public String toString() {
        return value + " (" + reason + ")";
    }
}
