package io.github.albero.validation.internal;

import io.github.albero.model.Indicator;
import io.github.albero.model.Objective;
import io.github.albero.validation.RuleCode;
import io.github.albero.validation.constraints.UniqueIndicatorCodes;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Checks {@link UniqueIndicatorCodes}: ALB-STR-008, reported on every repetition after the first. */
public final class UniqueIndicatorCodesValidator implements ConstraintValidator<UniqueIndicatorCodes, Objective> {
    @Override
    public boolean isValid(Objective o, ConstraintValidatorContext context) {
        if (o == null) {
            return true;
        }
        Emitter e = Emitter.of(context);
        Map<String, Integer> first = new HashMap<>();
        List<Indicator> indicators = o.indicators();
        for (int i = 0; i < indicators.size(); i++) {
            int index = i;
            indicators.get(i).code().ifPresent(c -> {
                Integer earlier = first.putIfAbsent(c, index);
                if (earlier != null) {
                    e.report(RuleCode.INDICATOR_CODE_REPEATED, Rel.child("indicators", index).dot("code"), c, "first", earlier);
                }
            });
        }
        return e.valid();
    }
}
