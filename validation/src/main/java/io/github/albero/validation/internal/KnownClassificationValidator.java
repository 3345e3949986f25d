package io.github.albero.validation.internal;

import io.github.albero.model.Mission;
import io.github.albero.model.Program;
import io.github.albero.reference.ReferenceProgram;
import io.github.albero.validation.RuleCode;
import io.github.albero.validation.constraints.KnownClassification;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import java.util.Optional;

/**
 * Checks {@link KnownClassification}: ALB-STR-004 to ALB-STR-007. Programs of an unknown
 * mission are not reported one by one: the mission's finding covers them. Titles are compared
 * loosely (case, accents, punctuation, spacing ignored).
 */
public final class KnownClassificationValidator implements ConstraintValidator<KnownClassification, Mission> {
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
        for (Program p : m.programs()) {
            Optional<ReferenceProgram> rp = ReferenceProgram.of(m.code(), p.code());
            if (rp.isEmpty()) {
                e.report(RuleCode.PROGRAM_UNKNOWN, Rel.child("programs", p.code()).dot("code"), p.code(), "mission", m.code());
            } else if (!rp.get().matchesTitle(p.title())) {
                e.report(RuleCode.PROGRAM_TITLE_DIFFERS, Rel.child("programs", p.code()).dot("title"), p.title(),
                        "reference", rp.get().programTitle());
            }
        }
        return e.valid();
    }
}
