package io.github.albero.validation.rules;

import static java.lang.annotation.ElementType.TYPE;
import static java.lang.annotation.RetentionPolicy.RUNTIME;

import io.github.albero.model.Mission;
import io.github.albero.model.NodePath;
import io.github.albero.model.Plan;
import io.github.albero.model.Program;
import io.github.albero.reference.ReferenceProgram;
import io.github.albero.reference.Scheme;
import io.github.albero.validation.RuleCode;
import io.github.albero.validation.internal.Emitter;
import io.github.albero.validation.internal.Rel;
import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;
import java.lang.annotation.Documented;
import java.lang.annotation.Retention;
import java.lang.annotation.Target;
import java.util.Optional;

/**
 * Missions and programs belong to the reference classification of the plan's scheme (DM 27 March 2013 for chambers, D.Lgs. 118/2011 for local authorities) (ALB-STR-004, ALB-STR-005) with the reference titles (ALB-STR-006, ALB-STR-007).
 *
 * <p>A class-level constraint on {@link Plan} (the scheme is the plan's; strategic areas have no reference data), applied by the {@link Rulebook}; each finding is
 * reported with its rule code through an {@link Emitter}.
 */
@Documented
@Constraint(validatedBy = KnownClassification.Check.class)
@Target(TYPE)
@Retention(RUNTIME)
public @interface KnownClassification {
    /**
     * Returns the message of the constraint violation, a summary of the rule: the findings it
     * carries have their own messages.
     *
     * @return the summary
     */
    String message() default "Missions and programs belong to the reference classification of the plan's scheme (DM 27 March 2013 for chambers, D.Lgs. 118/2011 for local authorities) (ALB-STR-004, ALB-STR-005) with the reference titles (ALB-STR-006, ALB-STR-007).";

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
     * Checks the rule: ALB-STR-004 to ALB-STR-007, against the reference data of the plan's
     * scheme. Programs of an unknown mission are not reported one by one: the mission's finding covers them. Titles are compared
     * loosely (case, accents, punctuation, spacing ignored).
     */
    final class Check implements ConstraintValidator<KnownClassification, Plan> {
        @Override
        public boolean isValid(Plan plan, ConstraintValidatorContext context) {
            if (plan == null || !plan.scheme().hasReferenceData()) {
                return true;
            }
            Emitter e = Emitter.of(context);
            Scheme scheme = plan.scheme();
            // a reference both languages read as it is
            String source = scheme == Scheme.CHAMBERS_OF_COMMERCE ? "DM 27/03/2013" : scheme.source();
            for (int mi = 0; mi < plan.missions().size(); mi++) {
                Mission m = plan.missions().get(mi);
                NodePath at = NodePath.root().mission(m.code(), mi);
                Optional<String> reference = scheme.missionTitle(m.code());
                if (reference.isEmpty()) {
                    e.report(RuleCode.MISSION_UNKNOWN, Rel.of(at.member("code")), m.code(), "scheme", source);
                    continue;
                }
                // a title written as the reference is loosely equal to it: no normalisation for it
                if (!m.title().equals(reference.get()) && !ReferenceProgram.loose(m.title()).equals(ReferenceProgram.loose(reference.get()))) {
                    e.report(RuleCode.MISSION_TITLE_DIFFERS, Rel.of(at.member("title")), m.title(), "reference", reference.get());
                }
                for (int i = 0; i < m.programs().size(); i++) {
                    Program p = m.programs().get(i);
                    Optional<String> title = scheme.programTitle(m.code(), p.code());
                    if (title.isEmpty()) {
                        e.report(RuleCode.PROGRAM_UNKNOWN, Rel.of(at.program(p.code(), i).member("code")), p.code(), "mission", m.code(),
                                "scheme", source);
                    } else if (!p.title().equals(title.get()) && !ReferenceProgram.loose(p.title()).equals(ReferenceProgram.loose(title.get()))) {
                        e.report(RuleCode.PROGRAM_TITLE_DIFFERS, Rel.of(at.program(p.code(), i).member("title")), p.title(),
                                "reference", title.get());
                    }
                }
            }
            return e.valid();
        }
    }
}
