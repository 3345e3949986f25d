package io.github.albero.validation.internal;

import io.github.albero.validation.RuleCode;
import jakarta.validation.ConstraintValidatorContext;
import java.util.LinkedHashMap;
import java.util.Map;
import org.hibernate.validator.constraintvalidation.HibernateConstraintValidatorContext;

/** Adds one violation per finding, each carrying its {@link FindingPayload}. */
final class Emitter {
    private final HibernateConstraintValidatorContext context;
    private int count;

    private Emitter(HibernateConstraintValidatorContext context) {
        this.context = context;
    }

    static Emitter of(ConstraintValidatorContext context) {
        HibernateConstraintValidatorContext h = context.unwrap(HibernateConstraintValidatorContext.class);
        h.disableDefaultConstraintViolation();
        return new Emitter(h);
    }

    /**
     * @param code the rule
     * @param where the place, relative to the validated node
     * @param value the offending value, or null
     * @param arguments message parameters as name, value, name, value …
     */
    void report(RuleCode code, Rel where, Object value, Object... arguments) {
        Map<String, String> args = new LinkedHashMap<>();
        for (int i = 0; i + 1 < arguments.length; i += 2) {
            args.put(String.valueOf(arguments[i]), arguments[i + 1] == null ? null : String.valueOf(arguments[i + 1]));
        }
        // the payload is captured by each violation when it is added
        context.withDynamicPayload(new FindingPayload(code, where, value == null ? null : String.valueOf(value), args));
        // Hibernate Validator keeps violations in a set, equal when their messages are: number them
        count++;
        context.buildConstraintViolationWithTemplate(code.code() + " #" + count).addConstraintViolation();
    }

    boolean valid() {
        return count == 0;
    }
}
