package io.github.albero.validation.rules;

import static java.lang.annotation.ElementType.TYPE;
import static java.lang.annotation.RetentionPolicy.RUNTIME;

import io.github.albero.model.StrategicObjective;
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
 * A strategic objective has at least one indicator, directly or through operational objectives (ALB-CON-005).
 *
 * <p>A class-level constraint on {@link StrategicObjective}, applied by the {@link Rulebook}; each finding is
 * reported with its rule code through an {@link Emitter}.
 */
@Documented
@Constraint(validatedBy = MeasurableObjective.Check.class)
@Target(TYPE)
@Retention(RUNTIME)
public @interface MeasurableObjective {
    /**
     * Returns the message of the constraint violation, a summary of the rule: the findings it
     * carries have their own messages.
     *
     * @return the summary
     */
    String message() default "A strategic objective has at least one indicator, directly or through operational objectives (ALB-CON-005).";

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

    /** Checks the rule: ALB-CON-005. */
    final class Check implements ConstraintValidator<MeasurableObjective, StrategicObjective> {
        @Override
        public boolean isValid(StrategicObjective o, ConstraintValidatorContext context) {
            if (o == null || o.allIndicators().findAny().isPresent()) {
                return true;
            }
            Emitter e = Emitter.of(context);
            e.report(RuleCode.OBJECTIVE_WITHOUT_INDICATORS, Rel.here(), o.code(), "objective", o.code());
            return e.valid();
        }
    }
}
