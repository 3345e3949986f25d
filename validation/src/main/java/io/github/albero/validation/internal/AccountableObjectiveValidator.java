package io.github.albero.validation.internal;

import io.github.albero.model.StrategicObjective;
import io.github.albero.validation.RuleCode;
import io.github.albero.validation.constraints.AccountableObjective;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import java.util.Optional;

/** Checks {@link AccountableObjective}: ALB-STR-003. */
public final class AccountableObjectiveValidator implements ConstraintValidator<AccountableObjective, StrategicObjective> {
    @Override
    public boolean isValid(StrategicObjective o, ConstraintValidatorContext context) {
        if (o == null) {
            return true;
        }
        Emitter e = Emitter.of(context);
        missing(e, o, o.responsibleUnit(), "responsibleUnit", "centro di responsabilità");
        missing(e, o, o.description(), "description", "descrizione");
        missing(e, o, o.timeframe(), "timeframe", "arco temporale di realizzazione");
        return e.valid();
    }

    private static void missing(Emitter e, StrategicObjective o, Optional<?> value, String field, String campo) {
        if (value.isEmpty()) {
            e.report(RuleCode.OBJECTIVE_FIELD_MISSING, Rel.field(field), null, "objective", o.code(), "field", field, "campo", campo);
        }
    }
}
