package io.github.albero.validation.internal;

import io.github.albero.model.Indicator;
import io.github.albero.validation.RuleCode;
import io.github.albero.validation.constraints.BaselineBeforeTargets;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;

/** Checks {@link BaselineBeforeTargets}: ALB-TIM-004. */
public final class BaselineBeforeTargetsValidator implements ConstraintValidator<BaselineBeforeTargets, Indicator> {
    @Override
    public boolean isValid(Indicator i, ConstraintValidatorContext context) {
        if (i == null || i.targets().isEmpty()) {
            return true;
        }
        int firstTarget = i.targets().firstKey();
        Emitter e = Emitter.of(context);
        i.baseline().flatMap(b -> b.year()).filter(y -> y >= firstTarget).ifPresent(y ->
                e.report(RuleCode.BASELINE_NOT_BEFORE_TARGETS, Rel.field("baseline").dot("year"), y, "firstTarget", firstTarget));
        return e.valid();
    }
}
