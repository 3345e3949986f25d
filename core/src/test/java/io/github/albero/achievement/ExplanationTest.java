package io.github.albero.achievement;

import io.github.albero.render.Render;

import io.github.albero.model.NodeKind;
import static io.github.albero.achievement.Fixtures.atLeast;
import static io.github.albero.achievement.Fixtures.atMost;
import static io.github.albero.achievement.Fixtures.between;
import static io.github.albero.achievement.Fixtures.dec;
import static io.github.albero.achievement.Fixtures.indicator;
import static io.github.albero.achievement.Fixtures.milestone;
import static io.github.albero.achievement.Fixtures.number;
import static io.github.albero.achievement.Fixtures.objective;
import static io.github.albero.achievement.Fixtures.planOf;
import static io.github.albero.achievement.Fixtures.withBaseline;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.albero.InvalidValueException;
import io.github.albero.achievement.Explanation.Input;
import io.github.albero.achievement.Explanation.PolicyChoice;
import io.github.albero.achievement.Explanation.PolicyKind;
import io.github.albero.achievement.Explanation.Reason;
import io.github.albero.achievement.Explanation.Role;
import io.github.albero.achievement.Explanation.Rule;
import io.github.albero.measure.Percentage;
import io.github.albero.measure.Unit;
import io.github.albero.model.Indicator;
import io.github.albero.model.Polarity;
import io.github.albero.model.Result;
import io.github.albero.model.ResultStatus;
import io.github.albero.model.StrategicObjective;
import io.github.albero.model.Target;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** Structured explanations and their English and Italian renderings, checked by hand. */
class ExplanationTest {
    private static final Locale IT = Locale.ITALIAN;
    private static final Locale EN = Locale.ENGLISH;

    private static Explanation explain(Indicator i) {
        return explain(AchievementPolicy.defaults(), i);
    }

    private static Explanation explain(AchievementPolicy p, Indicator i) {
        return AchievementCalculator.of(p).evaluate(i, Fixtures.YEAR).explanation();
    }

    private static void assertRendered(String italian, String english, Explanation e) {
        assertEquals(italian, Render.of(IT).explanation(e));
        assertEquals(english, Render.of(EN).explanation(e));
    }

    private static List<Role> roles(Explanation e) {
        return e.inputs().stream().map(Input::role).collect(Collectors.toList());
    }

    // formulas of one indicator

    @Test
    void theRatioSaysThatTheCapBitInBothLanguages() {
        Explanation e = explain(indicator(Polarity.HIGHER_IS_BETTER, atLeast("2"), number("3")));
        assertEquals(Rule.RATIO, e.rule());
        assertEquals(List.of(Role.ACTUAL, Role.TARGET), roles(e));
        assertEquals(Optional.of(dec("3")), e.input(Role.ACTUAL).get().value());
        assertEquals(Optional.of(dec("2")), e.input(Role.TARGET).get().value());
        assertEquals(0, dec("150").compareTo(e.raw().get()));
        PolicyChoice cap = e.policy(PolicyKind.CAP).get();
        assertTrue(cap.applied());
        assertEquals(Optional.of(Percentage.HUNDRED), cap.value());
        assertFalse(e.policy(PolicyKind.RAISED_TO_ZERO).get().applied());
        assertEquals(Optional.of(Percentage.HUNDRED), e.score());
        assertRendered("a/t = 3/2 = 150%, limitato al 100% (tetto)", "a/t = 3/2 = 150%, capped at 100% (cap policy)", e);
        assertEquals("a/t = 3/2 = 150%, capped at 100% (cap policy)", Render.canonical().explanation(e));
    }

    @Test
    void numbersFollowTheLanguageWhileTextIsCanonical() {
        Explanation e = explain(indicator(Polarity.HIGHER_IS_BETTER, atLeast("1234.5"), number("2.9")));
        assertFalse(e.policy(PolicyKind.CAP).get().applied());
        assertRendered("a/t = 2,9/1.234,5 = 0,23%", "a/t = 2.9/1,234.5 = 0.23%", e);
        assertEquals("a/t = 2.9/1234.5 = 0.23%", Render.canonical().explanation(e));
        assertEquals("a/t = 2,9/1.234,5 = 0,23%", Render.of(Locale.ITALY).explanation(e));
        assertEquals("a/t = 2.9/1,234.5 = 0.23%", Render.of(Locale.GERMAN).explanation(e), "other languages get English");
    }

    @Test
    void overAchievementWithinTheCapIsSaid() {
        Explanation e = explain(AchievementPolicy.defaults().withCap(Percentage.of(120)),
                indicator(Polarity.HIGHER_IS_BETTER, atLeast("10"), number("11")));
        assertFalse(e.policy(PolicyKind.CAP).get().applied());
        assertRendered("a/t = 11/10 = 110% (superamento ammesso fino al 120%)",
                "a/t = 11/10 = 110% (over-achievement allowed up to 120%)", e);
        Explanation capped = explain(AchievementPolicy.defaults().withCap(Percentage.of(800)),
                indicator(Polarity.HIGHER_IS_BETTER, atLeast("1"), number("9")));
        assertEquals("a/t = 9/1 = 900%, limitato all'800% (tetto)", Render.of(IT).explanation(capped));
    }

    @Test
    void aNegativeActualCountsAsZero() {
        Explanation e = explain(indicator(Polarity.HIGHER_IS_BETTER, atLeast("2"), number("-5")));
        assertEquals(Rule.RATIO, e.rule());
        assertTrue(e.policy(PolicyKind.NEGATIVE_ACTUAL).get().applied());
        assertRendered("a = -5 è negativo, contato come 0 → 0%", "a = -5 is negative, counted as 0 → 0%", e);
    }

    @Test
    void lowerIsBetterUsesTheInverseRatioAboveTheTarget() {
        Explanation above = explain(indicator(Polarity.LOWER_IS_BETTER, atMost("3"), number("4")));
        assertEquals(Rule.INVERSE_RATIO, above.rule());
        assertEquals(List.of(Role.TARGET, Role.ACTUAL), roles(above));
        assertRendered("t/a = 3/4 = 75%", "t/a = 3/4 = 75%", above);
        Explanation below = explain(indicator(Polarity.LOWER_IS_BETTER, atMost("3"), number("2.9")));
        assertEquals(Rule.NOT_ABOVE_TARGET, below.rule());
        assertTrue(below.policies().isEmpty());
        assertRendered("a ≤ t: 2,9 ≤ 3 → 100%", "a ≤ t: 2.9 ≤ 3 → 100%", below);
    }

    @Test
    void theBaselineAwareFormulaShowsTheBaselineAndItsFallback() {
        AchievementPolicy p = AchievementPolicy.defaults().withFormula(Formula.BASELINE_AWARE);
        Explanation up = explain(p, withBaseline(indicator(Polarity.HIGHER_IS_BETTER, atLeast("6"), number("5")), "2"));
        assertEquals(Rule.BASELINE_AWARE, up.rule());
        assertEquals(List.of(Role.ACTUAL, Role.BASELINE, Role.TARGET), roles(up));
        assertRendered("(a − b)/(t − b) = (5 − 2)/(6 − 2) = 75% (formula con il valore di partenza)",
                "(a − b)/(t − b) = (5 − 2)/(6 − 2) = 75% (baseline-aware formula)", up);
        Explanation down = explain(p, withBaseline(indicator(Polarity.LOWER_IS_BETTER, atMost("6"), number("8")), "10"));
        assertEquals(Rule.INVERSE_BASELINE_AWARE, down.rule());
        assertRendered("(b − a)/(b − t) = (10 − 8)/(10 − 6) = 50% (formula con il valore di partenza)",
                "(b − a)/(b − t) = (10 − 8)/(10 − 6) = 50% (baseline-aware formula)", down);
        Explanation negative = explain(p, withBaseline(indicator(Polarity.HIGHER_IS_BETTER, atLeast("6"), number("1")), "2"));
        assertTrue(negative.policy(PolicyKind.RAISED_TO_ZERO).get().applied());
        assertRendered("(a − b)/(t − b) = (1 − 2)/(6 − 2) = -25% (formula con il valore di partenza), riportato a 0%",
                "(a − b)/(t − b) = (1 − 2)/(6 − 2) = -25% (baseline-aware formula), raised to 0%", negative);
        Explanation fallback = explain(p, indicator(Polarity.HIGHER_IS_BETTER, atLeast("6"), number("5")));
        assertEquals(Rule.RATIO, fallback.rule());
        assertTrue(fallback.policy(PolicyKind.BASELINE_UNAVAILABLE).isPresent());
        assertRendered("a/t = 5/6 = 83,33% (nessun valore di partenza numerico: usato il rapporto)",
                "a/t = 5/6 = 83.33% (no numeric baseline: ratio used)", fallback);
    }

    @Test
    void rangesSayWhereTheResultLiesAndWhichRangePolicyApplied() {
        Explanation within = explain(indicator(Polarity.TARGET_RANGE, between("4.5", "8"), number("5")));
        assertEquals(Rule.RANGE, within.rule());
        assertEquals(List.of(Role.ACTUAL, Role.LOWER_BOUND, Role.UPPER_BOUND), roles(within));
        assertFalse(within.policy(PolicyKind.OUTSIDE_RANGE).get().applied());
        assertRendered("a entro [4,5; 8]: 5 → 100%", "a within [4.5, 8]: 5 → 100%", within);
        Explanation outside = explain(indicator(Polarity.TARGET_RANGE, between("4", "8"), number("8.01")));
        assertTrue(outside.policy(PolicyKind.OUTSIDE_RANGE).get().applied());
        assertEquals(Optional.of(RangeRule.ZERO), outside.policy(PolicyKind.OUTSIDE_RANGE).get().setting());
        assertRendered("a fuori da [4; 8]: 8,01 → 0% (criterio per i valori fuori intervallo)",
                "a outside [4, 8]: 8.01 → 0% (range policy)", outside);
        AchievementPolicy distance = AchievementPolicy.defaults().withOutsideRange(RangeRule.DISTANCE);
        assertRendered("a sotto [4; 8]: a/inf = 2/4 = 50% (criterio della distanza)", "a below [4, 8]: a/low = 2/4 = 50% (distance policy)",
                explain(distance, indicator(Polarity.TARGET_RANGE, between("4", "8"), number("2"))));
        assertRendered("a sopra [4; 8]: 1 − (a − sup)/sup = 1 − (10 − 8)/8 = 75% (criterio della distanza)",
                "a above [4, 8]: 1 − (a − high)/high = 1 − (10 − 8)/8 = 75% (distance policy)",
                explain(distance, indicator(Polarity.TARGET_RANGE, between("4", "8"), number("10"))));
        assertRendered("a sotto [0; 8] con estremo inferiore ≤ 0: -1 → 0% (criterio della distanza)",
                "a below [0, 8] with a lower bound ≤ 0: -1 → 0% (distance policy)",
                explain(distance, indicator(Polarity.TARGET_RANGE, between("0", "8"), number("-1"))));
        assertRendered("a entro [4; 8]: 5 → 100% (la formula con il valore di partenza non si applica agli intervalli)",
                "a within [4, 8]: 5 → 100% (baseline-aware formula does not apply to ranges)",
                explain(AchievementPolicy.defaults().withFormula(Formula.BASELINE_AWARE),
                        withBaseline(indicator(Polarity.TARGET_RANGE, between("4", "8"), number("5")), "1")));
    }

    @Test
    void milestonesShowTheShareCompletedOrTheStatusWithThePolicysValue() {
        Explanation share = explain(indicator(Polarity.MILESTONE, Target.parse("report"), Result.parse("60%")));
        assertEquals(Rule.MILESTONE_SHARE, share.rule());
        assertEquals(Optional.of(dec("60")), share.input(Role.SHARE_COMPLETED).get().value());
        assertRendered("quota realizzata 60% (il risultato atteso è un traguardo)", "share completed 60% (milestone target)", share);
        Explanation count = explain(indicator(Polarity.MILESTONE, Target.parse("realizzazione di almeno 2 eventi"), Result.parse("100%")));
        assertEquals(Optional.of(dec("2")), count.input(Role.TARGET).get().value());
        assertRendered("quota realizzata 100% (indicatore di traguardo, risultato atteso non in %)",
                "share completed 100% (milestone indicator, target not in %)", count);

        AchievementPolicy p = AchievementPolicy.defaults().withPartiallyAchieved(Percentage.of(40)).withPostponed(Fixtures.pct("12.5"));
        Explanation partial = explain(p, indicator(Polarity.MILESTONE, Target.parse("report"), Result.parse("parziale realizzazione")));
        assertEquals(Rule.MILESTONE_STATUS, partial.rule());
        assertEquals(Optional.of(ResultStatus.PARTIALLY_ACHIEVED), partial.status());
        assertEquals(Optional.of(Percentage.of(40)), partial.policy(PolicyKind.PARTIALLY_ACHIEVED).get().value());
        assertRendered("stato parzialmente raggiunto → 40% (criterio per i traguardi parzialmente realizzati)",
                "status partially achieved → 40% (partial-milestone policy)", partial);
        assertRendered("stato rinviato → 12,5% (criterio per i traguardi rinviati)", "status postponed → 12.5% (postponed policy)",
                explain(p, indicator(Polarity.MILESTONE, Target.parse("report"), Result.parse("rinviato"))));
        assertRendered("stato raggiunto → 100%", "status achieved → 100%",
                explain(indicator(Polarity.MILESTONE, Target.parse("report"), Result.parse("realizzato"))));
    }

    @Test
    void theOperatorWinningOverThePolarityIsAPolicyChoice() {
        Explanation e = explain(indicator(Polarity.LOWER_IS_BETTER, atLeast("4"), number("2")));
        PolicyChoice c = e.policy(PolicyKind.TARGET_OPERATOR_WINS).get();
        assertEquals(Optional.of(Polarity.LOWER_IS_BETTER), c.polarity());
        assertRendered("a/t = 2/4 = 50% (il risultato atteso dice almeno, la polarità dell'indicatore più basso è meglio: decide il risultato atteso)",
                "a/t = 2/4 = 50% (the target says at least, the indicator's polarity lower is better: the target decides)", e);
    }

    // not measurable, left out, counted as zero

    @Test
    void notMeasurableExplanationsNameTheirReasonAndQuoteTheDocumentVerbatim() {
        Explanation placeholder = explain(indicator(Polarity.MILESTONE, Target.parse("___"), Result.parse("___")));
        assertEquals(Rule.NOT_MEASURABLE, placeholder.rule());
        assertEquals(Optional.of(Reason.PLACEHOLDER_TARGET), placeholder.reason());
        assertEquals(Optional.of("___"), placeholder.quotedText());
        assertEquals(2017, placeholder.year().getAsInt());
        assertEquals(Optional.empty(), placeholder.score());
        assertRendered("non valutabile: non applicabile, il risultato atteso del 2017 è \"___\"",
                "not measurable: not applicable, the target for 2017 is \"___\"", placeholder);
        // the quoted text keeps its own numbers in every language
        Explanation unreadable = explain(indicator(Polarity.HIGHER_IS_BETTER, Target.parse("1.234,5 volte tanto"), Result.parse("100%")));
        assertRendered("non valutabile: il risultato atteso \"1.234,5 volte tanto\" non è leggibile",
                "not measurable: the target \"1.234,5 volte tanto\" could not be read", unreadable);
        assertRendered("non valutabile: il risultato atteso è 0, a/t non è definito", "not measurable: the target is 0, a/t is undefined",
                explain(indicator(Polarity.HIGHER_IS_BETTER, atLeast("0"), number("3"))));
        Explanation negative = explain(indicator(Polarity.LOWER_IS_BETTER, atMost("-2.5"), number("3")));
        assertEquals(Optional.of(Rule.INVERSE_RATIO), negative.attempted());
        assertRendered("non valutabile: il risultato atteso -2,5 è negativo, t/a non è definito",
                "not measurable: the target -2.5 is negative, t/a is undefined", negative);
        Explanation units = explain(indicator(Polarity.LOWER_IS_BETTER, Target.parse("entro 30 giorni"), Result.parse("80%")));
        assertEquals(Optional.of(Reason.UNITS_DIFFER), units.reason());
        assertEquals(Optional.of(Unit.PERCENT), units.input(Role.ACTUAL).get().unit());
        assertRendered("non valutabile: unità di misura diverse: risultato atteso in gg, risultato conseguito in %",
                "not measurable: units differ: target in gg, result in %", units);
        assertRendered("non valutabile: un numero (2.500 n) non è confrontabile con un traguardo; un traguardo richiede uno stato o la "
                        + "quota realizzata (es. 100%)",
                "not measurable: a number (2,500 n) cannot be compared with a milestone target; a milestone needs a status or the share "
                        + "completed (e.g. 100%)",
                explain(indicator(Polarity.MILESTONE, Target.parse("report"), number("2500", Unit.COUNT))));
        assertRendered("non valutabile: il risultato atteso è uguale al valore di partenza (6), (a − b)/(t − b) non è definito",
                "not measurable: the target equals the baseline (6), (a − b)/(t − b) is undefined",
                explain(AchievementPolicy.defaults().withFormula(Formula.BASELINE_AWARE),
                        withBaseline(indicator(Polarity.HIGHER_IS_BETTER, atLeast("6"), number("5")), "6")));
    }

    @Test
    void missingResultsAreLeftOutOrCountedAsZeroAsThePolicySays() {
        Indicator i = indicator(Polarity.HIGHER_IS_BETTER, atLeast("2"), null);
        Explanation out = explain(i);
        assertEquals(Optional.of(Reason.MISSING_RESULT), out.reason());
        assertEquals(Optional.of(Treatment.EXCLUDE), out.policy(PolicyKind.MISSING_RESULT).get().setting());
        assertRendered("non valutabile: nessun risultato conseguito per il 2017, escluso (criterio per i risultati mancanti)",
                "not measurable: no result for 2017, left out (missing-result policy)", out);
        Explanation zero = explain(AchievementPolicy.defaults().withMissingResult(Treatment.COUNT_AS_ZERO), i);
        assertEquals(Rule.COUNTED_AS_ZERO, zero.rule());
        assertEquals(Optional.of(Percentage.ZERO), zero.score());
        assertRendered("nessun risultato conseguito per il 2017, contato come 0% (criterio per i risultati mancanti)",
                "no result for 2017, counted as 0% (missing-result policy)", zero);
        Explanation nothing = explain(AchievementPolicy.defaults().withNothingReported(Treatment.COUNT_AS_ZERO),
                indicator(Polarity.MILESTONE, Target.parse("report"), Result.parse("_____")));
        assertRendered("nulla di rendicontato per il 2017, contato come 0% (criterio per i risultati non rendicontati)",
                "nothing reported for 2017, counted as 0% (nothing-reported policy)", nothing);
    }

    // rollups

    @Test
    void theMeanOfTheSeedObjectiveExposesItsChildrenAndTheEqualWeightsFallback() {
        AchievementReport r = AchievementCalculator.defaults().evaluate(planOf(Fixtures.seed011005004()), Fixtures.YEAR);
        Explanation e = r.find("011-005-004").get().explanation();
        assertEquals(Rule.WEIGHTED_MEAN, e.rule());
        assertEquals(4, e.inputs().size());
        Input polo = e.inputs().get(0);
        assertEquals(Role.CHILD, polo.role());
        assertEquals(Optional.of(NodeKind.INDICATOR), polo.kind());
        assertEquals("Polo Tecnologico Lucchese: completamento struttura", polo.name());
        assertEquals(Optional.of(dec("0")), polo.value());
        assertEquals(Optional.of(dec("1")), polo.weight());
        assertEquals(Optional.of(Percentage.of(25)), polo.relativeWeight());
        assertEquals(Rule.MILESTONE_STATUS, polo.explanation().get().rule());
        assertEquals(0, e.policy(PolicyKind.EQUAL_WEIGHTS).get().count());
        assertRendered("media di 4 indicatori, pesi uguali (non indicati): (0% + 100% + 100% + 100%) / 4 = 75%",
                "mean of 4 indicators, equal weights (none given): (0% + 100% + 100% + 100%) / 4 = 75%", e);
    }

    @Test
    void aWeightedMeanShowsTheWeightsAndTheChildrenLeftOutWithTheirReason() {
        AchievementReport r = AchievementCalculator.defaults().evaluate(planOf(objective("011-005-001", List.of(
                milestone("A", "50%", "20"), milestone("B", "100%", "30"), milestone("C", "_____", "50")))), Fixtures.YEAR);
        Explanation e = r.find("011-005-001").get().explanation();
        assertFalse(e.policy(PolicyKind.EQUAL_WEIGHTS).isPresent());
        assertEquals(1, e.policy(PolicyKind.EXCLUDED).get().count());
        Input c = e.inputs().get(2);
        assertEquals(Optional.empty(), c.value());
        assertEquals(Optional.of(Reason.NOTHING_REPORTED), c.explanation().get().reason());
        assertEquals(Optional.of(Percentage.of(40)), e.inputs().get(0).relativeWeight());
        assertRendered("media ponderata di 2 indicatori (1 non valutabile): (50% × 20 + 100% × 30) / 50 = 80%",
                "weighted mean of 2 indicators (1 left out): (50% × 20 + 100% × 30) / 50 = 80%", e);
        StrategicObjective partly = objective("011-005-001", List.of(milestone("A", "50%", "20"), milestone("B", "100%", null)));
        assertEquals("media di 2 indicatori, pesi uguali (pesi indicati solo per 1 su 2): (50% + 100%) / 2 = 75%",
                Render.of(IT).explanation(AchievementCalculator.defaults().evaluate(planOf(partly), Fixtures.YEAR).find("011-005-001").get().explanation()));
    }

    @Test
    void theWorstChildAndNodesWithNothingMeasurableRenderInBothLanguages() {
        AchievementReport worst = AchievementCalculator.of(AchievementPolicy.defaults().withRollup(RollupRule.WORST_CHILD))
                .evaluate(planOf(objective("011-005-001", List.of(milestone("A", "100%", "90"), milestone("B", "40%", "10"),
                        milestone("C", "_____", null), milestone("D", "_____", null)))), Fixtures.YEAR);
        Explanation w = worst.find("011-005-001").get().explanation();
        assertEquals(Rule.WORST_CHILD, w.rule());
        assertRendered("il peggiore di 2 indicatori (2 non valutabili): 40% (indicatore \"B\") (regola del peggiore)",
                "worst of 2 indicators (2 left out): 40% (indicator \"B\") (worst-child rule)", w);
        AchievementReport none = AchievementCalculator.defaults()
                .evaluate(planOf(objective("011-005-001", List.of(milestone("A", "_____", null)))), Fixtures.YEAR);
        assertEquals(Optional.of(Reason.NO_MEASURABLE_CHILD), none.root().explanation().reason());
        assertRendered("non valutabile: niente di valutabile tra 1 missione",
                "not measurable: nothing measurable, none of its 1 mission is measurable", none.root().explanation());
        Explanation empty = AchievementCalculator.defaults().evaluate(planOf(objective("011-005-002", List.of())), Fixtures.YEAR)
                .find("011-005-002").get().explanation();
        assertRendered("non valutabile: niente da valutare, nessun indicatore né obiettivo operativo",
                "not measurable: nothing to measure, no indicators or operational objectives", empty);
    }

    @Test
    void anOverrideKeepsItsReasonVerbatimAndExplainsTheComputedValue() {
        ManualOverride o = ManualOverride.of(Percentage.of(80), "ritardo dovuto alla stazione appaltante (delibera OIV 1.234)");
        AchievementReport r = AchievementCalculator.defaults().withOverride("011-005-004", o)
                .evaluate(planOf(Fixtures.seed011005004()), Fixtures.YEAR);
        Explanation e = r.find("011-005-004").get().explanation();
        assertEquals(Rule.OVERRIDE, e.rule());
        assertEquals(Optional.of(o), e.override());
        assertEquals(Optional.of(Percentage.of(80)), e.score());
        assertEquals(Optional.of(Percentage.of(75)), e.computed().get().score());
        assertRendered("forzato a mano all'80%: ritardo dovuto alla stazione appaltante (delibera OIV 1.234); calcolato: media di 4 "
                        + "indicatori, pesi uguali (non indicati): (0% + 100% + 100% + 100%) / 4 = 75%",
                "overridden by hand to 80%: ritardo dovuto alla stazione appaltante (delibera OIV 1.234); computed: mean of 4 indicators, "
                        + "equal weights (none given): (0% + 100% + 100% + 100%) / 4 = 75%", e);
    }

    // trees, equality, tables

    @Test
    void theReportRendersInItalianWithItalianLabelsAndNoEnglishLeft() {
        AchievementReport r = AchievementCalculator.defaults().evaluate(planOf(Fixtures.seed011005004()), Fixtures.YEAR);
        String it = Render.of(IT).report(r);
        assertTrue(it.startsWith("Grado di raggiungimento 2017, criteri: tetto 100%, rapporto, parzialmente raggiunto 50%, rinviato 0%, "
                + "nulla di rendicontato: escluso, risultato mancante: escluso, fuori intervallo 0%, fasce raggiunto [90%; +∞) | "
                + "parzialmente raggiunto [70%; 90%) | non raggiunto (−∞; 70%), media ponderata\n"
                + "piano Camera di Commercio di Lucca: 75% parzialmente raggiunto — media di 1 missione, pesi uguali (non indicati): "
                + "(75%) / 1 = 75%\n"), it);
        assertTrue(it.contains("\n        indicatore Polo Tecnologico Lucchese: completamento struttura: 0% non raggiunto (peso 25%) — "
                + "stato rinviato → 0% (criterio per i traguardi rinviati)\n"), it);
        for (String english : List.of("mean of", "equal weights", "status", "share completed", "weight ", "partially achieved", "policy")) {
            assertFalse(it.contains(english), english + " in\n" + it);
        }
        assertEquals(Render.canonical().report(r).substring(Render.canonical().report(r).indexOf('\n')), Render.of(EN).report(r).substring(Render.of(EN).report(r).indexOf('\n')),
                "English and text agree where the numbers have no decimals");
        assertTrue(Render.of(EN).report(r).startsWith("Achievement 2017, policy: cap 100%, ratio, partially achieved 50%"), Render.of(EN).report(r));
        assertEquals(Render.canonical().tree(r.root()), Render.canonical().report(r).substring(Render.canonical().report(r).indexOf('\n') + 1));
    }

    @Test
    void explanationsAreEqualWhenTheirStructureIs() {
        Indicator i = indicator(Polarity.HIGHER_IS_BETTER, atLeast("3"), number("2"));
        assertEquals(explain(i), explain(i));
        assertEquals(explain(i).hashCode(), explain(i).hashCode());
        assertNotEquals(explain(i), explain(indicator(Polarity.HIGHER_IS_BETTER, atLeast("3"), number("1"))));
        assertEquals("a/t = 2/3 = 66.67%", Render.canonical().explanation(explain(i)));
        assertEquals("RATIO [actual 2, target 3] raw 66.67% → 66.67% [CAP 100% not applied, RAISED_TO_ZERO not applied]", explain(i).toString());
        assertEquals("[actual 2, target 3]", explain(i).inputs().toString());
        assertEquals("[CAP 100% not applied, RAISED_TO_ZERO not applied]", explain(i).policies().toString());
    }

    @Test
    void aFreeTextExplanationRendersAsItIsInEveryLanguage() {
        Explanation e = Explanation.of("  set  by the evaluation body ");
        assertEquals(Rule.TEXT, e.rule());
        assertEquals("set by the evaluation body", Render.of(IT).explanation(e));
        assertEquals("set by the evaluation body", Render.canonical().explanation(e));
        assertThrows(InvalidValueException.class, () -> Explanation.of(" "));
        assertThrows(InvalidValueException.class, () -> Render.of(null).explanation(e));
    }
}
