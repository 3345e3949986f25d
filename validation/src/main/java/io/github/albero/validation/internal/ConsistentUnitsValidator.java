package io.github.albero.validation.internal;

import io.github.albero.measure.Quantity;
import io.github.albero.measure.Unit;
import io.github.albero.model.Indicator;
import io.github.albero.model.Target;
import io.github.albero.validation.RuleCode;
import io.github.albero.validation.constraints.ConsistentUnits;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import java.util.Optional;

/**
 * Checks {@link ConsistentUnits}: ALB-CON-002, for every year with both a target and a result
 * whose readings carry a unit.
 */
public final class ConsistentUnitsValidator implements ConstraintValidator<ConsistentUnits, Indicator> {
    @Override
    public boolean isValid(Indicator i, ConstraintValidatorContext context) {
        if (i == null) {
            return true;
        }
        Emitter e = Emitter.of(context);
        i.results().forEach((year, res) -> {
            Optional<Unit> resultUnit = res.reading().flatMap(r -> r.quantity()).flatMap(Quantity::unit);
            Optional<Unit> targetUnit = Optional.ofNullable(i.targets().get(year)).flatMap(Target::reading).flatMap(r -> r.unit());
            if (resultUnit.isPresent() && targetUnit.isPresent() && !resultUnit.get().isCompatibleWith(targetUnit.get())) {
                e.report(RuleCode.RESULT_UNIT_INCOMPATIBLE, Rel.child("results", year), res.text(), "year", year,
                        "resultUnit", resultUnit.get(), "targetUnit", targetUnit.get());
            }
        });
        return e.valid();
    }
}
