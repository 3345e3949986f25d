package io.github.albero.validation.rules;

import static java.lang.annotation.ElementType.TYPE;
import static java.lang.annotation.RetentionPolicy.RUNTIME;

import io.github.albero.model.StrategicObjective;
import io.github.albero.validation.RuleCode;
import io.github.albero.validation.internal.Emitter;
import io.github.albero.validation.internal.Rel;
import io.github.albero.validation.internal.Terms;
import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;
import java.lang.annotation.Documented;
import java.lang.annotation.Retention;
import java.lang.annotation.Target;
import java.util.Optional;

/**
 * A strategic objective names its responsible unit, description and timeframe (ALB-STR-003).
 *
 * <p>A class-level constraint on {@link StrategicObjective}, applied by the {@link Rulebook}; each finding is
 * reported with its rule code through an {@link Emitter}.
 */
@Documented
@Constraint(validatedBy = AccountableObjective.Check.class)
@Target(TYPE)
@Retention(RUNTIME)
public @interface AccountableObjective {
    /**
     * Returns the message of the constraint violation, a summary of the rule: the findings it
     * carries have their own messages.
     *
     * @return the summary
     */
    String message() default "A strategic objective names its responsible unit, description and timeframe (ALB-STR-003).";

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

    /** Checks the rule: ALB-STR-003. */
    final class Check implements ConstraintValidator<AccountableObjective, StrategicObjective> {
        @Override
        public boolean isValid(StrategicObjective o, ConstraintValidatorContext context) {
            if (o == null) {
                return true;
            }
            Emitter e = Emitter.of(context);
            missing(e, o, o.responsibleUnit(), "responsibleUnit");
            missing(e, o, o.description(), "description");
            missing(e, o, o.timeframe(), "timeframe");
            return e.valid();
        }

        private static void missing(Emitter e, StrategicObjective o, Optional<?> value, String field) {
            if (value.isEmpty()) {
                e.report(RuleCode.OBJECTIVE_FIELD_MISSING, Rel.field(field), null, "objective", o.code(), "field", Terms.of("field", field));
            }
        }
    }
}
