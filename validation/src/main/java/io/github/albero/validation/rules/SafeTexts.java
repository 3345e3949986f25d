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
            // a path is built only for a text that breaks the rule: most texts are safe
            Emitter e = Emitter.of(context);
            NodePath root = NodePath.root();
            if (unsafe(plan.title())) {
                report(e, root.member("title"), plan.title().get());
            }
            if (unsafe(plan.administration().name())) {
                report(e, root.member("administration").member("name"), plan.administration().name());
            }
            if (unsafe(plan.administration().identifier())) {
                report(e, root.member("administration").member("identifier"), plan.administration().identifier().get());
            }
            checkAll(e, root, "notes", plan.notes());
            for (int mi = 0; mi < plan.missions().size(); mi++) {
                Mission m = plan.missions().get(mi);
                NodePath mp = root.mission(m.code(), mi);
                if (unsafe(m.title())) {
                    report(e, mp.member("title"), m.title());
                }
                checkAll(e, mp, "notes", m.notes());
                for (int pi = 0; pi < m.programs().size(); pi++) {
                    Program p = m.programs().get(pi);
                    NodePath pp = mp.program(p.code(), pi);
                    if (unsafe(p.title())) {
                        report(e, pp.member("title"), p.title());
                    }
                    checkAll(e, pp, "notes", p.notes());
                }
            }
            Tree.objectives(plan, (path, o) -> {
                if (unsafe(o.title())) {
                    report(e, path.member("title"), o.title());
                }
                if (unsafe(o.description())) {
                    report(e, path.member("description"), o.description().get());
                }
                if (unsafe(o.responsibleUnit())) {
                    report(e, path.member("responsibleUnit"), o.responsibleUnit().get());
                }
                checkAll(e, path, "stakeholders", o.stakeholders());
                checkAll(e, path, "notes", o.notes());
            });
            for (LocatedIndicator li : Walk.indicators(plan)) {
                indicator(e, li.path(), li.indicator());
            }
            return e.valid();
        }

        private static void indicator(Emitter e, NodePath ip, Indicator i) {
            member(e, ip, "code", i.code());
            if (unsafe(i.name())) {
                report(e, ip.member("name"), i.name());
            }
            member(e, ip, "measures", i.measures());
            member(e, ip, "unit", i.unit());
            member(e, ip, "algorithm", i.algorithm());
            member(e, ip, "dataSource", i.dataSource());
            if (i.baseline().isPresent() && unsafe(i.baseline().get().text())) {
                report(e, ip.member("baseline").member("text"), i.baseline().get().text().get());
            }
            // year by year without an entry per year
            i.targets().forEachYear((year, t) -> {
                if (unsafe(t.text())) {
                    report(e, ip.year("targets", year), t.text());
                }
            });
            i.results().forEachYear((year, r) -> {
                if (unsafe(r.text())) {
                    report(e, ip.year("results", year), r.text());
                }
                if (unsafe(r.comment())) {
                    report(e, ip.year("results", year).member("comment"), r.comment().get());
                }
            });
            checkAll(e, ip, "notes", i.notes());
        }

        private static void member(Emitter e, NodePath parent, String member, Optional<String> text) {
            if (unsafe(text)) {
                report(e, parent.member(member), text.get());
            }
        }

        private static void checkAll(Emitter e, NodePath parent, String member, List<String> texts) {
            for (int k = 0; k < texts.size(); k++) {
                if (unsafe(texts.get(k))) {
                    report(e, parent.member(member, k), texts.get(k));
                }
            }
        }

        private static boolean unsafe(String text) {
            return UnsafeText.firstUnsafe(text).isPresent();
        }

        private static boolean unsafe(Optional<String> text) {
            return text.isPresent() && unsafe(text.get());
        }

        private static void report(Emitter e, NodePath path, String s) {
            int at = UnsafeText.firstUnsafe(s).getAsInt();
            int cp = s.codePointAt(at);
            int from = safeStart(s, Math.max(0, at - BEFORE));
            int to = safeEnd(s, Math.min(s.length(), at + Character.charCount(cp) + AFTER));
            String shown = (from > 0 ? "…" : "") + UnsafeText.visible(s.substring(from, to)).replaceAll("\\s+", " ")
                    + (to < s.length() ? "…" : "");
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
