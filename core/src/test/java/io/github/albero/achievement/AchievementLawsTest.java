package io.github.albero.achievement;

import static io.github.albero.achievement.Fixtures.planOf;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;

import io.github.albero.measure.Percentage;
import io.github.albero.measure.Quantity;
import io.github.albero.measure.Weight;
import io.github.albero.model.Indicator;
import io.github.albero.model.Polarity;
import io.github.albero.model.Result;
import io.github.albero.model.ResultReading;
import io.github.albero.model.StrategicObjective;
import io.github.albero.model.Target;
import io.github.albero.model.TargetReading;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;
import org.quicktheories.generators.SourceDSL;

class AchievementLawsTest {
    /** Properties that build a whole plan per example run fewer examples. */
    private static final int PLAN_EXAMPLES = 300;
    /** Values from -1.000,00 to 100.000,00 with two decimals, zero and small values often. */
    private static final Gen<BigDecimal> VALUE = Generate.oneOf(Generate.longRange(-100_000, 10_000_000),
            Generate.longRange(-500, 500)).map(c -> BigDecimal.valueOf(c, 2));
    private static final Gen<Percentage> CAP = Generate.pick(List.of(Percentage.HUNDRED, Percentage.of(120),
            Percentage.of(new BigDecimal("150.5")), Percentage.of(1000)));
    private static final Gen<AchievementPolicy> POLICY = CAP.zip(Generate.enumValues(Formula.class), Generate.enumValues(RangeRule.class),
            (cap, formula, range) -> AchievementPolicy.defaults().withCap(cap).withFormula(formula).withOutsideRange(range));

    static Result number(BigDecimal v) {
        return Result.of(v.toPlainString(), ResultReading.number(Quantity.of(v)));
    }

    static Target target(int operator, BigDecimal v, BigDecimal w) {
        switch (operator) {
            case 0:
                return Target.of("t", Optional.of(TargetReading.atLeast(Quantity.of(v))));
            case 1:
                return Target.of("t", Optional.of(TargetReading.atMost(Quantity.of(v))));
            case 2:
                return Target.of("t", Optional.of(TargetReading.exactly(Quantity.of(v))));
            default:
                return Target.of("t", Optional.of(TargetReading.between(v.min(w), v.max(w), null)));
        }
    }

    private static Optional<Percentage> score(AchievementPolicy p, Indicator i) {
        return AchievementCalculator.of(p).evaluate(i, Fixtures.YEAR).score();
    }

    @Test
    void achievementStaysWithinZeroAndTheCap() {
        qt().forAll(POLICY, Generate.enumValues(Polarity.class).zip(Generate.range(0, 3), (pol, op) -> new Object[] {pol, op}),
                VALUE.zip(VALUE, VALUE, (a, b, c) -> new BigDecimal[] {a, b, c}), VALUE.toOptionals(50))
                .checkAssert((policy, shape, values, baseline) -> {
                    Indicator i = Fixtures.indicator((Polarity) shape[0], target((Integer) shape[1], values[0], values[1]), number(values[2]));
                    if (baseline.isPresent()) {
                        i = Fixtures.withBaseline(i, baseline.get().toPlainString());
                    }
                    score(policy, i).ifPresent(s -> {
                        assertTrue(s.signum() >= 0, s::toString);
                        assertTrue(s.compareTo(policy.cap()) <= 0, s::toString);
                        assertTrue(s.points().scale() <= AchievementPolicy.SCALE, s::toString);
                    });
                });
    }

    @Test
    void achievementNeverFallsWhenAHigherIsBetterResultRises() {
        qt().forAll(CAP, VALUE, VALUE, VALUE).checkAssert((cap, t, a1, a2) -> {
            AchievementPolicy p = AchievementPolicy.defaults().withCap(cap);
            BigDecimal low = a1.min(a2);
            BigDecimal high = a1.max(a2);
            Optional<Percentage> s1 = score(p, Fixtures.indicator(Polarity.HIGHER_IS_BETTER, target(0, t, t), number(low)));
            Optional<Percentage> s2 = score(p, Fixtures.indicator(Polarity.HIGHER_IS_BETTER, target(0, t, t), number(high)));
            assertEquals(s1.isPresent(), s2.isPresent());
            s1.ifPresent(x -> assertTrue(x.compareTo(s2.get()) <= 0, x + " > " + s2.get()));
        });
    }

    @Test
    void achievementNeverRisesWhenALowerIsBetterResultRises() {
        qt().forAll(CAP, VALUE, VALUE, VALUE).checkAssert((cap, t, a1, a2) -> {
            AchievementPolicy p = AchievementPolicy.defaults().withCap(cap);
            BigDecimal low = a1.min(a2);
            BigDecimal high = a1.max(a2);
            Optional<Percentage> s1 = score(p, Fixtures.indicator(Polarity.LOWER_IS_BETTER, target(1, t, t), number(low)));
            Optional<Percentage> s2 = score(p, Fixtures.indicator(Polarity.LOWER_IS_BETTER, target(1, t, t), number(high)));
            assertEquals(s1.isPresent(), s2.isPresent());
            s1.ifPresent(x -> assertTrue(x.compareTo(s2.get()) >= 0, x + " < " + s2.get()));
        });
    }

    /** A sibling: its result text (a share, a status or nothing reported) and its weight in hundredths. */
    private static final Gen<Object[]> SIBLING = Generate.pick(List.of("0%", "35%", "50%", "70%", "89,99%", "90%", "100%", "120%",
            "_____", "rinviato", "parziale realizzazione", "raggiunto", "non raggiunto"))
            .zip(Generate.longRange(0, 10_000), (r, w) -> new Object[] {r, w});
    private static final Gen<List<Object[]>> SIBLINGS = SourceDSL.lists().of(SIBLING).ofSizeBetween(1, 8);

    private static List<Indicator> indicators(List<Object[]> siblings, BigDecimal factor) {
        List<Indicator> list = new ArrayList<>();
        for (int i = 0; i < siblings.size(); i++) {
            Object[] s = siblings.get(i);
            Indicator m = Fixtures.milestone("I" + i, (String) s[0], null);
            BigDecimal w = BigDecimal.valueOf((Long) s[1], 2).multiply(factor);
            list.add(Indicator.builder().from(m).weight(Weight.of(w)).build());
        }
        return list;
    }

    private static Optional<Percentage> objectiveScore(AchievementPolicy p, List<Indicator> indicators) {
        StrategicObjective o = Fixtures.objective("011-005-001", indicators);
        return AchievementCalculator.of(p).evaluate(planOf(o), Fixtures.YEAR).find("011-005-001").orElseThrow().score();
    }

    @Test
    void permutingSiblingsChangesNoRollup() {
        qt().withExamples(PLAN_EXAMPLES).forAll(POLICY.zip(Generate.enumValues(RollupRule.class), AchievementPolicy::withRollup), SIBLINGS, SourceDSL.longs().all())
                .checkAssert((policy, siblings, seed) -> {
                    List<Indicator> ordered = indicators(siblings, BigDecimal.ONE);
                    List<Indicator> shuffled = new ArrayList<>(ordered);
                    Collections.shuffle(shuffled, new Random(seed));
                    assertEquals(objectiveScore(policy, ordered), objectiveScore(policy, shuffled));
                });
    }

    @Test
    void permutingObjectivesChangesNoProgramRollup() {
        qt().withExamples(PLAN_EXAMPLES).forAll(SourceDSL.lists().of(SIBLINGS).ofSizeBetween(1, 5), SourceDSL.longs().all()).checkAssert((objectives, seed) -> {
            List<StrategicObjective> ordered = new ArrayList<>();
            for (int i = 0; i < objectives.size(); i++) {
                ordered.add(Fixtures.objective(String.format("011-005-%03d", i + 1), indicators(objectives.get(i), BigDecimal.ONE)));
            }
            List<StrategicObjective> shuffled = new ArrayList<>(ordered);
            Collections.shuffle(shuffled, new Random(seed));
            AchievementCalculator c = AchievementCalculator.defaults();
            assertEquals(c.evaluate(planOf(ordered.toArray(StrategicObjective[]::new)), Fixtures.YEAR).root().score(),
                    c.evaluate(planOf(shuffled.toArray(StrategicObjective[]::new)), Fixtures.YEAR).root().score());
        });
    }

    @Test
    void multiplyingAllSiblingWeightsByTheSameFactorChangesNoRollup() {
        Gen<BigDecimal> factor = Generate.pick(List.of(new BigDecimal("0.0001"), new BigDecimal("0.5"), new BigDecimal("3"),
                new BigDecimal("7.25"), new BigDecimal("1000")));
        qt().withExamples(PLAN_EXAMPLES).forAll(POLICY, SIBLINGS, factor).checkAssert((policy, siblings, k) ->
                assertEquals(objectiveScore(policy, indicators(siblings, BigDecimal.ONE)), objectiveScore(policy, indicators(siblings, k))));
    }

    @Test
    void theWeightedMeanLiesBetweenTheWorstAndTheBestMeasurableSibling() {
        qt().withExamples(PLAN_EXAMPLES).forAll(SIBLINGS).checkAssert(siblings -> {
            List<Indicator> indicators = indicators(siblings, BigDecimal.ONE);
            AchievementNode o = AchievementCalculator.defaults().evaluate(planOf(Fixtures.objective("011-005-001", indicators)), Fixtures.YEAR)
                    .find("011-005-001").orElseThrow();
            List<Percentage> scores = new ArrayList<>();
            o.children().forEach(c -> c.score().ifPresent(scores::add));
            assertEquals(scores.isEmpty(), o.score().isEmpty());
            o.score().ifPresent(s -> {
                assertTrue(s.compareTo(Collections.min(scores)) >= 0);
                assertTrue(s.compareTo(Collections.max(scores)) <= 0);
            });
        });
    }
}
