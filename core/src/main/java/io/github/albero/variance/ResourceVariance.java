package io.github.albero.variance;

import io.github.albero.internal.Problems;
import io.github.albero.InvalidValueException;
import io.github.albero.model.ResourceAmounts;
import io.github.albero.model.ResourceLine;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
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
    private final Map<ResourceLine, LineVariance> lines;

    private ResourceVariance(ResourceAmounts budget, ResourceAmounts actual) {
        this.budget = budget;
        this.actual = actual;
        Map<ResourceLine, LineVariance> m = new EnumMap<>(ResourceLine.class);
        for (ResourceLine line : ResourceLine.values()) {
            m.put(line, LineVariance.of(line, budget.amount(line), actual.amount(line)));
        }
        this.lines = Collections.unmodifiableMap(m);
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
        ResourceAmounts b = null;
        ResourceAmounts a = null;
        for (ResourceVariance v : variances) {
            b = b == null ? v.budget : b.plus(v.budget);
            a = a == null ? v.actual : a.plus(v.actual);
        }
        return b == null ? Optional.empty() : Optional.of(new ResourceVariance(b, a));
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
        return lines.get(line);
    }

    /** {@return the variances of revenues, costs and investments, in that order} */
    public List<LineVariance> lines() {
        return Collections.unmodifiableList(new ArrayList<>(lines.values()));
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
        return lines.values().stream().map(LineVariance::toString).collect(Collectors.joining("; "));
    }
}
