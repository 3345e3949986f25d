package io.github.albero.validation.rules;

import static java.lang.annotation.ElementType.TYPE;
import static java.lang.annotation.RetentionPolicy.RUNTIME;

import io.github.albero.model.Indicator;
import io.github.albero.validation.RuleCode;
import io.github.albero.validation.internal.Emitter;
import io.github.albero.validation.internal.Rel;
import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;
import java.lang.annotation.Documented;
import java.lang.annotation.Retention;
import java.lang.annotation.Target;

/**
 * An indicator's baseline year comes before its first target year (ALB-TIM-004).
 *
 * <p>A class-level constraint on {@link Indicator}, applied by the {@link Rulebook}; each finding is
 * reported with its rule code through an {@link Emitter}.
 */
@Documented
@Constraint(validatedBy = BaselineBeforeTargets.Check.class)
@Target(TYPE)
@Retention(RUNTIME)
public @interface BaselineBeforeTargets {
    /**
     * Returns the message of the constraint violation, a summary of the rule: the findings it
     * carries have their own messages.
     *
     * @return the summary
     */
    String message() default "An indicator's baseline year comes before its first target year (ALB-TIM-004).";

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

    /** Checks the rule: ALB-TIM-004. */
    final class Check implements ConstraintValidator<BaselineBeforeTargets, Indicator> {
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
}
