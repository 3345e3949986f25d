package io.github.albero.validation.rules;

import static java.lang.annotation.ElementType.TYPE;
import static java.lang.annotation.RetentionPolicy.RUNTIME;

import io.github.albero.model.LocatedIndicator;
import io.github.albero.model.Plan;
import io.github.albero.model.PlanKind;
import io.github.albero.model.Target;
import io.github.albero.model.YearResources;
import io.github.albero.validation.RuleCode;
import io.github.albero.validation.internal.Emitter;
import io.github.albero.validation.internal.Rel;
import io.github.albero.validation.internal.Walk;
import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;
import java.lang.annotation.Documented;
import java.lang.annotation.Retention;
import java.util.Optional;

/**
 * Every indicator has a target for the reference year (ALB-CON-004); in a report, a result (ALB-TIM-005) and the objectives' actual figures (ALB-RES-003) for that year.
 *
 * <p>A class-level constraint on {@link Plan}, applied by the {@link Rulebook}; each finding is
 * reported with its rule code through an {@link Emitter}.
 */
@Documented
@Constraint(validatedBy = ReferenceYearCovered.Check.class)
@java.lang.annotation.Target(TYPE)
@Retention(RUNTIME)
public @interface ReferenceYearCovered {
    /**
     * Returns the message of the constraint violation, a summary of the rule: the findings it
     * carries have their own messages.
     *
     * @return the summary
     */
    String message() default "Every indicator has a target for the reference year (ALB-CON-004); in a report, a result (ALB-TIM-005) and the objectives' actual figures (ALB-RES-003) for that year.";

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
     * Checks the rule: ALB-CON-004 (a target written as a blank line "___"
     * counts as none), and for reports ALB-TIM-005 (an explicit "nothing reported" counts as a
     * result) and ALB-RES-003.
     */
    final class Check implements ConstraintValidator<ReferenceYearCovered, Plan> {
        @Override
        public boolean isValid(Plan plan, ConstraintValidatorContext context) {
            if (plan == null) {
                return true;
            }
            int year = plan.referenceYear();
            boolean report = plan.kind() == PlanKind.REPORT;
            Emitter e = Emitter.of(context);
            for (LocatedIndicator li : Walk.indicators(plan)) {
                Rel at = Rel.of(li.path());
                Optional<Target> target = li.indicator().target(year);
                if (target.isEmpty() || target.get().isPlaceholder()) {
                    e.report(RuleCode.TARGET_MISSING_FOR_REFERENCE_YEAR, at.atYear("targets", year), target.map(Target::text).orElse(null),
                            "year", year, "name", Tree.name(li.indicator()));
                }
                if (report && li.indicator().result(year).isEmpty()) {
                    e.report(RuleCode.RESULT_MISSING_FOR_REFERENCE_YEAR, at.atYear("results", year), null,
                            "year", year, "name", Tree.name(li.indicator()));
                }
            }
            if (report) {
                Tree.objectives(plan, (path, o) -> o.resources().flatMap(r -> r.year(year)).ifPresent(yr -> {
                    if (yr.actual().isEmpty() && hasBudget(yr)) {
                        e.report(RuleCode.ACTUAL_MISSING_FOR_REFERENCE_YEAR, Rel.of(path).atYear("resources", year).dot("actual"), null,
                                "year", year);
                    }
                }));
            }
            return e.valid();
        }

        private static boolean hasBudget(YearResources yr) {
            return yr.budget().isPresent() || yr.revisedBudget().isPresent();
        }
    }
}
