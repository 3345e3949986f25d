package io.github.albero.validation.internal;

import io.github.albero.model.Program;
import io.github.albero.validation.RuleCode;
import io.github.albero.validation.constraints.NonEmptyBranch;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;

/** Checks {@link NonEmptyBranch} on a {@link Program}: ALB-STR-010. */
public final class ProgramBranchValidator implements ConstraintValidator<NonEmptyBranch, Program> {
    @Override
    public boolean isValid(Program p, ConstraintValidatorContext context) {
        if (p == null || !(p.objectives().isEmpty())) {
            return true;
        }
        Emitter e = Emitter.of(context);
        e.report(RuleCode.BRANCH_EMPTY, Rel.here(), p.code(), "node", "program", "children", "strategic objectives", "nodo", "Il programma", "figli", "obiettivi strategici");
        return e.valid();
    }
}
