package io.github.albero.achievement;

import io.github.albero.internal.Longs;
import io.github.albero.achievement.Explanation.PolicyChoice;
import io.github.albero.achievement.Explanation.PolicyKind;
import io.github.albero.achievement.Explanation.Reason;
import io.github.albero.achievement.Explanation.Rule;
import io.github.albero.measure.Percentage;
import io.github.albero.measure.Weight;
import io.github.albero.model.NodeKind;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;

/**
 * One rollup of a parent's children under a policy (see {@link AchievementCalculator}): its
 * numbers, computed once, and its explanation, made only when asked for. The one place the
 * rollup rules live, for the calculator and for the explanation made later.
 */
final class Rollup {
    private final AchievementPolicy policy;
    private final List<AchievementNode> children;
    private final int leftOut;
    private final int weighted;
    // declared weights when every measurable child has one and not all are 0
    private final boolean declared;
    private final AchievementNode worst;
    // made when the explanation asks for it when the mean was computed in longs
    private BigDecimal numerator;
    private BigDecimal denominator;
    private Percentage score;
    // the largest scale of a percentage and of a weight (both 6)
    private static final int MAX_SCALE = Math.max(Percentage.MAX_SCALE, Weight.MAX_SCALE);

    /**
     * @param children an immutable list; the loops read the children's fields directly: a rollup runs
     *     once per objective, program and mission
     */
    Rollup(AchievementPolicy policy, List<AchievementNode> children) {
        this.policy = policy;
        this.children = children;
        int measurable = 0;
        int withWeight = 0;
        boolean positive = false;
        AchievementNode lowest = null;
        boolean worstChild = policy.rollup() == RollupRule.WORST_CHILD;
        for (int i = 0, n = children.size(); i < n; i++) {
            AchievementNode c = children.get(i);
            Percentage s = c.scoreOrNull();
            if (s != null) {
                measurable++;
                Weight w = c.weightOrNull();
                if (w != null) {
                    withWeight++;
                    positive |= w.value().signum() > 0;
                }
                if (worstChild && (lowest == null || s.compareTo(lowest.scoreOrNull()) < 0)) {
                    lowest = c;
                }
            }
        }
        this.leftOut = children.size() - measurable;
        this.weighted = withWeight;
        this.worst = lowest;
        this.declared = policy.rollup() != RollupRule.SIMPLE_MEAN && withWeight == measurable && positive;
        if (measurable == 0) {
            this.numerator = null;
            this.denominator = null;
            this.score = null;
        } else if (policy.rollup() == RollupRule.WORST_CHILD) {
            this.numerator = null;
            this.denominator = null;
            this.score = lowest.scoreOrNull();
        } else if (!policy.rollsUpExactValues() && policy.rounding() == RoundingMode.HALF_EVEN && meanInLongs(measurable)) {
            // numbers first: score and denominator computed in longs; the numerator only for the explanation
            this.numerator = null;
        } else {
            BigDecimal[] parts = exactParts();
            this.numerator = parts[0];
            this.denominator = parts[1];
            this.score = Explanation.percentage(parts[0].divide(parts[1], policy.scale(), policy.rounding()));
        }
    }

    /** {@return the mean's numerator and denominator in {@code BigDecimal}: Σ value × weight and Σ weight over the measurable children} */
    private BigDecimal[] exactParts() {
        BigDecimal num = BigDecimal.ZERO;
        BigDecimal den = BigDecimal.ZERO;
        for (int i = 0, n = children.size(); i < n; i++) {
            AchievementNode c = children.get(i);
            if (c.scoreOrNull() != null) {
                BigDecimal w = declared ? c.weightOrNull().value() : BigDecimal.ONE;
                num = num.add(declared ? value(c).multiply(w) : value(c));
                den = den.add(w);
            }
        }
        return new BigDecimal[] {num, den};
    }

    /**
     * Computes the mean's score and denominator in longs, scores and weights at 6 decimals (their
     * largest scale): Σ score × weight / Σ weight, rounded half-even at the policy's scale, the same
     * figure as {@link #exactParts()} divided in {@code BigDecimal}.
     *
     * @return false when a value does not fit (the fields are then left for the {@code BigDecimal} path)
     */
    private boolean meanInLongs(int measurable) {
        long num = 0;
        long den = 0;
        int weightScale = 0;
        for (int i = 0, n = children.size(); i < n; i++) {
            AchievementNode c = children.get(i);
            Percentage s = c.scoreOrNull();
            if (s != null) {
                long points = Longs.times10(Longs.unscaled(s.points()), MAX_SCALE - s.points().scale());
                if (declared) {
                    BigDecimal w = c.weightOrNull().value();
                    weightScale = Math.max(weightScale, w.scale());
                    long weight = Longs.times10(Longs.unscaled(w), MAX_SCALE - w.scale());
                    num = Longs.plus(num, Longs.times(points, weight));
                    den = Longs.plus(den, weight);
                } else {
                    num = Longs.plus(num, points);
                }
            }
        }
        if (!declared) {
            den = measurable;
        }
        // Σ score × 10^6 × weight × 10^6 / (Σ weight × 10^6 × 10^(6 − scale)), or with weights 1, Σ score × 10^6 /
        // (count × 10^(6 − scale)): the mean at the policy's scale, unscaled
        long divisor = Longs.times10(den, MAX_SCALE - policy.scale());
        if (num == Longs.NONE || divisor == Longs.NONE || divisor <= 0) {
            return false;
        }
        this.score = Explanation.percentage(Longs.divideHalfEven(num, divisor), policy.scale());
        // Σ weight exactly as BigDecimal adds it: at the largest scale of the weights (1s: scale 0)
        this.denominator = declared ? BigDecimal.valueOf(den / Longs.power(MAX_SCALE - weightScale), weightScale)
                : BigDecimal.valueOf(measurable);
        return true;
    }

    /** {@return the score, or null when no child is measurable} */
    Percentage score() {
        return score;
    }

    /** Tells each measurable child its share of a mean: no second node, no division until it is shown. */
    void weighIn() {
        if (denominator == null) {
            return;
        }
        for (int i = 0, n = children.size(); i < n; i++) {
            AchievementNode c = children.get(i);
            if (c.scoreOrNull() != null) {
                c.weighIn(declared ? c.weightOrNull().value() : BigDecimal.ONE, denominator);
            }
        }
    }

    /** {@return a child's value in a rollup: its exact value when the policy rolls up exact values and it has one, its score otherwise} */
    private BigDecimal value(AchievementNode c) {
        if (policy.rollsUpExactValues() && c.override().isEmpty()) {
            return c.explanation().exact().orElse(c.scoreOrNull().points());
        }
        return c.scoreOrNull().points();
    }

    /** {@return the explanation of this rollup at a node of that kind} */
    Explanation explanation(NodeKind kind) {
        if (score == null) {
            Explanation.Builder e = Explanation.builder(Rule.NOT_MEASURABLE).nodeKind(kind)
                    .reason(children.isEmpty() ? Reason.NO_CHILDREN : Reason.NO_MEASURABLE_CHILD);
            e.children(children, false, false, null);
            if (leftOut > 0) {
                e.policy(PolicyChoice.count(PolicyKind.EXCLUDED, leftOut));
            }
            return e.build();
        }
        if (policy.rollup() == RollupRule.WORST_CHILD) {
            Explanation.Builder e = Explanation.builder(Rule.WORST_CHILD).nodeKind(kind).score(worst.scoreOrNull());
            e.children(children, false, false, null);
            if (leftOut > 0) {
                e.policy(PolicyChoice.count(PolicyKind.EXCLUDED, leftOut));
            }
            return e.build();
        }
        BigDecimal num = numerator != null ? numerator : exactParts()[0];
        Explanation.Builder e = Explanation.builder(policy.rollup() == RollupRule.SIMPLE_MEAN ? Rule.SIMPLE_MEAN : Rule.WEIGHTED_MEAN)
                .nodeKind(kind).score(score).exact(num, denominator);
        if (policy.scale() != AchievementPolicy.SCALE || policy.rounding() != AchievementPolicy.ROUNDING) {
            e.policy(PolicyChoice.rounding(policy.scale(), policy.rounding()));
        }
        e.children(children, true, declared, denominator);
        if (!declared && policy.rollup() != RollupRule.SIMPLE_MEAN) {
            e.policy(PolicyChoice.count(PolicyKind.EQUAL_WEIGHTS, weighted));
        }
        if (leftOut > 0) {
            e.policy(PolicyChoice.count(PolicyKind.EXCLUDED, leftOut));
        }
        return e.build();
    }
}
