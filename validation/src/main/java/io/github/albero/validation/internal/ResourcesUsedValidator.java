package io.github.albero.validation.internal;

import io.github.albero.model.Objective;
import io.github.albero.model.ResourceAmounts;
import io.github.albero.model.ResourceLine;
import io.github.albero.model.YearResources;
import io.github.albero.money.Money;
import io.github.albero.validation.RuleCode;
import io.github.albero.validation.constraints.ResourcesUsed;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import java.util.Optional;

/**
 * Checks {@link ResourcesUsed}: ALB-RES-001, ALB-RES-002, year by year and line by line. The
 * budget compared is the revised budget (<i>preventivo aggiornato</i>) when there is one,
 * otherwise the initial budget (<i>preventivo</i>).
 */
public final class ResourcesUsedValidator implements ConstraintValidator<ResourcesUsed, Objective> {
    @Override
    public boolean isValid(Objective o, ConstraintValidatorContext context) {
        if (o == null || o.resources().isEmpty()) {
            return true;
        }
        Emitter e = Emitter.of(context);
        o.resources().get().years().forEach((year, yr) -> {
            if (yr.actual().isEmpty()) {
                return;
            }
            ResourceAmounts actual = yr.actual().get();
            String basis = yr.revisedBudget().isPresent() ? "revisedBudget" : "budget";
            Optional<ResourceAmounts> budget = yr.revisedBudget().or(yr::budget);
            for (ResourceLine line : ResourceLine.values()) {
                Money spent = actual.amount(line);
                if (spent.signum() > 0 && !budgeted(yr, line)) {
                    e.report(RuleCode.ACTUAL_WITHOUT_BUDGET, Rel.child("resources", year).dot("actual").dot(name(line)), spent.format(),
                            "year", year, "line", name(line), "voce", line.italianName());
                }
                if (budget.isPresent() && budget.get().amount(line).signum() > 0 && spent.isZero()) {
                    e.report(RuleCode.BUDGET_UNUSED, Rel.child("resources", year).dot(basis).dot(name(line)),
                            budget.get().amount(line).format(), "year", year, "line", name(line), "voce", line.italianName());
                }
            }
        });
        return e.valid();
    }

    private static boolean budgeted(YearResources yr, ResourceLine line) {
        return yr.budget().filter(b -> b.amount(line).signum() > 0).isPresent()
                || yr.revisedBudget().filter(b -> b.amount(line).signum() > 0).isPresent();
    }

    private static String name(ResourceLine line) {
        switch (line) {
            case REVENUES:
                return "revenues";
            case COSTS:
                return "costs";
            default:
                return "investments";
        }
    }
}
