package io.github.albero.validation.internal;

import io.github.albero.model.Objective;
import io.github.albero.model.StrategicObjective;
import io.github.albero.validation.RuleCode;
import io.github.albero.validation.constraints.DeclaredIndicatorCount;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;

/**
 * Checks {@link DeclaredIndicatorCount}: ALB-CON-001. A strategic objective's count may mean
 * its own indicators or all of them, its operational objectives' included: either agrees.
 */
public final class DeclaredIndicatorCountValidator implements ConstraintValidator<DeclaredIndicatorCount, Objective> {
    @Override
    public boolean isValid(Objective o, ConstraintValidatorContext context) {
        if (o == null || o.declaredIndicatorCount().isEmpty()) {
            return true;
        }
        int declared = o.declaredIndicatorCount().get();
        int own = o.indicators().size();
        long all = o instanceof StrategicObjective ? ((StrategicObjective) o).allIndicators().count() : own;
        if (declared == own || declared == all) {
            return true;
        }
        Emitter e = Emitter.of(context);
        e.report(RuleCode.INDICATOR_COUNT_MISMATCH, Rel.field("declaredIndicatorCount"), declared, "listed", all);
        return e.valid();
    }
}
