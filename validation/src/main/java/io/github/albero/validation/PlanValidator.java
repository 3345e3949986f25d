package io.github.albero.validation;

import io.github.albero.InvalidValueException;
import io.github.albero.model.Plan;
import io.github.albero.validation.internal.PlanWalk;

/**
 * Validates a whole plan or report (<i>validazione del piano</i>) against Albero's rulebook:
 * what an evaluation body (OIV) checks before it signs a report. The rules are listed in
 * {@link RuleCode} and described in {@code RULES.md}, shipped in this jar next to this class
 * ({@code PlanValidator.class.getResource("RULES.md")}).
 *
 * <p>Construction-time invariants of the core model (well-formed and unique codes, non-negative
 * money with two decimals, non-blank texts …) already stop impossible objects; validation finds
 * what is possible but wrong or suspicious. Validation is a pure function of the plan; the
 * validator is immutable, thread-safe and meant to be reused.
 *
 * <pre>{@code
 * ValidationReport report = PlanValidator.create().validate(plan);
 * report.hasErrors();
 * System.out.println(report.render(Locale.ITALIAN));
 * }</pre>
 */
public final class PlanValidator {
    private final PlanWalk walk;

    private PlanValidator(PlanWalk walk) {
        this.walk = walk;
    }

    private static final class Shared {
        static final PlanValidator INSTANCE = new PlanValidator(PlanWalk.create());
    }

    /**
     * Returns the validator: the rulebook's constraint validators, run by one walk of the plan.
     * Every call returns the same thread-safe instance, built on first use.
     *
     * @return the validator
     */
    public static PlanValidator create() {
        return Shared.INSTANCE;
    }

    /**
     * {@return its findings; empty when the plan breaks no rule}
     *
     * @param plan the plan or report to check
     * @throws InvalidValueException when the plan is null
     */
    public ValidationReport validate(Plan plan) {
        if (plan == null) {
            throw new InvalidValueException("plan", null, Messages.CATALOG.message("problem.required"));
        }
        return ValidationReport.of(walk.findings(plan));
    }

    /** {@return a readable one-line description, for logs and JShell} */
    @Override
    public String toString() {
        return "PlanValidator[" + RuleCode.values().length + " rules]";
    }
}
