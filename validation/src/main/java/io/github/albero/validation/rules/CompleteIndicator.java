package io.github.albero.validation.rules;

import static java.lang.annotation.ElementType.TYPE;
import static java.lang.annotation.RetentionPolicy.RUNTIME;

import io.github.albero.model.Indicator;
import io.github.albero.validation.RuleCode;
import io.github.albero.validation.internal.Emitter;
import io.github.albero.validation.internal.Rel;
import io.github.albero.validation.internal.Terms;
import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;
import java.lang.annotation.Documented;
import java.lang.annotation.Retention;
import java.lang.annotation.Target;
import java.util.Optional;

/**
 * An indicator names its type, unit, algorithm and data source (ALB-STR-001) and its baseline (ALB-STR-002).
 *
 * <p>A class-level constraint on {@link Indicator}, applied by the {@link Rulebook}; each finding is
 * reported with its rule code through an {@link Emitter}.
 */
@Documented
@Constraint(validatedBy = CompleteIndicator.Check.class)
@Target(TYPE)
@Retention(RUNTIME)
public @interface CompleteIndicator {
    /**
     * Returns the message of the constraint violation, a summary of the rule: the findings it
     * carries have their own messages.
     *
     * @return the summary
     */
    String message() default "An indicator names its type, unit, algorithm and data source (ALB-STR-001) and its baseline (ALB-STR-002).";

    /**
     * Returns the groups; Albero validates the default group only.
     *
     * @return the groups
     */
    Class<?>[] groups() default {};

    /**
     * Returns the payload.
     *
     * @return the payload
     */
    Class<? extends Payload>[] payload() default {};

    /** Checks the rule: ALB-STR-001, ALB-STR-002. */
    final class Check implements ConstraintValidator<CompleteIndicator, Indicator> {
        @Override
        public boolean isValid(Indicator i, ConstraintValidatorContext context) {
            if (i == null) {
                return true;
            }
            if (i.type().isPresent() && i.unit().isPresent() && i.algorithm().isPresent() && i.dataSource().isPresent()
                    && i.baseline().isPresent()) {
                return true;
            }
            // the name as messages show it, made once for the indicator's findings
            String name = Tree.name(i);
            Emitter e = Emitter.of(context);
            missing(e, name, i.type(), "type");
            missing(e, name, i.unit(), "unit");
            missing(e, name, i.algorithm(), "algorithm");
            missing(e, name, i.dataSource(), "dataSource");
            if (i.baseline().isEmpty()) {
                e.report(RuleCode.INDICATOR_BASELINE_MISSING, Rel.field("baseline"), null, "name", name);
            }
            return e.valid();
        }

        private static void missing(Emitter e, String name, Optional<?> value, String field) {
            if (value.isEmpty()) {
                e.report(RuleCode.INDICATOR_FIELD_MISSING, Rel.field(field), null, "name", name, "field", Terms.of("field", field));
            }
        }
    }
}
