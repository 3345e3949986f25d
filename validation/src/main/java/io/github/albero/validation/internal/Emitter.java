package io.github.albero.validation.internal;

import io.github.albero.validation.Finding;
import io.github.albero.validation.RuleCode;
import jakarta.validation.ConstraintValidatorContext;
import java.util.LinkedHashMap;
import java.util.Map;
import org.hibernate.validator.constraintvalidation.HibernateConstraintValidatorContext;

/**
 * What a rule reports its findings through. A rule checks one node; when it finds anything, the
 * constraint fails once on that node (one constraint violation, with the rule's own message)
 * and the findings travel with it as Hibernate Validator's dynamic payload.
 *
 * <pre>{@code
 * Emitter e = Emitter.of(context);
 * e.report(RuleCode.INDICATOR_FIELD_MISSING, Rel.field("unit"), null, "name", name, "field", "unit");
 * return e.valid();
 * }</pre>
 */
public final class Emitter {
    private final ConstraintValidatorContext context;
    // in the plan's own walk findings are placed at once; under Hibernate Validator they ride on the violation
    private final PlanWalk.Node walk;
    private FindingPayload payload;
    private boolean reported;

    private Emitter(ConstraintValidatorContext context) {
        this.context = context;
        this.walk = context instanceof PlanWalk.Node n ? n : null;
    }

    /**
     * Starts the report of one rule on one node.
     *
     * @param context the context Hibernate Validator passed to {@code isValid}
     * @return an emitter with no finding yet
     */
    public static Emitter of(ConstraintValidatorContext context) {
        return new Emitter(context);
    }

    /**
     * Reports a finding.
     *
     * @param code the rule
     * @param where the place, relative to the validated node
     * @param value the offending value, or null: a document text or a typed value (money, a number, a year…)
     * @param arguments message parameters as name, value, name, value …, typed likewise
     */
    public void report(RuleCode code, Rel where, Object value, Object... arguments) {
        // typed: the finding's message writes them in the language it is rendered in
        reported = true;
        if (walk != null) {
            // the arguments by name are made when the finding is read, not for every finding counted
            walk.findings.add(Finding.of(code, where.applyTo(walk.path), value, arguments));
            return;
        }
        Map<String, Object> args = new LinkedHashMap<>();
        for (int i = 0; i + 1 < arguments.length; i += 2) {
            args.put(String.valueOf(arguments[i]), arguments[i + 1]);
        }
        if (payload == null) {
            payload = new FindingPayload();
        }
        payload.add(code, where, value, args);
    }

    /**
     * Ends the report: what {@code isValid} returns.
     *
     * @return true when nothing was reported; false, with the findings attached, otherwise
     */
    public boolean valid() {
        if (payload == null) {
            return !reported;
        }
        context.unwrap(HibernateConstraintValidatorContext.class).withDynamicPayload(payload);
        return false;
    }
}
