package io.github.albero.validation.rules;

import static java.lang.annotation.ElementType.TYPE;
import static java.lang.annotation.RetentionPolicy.RUNTIME;

import io.github.albero.measure.Ratio;
import io.github.albero.model.Breakdown;
import io.github.albero.model.BreakdownRule;
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
import java.math.BigDecimal;
import java.util.Optional;

/**
 * A result's breakdowns agree with its total where the indicator's breakdown rule says they must (ALB-CON-007, ALB-CON-008).
 *
 * <p>A class-level constraint on {@link Indicator}, applied by the {@link Rulebook}; each finding is
 * reported with its rule code through an {@link Emitter}.
 */
@Documented
@Constraint(validatedBy = ConsistentBreakdowns.Check.class)
@java.lang.annotation.Target(TYPE)
@Retention(RUNTIME)
public @interface ConsistentBreakdowns {
    /**
     * Returns the message of the constraint violation, a summary of the rule: the findings it
     * carries have their own messages.
     *
     * @return the summary
     */
    String message() default "A result's breakdowns agree with its total where the indicator's breakdown rule says they must (ALB-CON-007, ALB-CON-008).";

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
     * Checks the rule on yearly and period results: with
     * {@link BreakdownRule#PARTS_EQUAL_TOTAL} parts that add up to less or more than the total are
     * ALB-CON-007; with either rule, parts that exceed the total are ALB-CON-008. Ratio parts are
     * compared part by part (Σnumerators with the numerator, Σdenominators with the denominator);
     * value parts with a number result (a percentage is no total of its parts).
     */
    final class Check implements ConstraintValidator<ConsistentBreakdowns, Indicator> {
        @Override
        public boolean isValid(Indicator i, ConstraintValidatorContext context) {
            if (i == null || i.breakdownRule().isEmpty()) {
                return true;
            }
            Emitter e = Emitter.of(context);
            BreakdownRule rule = i.breakdownRule().get();
            i.results().forEach((year, r) -> check(e, rule, r, Rel.year("results", year)));
            for (Monitoring m : i.monitoring().values()) {
                for (int p = 0; p < m.periods().size(); p++) {
                    Rel at = Rel.year("monitoring", m.year()).index("periods", p).dot("result");
                    m.periods().get(p).result().ifPresent(r -> check(e, rule, r, at));
                }
            }
            return e.valid();
        }

        private static void check(Emitter e, BreakdownRule rule, Result r, Rel where) {
            for (int b = 0; b < r.breakdowns().size(); b++) {
                Breakdown bd = r.breakdowns().get(b);
                Rel at = where.index("breakdowns", b);
                if (bd.ofRatios()) {
                    if (r.parts().isEmpty()) {
                        continue;
                    }
                    Ratio sum = bd.ratioTotal().get();
                    Ratio total = r.parts().get();
                    int n = sum.numerator().compareTo(total.numerator());
                    int d = sum.denominator().compareTo(total.denominator());
                    compare(e, rule, n > 0 || d > 0, n != 0 || d != 0, at, bd, sum, total);
                } else {
                    Optional<BigDecimal> total = r.reading().filter(x -> x.kind() == ResultKind.NUMBER).flatMap(x -> x.value());
                    if (total.isEmpty()) {
                        continue;
                    }
                    int c = bd.total().get().compareTo(total.get());
                    compare(e, rule, c > 0, c != 0, at, bd, bd.total().get(), total.get());
                }
            }
        }

        private static void compare(Emitter e, BreakdownRule rule, boolean above, boolean differ, Rel at, Breakdown bd, Object sum, Object total) {
            if (above) {
                e.report(RuleCode.BREAKDOWN_EXCEEDS_TOTAL, at, sum, "dimension", bd.dimension(), "sum", sum, "total", total);
            } else if (differ && rule == BreakdownRule.PARTS_EQUAL_TOTAL) {
                e.report(RuleCode.BREAKDOWN_DISAGREES_WITH_TOTAL, at, sum, "dimension", bd.dimension(), "sum", sum, "total", total);
            }
        }
    }
}
