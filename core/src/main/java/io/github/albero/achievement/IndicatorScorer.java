package io.github.albero.achievement;

import io.github.albero.internal.Numbers;
import io.github.albero.measure.Percentage;
import io.github.albero.measure.Quantity;
import io.github.albero.measure.Unit;
import io.github.albero.model.Baseline;
import io.github.albero.model.Indicator;
import io.github.albero.model.Polarity;
import io.github.albero.model.Result;
import io.github.albero.model.ResultKind;
import io.github.albero.model.ResultReading;
import io.github.albero.model.Target;
import io.github.albero.model.TargetOperator;
import io.github.albero.model.TargetReading;
import java.math.BigDecimal;
import java.util.Optional;

/** The achievement of one indicator in one year; see {@link AchievementCalculator} for the rules. */
final class IndicatorScorer {
    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    /** A score with its explanation, or the reason there is none. */
    static final class Outcome {
        final Percentage score;
        final String explanation;
        final String reason;

        private Outcome(Percentage score, String explanation, String reason) {
            this.score = score;
            this.explanation = explanation;
            this.reason = reason;
        }

        static Outcome of(BigDecimal points, String explanation) {
            return new Outcome(Percentage.of(points), explanation, null);
        }

        static Outcome notMeasurable(String reason) {
            return new Outcome(null, "not measurable: " + reason, reason);
        }
    }

    private enum Rule { HIGHER, LOWER, RANGE }

    private final AchievementPolicy policy;

    IndicatorScorer(AchievementPolicy policy) {
        this.policy = policy;
    }

    Outcome score(Indicator indicator, int year) {
        Optional<Target> target = indicator.target(year);
        if (target.isEmpty()) {
            return Outcome.notMeasurable("not applicable, no target for " + year);
        }
        if (target.get().reading().isEmpty()) {
            if (target.get().isPlaceholder()) {
                return Outcome.notMeasurable("not applicable, the target for " + year + " is \"" + target.get().text().strip() + "\"");
            }
            return Outcome.notMeasurable("the target \"" + abbreviate(target.get().text()) + "\" could not be read");
        }
        TargetReading t = target.get().reading().get();
        Optional<Result> result = indicator.result(year);
        if (result.isEmpty()) {
            return treat(policy.missingResult(), "no result for " + year, "missing-result policy");
        }
        if (result.get().reading().isEmpty()) {
            return Outcome.notMeasurable("the result \"" + abbreviate(result.get().text()) + "\" could not be read");
        }
        ResultReading r = result.get().reading().get();
        switch (r.kind()) {
            case NOTHING_REPORTED:
                return treat(policy.nothingReported(), "nothing reported for " + year, "nothing-reported policy");
            case STATUS:
                return status(r);
            default:
                return numeric(indicator, t, r);
        }
    }

    private Outcome treat(Treatment treatment, String what, String policyName) {
        if (treatment == Treatment.EXCLUDE) {
            return Outcome.notMeasurable(what + ", left out (" + policyName + ")");
        }
        return Outcome.of(BigDecimal.ZERO, what + ", counted as 0% (" + policyName + ")");
    }

    private Outcome status(ResultReading r) {
        switch (r.status().get()) {
            case ACHIEVED:
                return Outcome.of(HUNDRED, "status achieved → 100%");
            case PARTIALLY_ACHIEVED:
                return Outcome.of(policy.partiallyAchieved().points(),
                        "status partially achieved → " + policy.partiallyAchieved().format() + " (partial-milestone policy)");
            case NOT_ACHIEVED:
                return Outcome.of(BigDecimal.ZERO, "status not achieved → 0%");
            default:
                return Outcome.of(policy.postponed().points(), "status postponed → " + policy.postponed().format() + " (postponed policy)");
        }
    }

    private Outcome numeric(Indicator indicator, TargetReading t, ResultReading r) {
        Quantity a = r.quantity().get();
        boolean percentResult = r.kind() == ResultKind.PERCENTAGE;
        if (t.operator() == TargetOperator.MILESTONE) {
            if (percentResult) {
                return completion(a.value(), "milestone target");
            }
            return Outcome.notMeasurable("a number (" + a + ") cannot be compared with a milestone target; "
                    + "a milestone needs a status or the share completed (e.g. 100%)");
        }
        boolean percentTarget = t.unit().filter(Unit.PERCENT::equals).isPresent();
        if (indicator.polarity() == Polarity.MILESTONE && percentResult && !percentTarget) {
            return completion(a.value(), "milestone indicator, target not in %");
        }
        Optional<Unit> tu = percentTarget ? Optional.of(Unit.PERCENT) : t.unit();
        Optional<Unit> au = percentResult ? Optional.of(Unit.PERCENT) : a.unit();
        if (tu.isPresent() && au.isPresent() && !tu.get().isCompatibleWith(au.get())) {
            return Outcome.notMeasurable("units differ: target in " + tu.get() + ", result in " + au.get());
        }
        String note = "";
        Rule rule;
        switch (t.operator()) {
            case AT_LEAST:
                rule = Rule.HIGHER;
                note = disagreement(indicator.polarity(), "at least", Polarity.LOWER_IS_BETTER, Polarity.TARGET_RANGE);
                break;
            case AT_MOST:
                rule = Rule.LOWER;
                note = disagreement(indicator.polarity(), "at most", Polarity.HIGHER_IS_BETTER, Polarity.TARGET_RANGE);
                break;
            case BETWEEN:
                rule = Rule.RANGE;
                note = disagreement(indicator.polarity(), "between", Polarity.HIGHER_IS_BETTER, Polarity.LOWER_IS_BETTER);
                break;
            default:
                rule = indicator.polarity() == Polarity.LOWER_IS_BETTER ? Rule.LOWER
                        : indicator.polarity() == Polarity.TARGET_RANGE ? Rule.RANGE : Rule.HIGHER;
        }
        BigDecimal av = a.value();
        BigDecimal tv = t.value().get();
        Outcome o;
        if (rule == Rule.RANGE) {
            o = range(av, tv, t.upperBound().orElse(tv));
        } else {
            Optional<BigDecimal> b = policy.formula() == Formula.BASELINE_AWARE ? baseline(indicator, tu) : Optional.empty();
            if (b.isPresent()) {
                o = baselineAware(av, tv, b.get(), rule);
            } else {
                o = rule == Rule.HIGHER ? higher(av, tv) : lower(av, tv);
                if (policy.formula() == Formula.BASELINE_AWARE && o.reason == null) {
                    o = new Outcome(o.score, o.explanation + " (no numeric baseline: ratio used)", null);
                }
            }
        }
        if (!note.isEmpty()) {
            o = o.reason == null ? new Outcome(o.score, o.explanation + " (" + note + ")", null)
                    : Outcome.notMeasurable(o.reason + " (" + note + ")");
        }
        return o;
    }

    private static String disagreement(Polarity polarity, String operator, Polarity... against) {
        for (Polarity p : against) {
            if (polarity == p) {
                return "the target says " + operator + ", the indicator's polarity " + polarity.name().toLowerCase(java.util.Locale.ROOT)
                        .replace('_', ' ') + ": the target decides";
            }
        }
        return "";
    }

    private Optional<BigDecimal> baseline(Indicator indicator, Optional<Unit> targetUnit) {
        Optional<Quantity> b = indicator.baseline().flatMap(Baseline::value);
        if (b.isEmpty()) {
            return Optional.empty();
        }
        if (targetUnit.isPresent() && b.get().unit().isPresent() && !targetUnit.get().isCompatibleWith(b.get().unit().get())) {
            return Optional.empty();
        }
        return Optional.of(b.get().value());
    }

    private Outcome completion(BigDecimal points, String why) {
        return clamp(points, "share completed " + Percentage.of(points).format() + " (" + why + ")");
    }

    private Outcome higher(BigDecimal a, BigDecimal t) {
        if (t.signum() == 0) {
            return Outcome.notMeasurable("the target is 0, a/t is undefined");
        }
        if (t.signum() < 0) {
            return Outcome.notMeasurable("the target " + fmt(t) + " is negative, a/t is undefined");
        }
        if (a.signum() < 0) {
            return Outcome.of(BigDecimal.ZERO, "a = " + fmt(a) + " is negative, counted as 0 → 0%");
        }
        BigDecimal raw = ratio(a, t);
        return clamp(raw, "a/t = " + fmt(a) + "/" + fmt(t) + " = " + pct(raw));
    }

    private Outcome lower(BigDecimal a, BigDecimal t) {
        if (t.signum() < 0) {
            return Outcome.notMeasurable("the target " + fmt(t) + " is negative, t/a is undefined");
        }
        if (a.compareTo(t) <= 0) {
            return Outcome.of(HUNDRED, "a ≤ t: " + fmt(a) + " ≤ " + fmt(t) + " → 100%");
        }
        BigDecimal raw = ratio(t, a);
        return clamp(raw, "t/a = " + fmt(t) + "/" + fmt(a) + " = " + pct(raw));
    }

    private Outcome baselineAware(BigDecimal a, BigDecimal t, BigDecimal b, Rule rule) {
        if (t.compareTo(b) == 0) {
            return Outcome.notMeasurable("the target equals the baseline (" + fmt(t) + "), (a − b)/(t − b) is undefined");
        }
        BigDecimal raw = ratio(a.subtract(b), t.subtract(b));
        String formula = rule == Rule.HIGHER
                ? "(a − b)/(t − b) = (" + fmt(a) + " − " + fmt(b) + ")/(" + fmt(t) + " − " + fmt(b) + ")"
                : "(b − a)/(b − t) = (" + fmt(b) + " − " + fmt(a) + ")/(" + fmt(b) + " − " + fmt(t) + ")";
        return clamp(raw, formula + " = " + pct(raw) + " (baseline-aware formula)");
    }

    private Outcome range(BigDecimal a, BigDecimal low, BigDecimal high) {
        String range = "[" + fmt(low) + ", " + fmt(high) + "]";
        String suffix = policy.formula() == Formula.BASELINE_AWARE ? " (baseline-aware formula does not apply to ranges)" : "";
        if (a.compareTo(low) >= 0 && a.compareTo(high) <= 0) {
            return Outcome.of(HUNDRED, "a within " + range + ": " + fmt(a) + " → 100%" + suffix);
        }
        if (policy.outsideRange() == RangeRule.ZERO) {
            return Outcome.of(BigDecimal.ZERO, "a outside " + range + ": " + fmt(a) + " → 0% (range policy)" + suffix);
        }
        if (a.compareTo(low) < 0) {
            if (low.signum() <= 0) {
                return Outcome.of(BigDecimal.ZERO, "a below " + range + " with a lower bound ≤ 0: " + fmt(a) + " → 0% (distance policy)" + suffix);
            }
            BigDecimal raw = ratio(a, low);
            return clamp(raw, "a below " + range + ": a/low = " + fmt(a) + "/" + fmt(low) + " = " + pct(raw) + " (distance policy)" + suffix);
        }
        if (high.signum() <= 0) {
            return Outcome.of(BigDecimal.ZERO, "a above " + range + " with an upper bound ≤ 0: " + fmt(a) + " → 0% (distance policy)" + suffix);
        }
        // 1 − (a − high)/high = (2·high − a)/high, divided once so that it is rounded once
        BigDecimal raw = ratio(high.add(high).subtract(a), high);
        return clamp(raw, "a above " + range + ": 1 − (a − high)/high = 1 − (" + fmt(a) + " − " + fmt(high) + ")/" + fmt(high) + " = "
                + pct(raw) + " (distance policy)" + suffix);
    }

    /** @return n / d in percentage points, divided once at the policy's scale (rounding twice could be wrong) */
    private static BigDecimal ratio(BigDecimal n, BigDecimal d) {
        return n.multiply(HUNDRED).divide(d, AchievementPolicy.SCALE, AchievementPolicy.ROUNDING);
    }

    /** Keeps a raw score within [0, cap] and says so. */
    private Outcome clamp(BigDecimal raw, String explanation) {
        BigDecimal cap = policy.cap().points();
        if (raw.compareTo(cap) > 0) {
            return Outcome.of(cap, explanation + ", capped at " + policy.cap().format() + " (cap policy)");
        }
        if (raw.signum() < 0) {
            return Outcome.of(BigDecimal.ZERO, explanation + ", raised to 0%");
        }
        BigDecimal rounded = AchievementPolicy.round(raw);
        if (raw.compareTo(HUNDRED) > 0) {
            return Outcome.of(rounded, explanation + " (over-achievement allowed up to " + policy.cap().format() + ")");
        }
        return Outcome.of(rounded, explanation);
    }

    static String fmt(BigDecimal v) {
        return Numbers.formatItalian(Numbers.normalize(v));
    }

    static String pct(BigDecimal points) {
        return fmt(points) + "%";
    }

    private static String abbreviate(String text) {
        String flat = text.replaceAll("\\s+", " ").strip();
        return flat.length() <= 60 ? flat : flat.substring(0, 59) + "…";
    }
}
