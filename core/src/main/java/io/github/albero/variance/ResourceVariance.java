package io.github.albero.variance;

import io.github.albero.internal.Problems;
import io.github.albero.InvalidValueException;
import io.github.albero.internal.Longs;
import io.github.albero.model.ResourceAmounts;
import io.github.albero.money.Money;
import java.math.BigDecimal;
import io.github.albero.model.ResourceLine;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * The variance (<i>scostamento</i>) of all three resource lines of a node: revenues, costs and
 * investments. Sums of variances add budgets and actual figures exactly and recompute the
 * ratios from the sums (ratios are never added or averaged).
 *
 * <pre>{@code
 * ResourceAmounts budget = ResourceAmounts.of(Money.parse("€ 130.000,00"), Money.parse("€ 257.143,00"), Money.ZERO);
 * ResourceAmounts actual = ResourceAmounts.of(Money.parse("€ 110.000,00"), Money.parse("€ 229.720,66"), Money.ZERO);
 * ResourceVariance v = ResourceVariance.of(budget, actual);
 * v.line(ResourceLine.REVENUES).direction();   // UNFAVOURABLE when revenues fell short
 * }</pre>
 *
 * <p>Immutable and thread-safe. Arguments must not be null; no method returns null (an absent
 * value is an empty {@code Optional}).
 */
public final class ResourceVariance {
    private final ResourceAmounts budget;
    private final ResourceAmounts actual;
    private static final ResourceLine[] LINES = ResourceLine.values();
    // built on first use: most variances are only summed into their parent's; racy but safe,
    // every thread builds the same immutable lines
    private LineVariance[] lines;

    private ResourceVariance(ResourceAmounts budget, ResourceAmounts actual) {
        this.budget = budget;
        this.actual = actual;
        for (ResourceLine line : LINES) {
            if (LineVariance.mayBeTooLarge(budget.amount(line), actual.amount(line))) {
                // a ratio too large for a percentage fails here, never in a later getter
                built();
                break;
            }
        }
    }

    private LineVariance[] built() {
        LineVariance[] l = lines;
        if (l == null) {
            l = new LineVariance[LINES.length];
            for (ResourceLine line : LINES) {
                l[line.ordinal()] = LineVariance.of(line, budget.amount(line), actual.amount(line));
            }
            lines = l;
        }
        return l;
    }

    /**
     * {@return the variance of every line}
     *
     * @param budget the budget statement (<i>preventivo</i> or <i>preventivo aggiornato</i>)
     * @param actual the actual statement (<i>consuntivo</i>)
     */
    public static ResourceVariance of(ResourceAmounts budget, ResourceAmounts actual) {
        if (budget == null) {
            throw new InvalidValueException("budget", null, Problems.of("required"));
        }
        if (actual == null) {
            throw new InvalidValueException("actual", null, Problems.of("required"));
        }
        return new ResourceVariance(budget, actual);
    }

    /**
     * {@return their exact sum, or empty when there are none}
     *
     * @param variances some variances
     */
    public static Optional<ResourceVariance> sum(Iterable<ResourceVariance> variances) {
        Objects.requireNonNull(variances, "variances");
        Sum sum = new Sum();
        for (ResourceVariance v : variances) {
            sum.add(v);
        }
        return Optional.ofNullable(sum.result());
    }

    /** {@return the exact sum of the nodes' variances, or null when none has one} */
    static ResourceVariance sumOf(List<VarianceNode> nodes) {
        Sum sum = new Sum();
        for (int i = 0, n = nodes.size(); i < n; i++) {
            ResourceVariance v = nodes.get(i).varianceOrNull();
            if (v != null) {
                sum.add(v);
            }
        }
        return sum.result();
    }

    /** A running exact sum: the six lines added as plain amounts and made money once, no statement per partial sum. */
    /** A running sum of variances: in cents while they fit in a {@code long} (almost always), in {@code BigDecimal} beyond. */
    private static final class Sum {
        private ResourceVariance first;
        private long[] cents;
        private BigDecimal[] sums;

        void add(ResourceVariance v) {
            if (first == null) {
                first = v;
                return;
            }
            if (cents == null && sums == null) {
                cents = new long[2 * LINES.length];
                if (!addCents(cents, first)) {
                    cents = null;
                    sums = amounts(first);
                }
            }
            if (cents != null && !addCents(cents, v)) {
                sums = amounts(cents);
                cents = null;
            }
            if (sums != null) {
                ResourceVariance.add(sums, v);
            }
        }

        ResourceVariance result() {
            if (cents != null) {
                return new ResourceVariance(statement(cents, 0), statement(cents, LINES.length));
            }
            return sums == null ? first : new ResourceVariance(statement(sums, 0), statement(sums, LINES.length));
        }
    }

    /** Adds the variance's amounts in cents; false, the sums left as they were, when a sum would not fit. */
    private static boolean addCents(long[] cents, ResourceVariance v) {
        for (ResourceLine line : LINES) {
            if (Longs.plus(cents[line.ordinal()], cents(v.budget.amount(line))) == Longs.NONE
                    || Longs.plus(cents[LINES.length + line.ordinal()], cents(v.actual.amount(line))) == Longs.NONE) {
                return false;
            }
        }
        for (ResourceLine line : LINES) {
            cents[line.ordinal()] += cents(v.budget.amount(line));
            cents[LINES.length + line.ordinal()] += cents(v.actual.amount(line));
        }
        return true;
    }

    /** {@return an amount in cents (its scale is always 2), or {@link Longs#NONE} beyond a {@code long}} */
    private static long cents(Money m) {
        return Longs.unscaled(m.amount());
    }

    private static void add(BigDecimal[] sums, ResourceVariance v) {
        for (ResourceLine line : LINES) {
            sums[line.ordinal()] = sums[line.ordinal()].add(v.budget.amount(line).amount());
            sums[LINES.length + line.ordinal()] = sums[LINES.length + line.ordinal()].add(v.actual.amount(line).amount());
        }
    }

    private static BigDecimal[] amounts(ResourceVariance v) {
        BigDecimal[] a = new BigDecimal[2 * LINES.length];
        for (ResourceLine line : LINES) {
            a[line.ordinal()] = v.budget.amount(line).amount();
            a[LINES.length + line.ordinal()] = v.actual.amount(line).amount();
        }
        return a;
    }

    private static BigDecimal[] amounts(long[] cents) {
        BigDecimal[] a = new BigDecimal[cents.length];
        for (int i = 0; i < cents.length; i++) {
            a[i] = BigDecimal.valueOf(cents[i], 2);
        }
        return a;
    }

    private static ResourceAmounts statement(long[] cents, int from) {
        return ResourceAmounts.of(Money.of(BigDecimal.valueOf(cents[from + ResourceLine.REVENUES.ordinal()], 2)),
                Money.of(BigDecimal.valueOf(cents[from + ResourceLine.COSTS.ordinal()], 2)),
                Money.of(BigDecimal.valueOf(cents[from + ResourceLine.INVESTMENTS.ordinal()], 2)));
    }

    private static ResourceAmounts statement(BigDecimal[] sums, int from) {
        return ResourceAmounts.of(Money.of(sums[from + ResourceLine.REVENUES.ordinal()]), Money.of(sums[from + ResourceLine.COSTS.ordinal()]),
                Money.of(sums[from + ResourceLine.INVESTMENTS.ordinal()]));
    }

    /**
     * {@return the exact sum of both}
     *
     * @param other another variance
     */
    public ResourceVariance plus(ResourceVariance other) {
        return new ResourceVariance(budget.plus(other.budget), actual.plus(other.actual));
    }

    /** {@return the budget statement compared} */
    public ResourceAmounts budget() {
        return budget;
    }

    /** {@return the actual statement compared} */
    public ResourceAmounts actual() {
        return actual;
    }

    /**
     * {@return its variance}
     *
     * @param line a resource line
     */
    public LineVariance line(ResourceLine line) {
        if (line == null) {
            throw new InvalidValueException("line", null, Problems.of("required"));
        }
        return built()[line.ordinal()];
    }

    /** {@return the variances of revenues, costs and investments, in that order} */
    public List<LineVariance> lines() {
        return List.of(built());
    }

    /** {@return true when {@code o} is a {@code ResourceVariance} equal to this one} */
    @Override
    public boolean equals(Object o) {
        return o instanceof ResourceVariance other && other.budget.equals(budget) && other.actual.equals(actual);
    }

    /** {@return a hash code consistent with {@link #equals(Object)}} */
    @Override
    public int hashCode() {
        return 31 * budget.hashCode() + actual.hashCode();
    }

    /** {@return the three lines, separated by semicolons} */
    @Override
    public String toString() {
        return java.util.Arrays.stream(built()).map(LineVariance::toString).collect(Collectors.joining("; "));
    }
}
