package io.github.albero.validation.internal;

import io.github.albero.model.Mission;
import io.github.albero.validation.RuleCode;
import io.github.albero.validation.constraints.NonEmptyBranch;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;

/** Checks {@link NonEmptyBranch} on a {@link Mission}: ALB-STR-010. */
public final class MissionBranchValidator implements ConstraintValidator<NonEmptyBranch, Mission> {
    @Override
    public boolean isValid(Mission p, ConstraintValidatorContext context) {
        if (p == null || !(p.programs().isEmpty())) {
            return true;
        }
        Emitter e = Emitter.of(context);
        e.report(RuleCode.BRANCH_EMPTY, Rel.here(), p.code(), "node", "mission", "children", "programs", "nodo", "La missione", "figli", "programmi");
        return e.valid();
    }
}
