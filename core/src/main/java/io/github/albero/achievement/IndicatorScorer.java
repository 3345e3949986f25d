package io.github.albero.achievement;

import io.github.albero.internal.Longs;
import io.github.albero.achievement.Explanation.PolicyChoice;
import io.github.albero.achievement.Explanation.PolicyKind;
import io.github.albero.achievement.Explanation.Reason;
import io.github.albero.achievement.Explanation.Role;
import io.github.albero.achievement.Explanation.Rule;
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
import io.github.albero.model.Vocabulary;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.Optional;

/** The achievement of one indicator in one year; see {@link AchievementCalculator} for the rules. */
final class IndicatorScorer {
    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);
    /** Decimals of the exact values kept for rollups from exact values. */
    static final int EXACT_SCALE = 12;

    private enum Direction { HIGHER, LOWER, RANGE }

    private static final Optional<Unit> PERCENT = Optional.of(Unit.PERCENT);

    private final AchievementPolicy policy;
    // the choices every scored indicator records, made once per policy (they are immutable)
    private final PolicyChoice capApplied;
    private final PolicyChoice capNotApplied;
    private static final PolicyChoice RAISED = PolicyChoice.of(PolicyKind.RAISED_TO_ZERO, true);
    private static final PolicyChoice NOT_RAISED = PolicyChoice.of(PolicyKind.RAISED_TO_ZERO, false);
    private final PolicyChoice rounding;
    // the cap and 0 moved by half a unit of the exact scale: what rounding an exact value to that scale decides
    private final BigDecimal capBound;
    private static final BigDecimal HALF_EXACT_UNIT = BigDecimal.valueOf(5, EXACT_SCALE + 1);
    private static final BigDecimal ZERO_BOUND = HALF_EXACT_UNIT.negate();
    // the score of a ratio in longs (see ratioScore): whether the policy allows it, the cap's digits and
    // decimals, and the bound below which a denominator lets longs decide the cap and the floor exactly
    private final boolean longRatios;
    private final long capUnscaled;
    private final int capScale;
    private final long denominatorLimit;

    IndicatorScorer(AchievementPolicy policy) {
        this.policy = policy;
        this.capApplied = policy.isCapped() ? PolicyChoice.value(PolicyKind.CAP, true, policy.cap()) : null;
        this.capNotApplied = policy.isCapped() ? PolicyChoice.value(PolicyKind.CAP, false, policy.cap()) : null;
        this.rounding = policy.scale() != AchievementPolicy.SCALE || policy.rounding() != AchievementPolicy.ROUNDING
                ? PolicyChoice.rounding(policy.scale(), policy.rounding()) : null;
        this.capBound = policy.isCapped() ? policy.cap().points().add(HALF_EXACT_UNIT) : null;
        this.capScale = policy.isCapped() ? policy.cap().points().scale() : 0;
        this.capUnscaled = policy.isCapped() ? Longs.unscaled(policy.cap().points()) : 0;
        this.longRatios = policy.rounding() == RoundingMode.HALF_EVEN && policy.minimumThreshold().isEmpty()
                && policy.scoreScale().isEmpty() && capUnscaled != Longs.NONE && capScale >= 0 && policy.scale() + capScale <= 12;
        this.denominatorLimit = longRatios ? Longs.power(12 - policy.scale() - capScale) : 0;
    }

    /** {@return the explanation of the indicator's score that year, which carries the score or says why there is none} */
    Explanation score(Indicator indicator, int year) {
        Explanation.Builder out = Explanation.builder();
        return explain(out, indicator, year, indicator.targets().get(year), indicator.results().get(year)).build();
    }

    /**
     * {@return the score alone, or null when not measurable: {@code scratch}, a builder that keeps no
     * inputs or choices, is reused for every indicator of an evaluation (the explanation is made again
     * from the indicator when asked for)}
     *
     * @param target the year's target, or null
     * @param result the year's result, or null
     */
    Percentage scoreOnly(Explanation.Builder scratch, Indicator indicator, int year, Target target, Result result) {
        return explain(scratch, indicator, year, target, result).scoreOrNull();
    }

    private Explanation.Builder explain(Explanation.Builder out, Indicator indicator, int year, Target target, Result result) {
        if (target == null) {
            return notMeasurable(out, Reason.NO_TARGET).year(year);
        }
        Optional<TargetReading> reading = target.reading();
        if (reading.isEmpty()) {
            // placeholder or unreadable, the target is not measurable: only an explanation says which
            if (out.keepsParts() && target.isPlaceholder()) {
                return notMeasurable(out, Reason.PLACEHOLDER_TARGET).year(year).quoted(target.text().strip());
            }
            return notMeasurable(out, Reason.UNREADABLE_TARGET).quoted(target.text());
        }
        TargetReading t = reading.get();
        if (result == null) {
            return treat(out, policy.missingResult(), Reason.MISSING_RESULT, PolicyKind.MISSING_RESULT).year(year);
        }
        Optional<Ratio> parts = result.parts();
        if (parts.isPresent() && parts.get().hasZeroDenominator()) {
            return notMeasurable(out, Reason.ZERO_DENOMINATOR).quoted(parts.get().toString());
        }
        Optional<ResultReading> read = result.reading();
        if (read.isEmpty()) {
            return notMeasurable(out, Reason.UNREADABLE_RESULT).quoted(result.text());
        }
        ResultReading r = read.get();
        switch (r.kind()) {
            case NOTHING_REPORTED:
                return treat(out, policy.nothingReported(), Reason.NOTHING_REPORTED, PolicyKind.NOTHING_REPORTED).year(year);
            case STATUS:
                return status(out, r);
            case DATE:
                return t.operator() == TargetOperator.DEADLINE ? deadline(out, r.date().get(), t.deadline().get())
                        : notMeasurable(out, Reason.DATE_MISMATCH);
            default:
                if (t.operator() == TargetOperator.DEADLINE) {
                    return r.kind() == ResultKind.PERCENTAGE ? completion(out, r.value().get(), Optional.empty()) : notMeasurable(out, Reason.DATE_MISMATCH);
                }
                if (isRelative(t.operator())) {
                    return relative(out, indicator, year, t, r);
                }
                return numeric(out, indicator, t, r);
        }
    }

    private static boolean isRelative(TargetOperator o) {
        return o == TargetOperator.INCREASE || o == TargetOperator.DECREASE || o == TargetOperator.MAINTAIN;
    }

    /** On time or not: the result's date against the deadline. */
    private Explanation.Builder deadline(Explanation.Builder out, LocalDate done, LocalDate due) {
        Explanation.Builder e = out.begin(Rule.DEADLINE).dates(done, due);
        if (!done.isAfter(due)) {
            return e.score(HUNDRED);
        }
        if (policy.lateDeadlineDecline().isEmpty()) {
            return e.score(BigDecimal.ZERO);
        }
        long days = java.time.temporal.ChronoUnit.DAYS.between(due, done);
        Percentage perDay = policy.lateDeadlineDecline().get();
        BigDecimal left = HUNDRED.subtract(perDay.points().multiply(BigDecimal.valueOf(days)));
        e.policy(PolicyChoice.valueAndCount(PolicyKind.LATE_DECLINE, perDay, (int) Math.min(days, Integer.MAX_VALUE)));
        return e.score(left.signum() < 0 ? BigDecimal.ZERO : policy.rounded(left));
    }

    /**
     * An increase, decrease or maintenance: the target is computed from the base year's value
     * (a result of that year, or the baseline of that year), then compared as a stated "at least"
     * (increase), "at most" (decrease) or, for maintenance, the way the polarity says.
     */
    private Explanation.Builder relative(Explanation.Builder out, Indicator indicator, int year, TargetReading t, ResultReading r) {
        if (r.kind() == ResultKind.PERCENTAGE && t.operator() != TargetOperator.MAINTAIN) {
            // "‐6,06%" against "riduzione rispetto al 2016" may be the change itself or a level: never guess
            return notMeasurable(out, Reason.PERCENTAGE_AGAINST_CHANGE).input(Role.ACTUAL, r.value().get(), Optional.of(Unit.PERCENT));
        }
        Quantity a = r.quantity().get();
        Optional<Unit> au = r.kind() == ResultKind.PERCENTAGE ? Optional.of(Unit.PERCENT) : a.unit();
        int baseYear = t.baseYear().orElse(year - 1);
        Optional<Quantity> base = baseValue(indicator, baseYear).filter(b -> Vocabulary.comparable(b.unit(), au));
        if (base.isEmpty()) {
            Explanation.Builder e = notMeasurable(out, Reason.NO_BASE_VALUE);
            return t.baseYear().isPresent() ? e.year(baseYear) : e;
        }
        BigDecimal b = base.get().value();
        Optional<Unit> bu = base.get().unit().or(() -> au);
        if (t.operator() == TargetOperator.MAINTAIN) {
            Explanation.Builder o = indicator.polarity() == Polarity.LOWER_IS_BETTER ? lower(out, a.value(), b, au, bu) : higher(out, a.value(), b, au, bu);
            return o.input(Role.BASE_VALUE, b, bu);
        }
        boolean up = t.operator() == TargetOperator.INCREASE;
        if (t.value().isEmpty()) {
            boolean met = up ? a.value().compareTo(b) > 0 : a.value().compareTo(b) < 0;
            return out.begin(Rule.DIRECTION).input(Role.ACTUAL, a.value(), au).input(Role.BASE_VALUE, b, bu)
                    .score(met ? HUNDRED : BigDecimal.ZERO);
        }
        BigDecimal change = t.value().get();
        boolean relativeChange = t.unit().filter(Unit.PERCENT::equals).isPresent() && !bu.filter(Unit.PERCENT::equals).isPresent();
        if (!relativeChange && t.unit().isPresent() && !Vocabulary.comparable(t.unit(), bu)) {
            return notMeasurable(out, Reason.UNITS_DIFFER).input(Role.ACTUAL, a.value(), au).input(Role.TARGET, change, t.unit());
        }
        BigDecimal delta = relativeChange ? b.multiply(change).divide(HUNDRED) : change;
        BigDecimal target = up ? b.add(delta) : b.subtract(delta);
        Explanation.Builder o = up ? higher(out, a.value(), target, au, bu) : lower(out, a.value(), target, au, bu);
        return o.input(Role.BASE_VALUE, b, bu);
    }

    /** The value of an indicator in a year: its numeric result, or else its baseline when the baseline is of that year. */
    private static Optional<Quantity> baseValue(Indicator indicator, int year) {
        Optional<Quantity> result = indicator.result(year).flatMap(Result::reading)
                .filter(x -> x.kind() == ResultKind.NUMBER || x.kind() == ResultKind.PERCENTAGE)
                .map(x -> x.kind() == ResultKind.PERCENTAGE ? Quantity.of(x.value().get(), Unit.PERCENT) : x.quantity().get());
        if (result.isPresent()) {
            return result;
        }
        return indicator.baseline().filter(bl -> bl.year().filter(y -> y == year).isPresent()).flatMap(Baseline::value);
    }

    private static Explanation.Builder notMeasurable(Explanation.Builder out, Reason reason) {
        return out.begin(Rule.NOT_MEASURABLE).reason(reason);
    }

    private static Explanation.Builder treat(Explanation.Builder out, Treatment treatment, Reason reason, PolicyKind kind) {
        PolicyChoice choice = PolicyChoice.setting(kind, true, treatment);
        if (treatment == Treatment.EXCLUDE) {
            return notMeasurable(out, reason).policy(choice);
        }
        return out.begin(Rule.COUNTED_AS_ZERO).policy(choice).score(BigDecimal.ZERO);
    }

    private Explanation.Builder status(Explanation.Builder out, ResultReading r) {
        ResultStatus s = r.status().get();
        Explanation.Builder b = out.begin(Rule.MILESTONE_STATUS).status(s);
        switch (s) {
            case ACHIEVED:
                return b.score(HUNDRED);
            case PARTIALLY_ACHIEVED:
                return b.policy(PolicyChoice.value(PolicyKind.PARTIALLY_ACHIEVED, true, policy.partiallyAchieved()))
                        .score(policy.partiallyAchieved());
            case NOT_ACHIEVED:
                return b.score(BigDecimal.ZERO);
            default:
                return b.policy(PolicyChoice.value(PolicyKind.POSTPONED, true, policy.postponed())).score(policy.postponed());
        }
    }

    private Explanation.Builder numeric(Explanation.Builder out, Indicator indicator, TargetReading t, ResultReading r) {
        boolean percentResult = r.kind() == ResultKind.PERCENTAGE;
        // the explanation shows the result as its quantity has it; the score needs the number alone (the same value)
        Quantity a = out.keepsParts() ? r.quantity().get() : null;
        BigDecimal av = a != null ? a.value() : r.value().get();
        Optional<Unit> ru = a != null ? a.unit() : percentResult ? PERCENT : r.unit();
        if (t.operator() == TargetOperator.MILESTONE) {
            if (percentResult) {
                return completion(out, av, Optional.empty());
            }
            return notMeasurable(out, Reason.NUMBER_AGAINST_MILESTONE).input(Role.ACTUAL, av, ru);
        }
        boolean percentTarget = t.unit().filter(Unit.PERCENT::equals).isPresent();
        if (indicator.polarity() == Polarity.MILESTONE && percentResult && !percentTarget) {
            return completion(out, av, t.quantity());
        }
        Optional<Unit> tu = percentTarget ? PERCENT : t.unit();
        Optional<Unit> au = percentResult ? PERCENT : ru;
        if (!Vocabulary.comparable(tu, au)) {
            // never divide different or missing units: "6" against "66,7%" is not comparable
            return notMeasurable(out, Reason.UNITS_DIFFER).input(Role.ACTUAL, av, au).input(Role.TARGET, t.value().get(), tu);
        }
        // only a stated operator overrides the polarity; an inferred one ("5%") leaves it to the polarity
        Polarity governing = Vocabulary.governingPolarity(indicator.polarity(), t);
        Optional<PolicyChoice> note = governing != indicator.polarity() && indicator.polarity() != Polarity.MILESTONE
                ? Optional.of(PolicyChoice.operator(t.operator(), indicator.polarity())) : Optional.empty();
        Direction rule = governing == Polarity.LOWER_IS_BETTER ? Direction.LOWER
                : governing == Polarity.TARGET_RANGE ? Direction.RANGE : Direction.HIGHER;
        BigDecimal tv = t.value().get();
        Explanation.Builder o;
        if (rule == Direction.RANGE) {
            o = range(out, av, tv, t.upperBound().orElse(tv), au, tu);
        } else {
            Optional<BigDecimal> b = policy.formula() == Formula.BASELINE_AWARE ? baseline(indicator, tu) : Optional.empty();
            if (b.isPresent()) {
                o = baselineAware(out, av, tv, b.get(), rule, au, tu);
            } else {
                o = rule == Direction.HIGHER ? higher(out, av, tv, au, tu) : lower(out, av, tv, au, tu);
                if (policy.formula() == Formula.BASELINE_AWARE && o.measurable()) {
                    o.policy(PolicyChoice.of(PolicyKind.BASELINE_UNAVAILABLE, true));
                }
            }
        }
        if (note.isPresent()) {
            o.policy(note.get());
        }
        return o;
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
    private Explanation.Builder completion(Explanation.Builder out, BigDecimal points, Optional<Quantity> target) {
        Explanation.Builder b = out.begin(Rule.MILESTONE_SHARE).input(Role.SHARE_COMPLETED, points, Optional.of(Unit.PERCENT));
        target.ifPresent(t -> b.input(Role.TARGET, t.value(), t.unit()));
        return clampExact(b, points);
    }

    private Explanation.Builder higher(Explanation.Builder out, BigDecimal a, BigDecimal t, Optional<Unit> au, Optional<Unit> tu) {
        if (t.signum() == 0) {
            return notMeasurable(out, Reason.ZERO_TARGET).attempted(Rule.RATIO).input(Role.ACTUAL, a, au).input(Role.TARGET, t, tu);
        }
        if (t.signum() < 0) {
            return notMeasurable(out, Reason.NEGATIVE_TARGET).attempted(Rule.RATIO).input(Role.ACTUAL, a, au).input(Role.TARGET, t, tu);
        }
        Explanation.Builder b = out.begin(Rule.RATIO).input(Role.ACTUAL, a, au).input(Role.TARGET, t, tu);
        if (a.signum() < 0) {
            return b.policy(PolicyChoice.of(PolicyKind.NEGATIVE_ACTUAL, true)).score(BigDecimal.ZERO);
        }
        return clamp(b, a, t);
    }

    private Explanation.Builder lower(Explanation.Builder out, BigDecimal a, BigDecimal t, Optional<Unit> au, Optional<Unit> tu) {
        if (t.signum() < 0) {
            return notMeasurable(out, Reason.NEGATIVE_TARGET).attempted(Rule.INVERSE_RATIO).input(Role.TARGET, t, tu).input(Role.ACTUAL, a, au);
        }
        if (a.compareTo(t) <= 0) {
            return out.begin(Rule.NOT_ABOVE_TARGET).input(Role.ACTUAL, a, au).input(Role.TARGET, t, tu).score(HUNDRED);
        }
        return clamp(out.begin(Rule.INVERSE_RATIO).input(Role.TARGET, t, tu).input(Role.ACTUAL, a, au), t, a);
    }

    private Explanation.Builder baselineAware(Explanation.Builder out, BigDecimal a, BigDecimal t, BigDecimal b, Direction rule, Optional<Unit> au,
            Optional<Unit> tu) {
        if (t.compareTo(b) == 0) {
            return notMeasurable(out, Reason.TARGET_EQUALS_BASELINE).attempted(rule == Direction.HIGHER ? Rule.BASELINE_AWARE
                    : Rule.INVERSE_BASELINE_AWARE).input(Role.ACTUAL, a, au).input(Role.TARGET, t, tu).input(Role.BASELINE, b, tu);
        }
        Explanation.Builder e = rule == Direction.HIGHER
                ? out.begin(Rule.BASELINE_AWARE).input(Role.ACTUAL, a, au).input(Role.BASELINE, b, tu).input(Role.TARGET, t, tu)
                : out.begin(Rule.INVERSE_BASELINE_AWARE).input(Role.BASELINE, b, tu).input(Role.ACTUAL, a, au)
                        .input(Role.TARGET, t, tu);
        return clamp(e, a.subtract(b), t.subtract(b));
    }

    private Explanation.Builder range(Explanation.Builder out, BigDecimal a, BigDecimal low, BigDecimal high, Optional<Unit> au, Optional<Unit> tu) {
        Explanation.Builder e = out.begin(Rule.RANGE).input(Role.ACTUAL, a, au).input(Role.LOWER_BOUND, low, tu)
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
            return low.signum() <= 0 ? e.score(BigDecimal.ZERO) : clamp(e, a, low);
        }
        // 1 − (a − high)/high = (2·high − a)/high, divided once so that it is rounded once
        return high.signum() <= 0 ? e.score(BigDecimal.ZERO) : clamp(e, high.add(high).subtract(a), high);
    }

    /** {@return n / d in percentage points, divided once at the policy's scale and rounding (rounding twice could be wrong)} */
    private BigDecimal ratio(BigDecimal n, BigDecimal d) {
        return n.multiply(HUNDRED).divide(d, policy.scale(), policy.rounding());
    }

    /**
     * Keeps a ratio n / d within the policy's rules: see {@link #clampExact}. Without a threshold
     * or a score scale only the cap and the floor at 0 look at the exact value: they compare the
     * fraction itself, and the exact value is divided out only when it is asked for.
     */
    private Explanation.Builder clamp(Explanation.Builder e, BigDecimal n, BigDecimal d) {
        if (!e.keepsParts() && longRatios) {
            // numbers first: the score alone, in longs when they decide it exactly
            Percentage score = ratioScore(n, d);
            if (score != null) {
                return e.score(score);
            }
        }
        BigDecimal numerator = n.multiply(HUNDRED);
        if (policy.minimumThreshold().isPresent() || policy.scoreScale().isPresent()) {
            return rules(e, ratio(n, d), numerator.divide(d, EXACT_SCALE, RoundingMode.HALF_EVEN));
        }
        BigDecimal shown = numerator.divide(d, policy.scale(), policy.rounding());
        e.raw(shown);
        // the exact value rounded to EXACT_SCALE exceeds the cap (lies below 0) exactly when the fraction exceeds
        // the cap (lies below 0) by more than half a unit of that scale; a tie rounds to the even bound itself
        boolean capped = policy.isCapped() && above(numerator, d, capBound);
        boolean raised = !capped && above(ZERO_BOUND, BigDecimal.ONE, numerator, d);
        if (policy.isCapped()) {
            e.policy(capped ? capApplied : capNotApplied);
        }
        e.policy(raised ? RAISED : NOT_RAISED);
        if (rounding != null) {
            e.policy(rounding);
        }
        if (capped) {
            e.exact(policy.cap().points());
        } else if (raised) {
            e.exact(BigDecimal.ZERO);
        } else {
            e.exact(numerator, d);
        }
        return e.score(capped ? policy.cap().points() : raised ? BigDecimal.ZERO : shown);
    }

    /**
     * {@return the score {@link #clamp} gives the ratio n / d (d not 0) under a policy without threshold
     * or score scale, rounded half-even: computed in longs; null when they cannot decide it exactly}
     * With {@code N / D = n / d × 100 × 10^scale} and {@code D < 10^(12 − scale − cap's decimals)}, a
     * ratio above the cap exceeds it by at least {@code 1 / (D × 10^(scale + cap's decimals))}, more than
     * half a unit of the exact scale ({@code 5e-13}), and a negative one lies below {@code −5e-13}: the
     * comparisons {@link #clamp} makes on the exact value are then comparisons of N / D itself.
     */
    Percentage ratioScore(BigDecimal n, BigDecimal d) {
        long nu = Longs.unscaled(n);
        long du = Longs.unscaled(d);
        int s = policy.scale();
        int k = d.scale() - n.scale() + 2 + s;
        long num = k >= 0 ? Longs.times10(nu, k) : nu;
        long den = k >= 0 ? du : Longs.times10(du, -k);
        if (num == Longs.NONE || den == Longs.NONE || den == 0) {
            return null;
        }
        if (den < 0) {
            num = -num;
            den = -den;
        }
        if (den >= denominatorLimit) {
            return null;
        }
        if (policy.isCapped()) {
            // the cap × 10^scale is capUnscaled × 10^(scale − capScale)
            long left = s >= capScale ? num : Longs.times10(num, capScale - s);
            long right = s >= capScale ? Longs.times(Longs.times10(capUnscaled, s - capScale), den) : Longs.times(capUnscaled, den);
            if (left == Longs.NONE || right == Longs.NONE) {
                return null;
            }
            if (left > right) {
                return policy.cap();
            }
        }
        if (num < 0) {
            return Percentage.ZERO;
        }
        return Explanation.percentage(Longs.divideHalfEven(num, den), s);
    }

    /** {@return true when n / d &gt; bound, d not 0, without dividing} */
    private static boolean above(BigDecimal n, BigDecimal d, BigDecimal bound) {
        return n.compareTo(bound.multiply(d)) * d.signum() > 0;
    }

    /** {@return true when a / b &gt; n / d, b &gt; 0 and d not 0, without dividing} */
    private static boolean above(BigDecimal a, BigDecimal b, BigDecimal n, BigDecimal d) {
        return a.multiply(d).compareTo(n.multiply(b)) * d.signum() > 0;
    }

    /** Applies the policy's rules to a share already in percentage points (a milestone's share completed). */
    private Explanation.Builder clampExact(Explanation.Builder e, BigDecimal points) {
        return rules(e, policy.rounded(points), points);
    }

    /**
     * The measurement system's rules, in order: the minimum threshold (below it: 0), the score
     * scale, the cap (when there is one), the floor at 0; the shown value is rounded once with the
     * policy's decimals and mode, and the exact value is kept for rollups from exact values.
     */
    private Explanation.Builder rules(Explanation.Builder e, BigDecimal shown, BigDecimal exact) {
        e.raw(shown);
        BigDecimal value = exact;
        boolean transformed = false;
        if (policy.minimumThreshold().isPresent()) {
            boolean below = exact.compareTo(policy.minimumThreshold().get().points()) < 0;
            e.policy(PolicyChoice.value(PolicyKind.MINIMUM_THRESHOLD, below, policy.minimumThreshold().get()));
            if (below) {
                value = BigDecimal.ZERO;
                transformed = true;
            }
        }
        if (!transformed && policy.scoreScale().isPresent()) {
            value = policy.scoreScale().get().apply(exact);
            transformed = true;
            e.policy(PolicyChoice.of(PolicyKind.SCORE_SCALE, true));
            if (e.keepsParts()) {
                e.scaleLabel(policy.scoreScale().get() + " → " + policy.rounded(value).stripTrailingZeros().toPlainString() + "%");
            }
        }
        boolean capped = policy.isCapped() && value.compareTo(policy.cap().points()) > 0;
        boolean raised = !capped && value.signum() < 0;
        if (policy.isCapped()) {
            e.policy(capped ? capApplied : capNotApplied);
        }
        e.policy(raised ? RAISED : NOT_RAISED);
        if (rounding != null) {
            e.policy(rounding);
        }
        BigDecimal exactScore = capped ? policy.cap().points() : raised ? BigDecimal.ZERO : value;
        e.exact(exactScore);
        BigDecimal score = capped ? policy.cap().points() : raised ? BigDecimal.ZERO : transformed ? policy.rounded(value) : shown;
        return e.score(score);
    }
}
