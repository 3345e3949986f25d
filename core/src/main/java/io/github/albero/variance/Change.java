package io.github.albero.variance;

import io.github.albero.internal.Numbers;
import io.github.albero.measure.Percentage;
import io.github.albero.model.NodePath;
import io.github.albero.measure.Quantity;
import java.math.BigDecimal;
import java.util.Optional;

/**
 * The change of an indicator's numeric result between two years (<i>variazione</i>), e.g.
 * year over year or against a base year: absolute {@code to − from} (exact, in the values'
 * unit; percentage points for percentages) and relative {@code (to − from) / |from|} (empty when
 * {@code from} is zero). Two values in units that cannot be compared give no change, and
 * {@link #notComparable()} says why.
 *
 * <pre>{@code
 * Indicator indicator = report.indicators().get(20).indicator();   // days to process a file, lower is better
 * ChangeOverTime.yearOverYear(indicator).get(0);   // 2016 → 2017: 3.2 gg → 2.9 gg, -0,3 (-9,38%)
 * }</pre>
 *
 * <p>Immutable and thread-safe. Arguments must not be null; no method returns null (an absent
 * value is an empty {@code Optional}).
 */
public final class Change {
    private final int fromYear;
    private final int toYear;
    private final Quantity from;
    private final Quantity to;
    private final BigDecimal absolute;
    private final Percentage relative;
    private final String notComparable;

    private Change(int fromYear, int toYear, Quantity from, Quantity to) {
        this.fromYear = fromYear;
        this.toYear = toYear;
        this.from = from;
        this.to = to;
        if (from.unit().isPresent() && to.unit().isPresent() && !from.unit().get().isCompatibleWith(to.unit().get())) {
            this.absolute = null;
            this.relative = null;
            this.notComparable = "units differ: " + from.unit().get() + " in " + fromYear + ", " + to.unit().get() + " in " + toYear;
        } else {
            this.absolute = Numbers.normalize(to.value().subtract(from.value()));
            this.relative = Ratios.percent(NodePath.of("change", "relative"), absolute, from.value().abs()).orElse(null);
            this.notComparable = null;
        }
    }

    /**
     * {@return the change from one to the other}
     *
     * @param fromYear the earlier (base) year
     * @param from the value in that year
     * @param toYear the later year
     * @param to the value in that year
     */
    public static Change of(int fromYear, Quantity from, int toYear, Quantity to) {
        if (from == null) {
            throw new io.github.albero.InvalidValueException("from", null, "is required");
        }
        if (to == null) {
            throw new io.github.albero.InvalidValueException("to", null, "is required");
        }
        return new Change(fromYear, toYear, from, to);
    }

    /** {@return the base year} */
    public int fromYear() {
        return fromYear;
    }

    /** {@return the year compared with the base} */
    public int toYear() {
        return toYear;
    }

    /** {@return the base value} */
    public Quantity from() {
        return from;
    }

    /** {@return the value compared with the base} */
    public Quantity to() {
        return to;
    }

    /** {@return {@code to − from}, exact, in the values' unit; empty when the units differ} */
    public Optional<BigDecimal> absolute() {
        return Optional.ofNullable(absolute);
    }

    /** {@return {@code (to − from) / |from|}, empty when {@code from} is zero or the units differ} */
    public Optional<Percentage> relative() {
        return Optional.ofNullable(relative);
    }

    /** {@return why the two values cannot be compared, if they cannot} */
    public Optional<String> notComparable() {
        return Optional.ofNullable(notComparable);
    }

    /** {@return e.g. {@code "2016 → 2017: 3.2 gg → 2.9 gg, -0.3 (-9.38%)"}, locale-neutral} */
    @Override
    public String toString() {
        String head = fromYear + " → " + toYear + ": " + from + " → " + to + ", ";
        if (notComparable != null) {
            return head + "not comparable (" + notComparable + ")";
        }
        return head + (absolute.signum() > 0 ? "+" : "") + Numbers.canonical(absolute) + " (" + Ratios.format(relative()) + ")";
    }
}
