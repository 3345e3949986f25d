package io.github.albero.validation.rules;

import static java.lang.annotation.ElementType.TYPE;
import static java.lang.annotation.RetentionPolicy.RUNTIME;

import io.github.albero.model.Indicator;
import io.github.albero.model.Objective;
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
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Sibling indicators carry distinct codes (ALB-STR-008).
 *
 * <p>A class-level constraint on {@link Objective}, applied by the {@link Rulebook}; each finding is
 * reported with its rule code through an {@link Emitter}.
 */
@Documented
@Constraint(validatedBy = UniqueIndicatorCodes.Check.class)
@Target(TYPE)
@Retention(RUNTIME)
public @interface UniqueIndicatorCodes {
    /**
     * Returns the message of the constraint violation, a summary of the rule: the findings it
     * carries have their own messages.
     *
     * @return the summary
     */
    String message() default "Sibling indicators carry distinct codes (ALB-STR-008).";

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

    /** Checks the rule: ALB-STR-008, reported on every repetition after the first. */
    final class Check implements ConstraintValidator<UniqueIndicatorCodes, Objective> {
        @Override
        public boolean isValid(Objective o, ConstraintValidatorContext context) {
            if (o == null) {
                return true;
            }
            Emitter e = Emitter.of(context);
            Map<String, Integer> first = new HashMap<>();
            List<Indicator> indicators = o.indicators();
            for (int i = 0; i < indicators.size(); i++) {
                int index = i;
                indicators.get(i).code().ifPresent(c -> {
                    Integer earlier = first.putIfAbsent(c, index);
                    if (earlier != null) {
                        e.report(RuleCode.INDICATOR_CODE_REPEATED, Rel.indicator(index).dot("code"), c, "first", earlier);
                    }
                });
            }
            return e.valid();
        }
    }
}
