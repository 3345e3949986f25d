package io.github.albero.validation.rules;

import static java.lang.annotation.ElementType.TYPE;
import static java.lang.annotation.RetentionPolicy.RUNTIME;

import io.github.albero.model.LocatedIndicator;
import io.github.albero.model.Plan;
import io.github.albero.model.Result;
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
import java.util.SortedMap;

/**
 * No result is given for a year after the reference year (ALB-TIM-003).
 *
 * <p>A class-level constraint on {@link Plan}, applied by the {@link Rulebook}; each finding is
 * reported with its rule code through an {@link Emitter}.
 */
@Documented
@Constraint(validatedBy = NoFutureResults.Check.class)
@Target(TYPE)
@Retention(RUNTIME)
public @interface NoFutureResults {
    /**
     * Returns the message of the constraint violation, a summary of the rule: the findings it
     * carries have their own messages.
     *
     * @return the summary
     */
    String message() default "No result is given for a year after the reference year (ALB-TIM-003).";

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

    /** Checks the rule: ALB-TIM-003; an explicit "nothing reported" ("_____") is not a result. */
    final class Check implements ConstraintValidator<NoFutureResults, Plan> {
        @Override
        public boolean isValid(Plan plan, ConstraintValidatorContext context) {
            if (plan == null) {
                return true;
            }
            Emitter e = Emitter.of(context);
            for (LocatedIndicator li : Walk.indicators(plan)) {
                SortedMap<Integer, Result> results = li.indicator().results();
                // the years are in natural order: when the last is not after the reference year, none is
                if (results.isEmpty() || results.lastKey() <= plan.referenceYear()) {
                    continue;
                }
                results.forEach((year, r) -> {
                    if (year > plan.referenceYear() && !r.isNothingReported()) {
                        e.report(RuleCode.RESULT_AFTER_REFERENCE_YEAR, Rel.of(li.path()).atYear("results", year), r.text(),
                                "year", year, "referenceYear", plan.referenceYear());
                    }
                });
            }
            return e.valid();
        }
    }
}
