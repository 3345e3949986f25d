package io.github.albero.validation.internal;

import io.github.albero.model.LocatedIndicator;
import io.github.albero.model.Plan;
import io.github.albero.period.YearRange;
import io.github.albero.validation.RuleCode;
import io.github.albero.validation.constraints.WithinHorizon;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;

/**
 * Checks {@link WithinHorizon}: ALB-TIM-001, ALB-TIM-002, ALB-TIM-006. A result after the
 * horizon is after the reference year too, and is left to ALB-TIM-003; an explicit "nothing
 * reported" is not a result.
 */
public final class WithinHorizonValidator implements ConstraintValidator<WithinHorizon, Plan> {
    @Override
    public boolean isValid(Plan plan, ConstraintValidatorContext context) {
        if (plan == null) {
            return true;
        }
        YearRange horizon = plan.horizon();
        Emitter e = Emitter.of(context);
        for (LocatedIndicator li : plan.indicators()) {
            Rel at = Rel.of(li.path());
            li.indicator().targets().forEach((year, t) -> {
                if (!horizon.contains(year)) {
                    e.report(RuleCode.TARGET_OUTSIDE_HORIZON, at.index("targets", year), year, "horizon", horizon);
                }
            });
            li.indicator().results().forEach((year, r) -> {
                if (year < horizon.first() && !r.isNothingReported()) {
                    e.report(RuleCode.RESULT_BEFORE_HORIZON, at.index("results", year), year, "horizon", horizon);
                }
            });
        }
        Tree.objectives(plan, (path, o) -> o.resources().ifPresent(r -> r.years().keySet().forEach(year -> {
            if (!horizon.contains(year)) {
                e.report(RuleCode.RESOURCES_OUTSIDE_HORIZON, Rel.of(path).index("resources", year), year, "horizon", horizon);
            }
        })));
        return e.valid();
    }
}
