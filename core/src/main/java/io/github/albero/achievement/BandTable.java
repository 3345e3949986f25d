package io.github.albero.achievement;

import io.github.albero.internal.Problems;
import io.github.albero.InvalidValueException;
import io.github.albero.model.NodePath;
import io.github.albero.measure.Percentage;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * An ordered table of {@link Band}s mapping an achievement to a status: the first band that
 * contains the score wins. A score that no band contains has no status.
 *
 * <pre>{@code
 * BandTable.defaults().bandOf(Percentage.of(75));   // Optional[partially achieved [70%, 90%)]
 * BandTable.of(Band.atLeast("excellent", Percentage.of(100)).withScore(BigDecimal.valueOf(4)),
 *              Band.atLeast("good", Percentage.of(80)).withScore(BigDecimal.valueOf(3)),
 *              Band.atLeast("fair", Percentage.of(60)).withScore(BigDecimal.valueOf(2)),
 *              Band.any("poor").withScore(BigDecimal.ONE));
 * }</pre>
 *
 * <p>Immutable and thread-safe. Arguments must not be null; no method returns null (an absent
 * value is an empty {@code Optional}).
 */
public final class BandTable {
    private static final BandTable DEFAULTS = of(
            Band.atLeast("achieved", Percentage.of(90)),
            Band.between("partially achieved", Percentage.of(70), true, Percentage.of(90), false),
            Band.below("not achieved", Percentage.of(70)));

    private final List<Band> bands;

    private BandTable(List<Band> bands) {
        this.bands = bands;
    }

    /**
     * The three bands common in chambers' reports: {@code [90%, +∞)} achieved
     * (<i>raggiunto</i>), {@code [70%, 90%)} partially achieved (<i>parzialmente
     * raggiunto</i>), {@code (−∞, 70%)} not achieved (<i>non raggiunto</i>).
     *
     * @return the default table
     */
    public static BandTable defaults() {
        return DEFAULTS;
    }

    /**
     * {@return the table}
     *
     * @param bands the bands, in the order they are tried
     * @throws InvalidValueException when there is no band or a band is missing
     */
    public static BandTable of(Band... bands) {
        return of(bands == null ? null : Arrays.asList(bands));
    }

    /**
     * {@return the table}
     *
     * @param bands the bands, in the order they are tried
     * @throws InvalidValueException when there is no band or a band is missing
     */
    public static BandTable of(List<Band> bands) {
        if (bands == null || bands.isEmpty()) {
            throw new InvalidValueException("bands", bands, Problems.of("needsBand"));
        }
        for (int i = 0; i < bands.size(); i++) {
            if (bands.get(i) == null) {
                throw new InvalidValueException(NodePath.root().member("bands", i), null, Problems.of("required"));
            }
        }
        return new BandTable(List.copyOf(bands));
    }

    /** {@return the bands, in order} */
    public List<Band> bands() {
        return bands;
    }

    /**
     * {@return the first band containing it, or empty when none does}
     *
     * @param score an achievement
     */
    public Optional<Band> bandOf(Percentage score) {
        return Optional.ofNullable(band(score));
    }

    /** {@return the first band that contains the score, or null: {@link #bandOf} without an Optional, for the calculator} */
    Band band(Percentage score) {
        if (score == null) {
            return null;
        }
        for (Band b : bands) {
            if (b.contains(score)) {
                return b;
            }
        }
        return null;
    }

    /** {@return true when {@code o} is a {@code BandTable} equal to this one} */
    @Override
    public boolean equals(Object o) {
        return o instanceof BandTable other && other.bands.equals(bands);
    }

    /** {@return a hash code consistent with {@link #equals(Object)}} */
    @Override
    public int hashCode() {
        return bands.hashCode();
    }

    /** {@return the bands separated by {@code " | "}} */
    @Override
    public String toString() {
        return bands.stream().map(Band::toString).collect(Collectors.joining(" | "));
    }
}
