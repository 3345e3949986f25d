package io.github.albero.validation.rules;

import static java.lang.annotation.ElementType.TYPE;
import static java.lang.annotation.RetentionPolicy.RUNTIME;

import io.github.albero.model.Objective;
import io.github.albero.model.ResourceAmounts;
import io.github.albero.model.ResourceLine;
import io.github.albero.model.YearResources;
import io.github.albero.money.Money;
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
 * No actual amount without budget (ALB-RES-001), no budget line left unused (ALB-RES-002).
 *
 * <p>A class-level constraint on {@link Objective}, applied by the {@link Rulebook}; each finding is
 * reported with its rule code through an {@link Emitter}.
 */
@Documented
@Constraint(validatedBy = ResourcesUsed.Check.class)
@Target(TYPE)
@Retention(RUNTIME)
public @interface ResourcesUsed {
    /**
     * Returns the message of the constraint violation, a summary of the rule: the findings it
     * carries have their own messages.
     *
     * @return the summary
     */
    String message() default "No actual amount without budget (ALB-RES-001), no budget line left unused (ALB-RES-002).";

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
     * Checks the rule: ALB-RES-001, ALB-RES-002, year by year and line by line. The
     * budget compared is the revised budget (<i>preventivo aggiornato</i>) when there is one,
     * otherwise the initial budget (<i>preventivo</i>).
     */
    final class Check implements ConstraintValidator<ResourcesUsed, Objective> {
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
                        e.report(RuleCode.ACTUAL_WITHOUT_BUDGET, Rel.year("resources", year).dot("actual").dot(name(line)), spent,
                                "year", year, "line", Terms.of(line));
                    }
                    if (budget.isPresent() && budget.get().amount(line).signum() > 0 && spent.isZero()) {
                        e.report(RuleCode.BUDGET_UNUSED, Rel.year("resources", year).dot(basis).dot(name(line)),
                                budget.get().amount(line), "year", year, "line", Terms.of(line));
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
}
