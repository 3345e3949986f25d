package io.github.albero.render;

import io.github.albero.achievement.Explanation;
import io.github.albero.achievement.Explanation.Input;
import io.github.albero.achievement.Explanation.PolicyChoice;
import io.github.albero.achievement.Explanation.PolicyKind;
import io.github.albero.achievement.Explanation.Role;
import io.github.albero.achievement.Explanation.Rule;
import io.github.albero.achievement.RangeRule;
import io.github.albero.internal.Strings;
import io.github.albero.measure.Unit;
import io.github.albero.model.NodeKind;
import io.github.albero.model.TargetInForce;
import io.github.albero.model.TargetRevision;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/** The line of an {@link Explanation} in one language: its rule, inputs and policy choices as phrases. */
final class ExplanationText {
    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    private final Explanation e;
    private final Phrases p;

    private ExplanationText(Explanation e, Phrases p) {
        this.e = e;
        this.p = p;
    }

    /** {@return the whole line, with the note on the target in force} */
    static String of(Explanation e, Phrases p) {
        return new ExplanationText(e, p).line();
    }

    /** {@return the reason part of a not-measurable explanation, e.g. "not applicable, no target for 2017"} */
    static String reason(Explanation e, Phrases p) {
        return new ExplanationText(e, p).reasonPart();
    }

    private String line() {
        String s = body();
        return e.targetInForce().isEmpty() || e.rule() == Rule.TEXT ? s : s + inForceNote(e.targetInForce().get());
    }

    /** {@return which target was used and why, e.g. "; target in force on 31/12/2023: >= 85%, revised on 20/07/2023 …"} */
    private String inForceNote(TargetInForce inForce) {
        StringBuilder sb = new StringBuilder();
        if (inForce.period().isPresent()) {
            sb.append(p.get("inForce.period", inForce.period().get().start(), inForce.period().get().end(), inForce.target().text()));
        } else if (inForce.revision().isPresent()) {
            TargetRevision r = inForce.revision().get();
            sb.append(p.get("inForce.revised", inForce.asOf(), r.text(), r.date(), inForce.original().text()));
            r.act().ifPresent(a -> sb.append(p.get("inForce.act", a)));
            r.reason().ifPresent(a -> sb.append(p.get("inForce.reason", a)));
        } else {
            sb.append(p.get("inForce.original", inForce.asOf(), inForce.original().text()));
        }
        if (inForce.laterRevisions() > 0) {
            sb.append(p.get("inForce.later", inForce.laterRevisions(), inForce.asOf()));
        }
        return sb.toString();
    }

    private String body() {
        switch (e.rule()) {
            case TEXT:
                return e.freeText().orElse("");
            case OVERRIDE:
                return p.get("override", p.toPct(e.override().get().value().points()), e.override().get().reason(),
                        of(e.computed().get(), p));
            case NOT_MEASURABLE:
                return p.get("notMeasurable", reasonPart());
            case WEIGHTED_MEAN:
            case WORST_CHILD:
            case SIMPLE_MEAN:
                return rollup() + roundingNote();
            default:
                return indicator();
        }
    }

    private String reasonPart() {
        String key = "reason." + e.reason().get();
        String r;
        switch (e.reason().get()) {
            case NO_TARGET:
            case MISSING_RESULT:
            case NOTHING_REPORTED:
                r = p.get(key, e.year().getAsInt());
                break;
            case PLACEHOLDER_TARGET:
                r = p.get(key, e.year().getAsInt(), e.quotedText().get().strip());
                break;
            case UNREADABLE_TARGET:
            case UNREADABLE_RESULT:
                // the text as written is kept; only its rendering is cut
                r = p.get(key, Strings.abbreviate(e.quotedText().get(), 60));
                break;
            case ZERO_DENOMINATOR:
                r = p.get(key, e.quotedText().get());
                break;
            case NUMBER_AGAINST_MILESTONE:
                r = p.get(key, quantity(Role.ACTUAL), p.pct(HUNDRED));
                break;
            case UNITS_DIFFER:
                r = p.get(key, unitName(e.input(Role.TARGET).get().unit()), unitName(e.input(Role.ACTUAL).get().unit()));
                break;
            case NO_BASE_VALUE:
                r = p.get(key, e.year().isPresent() ? (Object) e.year().getAsInt() : p.get("previousYear"));
                break;
            case DATE_MISMATCH:
            case ZERO_TARGET:
                r = p.get(key);
                break;
            case PERCENTAGE_AGAINST_CHANGE:
                r = p.get(key, p.pct(value(Role.ACTUAL)));
                break;
            case NEGATIVE_TARGET:
                r = p.get(key, num(Role.TARGET), e.attempted().filter(a -> a == Rule.INVERSE_RATIO).isPresent() ? "t/a" : "a/t");
                break;
            case TARGET_EQUALS_BASELINE:
                r = p.get(key, num(Role.TARGET));
                break;
            case NO_CHILDREN:
                r = p.get(key, p.get("none." + e.nodeKind().get()));
                break;
            default:
                int n = e.inputs().size();
                r = p.get(key, n, noun(n));
        }
        return r + operatorNote();
    }

    private static String date(LocalDate d) {
        return String.format("%02d/%02d/%04d", d.getDayOfMonth(), d.getMonthValue(), d.getYear());
    }

    private Object unitName(Optional<Unit> unit) {
        return unit.<Object>map(u -> u).orElse(p.get("unit.none"));
    }

    private String indicator() {
        StringBuilder sb = new StringBuilder();
        BigDecimal score = e.score().map(s -> s.points()).orElse(null);
        switch (e.rule()) {
            case DEADLINE:
                LocalDate done = e.doneOn().get();
                LocalDate due = e.deadline().get();
                sb.append(p.get(done.isAfter(due) ? "deadline.missed" : "deadline.met", date(done), date(due), p.pct(score)));
                break;
            case DIRECTION:
                sb.append(p.get(score.signum() > 0 ? "direction.met" : "direction.missed", num(Role.ACTUAL), num(Role.BASE_VALUE), p.pct(score)));
                break;
            case MILESTONE_STATUS:
                sb.append(p.get("status." + e.status().get(), p.pct(score)));
                break;
            case COUNTED_AS_ZERO:
                sb.append(p.get("zero." + (e.policy(PolicyKind.MISSING_RESULT).isPresent() ? "MISSING_RESULT" : "NOTHING_REPORTED"),
                        e.year().getAsInt()));
                break;
            case MILESTONE_SHARE:
                sb.append(p.get(e.input(Role.TARGET).isPresent() ? "share.milestoneIndicator" : "share.milestoneTarget",
                        p.pct(value(Role.SHARE_COMPLETED))));
                break;
            case RATIO:
                sb.append(e.policy(PolicyKind.NEGATIVE_ACTUAL).isPresent() ? p.get("negativeActual", num(Role.ACTUAL))
                        : p.get("ratio", num(Role.ACTUAL), num(Role.TARGET), p.pct(e.raw().get())));
                break;
            case INVERSE_RATIO:
                sb.append(p.get("inverseRatio", num(Role.TARGET), num(Role.ACTUAL), p.pct(e.raw().get())));
                break;
            case NOT_ABOVE_TARGET:
                sb.append(p.get("notAbove", num(Role.ACTUAL), num(Role.TARGET)));
                break;
            case BASELINE_AWARE:
                sb.append(p.get("baseline", num(Role.ACTUAL), num(Role.BASELINE), num(Role.TARGET), p.pct(e.raw().get())));
                break;
            case INVERSE_BASELINE_AWARE:
                sb.append(p.get("inverseBaseline", num(Role.BASELINE), num(Role.ACTUAL), num(Role.TARGET), p.pct(e.raw().get())));
                break;
            default:
                sb.append(range());
        }
        sb.append(clamp());
        if (e.rule() != Rule.DIRECTION && e.input(Role.BASE_VALUE).isPresent()) {
            sb.append(p.get("computedTarget", num(Role.BASE_VALUE)));
        }
        if (e.policy(PolicyKind.BASELINE_UNAVAILABLE).isPresent()) {
            sb.append(p.get("noBaseline"));
        }
        return sb.append(operatorNote()).toString();
    }

    private String range() {
        BigDecimal a = value(Role.ACTUAL);
        BigDecimal low = value(Role.LOWER_BOUND);
        BigDecimal high = value(Role.UPPER_BOUND);
        BigDecimal raw = e.raw().orElse(null);
        String interval = p.get("interval", p.num(low), p.num(high));
        String suffix = e.policy(PolicyKind.BASELINE_NOT_FOR_RANGES).isPresent() ? p.get("range.noBaseline") : "";
        String as = p.num(a);
        if (a.compareTo(low) >= 0 && a.compareTo(high) <= 0) {
            return p.get("range.within", interval, as) + suffix;
        }
        if (e.policy(PolicyKind.OUTSIDE_RANGE).get().setting().orElse(null) == RangeRule.ZERO) {
            return p.get("range.outside", interval, as) + suffix;
        }
        if (a.compareTo(low) < 0) {
            return (low.signum() <= 0 ? p.get("range.belowNonPositive", interval, as)
                    : p.get("range.below", interval, as, p.num(low), p.pct(raw))) + suffix;
        }
        return (high.signum() <= 0 ? p.get("range.aboveNonPositive", interval, as)
                : p.get("range.above", interval, as, p.num(high), p.pct(raw))) + suffix;
    }

    private String roundingNote() {
        Optional<PolicyChoice> rounding = e.policy(PolicyKind.ROUNDING);
        if (rounding.isEmpty()) {
            return "";
        }
        String note = p.get("rounding." + rounding.get().setting().get(), rounding.get().count());
        Optional<BigDecimal> exact = e.exact();
        boolean differs = exact.isPresent() && e.score().isPresent() && exact.get().compareTo(e.score().get().points()) != 0;
        return note + (differs ? p.get("exact", p.num(exact.get().stripTrailingZeros())) : "");
    }

    private String clamp() {
        StringBuilder sb = new StringBuilder();
        e.policy(PolicyKind.MINIMUM_THRESHOLD).filter(PolicyChoice::applied)
                .ifPresent(t -> sb.append(p.get("threshold", p.pct(t.value().get().points()))));
        e.policy(PolicyKind.SCORE_SCALE).ifPresent(t -> sb.append(p.get("scoreScale", e.scoreScaleStep().orElse(""))));
        e.policy(PolicyKind.LATE_DECLINE).ifPresent(t -> sb.append(p.get("lateDecline", t.count(), p.num(t.value().get().points()))));
        return sb + capPart() + roundingNote();
    }

    private String capPart() {
        Optional<PolicyChoice> cap = e.policy(PolicyKind.CAP);
        if (cap.isPresent() && cap.get().applied()) {
            return p.get("capped", p.toPct(cap.get().value().get().points()));
        }
        // raised to 0% whether or not the method has a cap: an uncapped method floors at 0% too
        if (e.policy(PolicyKind.RAISED_TO_ZERO).map(PolicyChoice::applied).orElse(false)) {
            return p.get("raised");
        }
        // no cap stated by the method: nothing to say about one
        if (cap.isPresent() && e.raw().get().compareTo(HUNDRED) > 0) {
            return p.get("over", p.toPct(cap.get().value().get().points()));
        }
        return "";
    }

    private String operatorNote() {
        return e.policy(PolicyKind.TARGET_OPERATOR_WINS)
                .map(c -> p.get("operatorWins", p.get("operator." + c.setting().get().name()), p.get("polarity." + c.polarity().get().name())))
                .orElse("");
    }

    private String rollup() {
        List<Input> measurable = new ArrayList<>();
        for (Input i : e.inputs()) {
            if (i.value().isPresent()) {
                measurable.add(i);
            }
        }
        int n = measurable.size();
        int left = e.inputs().size() - n;
        String noun = noun(n);
        String leftOut = left == 0 ? "" : p.get(left == 1 ? "leftOut.1" : "leftOut.n", left);
        BigDecimal score = e.score().get().points();
        if (e.rule() == Rule.WORST_CHILD) {
            Input worst = measurable.get(0);
            for (Input i : measurable) {
                if (i.value().get().compareTo(worst.value().get()) < 0) {
                    worst = i;
                }
            }
            Input w = worst;
            String who = p.get("kind." + w.kind().get() + ".1") + " " + w.code().orElseGet(() -> "\"" + Strings.abbreviate(w.name(), 40) + "\"");
            return p.get("worst", n, noun, leftOut, p.pct(worst.value().get()), who);
        }
        if (e.rule() == Rule.SIMPLE_MEAN) {
            List<String> values = new ArrayList<>();
            measurable.forEach(i -> values.add(p.pct(i.value().get())));
            return p.get("simpleMean", n, noun, leftOut, String.join(" + ", values), p.pct(score));
        }
        List<String> terms = new ArrayList<>();
        Optional<PolicyChoice> equal = e.policy(PolicyKind.EQUAL_WEIGHTS);
        BigDecimal denominator = BigDecimal.ZERO;
        for (Input i : measurable) {
            BigDecimal w = i.weight().get();
            terms.add(equal.isPresent() ? p.pct(i.value().get()) : p.pct(i.value().get()) + " × " + p.num(w));
            denominator = denominator.add(w);
        }
        String sum = String.join(" + ", terms);
        if (equal.isEmpty()) {
            return p.get("weightedMean", n, noun, leftOut, sum, p.num(denominator), p.pct(score));
        }
        int given = equal.get().count();
        String why = given == 0 ? p.get("weights.none") : given < n ? p.get("weights.some", given, n) : p.get("weights.zero");
        return p.get("mean", n, noun, leftOut, why, sum, p.pct(score));
    }

    /** {@return the children's noun for a count: their level when they all share it, otherwise "children"} */
    private String noun(int count) {
        Set<Optional<NodeKind>> kinds = new LinkedHashSet<>();
        e.inputs().forEach(i -> kinds.add(i.kind()));
        String kind = kinds.size() == 1 && kinds.iterator().next().isPresent() ? kinds.iterator().next().get().name() : "CHILD";
        return p.get("kind." + kind + (count == 1 ? ".1" : ".n"));
    }

    private BigDecimal value(Role role) {
        return e.input(role).get().value().get();
    }

    private String num(Role role) {
        return p.num(value(role));
    }

    private String quantity(Role role) {
        Input i = e.input(role).get();
        return p.quantity(i.value().get(), i.unit());
    }
}
