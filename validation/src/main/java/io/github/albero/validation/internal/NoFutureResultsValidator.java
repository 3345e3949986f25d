package io.github.albero.validation.internal;

import io.github.albero.model.LocatedIndicator;
import io.github.albero.model.Plan;
import io.github.albero.validation.RuleCode;
import io.github.albero.validation.constraints.NoFutureResults;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;

/** Checks {@link NoFutureResults}: ALB-TIM-003; an explicit "nothing reported" ("_____") is not a result. */
public final class NoFutureResultsValidator implements ConstraintValidator<NoFutureResults, Plan> {
    @Override
    public boolean isValid(Plan plan, ConstraintValidatorContext context) {
        if (plan == null) {
            return true;
        }
        Emitter e = Emitter.of(context);
        for (LocatedIndicator li : plan.indicators()) {
            li.indicator().results().forEach((year, r) -> {
                if (year > plan.referenceYear() && !r.isNothingReported()) {
                    e.report(RuleCode.RESULT_AFTER_REFERENCE_YEAR, Rel.of(li.path()).index("results", year), r.text(),
                            "year", year, "referenceYear", plan.referenceYear());
                }
            });
        }
        return e.valid();
    }
}
