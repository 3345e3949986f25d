package io.github.albero.achievement;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;

import io.github.albero.measure.Percentage;
import io.github.albero.measure.Weight;
import io.github.albero.model.Indicator;
import io.github.albero.model.NodeKind;
import io.github.albero.model.NodePath;
import io.github.albero.model.Polarity;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;

/**
 * The calculators compute the common scores in {@code long}s and fall back on {@code BigDecimal}
 * when a value does not fit: both must give the same figure, for every policy.
 */
class LongArithmeticTest {
    /** Digits from tiny to 14 figures, with 0 to 6 decimals (and a negative scale now and then). */
    private static final Gen<BigDecimal> VALUE = Generate.oneOf(Generate.longRange(-500, 500), Generate.longRange(-100_000, 10_000_000),
            Generate.longRange(-99_999_999_999_999L, 99_999_999_999_999L), Generate.longRange(0, 3))
            .zip(Generate.range(-1, 6), BigDecimal::valueOf);
    private static final Gen<Percentage> CAP = Generate.pick(List.of(Percentage.HUNDRED, Percentage.of(120),
            Percentage.of(new BigDecimal("150.5")), Percentage.of(new BigDecimal("100.25")), Percentage.of(1000)));
    /** Capped or not, 0 to 6 decimals, half-even rounding (the one the long path takes) or another. */
    private static final Gen<AchievementPolicy> POLICY = CAP.zip(Generate.booleans(), Generate.range(0, 6),
            Generate.pick(List.of(RoundingMode.HALF_EVEN, RoundingMode.HALF_EVEN, RoundingMode.HALF_UP, RoundingMode.DOWN)),
            (cap, capped, scale, mode) -> {
                AchievementPolicy p = AchievementPolicy.defaults().withCap(cap).withRounding(scale, mode);
                return capped ? p : p.withoutCap();
            }).zip(Generate.enumValues(Formula.class), (p, f) -> p.withFormula(f));

    @Test
    void aRatioScoredInLongsEqualsTheRatioScoredInBigDecimal() {
        AtomicInteger decided = new AtomicInteger();
        AtomicInteger tried = new AtomicInteger();
        qt().withExamples(20_000).forAll(POLICY, VALUE, VALUE).checkAssert((policy, n, d) -> {
            if (d.signum() == 0) {
                return;
            }
            tried.incrementAndGet();
            Object fast = outcome(() -> new IndicatorScorer(policy).ratioScore(n, d));
            if (fast == null) {
                return;
            }
            decided.incrementAndGet();
            assertEquals(outcome(() -> reference(policy, n, d)), fast, () -> policy + ": " + n + " / " + d);
        });
        // many of these ratios are decided in longs (half-even policies, values that fit): a test that never took that path would prove nothing
        assertTrue(decided.get() > tried.get() / 5, decided + " of " + tried);
    }

    /** {@return the score, or the message of the error that refused it (a score too large for a percentage)} */
    private static Object outcome(java.util.function.Supplier<Percentage> score) {
        try {
            return score.get();
        } catch (io.github.albero.InvalidValueException e) {
            return e.getMessage();
        }
    }

    /** The score of n / d as the calculator computed it before longs: exact comparisons in BigDecimal. */
    private static Percentage reference(AchievementPolicy policy, BigDecimal n, BigDecimal d) {
        BigDecimal ratio = n.multiply(BigDecimal.valueOf(100)).divide(d, 40, RoundingMode.HALF_EVEN);
        BigDecimal halfExactUnit = BigDecimal.valueOf(5, IndicatorScorer.EXACT_SCALE + 1);
        if (policy.isCapped() && ratio.compareTo(policy.cap().points().add(halfExactUnit)) > 0) {
            return policy.cap();
        }
        if (ratio.compareTo(halfExactUnit.negate()) < 0) {
            return Percentage.ZERO;
        }
        return Explanation.percentage(n.multiply(BigDecimal.valueOf(100)).divide(d, policy.scale(), policy.rounding()));
    }

    @Test
    void anIndicatorScoredForItsNumberAloneScoresAsItsFullExplanationSays() {
        qt().withExamples(5_000).forAll(POLICY, Generate.enumValues(Polarity.class).zip(Generate.range(0, 3), (pol, op) -> new Object[] {pol, op}),
                VALUE.zip(VALUE, VALUE, (a, b, c) -> new BigDecimal[] {a, b, c}), VALUE.toOptionals(50))
                .checkAssert((policy, shape, values, baseline) -> {
                    Indicator i = Fixtures.indicator((Polarity) shape[0], AchievementLawsTest.target((Integer) shape[1], values[0], values[1]), AchievementLawsTest.number(values[2]));
                    if (baseline.isPresent()) {
                        i = Fixtures.withBaseline(i, baseline.get().toPlainString());
                    }
                    IndicatorScorer scorer = new IndicatorScorer(policy);
                    Indicator indicator = i;
                    Object alone = outcome(() -> scorer.scoreOnly(Explanation.scoreOnly(), indicator, Fixtures.YEAR,
                            indicator.targets().get(Fixtures.YEAR), indicator.results().get(Fixtures.YEAR)));
                    Object full = outcome(() -> scorer.score(indicator, Fixtures.YEAR).score().orElse(null));
                    assertEquals(full, alone, i::toString);
                });
    }

    @Test
    void aMeanComputedInLongsEqualsTheMeanComputedInBigDecimal() {
        Gen<Object[]> child = VALUE.zip(VALUE, Generate.booleans(), (s, w, weighted) -> new Object[] {s, w, weighted});
        Gen<AchievementPolicy> policies = POLICY.zip(Generate.enumValues(RollupRule.class), (p, r) -> p.withRollup(r));
        qt().withExamples(5_000).forAll(policies, Generate.range(1, 8), child.zip(child, child, child, (a, b, c, e) -> List.of(a, b, c, e)),
                Generate.booleans()).checkAssert((policy, count, shapes, allWeighted) -> {
                    List<AchievementNode> children = new ArrayList<>();
                    for (int i = 0; i < count; i++) {
                        Object[] shape = shapes.get(i % shapes.size());
                        BigDecimal points = ((BigDecimal) shape[0]).abs().min(BigDecimal.valueOf(1, -9));
                        BigDecimal weight = ((BigDecimal) shape[1]).abs().min(BigDecimal.valueOf(1, -9)).setScale(Math.min(6,
                                Math.max(0, ((BigDecimal) shape[1]).scale())), RoundingMode.DOWN);
                        boolean weighted = allWeighted || (Boolean) shape[2];
                        children.add(new AchievementNode(NodeKind.INDICATOR, NodePath.root(), i, null, "i" + i,
                                weighted ? Weight.of(weight) : null, Percentage.of(points.setScale(Math.min(6, Math.max(0, points.scale())),
                                RoundingMode.DOWN)), null, policy.bands(), null, null, null, List.of()));
                    }
                    assertEquals(referenceMean(policy, children), Optional.ofNullable(new Rollup(policy, List.copyOf(children)).score()),
                            () -> policy + ": " + children);
                });
    }

    /** The mean as the calculator computed it before longs: Σ score × weight / Σ weight in BigDecimal, divided once. */
    private static Optional<Percentage> referenceMean(AchievementPolicy policy, List<AchievementNode> children) {
        List<AchievementNode> measurable = children.stream().filter(c -> c.score().isPresent()).toList();
        if (measurable.isEmpty()) {
            return Optional.empty();
        }
        if (policy.rollup() == RollupRule.WORST_CHILD) {
            return measurable.stream().map(c -> c.score().get()).min(Percentage::compareTo);
        }
        boolean declared = policy.rollup() != RollupRule.SIMPLE_MEAN && measurable.stream().allMatch(c -> c.weight().isPresent())
                && measurable.stream().anyMatch(c -> c.weight().get().value().signum() > 0);
        BigDecimal num = BigDecimal.ZERO;
        BigDecimal den = BigDecimal.ZERO;
        for (AchievementNode c : measurable) {
            BigDecimal w = declared ? c.weight().get().value() : BigDecimal.ONE;
            num = num.add(c.score().get().points().multiply(w));
            den = den.add(w);
        }
        return Optional.of(Explanation.percentage(num.divide(den, policy.scale(), policy.rounding())));
    }
}
