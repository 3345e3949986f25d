package io.github.albero.variance;

import io.github.albero.internal.Problems;
import io.github.albero.InvalidValueException;
import io.github.albero.model.NodePath;
import io.github.albero.internal.Numbers;
import io.github.albero.measure.Percentage;
import io.github.albero.model.ResourceLine;
import java.math.BigDecimal;
import java.util.Optional;

/** The one way ratios are computed in this package. */
final class Ratios {
    private Ratios() {
    }

    /**
     * {@return numerator / denominator in percentage points, with {@link VarianceCalculator#SCALE}
     * decimals rounded {@link VarianceCalculator#ROUNDING}; empty when the denominator is zero}
     */
    static Optional<Percentage> percent(NodePath field, BigDecimal numerator, BigDecimal denominator) {
        return percent(() -> field, numerator, denominator);
    }

    /** As {@link #percent(NodePath, BigDecimal, BigDecimal)}, naming {@code line.ratio} only when the ratio is too large. */
    static Optional<Percentage> percent(ResourceLine line, String ratio, BigDecimal numerator, BigDecimal denominator) {
        return percent(() -> NodePath.of(line.name().toLowerCase(java.util.Locale.ROOT), ratio), numerator, denominator);
    }

    private static Optional<Percentage> percent(java.util.function.Supplier<NodePath> field, BigDecimal numerator, BigDecimal denominator) {
        if (denominator.signum() == 0) {
            return Optional.empty();
        }
        BigDecimal points = numerator.movePointRight(2).divide(denominator, VarianceCalculator.SCALE, VarianceCalculator.ROUNDING);
        if (points.abs().compareTo(Numbers.MAX_MAGNITUDE) >= 0) {
            throw new InvalidValueException(field.get(), points.toPlainString() + "%", Problems.of("tooLargePercentage"));
        }
        return Optional.of(Percentage.of(points));
    }

    static String format(Optional<Percentage> p) {
        return p.map(Percentage::toString).orElse("n/a");
    }
}
