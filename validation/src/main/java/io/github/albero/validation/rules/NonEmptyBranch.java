package io.github.albero.validation.rules;

import static java.lang.annotation.ElementType.TYPE;
import static java.lang.annotation.RetentionPolicy.RUNTIME;

import io.github.albero.model.Mission;
import io.github.albero.model.Plan;
import io.github.albero.model.Program;
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

/**
 * A plan has missions (ALB-STR-009); a mission has programs and a program has strategic objectives (ALB-STR-010).
 *
 * <p>A class-level constraint on {@link Plan}, {@link Mission} and {@link Program}, applied by the {@link Rulebook}; each finding is
 * reported with its rule code through an {@link Emitter}.
 */
@Documented
@Constraint(validatedBy = {NonEmptyBranch.OnPlan.class, NonEmptyBranch.OnMission.class, NonEmptyBranch.OnProgram.class})
@Target(TYPE)
@Retention(RUNTIME)
public @interface NonEmptyBranch {
    /**
     * Returns the message of the constraint violation, a summary of the rule: the findings it
     * carries have their own messages.
     *
     * @return the summary
     */
    String message() default "A plan has missions (ALB-STR-009); a mission has programs and a program has strategic objectives (ALB-STR-010).";

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

    /** Checks the rule on a {@link Plan}: ALB-STR-009. */
    final class OnPlan implements ConstraintValidator<NonEmptyBranch, Plan> {
        @Override
        public boolean isValid(Plan p, ConstraintValidatorContext context) {
            if (p == null || !(p.missions().isEmpty())) {
                return true;
            }
            Emitter e = Emitter.of(context);
            e.report(RuleCode.PLAN_EMPTY, Rel.here(), p.referenceYear());
            return e.valid();
        }
    }

    /** Checks the rule on a {@link Mission}: ALB-STR-010. */
    final class OnMission implements ConstraintValidator<NonEmptyBranch, Mission> {
        @Override
        public boolean isValid(Mission p, ConstraintValidatorContext context) {
            // a strategic area holds objectives instead of programs
            if (p == null || !p.programs().isEmpty() || !p.objectives().isEmpty()) {
                return true;
            }
            Emitter e = Emitter.of(context);
            e.report(RuleCode.BRANCH_EMPTY, Rel.here(), p.code(), "node", Terms.of("node", "mission"), "children", Terms.of("children", "programs"));
            return e.valid();
        }
    }

    /** Checks the rule on a {@link Program}: ALB-STR-010. */
    final class OnProgram implements ConstraintValidator<NonEmptyBranch, Program> {
        @Override
        public boolean isValid(Program p, ConstraintValidatorContext context) {
            if (p == null || !(p.objectives().isEmpty())) {
                return true;
            }
            Emitter e = Emitter.of(context);
            e.report(RuleCode.BRANCH_EMPTY, Rel.here(), p.code(), "node", Terms.of("node", "program"), "children", Terms.of("children", "strategicObjectives"));
            return e.valid();
        }
    }
}
