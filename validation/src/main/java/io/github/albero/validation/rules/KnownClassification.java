package io.github.albero.validation.rules;

import static java.lang.annotation.ElementType.TYPE;
import static java.lang.annotation.RetentionPolicy.RUNTIME;

import io.github.albero.model.Mission;
import io.github.albero.model.Program;
import io.github.albero.reference.ReferenceProgram;
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
 * A mission and its programs belong to the reference classification of DM 27 March 2013 (ALB-STR-004, ALB-STR-005) with the reference titles (ALB-STR-006, ALB-STR-007).
 *
 * <p>A class-level constraint on {@link Mission}, applied by the {@link Rulebook}; each finding is
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
    String message() default "A mission and its programs belong to the reference classification of DM 27 March 2013 (ALB-STR-004, ALB-STR-005) with the reference titles (ALB-STR-006, ALB-STR-007).";

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
     * Checks the rule: ALB-STR-004 to ALB-STR-007. Programs of an unknown
     * mission are not reported one by one: the mission's finding covers them. Titles are compared
     * loosely (case, accents, punctuation, spacing ignored).
     */
    final class Check implements ConstraintValidator<KnownClassification, Mission> {
        @Override
        public boolean isValid(Mission m, ConstraintValidatorContext context) {
            if (m == null) {
                return true;
            }
            Emitter e = Emitter.of(context);
            Optional<String> reference = ReferenceProgram.missionTitle(m.code());
            if (reference.isEmpty()) {
                e.report(RuleCode.MISSION_UNKNOWN, Rel.field("code"), m.code());
                return e.valid();
            }
            if (!ReferenceProgram.loose(m.title()).equals(ReferenceProgram.loose(reference.get()))) {
                e.report(RuleCode.MISSION_TITLE_DIFFERS, Rel.field("title"), m.title(), "reference", reference.get());
            }
            for (int i = 0; i < m.programs().size(); i++) {
                Program p = m.programs().get(i);
                Optional<ReferenceProgram> rp = ReferenceProgram.of(m.code(), p.code());
                if (rp.isEmpty()) {
                    e.report(RuleCode.PROGRAM_UNKNOWN, Rel.program(p.code(), i).dot("code"), p.code(), "mission", m.code());
                } else if (!rp.get().matchesTitle(p.title())) {
                    e.report(RuleCode.PROGRAM_TITLE_DIFFERS, Rel.program(p.code(), i).dot("title"), p.title(),
                            "reference", rp.get().programTitle());
                }
            }
            return e.valid();
        }
    }
}
