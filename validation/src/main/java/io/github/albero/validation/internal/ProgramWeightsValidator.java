package io.github.albero.validation.internal;

import io.github.albero.model.Program;
import io.github.albero.model.StrategicObjective;
import io.github.albero.validation.constraints.ConsistentWeights;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;

/** Checks {@link ConsistentWeights} on the strategic objectives of a program. */
public final class ProgramWeightsValidator implements ConstraintValidator<ConsistentWeights, Program> {
    @Override
    public boolean isValid(Program p, ConstraintValidatorContext context) {
        if (p == null) {
            return true;
        }
        Emitter e = Emitter.of(context);
        Weights.check(e, "objectives", p.objectives(), StrategicObjective::weight, i -> p.objectives().get(i).code());
        return e.valid();
    }
}
