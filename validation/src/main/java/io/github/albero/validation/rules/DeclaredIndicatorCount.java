package io.github.albero.validation.rules;

import static java.lang.annotation.ElementType.TYPE;
import static java.lang.annotation.RetentionPolicy.RUNTIME;

import io.github.albero.model.Objective;
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
 * The number of indicators an objective declares equals the indicators it lists (ALB-CON-001).
 *
 * <p>A class-level constraint on {@link Objective}, applied by the {@link Rulebook}; each finding is
 * reported with its rule code through an {@link Emitter}.
 */
@Documented
@Constraint(validatedBy = DeclaredIndicatorCount.Check.class)
@Target(TYPE)
@Retention(RUNTIME)
public @interface DeclaredIndicatorCount {
    /**
     * Returns the message of the constraint violation, a summary of the rule: the findings it
     * carries have their own messages.
     *
     * @return the summary
     */
    String message() default "The number of indicators an objective declares equals the indicators it lists (ALB-CON-001).";

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
     * Checks the rule: ALB-CON-001. A strategic objective's count may mean
     * its own indicators or all of them, its operational objectives' included: either agrees.
     */
    final class Check implements ConstraintValidator<DeclaredIndicatorCount, Objective> {
        @Override
        public boolean isValid(Objective o, ConstraintValidatorContext context) {
            if (o == null || o.declaredIndicatorCount().isEmpty()) {
                return true;
            }
            int declared = o.declaredIndicatorCount().get();
            int own = o.indicators().size();
            long all = o instanceof StrategicObjective ? ((StrategicObjective) o).allIndicators().count() : own;
            if (declared == own || declared == all) {
                return true;
            }
            Emitter e = Emitter.of(context);
            e.report(RuleCode.INDICATOR_COUNT_MISMATCH, Rel.field("declaredIndicatorCount"), declared, "listed", all);
            return e.valid();
        }
    }
}
