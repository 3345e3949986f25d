package io.github.albero.validation.internal;

import io.github.albero.model.StrategicObjective;
import io.github.albero.validation.RuleCode;
import io.github.albero.validation.constraints.MeasurableObjective;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;

/** Checks {@link MeasurableObjective}: ALB-CON-005. */
public final class MeasurableObjectiveValidator implements ConstraintValidator<MeasurableObjective, StrategicObjective> {
    @Override
    public boolean isValid(StrategicObjective o, ConstraintValidatorContext context) {
        if (o == null || o.allIndicators().findAny().isPresent()) {
            return true;
        }
        Emitter e = Emitter.of(context);
        e.report(RuleCode.OBJECTIVE_WITHOUT_INDICATORS, Rel.here(), o.code(), "objective", o.code());
        return e.valid();
    }
}
