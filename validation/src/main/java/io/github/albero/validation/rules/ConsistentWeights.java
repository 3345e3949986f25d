package io.github.albero.validation.rules;

import static java.lang.annotation.ElementType.TYPE;
import static java.lang.annotation.RetentionPolicy.RUNTIME;

import io.github.albero.model.NodePath;
import io.github.albero.model.Indicator;
import io.github.albero.model.Objective;
import io.github.albero.model.OperationalObjective;
import io.github.albero.model.Program;
import io.github.albero.model.StrategicObjective;
import io.github.albero.validation.internal.Emitter;
import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;
import java.lang.annotation.Documented;
import java.lang.annotation.Retention;
import java.lang.annotation.Target;
import java.util.function.Function;

/**
 * Sibling weights are positive (ALB-NUM-003), sum to 100 (ALB-NUM-004) and are given for all siblings or none (ALB-NUM-005).
 *
 * <p>A class-level constraint on {@link Objective} and {@link Program}, applied by the {@link Rulebook}; each finding is
 * reported with its rule code through an {@link Emitter}.
 */
@Documented
@Constraint(validatedBy = {ConsistentWeights.OnProgram.class, ConsistentWeights.OnObjective.class})
@Target(TYPE)
@Retention(RUNTIME)
public @interface ConsistentWeights {
    /**
     * Returns the message of the constraint violation, a summary of the rule: the findings it
     * carries have their own messages.
     *
     * @return the summary
     */
    String message() default "Sibling weights are positive (ALB-NUM-003), sum to 100 (ALB-NUM-004) and are given for all siblings or none (ALB-NUM-005).";

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

    /** Checks the rule on the strategic objectives of a program. */
    final class OnProgram implements ConstraintValidator<ConsistentWeights, Program> {
        @Override
        public boolean isValid(Program p, ConstraintValidatorContext context) {
            if (p == null) {
                return true;
            }
            Emitter e = Emitter.of(context);
            Weights.check(e, "objectives", p.objectives(), StrategicObjective::weight, i -> NodePath.root().objective(p.objectives().get(i).code(), i));
            return e.valid();
        }
    }

    /**
     * Checks the rule on an objective's indicators and, for a strategic objective,
     * on its operational objectives: each list is one set of siblings.
     */
    final class OnObjective implements ConstraintValidator<ConsistentWeights, Objective> {
        @Override
        public boolean isValid(Objective o, ConstraintValidatorContext context) {
            if (o == null) {
                return true;
            }
            Emitter e = Emitter.of(context);
            Weights.check(e, "indicators", o.indicators(), Indicator::weight, NodePath.root()::indicator);
            if (o instanceof StrategicObjective) {
                Weights.check(e, "operationalObjectives", ((StrategicObjective) o).operationalObjectives(), OperationalObjective::weight,
                        NodePath.root()::operationalObjective);
            }
            return e.valid();
        }
    }
}
