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
            Seen seen = new Seen();
            NodePath root = NodePath.root();
            if (seen.unsafe(plan.title())) {
                report(e, root.member("title"), plan.title().get());
            }
            if (seen.unsafe(plan.administration().name())) {
                report(e, root.member("administration").member("name"), plan.administration().name());
            }
            if (seen.unsafe(plan.administration().identifier())) {
                report(e, root.member("administration").member("identifier"), plan.administration().identifier().get());
            }
            checkAll(e, seen, root, "notes", plan.notes());
            for (int mi = 0; mi < plan.missions().size(); mi++) {
                Mission m = plan.missions().get(mi);
                NodePath mp = root.mission(m.code(), mi);
                if (seen.unsafe(m.title())) {
                    report(e, mp.member("title"), m.title());
                }
                checkAll(e, seen, mp, "notes", m.notes());
                for (int pi = 0; pi < m.programs().size(); pi++) {
                    Program p = m.programs().get(pi);
                    NodePath pp = mp.program(p.code(), pi);
                    if (seen.unsafe(p.title())) {
                        report(e, pp.member("title"), p.title());
                    }
                    checkAll(e, seen, pp, "notes", p.notes());
                }
            }
            Tree.objectives(plan, (path, o) -> {
                if (seen.unsafe(o.title())) {
                    report(e, path.member("title"), o.title());
                }
                if (seen.unsafe(o.description())) {
                    report(e, path.member("description"), o.description().get());
                }
                if (seen.unsafe(o.responsibleUnit())) {
                    report(e, path.member("responsibleUnit"), o.responsibleUnit().get());
                }
                checkAll(e, seen, path, "stakeholders", o.stakeholders());
                checkAll(e, seen, path, "notes", o.notes());
            });
            for (LocatedIndicator li : Walk.indicators(plan)) {
                indicator(e, seen, li.path(), li.indicator());
            }
            return e.valid();
        }

        private static void indicator(Emitter e, Seen seen, NodePath ip, Indicator i) {
            member(e, seen, ip, "code", i.code());
            if (seen.unsafe(i.name())) {
                report(e, ip.member("name"), i.name());
            }
            member(e, seen, ip, "measures", i.measures());
            member(e, seen, ip, "unit", i.unit());
            member(e, seen, ip, "algorithm", i.algorithm());
            member(e, seen, ip, "dataSource", i.dataSource());
            if (i.baseline().isPresent() && seen.unsafe(i.baseline().get().text())) {
                report(e, ip.member("baseline").member("text"), i.baseline().get().text().get());
            }
            // year by year without an entry per year
            i.targets().forEachYear((year, t) -> {
                if (seen.unsafe(t.text())) {
                    report(e, ip.year("targets", year), t.text());
                }
            });
            i.results().forEachYear((year, r) -> {
                if (seen.unsafe(r.text())) {
                    report(e, ip.year("results", year), r.text());
                }
                if (seen.unsafe(r.comment())) {
                    report(e, ip.year("results", year).member("comment"), r.comment().get());
                }
            });
            checkAll(e, seen, ip, "notes", i.notes());
        }

        private static void member(Emitter e, Seen seen, NodePath parent, String member, Optional<String> text) {
            if (seen.unsafe(text)) {
                report(e, parent.member(member), text.get());
            }
        }

        private static void checkAll(Emitter e, Seen seen, NodePath parent, String member, List<String> texts) {
            for (int k = 0; k < texts.size(); k++) {
                if (seen.unsafe(texts.get(k))) {
                    report(e, parent.member(member, k), texts.get(k));
                }
            }
        }

        /**
         * The texts of one plan found safe, by identity: readers share equal texts (a unit, a data
         * source, a recurring target), and a text met again in the same plan is not scanned again.
         * Direct-mapped and small; a text it forgets is scanned again, nothing more.
         */
        private static final class Seen {
            // shorter texts cost less to scan than to look up
            private static final int WORTH_REMEMBERING = 24;
            private final String[] safe = new String[512];

            boolean unsafe(String text) {
                if (text.length() < WORTH_REMEMBERING) {
                    return UnsafeText.firstUnsafe(text).isPresent();
                }
                int slot = System.identityHashCode(text) & (safe.length - 1);
                if (safe[slot] == text) {
                    return false;
                }
                if (UnsafeText.firstUnsafe(text).isPresent()) {
                    return true;
                }
                safe[slot] = text;
                return false;
            }

            boolean unsafe(Optional<String> text) {
                return text.isPresent() && unsafe(text.get());
            }
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
