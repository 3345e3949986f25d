package io.github.albero.validation.rules;

import static java.lang.annotation.ElementType.TYPE;
import static java.lang.annotation.RetentionPolicy.RUNTIME;

import io.github.albero.model.Indicator;
import io.github.albero.model.LocatedIndicator;
import io.github.albero.model.Mission;
import io.github.albero.model.NodePath;
import io.github.albero.model.Plan;
import io.github.albero.model.Program;
import io.github.albero.text.UnsafeText;
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
import java.lang.annotation.Target;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.function.Supplier;

/**
 * No text of the plan holds control or bidirectional-override characters (ALB-TXT-003).
 *
 * <p>A class-level constraint on {@link Plan}, applied by the {@link Rulebook}; each finding is
 * reported with its rule code through an {@link Emitter}.
 */
@Documented
@Constraint(validatedBy = SafeTexts.Check.class)
@Target(TYPE)
@Retention(RUNTIME)
public @interface SafeTexts {
    /**
     * Returns the message of the constraint violation, a summary of the rule: the findings it
     * carries have their own messages.
     *
     * @return the summary
     */
    String message() default "No text of the plan holds control or bidirectional-override characters (ALB-TXT-003).";

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
     * Checks the rule: ALB-TXT-003, once per text that holds an unsafe character
     * ({@link UnsafeText}), wherever it lies in the plan.
     */
    final class Check implements ConstraintValidator<SafeTexts, Plan> {
        // enough context around the first unsafe character for the author to find it
        private static final int BEFORE = 20;
        private static final int AFTER = 20;

        @Override
        public boolean isValid(Plan plan, ConstraintValidatorContext context) {
            if (plan == null) {
                return true;
            }
            Emitter e = Emitter.of(context);
            NodePath root = NodePath.root();
            check(e, () -> root.member("title"), plan.title());
            check(e, () -> root.member("administration").member("name"), Optional.of(plan.administration().name()));
            check(e, () -> root.member("administration").member("identifier"), plan.administration().identifier());
            checkAll(e, root, "notes", plan.notes());
            for (int mi = 0; mi < plan.missions().size(); mi++) {
                Mission m = plan.missions().get(mi);
                NodePath mp = root.mission(m.code(), mi);
                check(e, () -> mp.member("title"), Optional.of(m.title()));
                checkAll(e, mp, "notes", m.notes());
                for (int pi = 0; pi < m.programs().size(); pi++) {
                    Program p = m.programs().get(pi);
                    NodePath pp = mp.program(p.code(), pi);
                    check(e, () -> pp.member("title"), Optional.of(p.title()));
                    checkAll(e, pp, "notes", p.notes());
                }
            }
            Tree.objectives(plan, (path, o) -> {
                check(e, () -> path.member("title"), Optional.of(o.title()));
                check(e, () -> path.member("description"), o.description());
                check(e, () -> path.member("responsibleUnit"), o.responsibleUnit());
                checkAll(e, path, "stakeholders", o.stakeholders());
                checkAll(e, path, "notes", o.notes());
            });
            for (LocatedIndicator li : Walk.indicators(plan)) {
                NodePath ip = li.path();
                Indicator i = li.indicator();
                check(e, () -> ip.member("code"), i.code());
                check(e, () -> ip.member("name"), Optional.of(i.name()));
                check(e, () -> ip.member("measures"), i.measures());
                check(e, () -> ip.member("unit"), i.unit());
                check(e, () -> ip.member("algorithm"), i.algorithm());
                check(e, () -> ip.member("dataSource"), i.dataSource());
                i.baseline().ifPresent(b -> check(e, () -> ip.member("baseline").member("text"), b.text()));
                i.targets().forEach((year, t) -> check(e, () -> ip.year("targets", year), Optional.of(t.text())));
                i.results().forEach((year, r) -> {
                    check(e, () -> ip.year("results", year), Optional.of(r.text()));
                    check(e, () -> ip.year("results", year).member("comment"), r.comment());
                });
                checkAll(e, ip, "notes", i.notes());
            }
            return e.valid();
        }

        private static void checkAll(Emitter e, NodePath parent, String member, List<String> texts) {
            for (int k = 0; k < texts.size(); k++) {
                int index = k;
                check(e, () -> parent.member(member, index), Optional.of(texts.get(k)));
            }
        }

        // the path is built only for a text that breaks the rule: most texts are safe
        private static void check(Emitter e, Supplier<NodePath> where, Optional<String> text) {
            if (text.isEmpty()) {
                return;
            }
            String s = text.get();
            OptionalInt first = UnsafeText.firstUnsafe(s);
            if (first.isEmpty()) {
                return;
            }
            int at = first.getAsInt();
            int cp = s.codePointAt(at);
            int from = safeStart(s, Math.max(0, at - BEFORE));
            int to = safeEnd(s, Math.min(s.length(), at + Character.charCount(cp) + AFTER));
            String shown = (from > 0 ? "…" : "") + UnsafeText.visible(s.substring(from, to)).replaceAll("\\s+", " ")
                    + (to < s.length() ? "…" : "");
            NodePath path = where.get();
            String field = path.last().map(NodePath.Segment::toString).orElse("");
            // the value is the visible form: a finding's message must itself be safe to print
            e.report(RuleCode.UNSAFE_CHARACTERS, Rel.of(path), UnsafeText.visible(s), "member", field,
                    "count", UnsafeText.count(s), "character", UnsafeText.code(cp), "position", s.codePointCount(0, at) + 1,
                    "shown", shown);
        }

        private static int safeStart(String s, int i) {
            return i > 0 && i < s.length() && Character.isLowSurrogate(s.charAt(i)) ? i - 1 : i;
        }

        private static int safeEnd(String s, int i) {
            return i > 0 && i < s.length() && Character.isLowSurrogate(s.charAt(i)) ? i + 1 : i;
        }
    }
}
