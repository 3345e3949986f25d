package io.github.albero.validation.internal;

import io.github.albero.model.Indicator;
import io.github.albero.validation.RuleCode;
import io.github.albero.validation.constraints.CompleteIndicator;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import java.util.Optional;

/** Checks {@link CompleteIndicator}: ALB-STR-001, ALB-STR-002. */
public final class CompleteIndicatorValidator implements ConstraintValidator<CompleteIndicator, Indicator> {
    @Override
    public boolean isValid(Indicator i, ConstraintValidatorContext context) {
        if (i == null) {
            return true;
        }
        Emitter e = Emitter.of(context);
        missing(e, i, i.type(), "type", "tipologia");
        missing(e, i, i.unit(), "unit", "unità di misura");
        missing(e, i, i.algorithm(), "algorithm", "algoritmo di calcolo");
        missing(e, i, i.dataSource(), "dataSource", "fonte dei dati");
        if (i.baseline().isEmpty()) {
            e.report(RuleCode.INDICATOR_BASELINE_MISSING, Rel.field("baseline"), null, "name", Tree.name(i));
        }
        return e.valid();
    }

    private static void missing(Emitter e, Indicator i, Optional<?> value, String field, String campo) {
        if (value.isEmpty()) {
            e.report(RuleCode.INDICATOR_FIELD_MISSING, Rel.field(field), null, "name", Tree.name(i), "field", field, "campo", campo);
        }
    }
}
