package io.github.albero.validation.rules;

import static java.lang.annotation.ElementType.TYPE;
import static java.lang.annotation.RetentionPolicy.RUNTIME;

import io.github.albero.model.Indicator;
import io.github.albero.model.Result;
import io.github.albero.model.ResultReading;
import io.github.albero.model.TargetReading;
import io.github.albero.model.Vocabulary;
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
import java.util.Optional;

/**
 * Targets (ALB-TXT-001) and results (ALB-TXT-002) have a structured reading, and a given reading agrees with its text (ALB-TXT-004, ALB-TXT-005).
 *
 * <p>A class-level constraint on {@link Indicator}, applied by the {@link Rulebook}; each finding is
 * reported with its rule code through an {@link Emitter}.
 */
@Documented
@Constraint(validatedBy = ReadableTexts.Check.class)
@Target(TYPE)
@Retention(RUNTIME)
public @interface ReadableTexts {
    /**
     * Returns the message of the constraint violation, a summary of the rule: the findings it
     * carries have their own messages.
     *
     * @return the summary
     */
    String message() default "Targets (ALB-TXT-001) and results (ALB-TXT-002) have a structured reading, and a given reading agrees with its text (ALB-TXT-004, ALB-TXT-005).";

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

    /** Checks the rule: ALB-TXT-001, ALB-TXT-002, ALB-TXT-004, ALB-TXT-005. */
    final class Check implements ConstraintValidator<ReadableTexts, Indicator> {
        @Override
        public boolean isValid(Indicator i, ConstraintValidatorContext context) {
            if (i == null) {
                return true;
            }
            Emitter e = Emitter.of(context);
            i.targets().forEach((year, t) -> {
                if (t.reading().isEmpty()) {
                    e.report(RuleCode.TARGET_TEXT_UNREAD, Rel.year("targets", year), t.text(), "year", year);
                }
                Vocabulary.textContradicting(t).ifPresent(text -> e.report(RuleCode.TARGET_READING_CONTRADICTS_TEXT,
                        Rel.year("targets", year).dot("reading"), t.text(), "year", year, "reading", t.reading().get(), "textReading", text));
            });
            i.results().forEach((year, r) -> {
                // a ratio result is read from its parts; a zero denominator is ALB-NUM-006, not unreadable text
                if (r.reading().isEmpty() && r.parts().isEmpty()) {
                    e.report(RuleCode.RESULT_TEXT_UNREAD, Rel.year("results", year), r.text(), "year", year);
                }
                Vocabulary.textContradicting(r).ifPresent(text -> e.report(RuleCode.RESULT_READING_CONTRADICTS_TEXT,
                        Rel.year("results", year).dot("reading"), r.text(), "year", year, "reading", r.reading().get(), "textReading", text));
            });
            return e.valid();
        }
    }
}
