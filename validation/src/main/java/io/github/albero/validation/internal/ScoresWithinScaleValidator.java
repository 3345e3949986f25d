package io.github.albero.validation.internal;

import io.github.albero.model.Indicator;
import io.github.albero.model.ResultKind;
import io.github.albero.validation.RuleCode;
import io.github.albero.validation.constraints.ScoresWithinScale;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import java.math.BigDecimal;
import java.util.Optional;

/**
 * Checks {@link ScoresWithinScale}: ALB-NUM-002. The scale is the first "scala da A a B" (or
 * "scala di valutazione da A a B") in the indicator's target texts; scores are target values
 * and numeric results with no unit or the score unit.
 */
public final class ScoresWithinScaleValidator implements ConstraintValidator<ScoresWithinScale, Indicator> {
    @Override
    public boolean isValid(Indicator i, ConstraintValidatorContext context) {
        if (i == null) {
            return true;
        }
        Optional<BigDecimal[]> scale = Tree.scale(i);
        if (scale.isEmpty()) {
            return true;
        }
        BigDecimal low = scale.get()[0];
        BigDecimal high = scale.get()[1];
        Emitter e = Emitter.of(context);
        i.targets().forEach((year, t) -> t.reading().filter(r -> Tree.isScoreOrPlain(r.unit())).ifPresent(r -> {
            if (r.value().filter(v -> outside(v, low, high)).isPresent() || r.upperBound().filter(v -> outside(v, low, high)).isPresent()) {
                e.report(RuleCode.SCORE_OUT_OF_SCALE, Rel.child("targets", year), t.text(), "year", year,
                        "low", Tree.plain(low), "high", Tree.plain(high));
            }
        }));
        i.results().forEach((year, res) -> res.reading().filter(r -> r.kind() == ResultKind.NUMBER && Tree.isScoreOrPlain(r.unit()))
                .flatMap(r -> r.value()).filter(v -> outside(v, low, high))
                .ifPresent(v -> e.report(RuleCode.SCORE_OUT_OF_SCALE, Rel.child("results", year), res.text(), "year", year,
                        "low", Tree.plain(low), "high", Tree.plain(high))));
        return e.valid();
    }

    private static boolean outside(BigDecimal v, BigDecimal low, BigDecimal high) {
        return v.compareTo(low) < 0 || v.compareTo(high) > 0;
    }
}
