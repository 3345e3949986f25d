package io.github.albero.validation.rules;

import static java.lang.annotation.ElementType.TYPE;
import static java.lang.annotation.RetentionPolicy.RUNTIME;

import io.github.albero.model.Indicator;
import io.github.albero.model.Vocabulary;
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
import java.util.Optional;

/**
 * Scores lie within the scale a target declares, e.g. "scala da 1 a 5" (ALB-NUM-002).
 *
 * <p>A class-level constraint on {@link Indicator}, applied by the {@link Rulebook}; each finding is
 * reported with its rule code through an {@link Emitter}.
 */
@Documented
@Constraint(validatedBy = ScoresWithinScale.Check.class)
@Target(TYPE)
@Retention(RUNTIME)
public @interface ScoresWithinScale {
    /**
     * Returns the message of the constraint violation, a summary of the rule: the findings it
     * carries have their own messages.
     *
     * @return the summary
     */
    String message() default "Scores lie within the scale a target declares, e.g. \"scala da 1 a 5\" (ALB-NUM-002).";

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
     * Checks the rule: ALB-NUM-002. The scale is the first "scala da A a B" (or
     * "scala di valutazione da A a B") in the indicator's target texts; scores are target values
     * and numeric results with no unit or the score unit.
     */
    final class Check implements ConstraintValidator<ScoresWithinScale, Indicator> {
        @Override
        public boolean isValid(Indicator i, ConstraintValidatorContext context) {
            if (i == null) {
                return true;
            }
            Optional<Vocabulary.RatingScale> scale = Vocabulary.ratingScale(i);
            if (scale.isEmpty()) {
                return true;
            }
            BigDecimal low = scale.get().low();
            BigDecimal high = scale.get().high();
            Emitter e = Emitter.of(context);
            i.targets().forEach((year, t) -> t.reading().filter(r -> Tree.isScoreOrPlain(r.unit())).ifPresent(r -> {
                if (r.value().filter(v -> outside(v, low, high)).isPresent() || r.upperBound().filter(v -> outside(v, low, high)).isPresent()) {
                    e.report(RuleCode.SCORE_OUT_OF_SCALE, Rel.year("targets", year), t.text(), "year", year,
                            "low", low, "high", high);
                }
            }));
            i.results().forEach((year, res) -> res.reading().filter(r -> r.kind() == ResultKind.NUMBER && Tree.isScoreOrPlain(r.unit()))
                    .flatMap(r -> r.value()).filter(v -> outside(v, low, high))
                    .ifPresent(v -> e.report(RuleCode.SCORE_OUT_OF_SCALE, Rel.year("results", year), res.text(), "year", year,
                            "low", low, "high", high)));
            return e.valid();
        }

        private static boolean outside(BigDecimal v, BigDecimal low, BigDecimal high) {
            return v.compareTo(low) < 0 || v.compareTo(high) > 0;
        }
    }
}
