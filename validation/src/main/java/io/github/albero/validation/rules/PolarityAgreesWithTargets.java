package io.github.albero.validation.rules;

import static java.lang.annotation.ElementType.TYPE;
import static java.lang.annotation.RetentionPolicy.RUNTIME;

import io.github.albero.model.Indicator;
import io.github.albero.model.Vocabulary;
import io.github.albero.model.Polarity;
import io.github.albero.model.TargetOperator;
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

/**
 * An indicator's polarity agrees with its targets' operators (ALB-CON-003).
 *
 * <p>A class-level constraint on {@link Indicator}, applied by the {@link Rulebook}; each finding is
 * reported with its rule code through an {@link Emitter}.
 */
@Documented
@Constraint(validatedBy = PolarityAgreesWithTargets.Check.class)
@Target(TYPE)
@Retention(RUNTIME)
public @interface PolarityAgreesWithTargets {
    /**
     * Returns the message of the constraint violation, a summary of the rule: the findings it
     * carries have their own messages.
     *
     * @return the summary
     */
    String message() default "An indicator's polarity agrees with its targets' operators (ALB-CON-003).";

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
     * Checks the rule: ALB-CON-003, on stated operators only ({@link Vocabulary#contradicts}: an
     * operator inferred from a bare value never contradicts). Higher is better contradicts "at
     * most", lower is better contradicts "at least", a target range contradicts both; a milestone
     * polarity accepts any operator (a deadline "entro 30 giorni" is still a milestone).
     */
    final class Check implements ConstraintValidator<PolarityAgreesWithTargets, Indicator> {
        @Override
        public boolean isValid(Indicator i, ConstraintValidatorContext context) {
            if (i == null) {
                return true;
            }
            Emitter e = Emitter.of(context);
            i.targets().forEach((year, t) -> t.reading().filter(r -> Vocabulary.contradicts(i.polarity(), r)).ifPresent(r ->
                    e.report(RuleCode.POLARITY_CONTRADICTS_TARGET, Rel.year("targets", year), t.text(), "year", year,
                            "polarity", Terms.of(i.polarity()), "operator", Terms.of(r.operator()))));
            return e.valid();
        }
    }
}
