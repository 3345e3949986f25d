package io.github.albero.validation.internal;

import io.github.albero.model.LocatedIndicator;
import io.github.albero.model.Plan;
import io.github.albero.model.PlanKind;
import io.github.albero.model.Target;
import io.github.albero.model.YearResources;
import io.github.albero.validation.RuleCode;
import io.github.albero.validation.constraints.ReferenceYearCovered;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import java.util.Optional;

/**
 * Checks {@link ReferenceYearCovered}: ALB-CON-004 (a target written as a blank line "___"
 * counts as none), and for reports ALB-TIM-005 (an explicit "nothing reported" counts as a
 * result) and ALB-RES-003.
 */
public final class ReferenceYearCoveredValidator implements ConstraintValidator<ReferenceYearCovered, Plan> {
    @Override
    public boolean isValid(Plan plan, ConstraintValidatorContext context) {
        if (plan == null) {
            return true;
        }
        int year = plan.referenceYear();
        boolean report = plan.kind() == PlanKind.REPORT;
        Emitter e = Emitter.of(context);
        for (LocatedIndicator li : plan.indicators()) {
            Rel at = Rel.of(li.path());
            Optional<Target> target = li.indicator().target(year);
            if (target.isEmpty() || Tree.isPlaceholder(target.get())) {
                e.report(RuleCode.TARGET_MISSING_FOR_REFERENCE_YEAR, at.index("targets", year), target.map(Target::text).orElse(null),
                        "year", year, "name", Tree.name(li.indicator()));
            }
            if (report && li.indicator().result(year).isEmpty()) {
                e.report(RuleCode.RESULT_MISSING_FOR_REFERENCE_YEAR, at.index("results", year), null,
                        "year", year, "name", Tree.name(li.indicator()));
            }
        }
        if (report) {
            Tree.objectives(plan, (path, o) -> o.resources().flatMap(r -> r.year(year)).ifPresent(yr -> {
                if (yr.actual().isEmpty() && hasBudget(yr)) {
                    e.report(RuleCode.ACTUAL_MISSING_FOR_REFERENCE_YEAR, Rel.of(path).index("resources", year).dot("actual"), null,
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
