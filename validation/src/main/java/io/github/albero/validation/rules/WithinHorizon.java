package io.github.albero.validation.rules;

import static java.lang.annotation.ElementType.TYPE;
import static java.lang.annotation.RetentionPolicy.RUNTIME;

import io.github.albero.model.LocatedIndicator;
import io.github.albero.model.Plan;
import io.github.albero.model.Result;
import io.github.albero.model.YearMap;
import io.github.albero.period.YearRange;
import io.github.albero.validation.RuleCode;
import io.github.albero.validation.internal.Emitter;
import io.github.albero.validation.internal.Rel;
import io.github.albero.validation.internal.Walk;
import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;
import java.lang.annotation.Documented;
import java.lang.annotation.Retention;
import java.lang.annotation.Target;

/**
 * Targets (ALB-TIM-001), results (ALB-TIM-002) and resources (ALB-TIM-006) lie within the plan's horizon.
 *
 * <p>A class-level constraint on {@link Plan}, applied by the {@link Rulebook}; each finding is
 * reported with its rule code through an {@link Emitter}.
 */
@Documented
@Constraint(validatedBy = WithinHorizon.Check.class)
@Target(TYPE)
@Retention(RUNTIME)
public @interface WithinHorizon {
    /**
     * Returns the message of the constraint violation, a summary of the rule: the findings it
     * carries have their own messages.
     *
     * @return the summary
     */
    String message() default "Targets (ALB-TIM-001), results (ALB-TIM-002) and resources (ALB-TIM-006) lie within the plan's horizon.";

    /**
     * Returns the groups; Albero validates the default group only.
     *
     * @return the groups
     */
    Class<?>[] groups() default {};

    /**
     * Returns the payload.
     *
     * @return the payload
     */
    Class<? extends Payload>[] payload() default {};

    /**
     * Checks the rule: ALB-TIM-001, ALB-TIM-002, ALB-TIM-006. A result after the
     * horizon is after the reference year too, and is left to ALB-TIM-003; an explicit "nothing
     * reported" is not a result.
     */
    final class Check implements ConstraintValidator<WithinHorizon, Plan> {
        @Override
        public boolean isValid(Plan plan, ConstraintValidatorContext context) {
            if (plan == null) {
                return true;
            }
            YearRange horizon = plan.horizon();
            Emitter e = Emitter.of(context);
            // plain loops: this runs for every indicator, and a place is made only for a finding; the years are in
            // natural order, so the first and the last tell whether any lies outside: most maps are not iterated
            for (LocatedIndicator li : Walk.indicators(plan)) {
                YearMap<io.github.albero.model.Target> targets = li.indicator().targets();
                if (!targets.isEmpty() && !(horizon.contains(targets.firstYear()) && horizon.contains(targets.lastYear()))) {
                    for (Integer year : targets.keySet()) {
                        if (!horizon.contains(year)) {
                            e.report(RuleCode.TARGET_OUTSIDE_HORIZON, Rel.of(li.path()).atYear("targets", year), year, "horizon", horizon);
                        }
                    }
                }
                YearMap<Result> results = li.indicator().results();
                if (!results.isEmpty() && results.firstYear() < horizon.first()) {
                    results.forEachYear((year, r) -> {
                        if (year < horizon.first() && !r.isNothingReported()) {
                            e.report(RuleCode.RESULT_BEFORE_HORIZON, Rel.of(li.path()).atYear("results", year), year, "horizon", horizon);
                        }
                    });
                }
            }
            Tree.objectives(plan, (path, o) -> o.resources().ifPresent(r -> {
                YearMap<?> years = r.years();
                if (!years.isEmpty() && !(horizon.contains(years.firstYear()) && horizon.contains(years.lastYear()))) {
                    years.forEachYear((year, v) -> {
                        if (!horizon.contains(year)) {
                            e.report(RuleCode.RESOURCES_OUTSIDE_HORIZON, Rel.of(path).atYear("resources", year), year, "horizon", horizon);
                        }
                    });
                }
            }));
            return e.valid();
        }
    }
}
