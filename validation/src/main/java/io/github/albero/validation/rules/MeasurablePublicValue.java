package io.github.albero.validation.rules;

import io.github.albero.model.NodePath;

import static java.lang.annotation.ElementType.TYPE;
import static java.lang.annotation.RetentionPolicy.RUNTIME;

import io.github.albero.model.Plan;
import io.github.albero.model.PublicValueObjective;
import io.github.albero.validation.RuleCode;
import io.github.albero.validation.internal.Emitter;
import io.github.albero.validation.internal.Rel;
import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;
import java.lang.annotation.Documented;
import java.lang.annotation.Retention;

/**
 * Every public-value objective has an impact indicator or a contributing objective (ALB-STR-011).
 *
 * <p>A class-level constraint on {@link Plan}, applied by the {@link Rulebook}; each finding is
 * reported with its rule code through an {@link Emitter}.
 */
@Documented
@Constraint(validatedBy = MeasurablePublicValue.Check.class)
@java.lang.annotation.Target(TYPE)
@Retention(RUNTIME)
public @interface MeasurablePublicValue {
    /**
     * Returns the message of the constraint violation, a summary of the rule: the findings it
     * carries have their own messages.
     *
     * @return the summary
     */
    String message() default "Every public-value objective has an impact indicator or a contributing objective (ALB-STR-011).";

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

    /** Checks the rule: ALB-STR-011, a public-value objective with no impact indicator and no contribution. */
    final class Check implements ConstraintValidator<MeasurablePublicValue, Plan> {
        @Override
        public boolean isValid(Plan plan, ConstraintValidatorContext context) {
            if (plan == null) {
                return true;
            }
            Emitter e = Emitter.of(context);
            for (PublicValueObjective v : plan.publicValue()) {
                if (v.indicators().isEmpty() && v.contributions().isEmpty()) {
                    e.report(RuleCode.PUBLIC_VALUE_UNMEASURED, Rel.of(NodePath.root().member("publicValue", v.code())), v.code(), "objective", v.code());
                }
            }
            return e.valid();
        }
    }
}
