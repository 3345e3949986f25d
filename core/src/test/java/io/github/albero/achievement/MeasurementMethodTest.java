package io.github.albero.achievement;

import io.github.albero.render.Render;

import static io.github.albero.achievement.Fixtures.atLeast;
import static io.github.albero.achievement.Fixtures.indicator;
import static io.github.albero.achievement.Fixtures.number;
import static io.github.albero.achievement.Fixtures.objective;
import static io.github.albero.achievement.Fixtures.planOf;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.albero.InvalidValueException;
import io.github.albero.measure.Percentage;
import io.github.albero.model.Indicator;
import io.github.albero.model.Polarity;
import io.github.albero.model.Result;
import io.github.albero.model.Target;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The measurement-system (SMVP) choices a document can state, each on realistic figures. */
class MeasurementMethodTest {
    private static AchievementNode eval(AchievementPolicy policy, Indicator i) {
        return AchievementCalculator.of(policy).evaluate(i, Fixtures.YEAR);
    }

    private static Optional<Percentage> pct(String points) {
        return Optional.of(Percentage.of(new BigDecimal(points)));
    }

    @Test
    void aSpreadsheetsRoundToOneDecimalGives54_5For6Of11NotARoundedTwice54_6() {
        AchievementPolicy oneDecimal = AchievementPolicy.defaults().withRounding(1, RoundingMode.HALF_UP);
        AchievementNode n = eval(oneDecimal, indicator(Polarity.HIGHER_IS_BETTER, atLeast("11"), number("6")));
        assertEquals(pct("54.5"), n.score());
        assertEquals("a/t = 6/11 = 54.5% (rounded to 1 decimal, half away from zero) [exact 54.545454545455]", Render.canonical().explanation(n.explanation()));
        // half away from zero where half-even would go down: 1/8 = 12.5 → 13 at 0 decimals
        assertEquals(pct("13"), eval(AchievementPolicy.defaults().withRounding(0, RoundingMode.HALF_UP),
                indicator(Polarity.HIGHER_IS_BETTER, atLeast("8"), number("1"))).score());
        assertEquals(pct("12"), eval(AchievementPolicy.defaults().withRounding(0, RoundingMode.HALF_EVEN),
                indicator(Polarity.HIGHER_IS_BETTER, atLeast("8"), number("1"))).score());
    }

    @Test
    void withoutACapOverAchievementCountsInFullAndNoCapIsMentioned() {
        AchievementNode n = eval(AchievementPolicy.defaults().withoutCap(), indicator(Polarity.HIGHER_IS_BETTER, atLeast("2"), number("3")));
        assertEquals(pct("150"), n.score());
        assertEquals("a/t = 3/2 = 150%", Render.canonical().explanation(n.explanation()));
        assertTrue(AchievementPolicy.defaults().withoutCap().toString().contains("no cap"));
    }

    @Test
    void anUncappedMethodStillSaysWhenANegativeRatioIsRaisedToZero() {
        AchievementPolicy p = AchievementPolicy.defaults().withoutCap().withFormula(Formula.BASELINE_AWARE);
        AchievementNode n = eval(p, Fixtures.withBaseline(indicator(Polarity.HIGHER_IS_BETTER, atLeast("6"), number("1")), "2"));
        assertEquals(pct("0"), n.score());
        assertEquals("(a − b)/(t − b) = (1 − 2)/(6 − 2) = -25% (baseline-aware formula), raised to 0%", Render.canonical().explanation(n.explanation()));
        assertEquals("(a − b)/(t − b) = (1 − 2)/(6 − 2) = -25% (formula con il valore di partenza), riportato a 0%",
                Render.of(Locale.ITALIAN).explanation(n.explanation()));
    }

    @Test
    void theReportHeadingOfAnUncappedMethodSaysNoCapAndNamesEveryRuleTheMethodStates() {
        AchievementPolicy p = AchievementPolicy.defaults().withoutCap().withRollup(RollupRule.SIMPLE_MEAN).withRounding(1, RoundingMode.HALF_UP)
                .withMinimumThreshold(Percentage.of(50));
        AchievementReport r = AchievementCalculator.of(p).evaluate(planOf(objective("011-005-001",
                List.of(indicator(Polarity.HIGHER_IS_BETTER, atLeast("2"), number("3"))))), Fixtures.YEAR);
        String en = Render.of(Locale.ENGLISH).report(r).lines().findFirst().orElseThrow();
        String it = Render.of(Locale.ITALIAN).report(r).lines().findFirst().orElseThrow();
        assertTrue(en.startsWith("Achievement 2017, policy: no cap, ratio,"), en);
        assertTrue(en.endsWith("simple mean, minimum threshold 50% (rounded to 1 decimal, half away from zero)"), en);
        assertTrue(it.startsWith("Grado di raggiungimento 2017, criteri: nessun tetto, rapporto,"), it);
        assertTrue(it.contains(", soglia minima 50%"), it);
        assertFalse(en.contains("cap 100"), en);
        assertFalse(it.contains("tetto 100"), it);
        // the defaults keep their heading: cap 100%, no method rules added
        String defaults = Render.of(Locale.ENGLISH).report(AchievementCalculator.of(AchievementPolicy.defaults()).evaluate(planOf(objective("011-005-001",
                List.of(indicator(Polarity.HIGHER_IS_BETTER, atLeast("2"), number("3"))))), Fixtures.YEAR))
                .lines().findFirst().orElseThrow();
        assertTrue(defaults.startsWith("Achievement 2017, policy: cap 100%, ratio,") && defaults.endsWith("weighted mean"), defaults);
    }

    @Test
    void belowTheMinimumThresholdAnIndicatorScoresZero() {
        AchievementPolicy p = AchievementPolicy.defaults().withMinimumThreshold(Percentage.of(60));
        AchievementNode below = eval(p, indicator(Polarity.HIGHER_IS_BETTER, atLeast("10"), number("5")));
        assertEquals(pct("0"), below.score());
        assertEquals("a/t = 5/10 = 50%, below the minimum threshold of 60% → 0%", Render.canonical().explanation(below.explanation()));
        assertEquals(pct("70"), eval(p, indicator(Polarity.HIGHER_IS_BETTER, atLeast("10"), number("7"))).score());
    }

    @Test
    void aStepScaleGivesEachBandItsScore() {
        // below 50 % of target → 0, below target → 50, at target → 75, from 120 % → 100
        AchievementPolicy p = AchievementPolicy.defaults().withoutCap().withScoreScale(ScoreScale.steps(0, 0, 50, 50, 100, 75, 120, 100));
        assertEquals(pct("0"), eval(p, indicator(Polarity.HIGHER_IS_BETTER, atLeast("10"), number("4"))).score());
        assertEquals(pct("50"), eval(p, indicator(Polarity.HIGHER_IS_BETTER, atLeast("10"), number("9"))).score());
        assertEquals(pct("75"), eval(p, indicator(Polarity.HIGHER_IS_BETTER, atLeast("10"), number("10"))).score());
        AchievementNode top = eval(p, indicator(Polarity.HIGHER_IS_BETTER, atLeast("10"), number("13")));
        assertEquals(pct("100"), top.score());
        assertEquals("a/t = 13/10 = 130%, score scale steps 0%→0%, 50%→50%, 100%→75%, 120%→100% → 100%", Render.canonical().explanation(top.explanation()));
        assertThrows(InvalidValueException.class, () -> ScoreScale.steps(0, 0, 50));
        assertThrows(InvalidValueException.class, () -> ScoreScale.steps(0, 0, 50, 10, 40, 20));
    }

    @Test
    void aLinearScaleRunsFromTheFloorToTheTarget() {
        AchievementPolicy p = AchievementPolicy.defaults().withScoreScale(ScoreScale.linear(Percentage.of(50)));
        assertEquals(pct("0"), eval(p, indicator(Polarity.HIGHER_IS_BETTER, atLeast("10"), number("5"))).score());
        assertEquals(pct("60"), eval(p, indicator(Polarity.HIGHER_IS_BETTER, atLeast("10"), number("8"))).score());
        assertEquals(pct("100"), eval(p, indicator(Polarity.HIGHER_IS_BETTER, atLeast("10"), number("12"))).score());
    }

    @Test
    void aDeadlineMetScores100AndALateOneZeroOrLessPerDay() {
        Indicator onTime = indicator(Polarity.MILESTONE, Target.parse("entro il 30/06/2017"), Result.parse("approvato il 28/06/2017"));
        Indicator late = indicator(Polarity.MILESTONE, Target.parse("entro il 30/06/2017"), Result.parse("approvato il 10/07/2017"));
        assertEquals(pct("100"), eval(AchievementPolicy.defaults(), onTime).score());
        assertEquals("done on 28/06/2017, by the deadline 30/06/2017 → 100%", Render.canonical().explanation(eval(AchievementPolicy.defaults(), onTime).explanation()));
        assertEquals(pct("0"), eval(AchievementPolicy.defaults(), late).score());
        AchievementNode declining = eval(AchievementPolicy.defaults().withLateDeadlineDecline(Percentage.of(2)), late);
        assertEquals(pct("80"), declining.score());
        assertEquals("done on 10/07/2017, after the deadline 30/06/2017 → 80%, 10 days late at 2 points a day", Render.canonical().explanation(declining.explanation()));
    }

    @Test
    void theSimpleMeanIsExplicitAndIgnoresWeights() {
        Indicator a = indicator("A", Polarity.HIGHER_IS_BETTER, atLeast("2"), number("1")).withWeight(io.github.albero.measure.Weight.of(3));
        Indicator b = indicator("B", Polarity.HIGHER_IS_BETTER, atLeast("2"), number("2")).withWeight(io.github.albero.measure.Weight.of(1));
        AchievementReport weighted = AchievementCalculator.defaults().evaluate(planOf(objective("011-005-001", List.of(a, b))), Fixtures.YEAR);
        AchievementReport simple = AchievementCalculator.of(AchievementPolicy.defaults().withRollup(RollupRule.SIMPLE_MEAN))
                .evaluate(planOf(objective("011-005-001", List.of(a, b))), Fixtures.YEAR);
        AchievementNode wo = weighted.root().children().get(0).children().get(0).children().get(0);
        AchievementNode so = simple.root().children().get(0).children().get(0).children().get(0);
        assertEquals(pct("62.5"), wo.score());
        assertEquals(pct("75"), so.score());
        assertEquals("simple mean of 2 indicators: (50% + 100%) / 2 = 75%", Render.canonical().explanation(so.explanation()));
    }

    @Test
    void rollupsFromExactValuesAreRoundedOnlyWhenShown() {
        // three indicators at 1/3 each: rounded at 0 decimals they are 33 % each and their mean 33 %;
        // from exact values the mean is 33.33… → 33 %, and with 2/3 + 2/3 + 2/3 the mean is 67 % either way
        Indicator third = indicator("T", Polarity.HIGHER_IS_BETTER, atLeast("3"), number("1"));
        Indicator half = indicator("H", Polarity.HIGHER_IS_BETTER, atLeast("8"), number("1"));
        AchievementPolicy rounded = AchievementPolicy.defaults().withRounding(0, RoundingMode.HALF_UP);
        AchievementPolicy exact = rounded.withRollupFromExactValues();
        // 12.5 → 13 each when rounded first; 1/3 → 33; mean of (13, 33) = 23 vs exact mean (12.5 + 33.33)/2 = 22.92 → 23
        // a pair that differs: 1/8 twice and 1/3: rounded (13 + 13 + 33) / 3 = 19.67 → 20; exact (12.5 + 12.5 + 33.33) / 3 = 19.44 → 19
        List<Indicator> three = List.of(half, half.withName("H2"), third);
        AchievementNode r = AchievementCalculator.of(rounded).evaluate(planOf(objective("011-005-001", three)), Fixtures.YEAR).root()
                .children().get(0).children().get(0).children().get(0);
        AchievementNode x = AchievementCalculator.of(exact).evaluate(planOf(objective("011-005-001", three)), Fixtures.YEAR).root()
                .children().get(0).children().get(0).children().get(0);
        assertEquals(pct("20"), r.score());
        assertEquals(pct("19"), x.score());
        assertTrue(Render.canonical().explanation(x.explanation()).endsWith("[exact 19.444444444444]"), Render.canonical().explanation(x.explanation()));
    }
}
