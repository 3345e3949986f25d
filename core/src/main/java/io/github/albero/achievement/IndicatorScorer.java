package io.github.albero.achievement;

import io.github.albero.achievement.Explanation.PolicyChoice;
import io.github.albero.achievement.Explanation.PolicyKind;
import io.github.albero.achievement.Explanation.Reason;
import io.github.albero.achievement.Explanation.Role;
import io.github.albero.achievement.Explanation.Rule;
import io.github.albero.internal.Strings;
import io.github.albero.measure.Percentage;
import io.github.albero.measure.Quantity;
import io.github.albero.measure.Ratio;
import io.github.albero.measure.Unit;
import io.github.albero.model.Baseline;
import io.github.albero.model.Indicator;
import io.github.albero.model.Polarity;
import io.github.albero.model.Result;
import io.github.albero.model.ResultKind;
import io.github.albero.model.ResultReading;
import io.github.albero.model.ResultStatus;
import io.github.albero.model.Target;
import io.github.albero.model.TargetOperator;
import io.github.albero.model.TargetReading;
import java.math.BigDecimal;
import java.util.Optional;

/** The achievement of one indicator in one year; see {@link AchievementCalculator} for the rules. */
final class IndicatorScorer {
    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    /** A score with its explanation, which says why there is none. */
    static final class Outcome {
        final Percentage score;
        final Explanation explanation;

        private Outcome(Explanation explanation) {
            this.score = explanation.score().orElse(null);
            this.explanation = explanation;
        }
    }

    private enum Direction { HIGHER, LOWER, RANGE }

    private final AchievementPolicy policy;

    IndicatorScorer(AchievementPolicy policy) {
        this.policy = policy;
    }

    Outcome score(Indicator indicator, int year) {
        return new Outcome(explain(indicator, year).build());
    }

    private Explanation.Builder explain(Indicator indicator, int year) {
        Optional<Target> target = indicator.target(year);
        if (target.isEmpty()) {
            return notMeasurable(Reason.NO_TARGET).year(year);
        }
        if (target.get().reading().isEmpty()) {
            if (target.get().isPlaceholder()) {
                return notMeasurable(Reason.PLACEHOLDER_TARGET).year(year).quoted(target.get().text().strip());
            }
            return notMeasurable(Reason.UNREADABLE_TARGET).quoted(abbreviate(target.get().text()));
        }
        TargetReading t = target.get().reading().get();
        Optional<Result> result = indicator.result(year);
        if (result.isEmpty()) {
            return treat(policy.missingResult(), Reason.MISSING_RESULT, PolicyKind.MISSING_RESULT).year(year);
        }
        if (result.get().parts().filter(Ratio::hasZeroDenominator).isPresent()) {
            return notMeasurable(Reason.ZERO_DENOMINATOR).quoted(result.get().parts().get().toString());
        }
        if (result.get().reading().isEmpty()) {
            return notMeasurable(Reason.UNREADABLE_RESULT).quoted(abbreviate(result.get().text()));
        }
        ResultReading r = result.get().reading().get();
        switch (r.kind()) {
            case NOTHING_REPORTED:
                return treat(policy.nothingReported(), Reason.NOTHING_REPORTED, PolicyKind.NOTHING_REPORTED).year(year);
            case STATUS:
                return status(r);
            default:
                return numeric(indicator, t, r);
        }
    }

    private static Explanation.Builder notMeasurable(Reason reason) {
        return Explanation.builder(Rule.NOT_MEASURABLE).reason(reason);
    }

    private static Explanation.Builder treat(Treatment treatment, Reason reason, PolicyKind kind) {
        PolicyChoice choice = PolicyChoice.setting(kind, true, treatment);
        if (treatment == Treatment.EXCLUDE) {
            return notMeasurable(reason).policy(choice);
        }
        return Explanation.builder(Rule.COUNTED_AS_ZERO).policy(choice).score(BigDecimal.ZERO);
    }

    private Explanation.Builder status(ResultReading r) {
        ResultStatus s = r.status().get();
        Explanation.Builder b = Explanation.builder(Rule.MILESTONE_STATUS).status(s);
        switch (s) {
            case ACHIEVED:
                return b.score(HUNDRED);
            case PARTIALLY_ACHIEVED:
                return b.policy(PolicyChoice.value(PolicyKind.PARTIALLY_ACHIEVED, true, policy.partiallyAchieved()))
                        .score(policy.partiallyAchieved().points());
            case NOT_ACHIEVED:
                return b.score(BigDecimal.ZERO);
            default:
                return b.policy(PolicyChoice.value(PolicyKind.POSTPONED, true, policy.postponed())).score(policy.postponed().points());
        }
    }

    private Explanation.Builder numeric(Indicator indicator, TargetReading t, ResultReading r) {
        Quantity a = r.quantity().get();
        boolean percentResult = r.kind() == ResultKind.PERCENTAGE;
        if (t.operator() == TargetOperator.MILESTONE) {
            if (percentResult) {
                return completion(a.value(), Optional.empty());
            }
            return notMeasurable(Reason.NUMBER_AGAINST_MILESTONE).input(Role.ACTUAL, a.value(), a.unit());
        }
        boolean percentTarget = t.unit().filter(Unit.PERCENT::equals).isPresent();
        if (indicator.polarity() == Polarity.MILESTONE && percentResult && !percentTarget) {
            return completion(a.value(), t.quantity());
        }
        Optional<Unit> tu = percentTarget ? Optional.of(Unit.PERCENT) : t.unit();
        Optional<Unit> au = percentResult ? Optional.of(Unit.PERCENT) : a.unit();
        if (tu.isPresent() && au.isPresent() && !tu.get().isCompatibleWith(au.get())) {
            return notMeasurable(Reason.UNITS_DIFFER).input(Role.ACTUAL, a.value(), au).input(Role.TARGET, t.value().get(), tu);
        }
        Optional<PolicyChoice> note;
        Direction rule;
        switch (t.operator()) {
            case AT_LEAST:
                rule = Direction.HIGHER;
                note = disagreement(indicator.polarity(), t.operator(), Polarity.LOWER_IS_BETTER, Polarity.TARGET_RANGE);
                break;
            case AT_MOST:
                rule = Direction.LOWER;
                note = disagreement(indicator.polarity(), t.operator(), Polarity.HIGHER_IS_BETTER, Polarity.TARGET_RANGE);
                break;
            case BETWEEN:
                rule = Direction.RANGE;
                note = disagreement(indicator.polarity(), t.operator(), Polarity.HIGHER_IS_BETTER, Polarity.LOWER_IS_BETTER);
                break;
            default:
                note = Optional.empty();
                rule = indicator.polarity() == Polarity.LOWER_IS_BETTER ? Direction.LOWER
                        : indicator.polarity() == Polarity.TARGET_RANGE ? Direction.RANGE : Direction.HIGHER;
        }
        BigDecimal av = a.value();
        BigDecimal tv = t.value().get();
        Explanation.Builder o;
        if (rule == Direction.RANGE) {
            o = range(av, tv, t.upperBound().orElse(tv), au, tu);
        } else {
            Optional<BigDecimal> b = policy.formula() == Formula.BASELINE_AWARE ? baseline(indicator, tu) : Optional.empty();
            if (b.isPresent()) {
                o = baselineAware(av, tv, b.get(), rule, au, tu);
            } else {
                o = rule == Direction.HIGHER ? higher(av, tv, au, tu) : lower(av, tv, au, tu);
                if (policy.formula() == Formula.BASELINE_AWARE && o.measurable()) {
                    o.policy(PolicyChoice.of(PolicyKind.BASELINE_UNAVAILABLE, true));
                }
            }
        }
        note.ifPresent(o::policy);
        return o;
    }

    private static Optional<PolicyChoice> disagreement(Polarity polarity, TargetOperator operator, Polarity... against) {
        for (Polarity p : against) {
            if (polarity == p) {
                return Optional.of(PolicyChoice.operator(operator, polarity));
            }
        }
        return Optional.empty();
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

    /** A milestone's share completed; a milestone indicator's numeric target is kept as an input. */
    private Explanation.Builder completion(BigDecimal points, Optional<Quantity> target) {
        Explanation.Builder b = Explanation.builder(Rule.MILESTONE_SHARE).input(Role.SHARE_COMPLETED, points, Optional.of(Unit.PERCENT));
        target.ifPresent(t -> b.input(Role.TARGET, t.value(), t.unit()));
        return clamp(b, points);
    }

    private Explanation.Builder higher(BigDecimal a, BigDecimal t, Optional<Unit> au, Optional<Unit> tu) {
        if (t.signum() == 0) {
            return notMeasurable(Reason.ZERO_TARGET).attempted(Rule.RATIO).input(Role.ACTUAL, a, au).input(Role.TARGET, t, tu);
        }
        if (t.signum() < 0) {
            return notMeasurable(Reason.NEGATIVE_TARGET).attempted(Rule.RATIO).input(Role.ACTUAL, a, au).input(Role.TARGET, t, tu);
        }
        Explanation.Builder b = Explanation.builder(Rule.RATIO).input(Role.ACTUAL, a, au).input(Role.TARGET, t, tu);
        if (a.signum() < 0) {
            return b.policy(PolicyChoice.of(PolicyKind.NEGATIVE_ACTUAL, true)).score(BigDecimal.ZERO);
        }
        return clamp(b, ratio(a, t));
    }

    private Explanation.Builder lower(BigDecimal a, BigDecimal t, Optional<Unit> au, Optional<Unit> tu) {
        if (t.signum() < 0) {
            return notMeasurable(Reason.NEGATIVE_TARGET).attempted(Rule.INVERSE_RATIO).input(Role.TARGET, t, tu).input(Role.ACTUAL, a, au);
        }
        if (a.compareTo(t) <= 0) {
            return Explanation.builder(Rule.NOT_ABOVE_TARGET).input(Role.ACTUAL, a, au).input(Role.TARGET, t, tu).score(HUNDRED);
        }
        return clamp(Explanation.builder(Rule.INVERSE_RATIO).input(Role.TARGET, t, tu).input(Role.ACTUAL, a, au), ratio(t, a));
    }

    private Explanation.Builder baselineAware(BigDecimal a, BigDecimal t, BigDecimal b, Direction rule, Optional<Unit> au,
            Optional<Unit> tu) {
        if (t.compareTo(b) == 0) {
            return notMeasurable(Reason.TARGET_EQUALS_BASELINE).attempted(rule == Direction.HIGHER ? Rule.BASELINE_AWARE
                    : Rule.INVERSE_BASELINE_AWARE).input(Role.ACTUAL, a, au).input(Role.TARGET, t, tu).input(Role.BASELINE, b, tu);
        }
        Explanation.Builder e = rule == Direction.HIGHER
                ? Explanation.builder(Rule.BASELINE_AWARE).input(Role.ACTUAL, a, au).input(Role.BASELINE, b, tu).input(Role.TARGET, t, tu)
                : Explanation.builder(Rule.INVERSE_BASELINE_AWARE).input(Role.BASELINE, b, tu).input(Role.ACTUAL, a, au)
                        .input(Role.TARGET, t, tu);
        return clamp(e, ratio(a.subtract(b), t.subtract(b)));
    }

    private Explanation.Builder range(BigDecimal a, BigDecimal low, BigDecimal high, Optional<Unit> au, Optional<Unit> tu) {
        Explanation.Builder e = Explanation.builder(Rule.RANGE).input(Role.ACTUAL, a, au).input(Role.LOWER_BOUND, low, tu)
                .input(Role.UPPER_BOUND, high, tu);
        boolean outside = a.compareTo(low) < 0 || a.compareTo(high) > 0;
        e.policy(PolicyChoice.setting(PolicyKind.OUTSIDE_RANGE, outside, policy.outsideRange()));
        if (policy.formula() == Formula.BASELINE_AWARE) {
            e.policy(PolicyChoice.of(PolicyKind.BASELINE_NOT_FOR_RANGES, true));
        }
        if (!outside) {
            return e.score(HUNDRED);
        }
        if (policy.outsideRange() == RangeRule.ZERO) {
            return e.score(BigDecimal.ZERO);
        }
        if (a.compareTo(low) < 0) {
            return low.signum() <= 0 ? e.score(BigDecimal.ZERO) : clamp(e, ratio(a, low));
        }
        // 1 − (a − high)/high = (2·high − a)/high, divided once so that it is rounded once
        return high.signum() <= 0 ? e.score(BigDecimal.ZERO) : clamp(e, ratio(high.add(high).subtract(a), high));
    }

    /** {@return n / d in percentage points, divided once at the policy's scale (rounding twice could be wrong)} */
    private static BigDecimal ratio(BigDecimal n, BigDecimal d) {
        return n.multiply(HUNDRED).divide(d, AchievementPolicy.SCALE, AchievementPolicy.ROUNDING);
    }

    /** Keeps a raw score within [0, cap], and records the cap and the floor and whether they bit. */
    private Explanation.Builder clamp(Explanation.Builder e, BigDecimal raw) {
        BigDecimal cap = policy.cap().points();
        boolean capped = raw.compareTo(cap) > 0;
        boolean raised = !capped && raw.signum() < 0;
        e.raw(raw).policy(PolicyChoice.value(PolicyKind.CAP, capped, policy.cap())).policy(PolicyChoice.of(PolicyKind.RAISED_TO_ZERO, raised));
        return e.score(capped ? cap : raised ? BigDecimal.ZERO : AchievementPolicy.round(raw));
    }

    private static String abbreviate(String text) {
        return Strings.abbreviate(text, 60);
    }
}
