package io.github.albero.validation.rules;

import static java.lang.annotation.ElementType.TYPE;
import static java.lang.annotation.RetentionPolicy.RUNTIME;

import io.github.albero.measure.Quantity;
import io.github.albero.measure.Unit;
import io.github.albero.model.Indicator;
import io.github.albero.model.Vocabulary;
import io.github.albero.model.Target;
import io.github.albero.validation.RuleCode;
import io.github.albero.validation.internal.Emitter;
import io.github.albero.validation.internal.Rel;
import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;
import java.lang.annotation.Documented;
import java.lang.annotation.Retention;
import java.util.Optional;

/**
 * A result's unit can be compared with its target's unit (ALB-CON-002).
 *
 * <p>A class-level constraint on {@link Indicator}, applied by the {@link Rulebook}; each finding is
 * reported with its rule code through an {@link Emitter}.
 */
@Documented
@Constraint(validatedBy = ConsistentUnits.Check.class)
@java.lang.annotation.Target(TYPE)
@Retention(RUNTIME)
public @interface ConsistentUnits {
    /**
     * Returns the message of the constraint violation, a summary of the rule: the findings it
     * carries have their own messages.
     *
     * @return the summary
     */
    String message() default "A result's unit can be compared with its target's unit (ALB-CON-002).";

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
     * Checks the rule: ALB-CON-002, for every year with both a target and a result
     * whose readings carry a unit.
     */
    final class Check implements ConstraintValidator<ConsistentUnits, Indicator> {
        @Override
        public boolean isValid(Indicator i, ConstraintValidatorContext context) {
            if (i == null) {
                return true;
            }
            Emitter e = Emitter.of(context);
            i.results().forEach((year, res) -> {
                Optional<Unit> resultUnit = res.reading().flatMap(r -> r.quantity()).flatMap(Quantity::unit);
                Optional<Unit> targetUnit = Optional.ofNullable(i.targets().get(year)).flatMap(Target::reading).flatMap(r -> r.unit());
                if (resultUnit.isPresent() && targetUnit.isPresent() && !Vocabulary.comparable(targetUnit, resultUnit)) {
                    e.report(RuleCode.RESULT_UNIT_INCOMPATIBLE, Rel.year("results", year), res.text(), "year", year,
                            "resultUnit", resultUnit.get(), "targetUnit", targetUnit.get());
                }
            });
            return e.valid();
        }
    }
}
