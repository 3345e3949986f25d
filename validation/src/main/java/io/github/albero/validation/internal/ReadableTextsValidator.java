package io.github.albero.validation.internal;

import io.github.albero.model.Indicator;
import io.github.albero.validation.RuleCode;
import io.github.albero.validation.constraints.ReadableTexts;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;

/** Checks {@link ReadableTexts}: ALB-TXT-001, ALB-TXT-002. */
public final class ReadableTextsValidator implements ConstraintValidator<ReadableTexts, Indicator> {
    @Override
    public boolean isValid(Indicator i, ConstraintValidatorContext context) {
        if (i == null) {
            return true;
        }
        Emitter e = Emitter.of(context);
        i.targets().forEach((year, t) -> {
            if (t.reading().isEmpty()) {
                e.report(RuleCode.TARGET_TEXT_UNREAD, Rel.child("targets", year), t.text(), "year", year);
            }
        });
        i.results().forEach((year, r) -> {
            if (r.reading().isEmpty()) {
                e.report(RuleCode.RESULT_TEXT_UNREAD, Rel.child("results", year), r.text(), "year", year);
            }
        });
        return e.valid();
    }
}
