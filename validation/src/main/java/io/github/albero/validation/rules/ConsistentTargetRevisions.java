package io.github.albero.validation.rules;

import static java.lang.annotation.ElementType.TYPE;
import static java.lang.annotation.RetentionPolicy.RUNTIME;

import io.github.albero.model.Indicator;
import io.github.albero.model.Monitoring;
import io.github.albero.model.PeriodResult;
import io.github.albero.model.Target;
import io.github.albero.model.TargetRevision;
import io.github.albero.validation.RuleCode;
import io.github.albero.validation.internal.Emitter;
import io.github.albero.validation.internal.Rel;
import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;
import java.lang.annotation.Documented;
import java.lang.annotation.Retention;
import java.time.LocalDate;

/**
 * Every target revision says why, and is dated within the period it changes (ALB-CON-006, ALB-TIM-007).
 *
 * <p>A class-level constraint on {@link Indicator}, applied by the {@link Rulebook}; each finding is
 * reported with its rule code through an {@link Emitter}.
 */
@Documented
@Constraint(validatedBy = ConsistentTargetRevisions.Check.class)
@java.lang.annotation.Target(TYPE)
@Retention(RUNTIME)
public @interface ConsistentTargetRevisions {
    /**
     * Returns the message of the constraint violation, a summary of the rule: the findings it
     * carries have their own messages.
     *
     * @return the summary
     */
    String message() default "Every target revision says why, and is dated within the period it changes (ALB-CON-006, ALB-TIM-007).";

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
     * Checks the rule: ALB-CON-006 for a revision without reason, ALB-TIM-007
     * for a revision dated after the end of the year (or of the monitoring period) whose target it
     * changes — it could never be in force.
     */
    final class Check implements ConstraintValidator<ConsistentTargetRevisions, Indicator> {
        @Override
        public boolean isValid(Indicator i, ConstraintValidatorContext context) {
            if (i == null) {
                return true;
            }
            Emitter e = Emitter.of(context);
            i.targets().forEach((year, t) -> check(e, t, Rel.year("targets", year), LocalDate.of(year, 12, 31), String.valueOf(year)));
            for (Monitoring m : i.monitoring().values()) {
                for (int p = 0; p < m.periods().size(); p++) {
                    PeriodResult pr = m.periods().get(p);
                    if (pr.target().isPresent()) {
                        check(e, pr.target().get(), Rel.year("monitoring", m.year()).index("periods", p).dot("target"), pr.period().end(),
                                pr.period().toString());
                    }
                }
            }
            return e.valid();
        }

        private static void check(Emitter e, Target t, Rel where, LocalDate end, String period) {
            for (int r = 0; r < t.revisions().size(); r++) {
                TargetRevision rev = t.revisions().get(r);
                Rel at = where.index("revisions", r);
                if (rev.reason().isEmpty()) {
                    e.report(RuleCode.TARGET_REVISION_WITHOUT_REASON, at, rev.text(), "date", rev.date(), "period", period);
                }
                if (rev.date().isAfter(end)) {
                    e.report(RuleCode.TARGET_REVISION_AFTER_PERIOD, at.dot("date"), rev.date(), "period", period, "end", end);
                }
            }
        }
    }
}
