package io.github.albero.validation.rules;

import static java.lang.annotation.ElementType.TYPE;
import static java.lang.annotation.RetentionPolicy.RUNTIME;

import io.github.albero.model.LocatedIndicator;
import io.github.albero.model.Monitoring;
import io.github.albero.model.PeriodResult;
import io.github.albero.model.Plan;
import io.github.albero.model.PlanKind;
import io.github.albero.validation.RuleCode;
import io.github.albero.validation.internal.Emitter;
import io.github.albero.validation.internal.Rel;
import io.github.albero.validation.internal.Terms;
import io.github.albero.validation.internal.Walk;
import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;
import java.lang.annotation.Documented;
import java.lang.annotation.Retention;

/**
 * Monitoring periods lie within the horizon, and a report's periods of the reference year are final and complete (ALB-TIM-008, ALB-TIM-009).
 *
 * <p>A class-level constraint on {@link Plan}, applied by the {@link Rulebook}; each finding is
 * reported with its rule code through an {@link Emitter}.
 */
@Documented
@Constraint(validatedBy = ConsistentMonitoring.Check.class)
@java.lang.annotation.Target(TYPE)
@Retention(RUNTIME)
public @interface ConsistentMonitoring {
    /**
     * Returns the message of the constraint violation, a summary of the rule: the findings it
     * carries have their own messages.
     *
     * @return the summary
     */
    String message() default "Monitoring periods lie within the horizon, and a report's periods of the reference year are final and complete (ALB-TIM-008, ALB-TIM-009).";

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

    /**
     * Checks the rule: monitoring of a year outside the horizon (ALB-TIM-008);
     * in a report, a period of the reference year whose figure is provisional or partial, or missing
     * (ALB-TIM-009).
     */
    final class Check implements ConstraintValidator<ConsistentMonitoring, Plan> {
        @Override
        public boolean isValid(Plan plan, ConstraintValidatorContext context) {
            if (plan == null) {
                return true;
            }
            Emitter e = Emitter.of(context);
            for (LocatedIndicator li : Walk.indicators(plan)) {
                for (Monitoring m : li.indicator().monitoring().values()) {
                    Rel at = Rel.of(li.path()).atYear("monitoring", m.year());
                    if (!plan.horizon().contains(m.year())) {
                        e.report(RuleCode.MONITORING_OUTSIDE_HORIZON, at, m.year(), "year", m.year(), "horizon", plan.horizon());
                    }
                    if (plan.kind() == PlanKind.REPORT && m.year() == plan.referenceYear()) {
                        for (int p = 0; p < m.periods().size(); p++) {
                            PeriodResult pr = m.periods().get(p);
                            if (pr.result().isEmpty() || !pr.settled()) {
                                e.report(RuleCode.PERIOD_RESULT_NOT_FINAL, at.index("periods", p), pr.period(), "period", pr.period(),
                                        "status", pr.result().isEmpty() ? Terms.of("status", "none") : Terms.of(pr.status()),
                                        "completeness", Terms.of(pr.completeness()));
                            }
                        }
                    }
                }
            }
            return e.valid();
        }
    }
}
