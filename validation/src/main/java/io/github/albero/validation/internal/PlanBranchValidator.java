package io.github.albero.validation.internal;

import io.github.albero.model.Plan;
import io.github.albero.validation.RuleCode;
import io.github.albero.validation.constraints.NonEmptyBranch;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;

/** Checks {@link NonEmptyBranch} on a {@link Plan}: ALB-STR-009. */
public final class PlanBranchValidator implements ConstraintValidator<NonEmptyBranch, Plan> {
    @Override
    public boolean isValid(Plan p, ConstraintValidatorContext context) {
        if (p == null || !(p.missions().isEmpty())) {
            return true;
        }
        Emitter e = Emitter.of(context);
        e.report(RuleCode.PLAN_EMPTY, Rel.here(), p.referenceYear());
        return e.valid();
    }
}
