package io.github.albero.validation.internal;

import io.github.albero.model.Indicator;
import io.github.albero.model.Polarity;
import io.github.albero.model.TargetOperator;
import io.github.albero.validation.RuleCode;
import io.github.albero.validation.constraints.PolarityAgreesWithTargets;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;

/**
 * Checks {@link PolarityAgreesWithTargets}: ALB-CON-003. Higher is better contradicts "at
 * most", lower is better contradicts "at least", a target range contradicts both; a milestone
 * polarity accepts any operator (a deadline "entro 30 giorni" is still a milestone).
 */
public final class PolarityAgreesWithTargetsValidator implements ConstraintValidator<PolarityAgreesWithTargets, Indicator> {
    @Override
    public boolean isValid(Indicator i, ConstraintValidatorContext context) {
        if (i == null) {
            return true;
        }
        Emitter e = Emitter.of(context);
        i.targets().forEach((year, t) -> t.reading().filter(r -> contradicts(i.polarity(), r.operator())).ifPresent(r ->
                e.report(RuleCode.POLARITY_CONTRADICTS_TARGET, Rel.child("targets", year), t.text(), "year", year,
                        "polarity", camel(i.polarity().name()), "operator", camel(r.operator().name()))));
        return e.valid();
    }

    static boolean contradicts(Polarity polarity, TargetOperator operator) {
        switch (polarity) {
            case HIGHER_IS_BETTER:
                return operator == TargetOperator.AT_MOST;
            case LOWER_IS_BETTER:
                return operator == TargetOperator.AT_LEAST;
            case TARGET_RANGE:
                return operator == TargetOperator.AT_LEAST || operator == TargetOperator.AT_MOST;
            default:
                return false;
        }
    }

    /** HIGHER_IS_BETTER → higherIsBetter, as the JSON format writes it. */
    static String camel(String constant) {
        StringBuilder sb = new StringBuilder();
        boolean up = false;
        for (char c : constant.toLowerCase(java.util.Locale.ROOT).toCharArray()) {
            if (c == '_') {
                up = true;
            } else {
                sb.append(up ? Character.toUpperCase(c) : c);
                up = false;
            }
        }
        return sb.toString();
    }
}
