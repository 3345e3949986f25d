package io.github.albero.validation.internal;

import io.github.albero.model.Indicator;
import io.github.albero.model.Objective;
import io.github.albero.model.OperationalObjective;
import io.github.albero.model.StrategicObjective;
import io.github.albero.validation.constraints.ConsistentWeights;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import java.util.function.Function;

/**
 * Checks {@link ConsistentWeights} on an objective's indicators and, for a strategic objective,
 * on its operational objectives: each list is one set of siblings.
 */
public final class ObjectiveWeightsValidator implements ConstraintValidator<ConsistentWeights, Objective> {
    @Override
    public boolean isValid(Objective o, ConstraintValidatorContext context) {
        if (o == null) {
            return true;
        }
        Emitter e = Emitter.of(context);
        Weights.check(e, "indicators", o.indicators(), Indicator::weight, Function.identity()::apply);
        if (o instanceof StrategicObjective) {
            Weights.check(e, "operationalObjectives", ((StrategicObjective) o).operationalObjectives(), OperationalObjective::weight,
                    Function.identity()::apply);
        }
        return e.valid();
    }
}
