package io.github.albero.validation.rules;

import static java.lang.annotation.ElementType.TYPE;
import static java.lang.annotation.RetentionPolicy.RUNTIME;

import io.github.albero.model.Indicator;
import io.github.albero.model.Monitoring;
import io.github.albero.model.Result;
import io.github.albero.model.ResultKind;
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
 * A ratio indicator's results give their numerator and denominator, and the denominator is not 0 (ALB-CON-009, ALB-NUM-006).
 *
 * <p>A class-level constraint on {@link Indicator}, applied by the {@link Rulebook}; each finding is
 * reported with its rule code through an {@link Emitter}.
 */
@Documented
@Constraint(validatedBy = ConsistentRatios.Check.class)
@java.lang.annotation.Target(TYPE)
@Retention(RUNTIME)
public @interface ConsistentRatios {
    /**
     * Returns the message of the constraint violation, a summary of the rule: the findings it
     * carries have their own messages.
     *
     * @return the summary
     */
    String message() default "A ratio indicator's results give their numerator and denominator, and the denominator is not 0 (ALB-CON-009, ALB-NUM-006).";

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
     * Checks the rule on yearly and period results of a ratio indicator: a numeric
     * result without its parts cannot be added up (ALB-CON-009); a zero denominator leaves it not
     * measurable (ALB-NUM-006).
     */
    final class Check implements ConstraintValidator<ConsistentRatios, Indicator> {
        @Override
        public boolean isValid(Indicator i, ConstraintValidatorContext context) {
            if (i == null || i.ratio().isEmpty()) {
                return true;
            }
            Emitter e = Emitter.of(context);
            i.results().forEach((year, r) -> check(e, r, Rel.year("results", year), String.valueOf(year)));
            for (Monitoring m : i.monitoring().values()) {
                for (int p = 0; p < m.periods().size(); p++) {
                    Rel at = Rel.year("monitoring", m.year()).index("periods", p).dot("result");
                    String period = m.periods().get(p).period().toString();
                    m.periods().get(p).result().ifPresent(r -> check(e, r, at, period));
                }
            }
            return e.valid();
        }

        private static void check(Emitter e, Result r, Rel where, String period) {
            if (r.parts().isEmpty()) {
                // only a bare figure lacks its parts; a status or an unreadable text is another rule's concern
                if (r.reading().filter(x -> x.kind() == ResultKind.NUMBER || x.kind() == ResultKind.PERCENTAGE).isPresent()) {
                    e.report(RuleCode.RATIO_RESULT_WITHOUT_PARTS, where, r.text(), "period", period);
                }
            } else if (r.parts().get().hasZeroDenominator()) {
                e.report(RuleCode.RATIO_ZERO_DENOMINATOR, where.dot("parts"), r.parts().get(), "period", period);
            }
        }
    }
}
