package io.github.albero.validation.rules;

import static java.lang.annotation.ElementType.TYPE;
import static java.lang.annotation.RetentionPolicy.RUNTIME;

import io.github.albero.measure.Unit;
import io.github.albero.model.Indicator;
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
import java.lang.annotation.Target;
import java.math.BigDecimal;

/**
 * The percentages of a percentage or completion indicator lie within 0–100 (ALB-NUM-001).
 *
 * <p>A class-level constraint on {@link Indicator}, applied by the {@link Rulebook}; each finding is
 * reported with its rule code through an {@link Emitter}.
 */
@Documented
@Constraint(validatedBy = PercentagesWithinBounds.Check.class)
@Target(TYPE)
@Retention(RUNTIME)
public @interface PercentagesWithinBounds {
    /**
     * Returns the message of the constraint violation, a summary of the rule: the findings it
     * carries have their own messages.
     *
     * @return the summary
     */
    String message() default "The percentages of a percentage or completion indicator lie within 0–100 (ALB-NUM-001).";

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
     * Checks the rule: ALB-NUM-001. Only indicators of completion (unit %
     * or "percentuale", or milestones) are bounded: a change such as "‐4,1%" may be negative.
     */
    final class Check implements ConstraintValidator<PercentagesWithinBounds, Indicator> {
        private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

        @Override
        public boolean isValid(Indicator i, ConstraintValidatorContext context) {
            if (i == null || !Tree.isPercentIndicator(i)) {
                return true;
            }
            Emitter e = Emitter.of(context);
            i.targets().forEach((year, t) -> t.reading().filter(r -> r.unit().filter(Unit.PERCENT::equals).isPresent()).ifPresent(r -> {
                boolean out = r.value().filter(Check::outside).isPresent()
                        || r.upperBound().filter(Check::outside).isPresent();
                if (out) {
                    e.report(RuleCode.PERCENTAGE_OUT_OF_BOUNDS, Rel.year("targets", year), t.text(), "year", year);
                }
            }));
            i.results().forEach((year, res) -> res.reading().filter(r -> r.kind() == ResultKind.PERCENTAGE)
                    .flatMap(r -> r.value()).filter(Check::outside)
                    .ifPresent(v -> e.report(RuleCode.PERCENTAGE_OUT_OF_BOUNDS, Rel.year("results", year), res.text(), "year", year)));
            return e.valid();
        }

        private static boolean outside(BigDecimal v) {
            return v.signum() < 0 || v.compareTo(HUNDRED) > 0;
        }
    }
}
