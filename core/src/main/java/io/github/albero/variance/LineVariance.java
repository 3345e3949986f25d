package io.github.albero.variance;

import io.github.albero.internal.Problems;
import io.github.albero.InvalidValueException;
import io.github.albero.model.NodePath;
import io.github.albero.measure.Percentage;
import io.github.albero.model.ResourceLine;
import io.github.albero.money.Money;
import java.util.Objects;
import java.util.Optional;

/**
 * The variance (<i>scostamento</i>) of one resource line: budget against actual.
 *
 * <ul>
 * <li>absolute = actual − budget, exact;</li>
 * <li>relative = (actual − budget) / budget, empty when the budget is zero;</li>
 * <li>utilisation = actual / budget, empty when the budget is zero;</li>
 * <li>direction from {@link ResourceLine#moreIsFavourable()}: a cost below budget is
 *     favourable, a revenue below budget is not; equal is neutral.</li>
 * </ul>
 * Ratios are in percentage points with {@value VarianceCalculator#SCALE} decimals, rounded
 * half-even, so that {@code relative × budget} equals {@code absolute} within half a unit of
 * the fourth decimal of the fraction times the budget.
 *
 * <pre>{@code
 * LineVariance v = LineVariance.of(ResourceLine.COSTS, Money.parse("257.143,00"), Money.parse("229.720,66"));
 * v.absolute();     // EUR -27422.34
 * v.relative();     // Optional[-10.66%]
 * v.utilisation();  // Optional[89.34%]
 * v.direction();    // FAVOURABLE
 * }</pre>
 *
 * <p>Immutable and thread-safe. Arguments must not be null; no method returns null (an absent
 * value is an empty {@code Optional}).
 */
public final class LineVariance {
    private final ResourceLine line;
    private final Money budget;
    private final Money actual;
    private final Money absolute;
    private final Direction direction;
    // divided out on first use (most variances are summed, not shown); racy but safe: every
    // thread computes the same immutable value
    private Percentage relative;
    private Percentage utilisation;

    private LineVariance(ResourceLine line, Money budget, Money actual) {
        this.line = line;
        this.budget = budget;
        this.actual = actual;
        this.absolute = actual.minus(budget);
        if (absolute.isZero()) {
            this.direction = Direction.NEUTRAL;
        } else {
            this.direction = (absolute.signum() > 0) == line.moreIsFavourable() ? Direction.FAVOURABLE : Direction.UNFAVOURABLE;
        }
        if (mayBeTooLarge(budget, actual)) {
            // a ratio too large for a percentage is an error of construction, never of a later getter
            relative();
            utilisation();
        }
    }

    /**
     * {@return false when both ratios are surely below 10^14 percentage points, so that dividing
     * them out later cannot fail}: |actual − budget| ≤ max(actual, budget) for amounts that are not negative
     */
    static boolean mayBeTooLarge(Money budget, Money actual) {
        // actual / budget < 10^(e(actual) − e(budget) + 1), e the decimal exponent of the leading digit
        return budget.signum() != 0 && exponent(actual.amount()) - exponent(budget.amount()) >= 11;
    }

    private static int exponent(java.math.BigDecimal v) {
        return v.precision() - v.scale() - 1;
    }

    /**
     * {@return the variance}
     *
     * @param line the resource line
     * @param budget the budget (<i>preventivo</i> or <i>preventivo aggiornato</i>), not negative
     * @param actual the actual figure (<i>consuntivo</i>), not negative
     * @throws InvalidValueException when an argument is missing or an amount is negative
     */
    public static LineVariance of(ResourceLine line, Money budget, Money actual) {
        if (line == null) {
            throw new InvalidValueException("line", null, Problems.of("required"));
        }
        String field = line.name().toLowerCase(java.util.Locale.ROOT);
        requireNonNegative(NodePath.of(field, "budget"), budget);
        requireNonNegative(NodePath.of(field, "actual"), actual);
        return new LineVariance(line, budget, actual);
    }

    private static void requireNonNegative(NodePath field, Money m) {
        if (m == null) {
            throw new InvalidValueException(field, null, Problems.of("required"));
        }
        if (m.isNegative()) {
            throw new InvalidValueException(field, m, Problems.of("notNegative"));
        }
    }

    /** {@return the resource line} */
    public ResourceLine line() {
        return line;
    }

    /** {@return the budget figure} */
    public Money budget() {
        return budget;
    }

    /** {@return the actual figure} */
    public Money actual() {
        return actual;
    }

    /** {@return actual − budget, exact} */
    public Money absolute() {
        return absolute;
    }

    /** {@return (actual − budget) / budget in percent, empty when the budget is zero} */
    public Optional<Percentage> relative() {
        Percentage r = relative;
        if (r == null && budget.signum() != 0) {
            r = Ratios.percent(line, "relative", absolute.amount(), budget.amount()).get();
            relative = r;
        }
        return Optional.ofNullable(r);
    }

    /** {@return actual / budget in percent, empty when the budget is zero} */
    public Optional<Percentage> utilisation() {
        Percentage u = utilisation;
        if (u == null && budget.signum() != 0) {
            u = Ratios.percent(line, "utilisation", actual.amount(), budget.amount()).get();
            utilisation = u;
        }
        return Optional.ofNullable(u);
    }

    /** {@return favourable, unfavourable or neutral for this line} */
    public Direction direction() {
        return direction;
    }

    /** {@return true when {@code o} is a {@code LineVariance} equal to this one} */
    @Override
    public boolean equals(Object o) {
        return o instanceof LineVariance other && other.line == line && other.budget.equals(budget)
                && other.actual.equals(actual);
    }

    /** {@return a hash code consistent with {@link #equals(Object)}} */
    @Override
    public int hashCode() {
        return Objects.hash(line, budget, actual);
    }

    /** {@return e.g. {@code "costs EUR 257143.00 → EUR 229720.66: EUR -27422.34 (-10.66%, utilisation 89.34%, favourable)"}, locale-neutral} */
    @Override
    public String toString() {
        return line.name().toLowerCase(java.util.Locale.ROOT) + " " + budget + " → " + actual + ": "
                + absolute + " (" + Ratios.format(relative()) + ", utilisation " + Ratios.format(utilisation()) + ", "
                + direction.label() + ")";
    }
}
