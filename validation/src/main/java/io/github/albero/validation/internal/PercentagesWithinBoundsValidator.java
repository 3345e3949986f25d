package io.github.albero.validation.internal;

import io.github.albero.measure.Unit;
import io.github.albero.model.Indicator;
import io.github.albero.model.ResultKind;
import io.github.albero.validation.RuleCode;
import io.github.albero.validation.constraints.PercentagesWithinBounds;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import java.math.BigDecimal;

/**
 * Checks {@link PercentagesWithinBounds}: ALB-NUM-001. Only indicators of completion (unit %
 * or "percentuale", or milestones) are bounded: a change such as "‐4,1%" may be negative.
 */
public final class PercentagesWithinBoundsValidator implements ConstraintValidator<PercentagesWithinBounds, Indicator> {
    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    @Override
    public boolean isValid(Indicator i, ConstraintValidatorContext context) {
        if (i == null || !Tree.isPercentIndicator(i)) {
            return true;
        }
        Emitter e = Emitter.of(context);
        i.targets().forEach((year, t) -> t.reading().filter(r -> r.unit().filter(Unit.PERCENT::equals).isPresent()).ifPresent(r -> {
            boolean out = r.value().filter(PercentagesWithinBoundsValidator::outside).isPresent()
                    || r.upperBound().filter(PercentagesWithinBoundsValidator::outside).isPresent();
            if (out) {
                e.report(RuleCode.PERCENTAGE_OUT_OF_BOUNDS, Rel.child("targets", year), t.text(), "year", year);
            }
        }));
        i.results().forEach((year, res) -> res.reading().filter(r -> r.kind() == ResultKind.PERCENTAGE)
                .flatMap(r -> r.value()).filter(PercentagesWithinBoundsValidator::outside)
                .ifPresent(v -> e.report(RuleCode.PERCENTAGE_OUT_OF_BOUNDS, Rel.child("results", year), res.text(), "year", year)));
        return e.valid();
    }

    private static boolean outside(BigDecimal v) {
        return v.signum() < 0 || v.compareTo(HUNDRED) > 0;
    }
}
