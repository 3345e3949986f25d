package io.github.albero.achievement;

import io.github.albero.render.Render;

import static io.github.albero.achievement.Fixtures.atLeast;
import static io.github.albero.achievement.Fixtures.atMost;
import static io.github.albero.achievement.Fixtures.between;
import static io.github.albero.achievement.Fixtures.exactly;
import static io.github.albero.achievement.Fixtures.indicator;
import static io.github.albero.achievement.Fixtures.number;
import static io.github.albero.achievement.Fixtures.pct;
import static io.github.albero.achievement.Fixtures.withBaseline;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import io.github.albero.measure.Percentage;
import io.github.albero.measure.Unit;
import io.github.albero.model.Indicator;
import io.github.albero.model.Polarity;
import io.github.albero.model.Result;
import io.github.albero.model.ResultReading;
import io.github.albero.model.ResultStatus;
import io.github.albero.model.Target;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class IndicatorAchievementTest {
    private static final AchievementCalculator DEFAULTS = AchievementCalculator.defaults();

    private static AchievementNode eval(Indicator i) {
        return DEFAULTS.evaluate(i, Fixtures.YEAR);
    }

    private static AchievementNode eval(AchievementPolicy policy, Indicator i) {
        return AchievementCalculator.of(policy).evaluate(i, Fixtures.YEAR);
    }

    private static void assertScore(String points, String explanation, AchievementNode n) {
        assertEquals(Optional.of(pct(points)), n.score(), n.toString());
        assertEquals(explanation, Render.canonical().explanation(n.explanation()));
    }

    private static void assertNotMeasurable(String reason, AchievementNode n) {
        assertEquals(Optional.empty(), n.score(), n.toString());
        assertFalse(n.measurable());
        assertEquals(Optional.empty(), n.band());
        assertEquals(Optional.of(reason), Render.canonical().reason(n));
        assertEquals("not measurable: " + reason, Render.canonical().explanation(n.explanation()));
    }

    // higher is better

    @Test
    void higherIsBetterIsTheRatioCappedAtOneHundredByDefault() {
        assertScore("100", "a/t = 3/2 = 150%, capped at 100% (cap policy)", eval(indicator(Polarity.HIGHER_IS_BETTER, atLeast("2"), number("3"))));
        assertScore("50", "a/t = 1/2 = 50%", eval(indicator(Polarity.HIGHER_IS_BETTER, atLeast("2"), number("1"))));
        // 2 / 3 = 66.666… → 66.67 ; 1 / 3 = 33.333… → 33.33
        assertScore("66.67", "a/t = 2/3 = 66.67%", eval(indicator(Polarity.HIGHER_IS_BETTER, atLeast("3"), number("2"))));
        assertScore("33.33", "a/t = 1/3 = 33.33%", eval(indicator(Polarity.HIGHER_IS_BETTER, atLeast("3"), number("1"))));
    }

    @Test
    void overAchievementIsAllowedUpToTheCapWhenThePolicySaysSo() {
        AchievementPolicy p = AchievementPolicy.defaults().withCap(Percentage.of(120));
        assertScore("110", "a/t = 11/10 = 110% (over-achievement allowed up to 120%)",
                eval(p, indicator(Polarity.HIGHER_IS_BETTER, atLeast("10"), number("11"))));
        assertScore("120", "a/t = 3/2 = 150%, capped at 120% (cap policy)", eval(p, indicator(Polarity.HIGHER_IS_BETTER, atLeast("2"), number("3"))));
    }

    @Test
    void aNegativeActualCountsAsZero() {
        assertScore("0", "a = -5 is negative, counted as 0 → 0%", eval(indicator(Polarity.HIGHER_IS_BETTER, atLeast("2"), number("-5"))));
    }

    @Test
    void aZeroTargetIsNotMeasurableWhenHigherIsBetter() {
        assertNotMeasurable("the target is 0, a/t is undefined", eval(indicator(Polarity.HIGHER_IS_BETTER, atLeast("0"), number("3"))));
        assertNotMeasurable("the target -2 is negative, a/t is undefined", eval(indicator(Polarity.HIGHER_IS_BETTER, exactly("-2"), number("3"))));
    }

    // lower is better

    @Test
    void lowerIsBetterIsFullAtOrBelowTheTargetAndTheInverseRatioAbove() {
        assertScore("100", "a ≤ t: 2.9 ≤ 3 → 100%", eval(indicator(Polarity.LOWER_IS_BETTER, atMost("3"), number("2.9"))));
        assertScore("100", "a ≤ t: 3 ≤ 3 → 100%", eval(indicator(Polarity.LOWER_IS_BETTER, atMost("3"), number("3"))));
        assertScore("75", "t/a = 3/4 = 75%", eval(indicator(Polarity.LOWER_IS_BETTER, atMost("3"), number("4"))));
        assertScore("100", "a ≤ t: 0 ≤ 3 → 100%", eval(indicator(Polarity.LOWER_IS_BETTER, atMost("3"), number("0"))));
    }

    @Test
    void aZeroTargetIsMeasurableWhenLowerIsBetter() {
        assertScore("100", "a ≤ t: 0 ≤ 0 → 100%", eval(indicator(Polarity.LOWER_IS_BETTER, atMost("0"), number("0"))));
        assertScore("0", "t/a = 0/2 = 0%", eval(indicator(Polarity.LOWER_IS_BETTER, atMost("0"), number("2"))));
    }

    // ranges

    @Test
    void insideARangeIsFullWithBothBoundsIncluded() {
        assertScore("100", "a within [4, 8]: 4 → 100%", eval(indicator(Polarity.TARGET_RANGE, between("4", "8"), number("4"))));
        assertScore("100", "a within [4, 8]: 8 → 100%", eval(indicator(Polarity.TARGET_RANGE, between("4", "8"), number("8"))));
    }

    @Test
    void outsideARangeIsZeroByDefault() {
        assertScore("0", "a outside [4, 8]: 8.01 → 0% (range policy)", eval(indicator(Polarity.TARGET_RANGE, between("4", "8"), number("8.01"))));
    }

    @Test
    void outsideARangeLosesWithTheDistanceUnderTheDistancePolicy() {
        AchievementPolicy p = AchievementPolicy.defaults().withOutsideRange(RangeRule.DISTANCE);
        assertScore("50", "a below [4, 8]: a/low = 2/4 = 50% (distance policy)", eval(p, indicator(Polarity.TARGET_RANGE, between("4", "8"), number("2"))));
        assertScore("75", "a above [4, 8]: 1 − (a − high)/high = 1 − (10 − 8)/8 = 75% (distance policy)",
                eval(p, indicator(Polarity.TARGET_RANGE, between("4", "8"), number("10"))));
        assertScore("0", "a above [4, 8]: 1 − (a − high)/high = 1 − (20 − 8)/8 = -50% (distance policy), raised to 0%",
                eval(p, indicator(Polarity.TARGET_RANGE, between("4", "8"), number("20"))));
        assertScore("0", "a below [0, 8] with a lower bound ≤ 0: -1 → 0% (distance policy)",
                eval(p, indicator(Polarity.TARGET_RANGE, between("0", "8"), number("-1"))));
    }

    @Test
    void anExactTargetOnARangeIndicatorIsARangeOfOneValue() {
        assertScore("100", "a within [5, 5]: 5 → 100%", eval(indicator(Polarity.TARGET_RANGE, exactly("5"), number("5"))));
        assertScore("0", "a outside [5, 5]: 6 → 0% (range policy)", eval(indicator(Polarity.TARGET_RANGE, exactly("5"), number("6"))));
    }

    // milestones and statuses

    @Test
    void aPercentageAgainstAMilestoneIsTheShareCompleted() {
        assertScore("100", "share completed 100% (milestone target)", eval(indicator(Polarity.MILESTONE, Target.parse("report"), Result.parse("100%"))));
        assertScore("60", "share completed 60% (milestone target)", eval(indicator(Polarity.MILESTONE, Target.parse("report"), Result.parse("60%"))));
        assertScore("100", "share completed 120% (milestone target), capped at 100% (cap policy)",
                eval(indicator(Polarity.MILESTONE, Target.parse("report"), Result.parse("120%"))));
    }

    @Test
    void aPercentageOnAMilestoneIndicatorIsTheShareCompletedEvenAgainstACount() {
        AchievementNode n = eval(indicator(Polarity.MILESTONE, Target.parse("realizzazione di almeno 2 eventi"), Result.parse("100%")));
        assertScore("100", "share completed 100% (milestone indicator, target not in %)", n);
    }

    @Test
    void statusesCountAsThePolicySays() {
        Target report = Target.parse("report");
        assertScore("100", "status achieved → 100%", eval(indicator(Polarity.MILESTONE, report, Result.parse("realizzato"))));
        assertScore("50", "status partially achieved → 50% (partial-milestone policy)",
                eval(indicator(Polarity.MILESTONE, report, Result.parse("parziale realizzazione, in corso di completamento"))));
        assertScore("0", "status not achieved → 0%", eval(indicator(Polarity.MILESTONE, report, Result.parse("non raggiunto"))));
        assertScore("0", "status postponed → 0% (postponed policy)",
                eval(indicator(Polarity.MILESTONE, report, Result.parse("rinviato per ritardi nel completamento dei lavori delle aree esterne"))));
        AchievementPolicy p = AchievementPolicy.defaults().withPartiallyAchieved(Percentage.of(40)).withPostponed(pct("12.5"));
        assertScore("40", "status partially achieved → 40% (partial-milestone policy)",
                eval(p, indicator(Polarity.MILESTONE, report, Result.of("parziale", ResultReading.status(ResultStatus.PARTIALLY_ACHIEVED)))));
        assertScore("12.5", "status postponed → 12.5% (postponed policy)",
                eval(p, indicator(Polarity.MILESTONE, report, Result.of("rinviato", ResultReading.status(ResultStatus.POSTPONED)))));
    }

    @Test
    void aStatusCountsTheSameAgainstANumericTarget() {
        assertScore("100", "status achieved → 100%", eval(indicator(Polarity.HIGHER_IS_BETTER, atLeast("2"), Result.parse("raggiunto"))));
    }

    @Test
    void aPlainNumberAgainstAMilestoneIsNotMeasurable() {
        assertNotMeasurable("a number (3 n) cannot be compared with a milestone target; a milestone needs a status or the share completed (e.g. 100%)",
                eval(indicator(Polarity.MILESTONE, Target.parse("report"), number("3", Unit.COUNT))));
    }

    // units, operators and polarity

    @Test
    void unitsThatDoNotMatchAreNotMeasurable() {
        Indicator i = indicator(Polarity.LOWER_IS_BETTER, Target.parse("entro 30 giorni"), Result.parse("80%"));
        assertNotMeasurable("units differ: target in gg, result in %", eval(i));
    }

    @Test
    void aSideWithoutUnitIsNotComparedWithDays() {
        assertNotMeasurable("units differ: target in gg, result in no unit",
                eval(indicator(Polarity.LOWER_IS_BETTER, Target.parse("entro 3 giorni"), number("2.9"))));
    }

    @Test
    void aUnitlessTargetIsNeverDividedIntoAPercentage() {
        // regression: "6" against "66,7%" was divided silently (1 111 %, capped to 100 %)
        assertNotMeasurable("units differ: target in no unit, result in %",
                eval(indicator(Polarity.HIGHER_IS_BETTER, Target.parse("6"), Result.parse("66,7%"))));
    }

    @Test
    void aUnitlessResultComparesWithACountOrAScore() {
        assertScore("100", "a/t = 3/3 = 100%", eval(indicator(Polarity.HIGHER_IS_BETTER, Target.parse("almeno 3 eventi"), number("3"))));
        assertScore("100", "a/t = 4.59/3 = 153%, capped at 100% (cap policy)",
                eval(indicator(Polarity.HIGHER_IS_BETTER, Target.parse("non inferiore a 3 (scala da 1 a 5)"), number("4.59"))));
    }

    @Test
    void aBarePercentageWithLowerIsBetterFollowsThePolarity() {
        // regression: "5%" was read as a stated "at least 5 %", which overrode LOWER_IS_BETTER (3 % → 60 %)
        assertScore("100", "a ≤ t: 3 ≤ 5 → 100%", eval(indicator(Polarity.LOWER_IS_BETTER, Target.parse("5%"), Result.parse("3%"))));
        assertScore("50", "t/a = 5/10 = 50%", eval(indicator(Polarity.LOWER_IS_BETTER, Target.parse("5%"), Result.parse("10%"))));
    }

    @Test
    void aStatedOperatorStillOverridesThePolarity() {
        assertScore("60", "a/t = 3/5 = 60% (the target says at least, the indicator's polarity lower is better: the target decides)",
                eval(indicator(Polarity.LOWER_IS_BETTER, Target.parse("almeno 5%"), Result.parse("3%"))));
    }

    @Test
    void theTargetsOperatorWinsOverADisagreeingPolarityAndSaysSo() {
        assertScore("50", "a/t = 2/4 = 50% (the target says at least, the indicator's polarity lower is better: the target decides)",
                eval(indicator(Polarity.LOWER_IS_BETTER, atLeast("4"), number("2"))));
        assertScore("50", "t/a = 2/4 = 50% (the target says at most, the indicator's polarity higher is better: the target decides)",
                eval(indicator(Polarity.HIGHER_IS_BETTER, atMost("2"), number("4"))));
    }

    @Test
    void anExactTargetFollowsThePolarity() {
        assertScore("100", "a ≤ t: 2.9 ≤ 3 → 100%", eval(indicator(Polarity.LOWER_IS_BETTER, exactly("3"), number("2.9"))));
        assertScore("96.67", "a/t = 2.9/3 = 96.67%", eval(indicator(Polarity.HIGHER_IS_BETTER, exactly("3"), number("2.9"))));
        assertScore("96.67", "a/t = 2.9/3 = 96.67%", eval(indicator(Polarity.MILESTONE, exactly("3"), number("2.9"))));
    }

    // missing, nothing reported, not applicable, unreadable

    @Test
    void aMissingResultIsLeftOutByDefaultOrCountedAsZero() {
        Indicator i = indicator(Polarity.HIGHER_IS_BETTER, atLeast("2"), null);
        assertNotMeasurable("no result for 2017, left out (missing-result policy)", eval(i));
        assertScore("0", "no result for 2017, counted as 0% (missing-result policy)",
                eval(AchievementPolicy.defaults().withMissingResult(Treatment.COUNT_AS_ZERO), i));
    }

    @Test
    void nothingReportedIsLeftOutByDefaultOrCountedAsZero() {
        Indicator i = indicator(Polarity.MILESTONE, Target.parse("report"), Result.parse("_____"));
        assertNotMeasurable("nothing reported for 2017, left out (nothing-reported policy)", eval(i));
        assertScore("0", "nothing reported for 2017, counted as 0% (nothing-reported policy)",
                eval(AchievementPolicy.defaults().withNothingReported(Treatment.COUNT_AS_ZERO), i));
    }

    @Test
    void aYearWithoutATargetIsNotApplicable() {
        assertNotMeasurable("not applicable, no target for 2017", eval(indicator(Polarity.MILESTONE, null, Result.parse("100%"))));
        assertNotMeasurable("not applicable, the target for 2017 is \"_____\"",
                eval(indicator(Polarity.MILESTONE, Target.parse("_____"), Result.parse("_____"))));
    }

    @Test
    void unreadableTextsAreNotMeasurableAndQuoted() {
        assertNotMeasurable("the target \"3 volte tanto\" could not be read",
                eval(indicator(Polarity.HIGHER_IS_BETTER, Target.parse("3 volte tanto"), Result.parse("100%"))));
        assertNotMeasurable("the result \"ben fatto\" could not be read",
                eval(indicator(Polarity.HIGHER_IS_BETTER, atLeast("2"), Result.parse("ben fatto"))));
    }

    // baseline-aware formula

    @Test
    void theBaselineAwareFormulaMeasuresProgressFromTheBaseline() {
        AchievementPolicy p = AchievementPolicy.defaults().withFormula(Formula.BASELINE_AWARE);
        assertScore("75", "(a − b)/(t − b) = (5 − 2)/(6 − 2) = 75% (baseline-aware formula)",
                eval(p, withBaseline(indicator(Polarity.HIGHER_IS_BETTER, atLeast("6"), number("5")), "2")));
        assertScore("50", "(b − a)/(b − t) = (10 − 8)/(10 − 6) = 50% (baseline-aware formula)",
                eval(p, withBaseline(indicator(Polarity.LOWER_IS_BETTER, atMost("6"), number("8")), "10")));
        assertScore("0", "(a − b)/(t − b) = (1 − 2)/(6 − 2) = -25% (baseline-aware formula), raised to 0%",
                eval(p, withBaseline(indicator(Polarity.HIGHER_IS_BETTER, atLeast("6"), number("1")), "2")));
        assertNotMeasurable("the target equals the baseline (6), (a − b)/(t − b) is undefined",
                eval(p, withBaseline(indicator(Polarity.HIGHER_IS_BETTER, atLeast("6"), number("5")), "6")));
        assertScore("83.33", "a/t = 5/6 = 83.33% (no numeric baseline: ratio used)",
                eval(p, indicator(Polarity.HIGHER_IS_BETTER, atLeast("6"), number("5"))));
        assertScore("100", "a within [4, 8]: 5 → 100% (baseline-aware formula does not apply to ranges)",
                eval(p, withBaseline(indicator(Polarity.TARGET_RANGE, between("4", "8"), number("5")), "1")));
    }

    // rounding

    @Test
    void roundsOnceHalfEvenToTwoDecimals() {
        // 1 / 8 = 12.5 %; 1 / 800 = 0.125 % → 0.12 % (half-even); 3 / 800 = 0.375 % → 0.38 %
        assertScore("12.5", "a/t = 1/8 = 12.5%", eval(indicator(Polarity.HIGHER_IS_BETTER, atLeast("8"), number("1"))));
        assertScore("0.12", "a/t = 1/800 = 0.12%", eval(indicator(Polarity.HIGHER_IS_BETTER, atLeast("800"), number("1"))));
        assertScore("0.38", "a/t = 3/800 = 0.38%", eval(indicator(Polarity.HIGHER_IS_BETTER, atLeast("800"), number("3"))));
    }

    @Test
    void bandsFollowTheScore() {
        assertEquals("achieved", eval(indicator(Polarity.HIGHER_IS_BETTER, atLeast("10"), number("9"))).band().get().label());
        assertEquals("partially achieved", eval(indicator(Polarity.HIGHER_IS_BETTER, atLeast("10"), number("7"))).band().get().label());
        assertEquals("not achieved", eval(indicator(Polarity.HIGHER_IS_BETTER, atLeast("10"), number("6.999"))).band().get().label());
    }
}
