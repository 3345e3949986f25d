package io.github.albero.achievement;

import io.github.albero.render.Render;

import io.github.albero.model.NodeKind;
import static io.github.albero.achievement.Fixtures.pct;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;

import io.github.albero.code.MissionCode;
import io.github.albero.code.ObjectiveCode;
import io.github.albero.code.ProgramCode;
import io.github.albero.measure.Percentage;
import io.github.albero.measure.Ratio;
import io.github.albero.measure.Weight;
import io.github.albero.model.Administration;
import io.github.albero.model.Contribution;
import io.github.albero.model.Indicator;
import io.github.albero.model.Mission;
import io.github.albero.model.Monitoring;
import io.github.albero.model.PeriodAggregation;
import io.github.albero.model.PeriodResult;
import io.github.albero.model.Plan;
import io.github.albero.model.PlanKind;
import io.github.albero.model.Polarity;
import io.github.albero.model.Program;
import io.github.albero.model.PublicValueObjective;
import io.github.albero.model.RatioDefinition;
import io.github.albero.model.RatioScale;
import io.github.albero.model.Result;
import io.github.albero.model.StrategicObjective;
import io.github.albero.model.Target;
import io.github.albero.model.TargetRevision;
import io.github.albero.period.MonitoringPeriod;
import io.github.albero.period.YearRange;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.quicktheories.generators.SourceDSL;

/** Achievement of ratio indicators, monitored periods, revised targets and public-value objectives, figures computed by hand. */
class NewShapesAchievementTest {
    private static final AchievementCalculator CALC = AchievementCalculator.defaults();
    private static final RatioDefinition FILES = RatioDefinition.of("pratiche evase entro 5 giorni", "pratiche ricevute");

    private static Indicator ratioIndicator(String target, Ratio parts) {
        return Indicator.builder().name("Pratiche evase entro 5 giorni").polarity(Polarity.HIGHER_IS_BETTER).ratio(FILES)
                .putTargets(2023, Target.parse(target)).putResults(2023, Result.ofParts(parts, RatioScale.PERCENT)).build();
    }

    @Test
    void aRatioIndicatorIsScoredOnItsExactQuotient() {
        // 60/80 = 75 %, target at least 80 %: 75 / 80 = 93,75 %
        AchievementNode n = CALC.evaluate(ratioIndicator("almeno 80%", Ratio.of(60, 80)), 2023);
        assertEquals(Optional.of(pct("93.75")), n.score());
    }

    @Test
    void aZeroDenominatorIsNotMeasurableAndSaysWhy() {
        AchievementNode n = CALC.evaluate(ratioIndicator("almeno 80%", Ratio.of(0, 0)), 2023);
        assertFalse(n.measurable());
        assertEquals("not measurable: the denominator is 0 (0/0), the ratio is undefined", Render.of(Locale.ENGLISH).explanation(n.explanation()));
        assertEquals("non valutabile: il denominatore è 0 (0/0), il rapporto non è definito", Render.of(Locale.ITALIAN).explanation(n.explanation()));
    }

    /** Events: yearly target 4, half-year target 2; 1 event in the first half, 3 in the second; the year is their sum. */
    private static Indicator events() {
        return Indicator.builder().name("Eventi").polarity(Polarity.HIGHER_IS_BETTER).periodAggregation(PeriodAggregation.SUM)
                .putTargets(2023, Target.parse("almeno 4 eventi"))
                .putMonitoring(2023, Monitoring.builder().year(2023)
                        .addPeriods(PeriodResult.builder().period(MonitoringPeriod.half(2023, 1)).result(Result.parse("n. 1"))
                                .target(Target.parse("almeno 2 eventi")).build())
                        .addPeriods(PeriodResult.of(MonitoringPeriod.half(2023, 2), Result.parse("n. 3"))).build())
                .build();
    }

    private static Plan planOf(Indicator... indicators) {
        StrategicObjective o = StrategicObjective.builder().code(ObjectiveCode.parse("011-005-001")).title("Promozione")
                .addIndicators(indicators).build();
        return Plan.builder().kind(PlanKind.REPORT).administration(Administration.of("Camera di Commercio di Prova")).referenceYear(2023)
                .horizon(YearRange.of(2023, 2025)).addMissions(Mission.builder().code(MissionCode.of("011")).title("M")
                        .addPrograms(Program.builder().code(ProgramCode.of("005")).title("P").addObjectives(o).build()).build())
                .build();
    }

    @Test
    void asOfThirtyJuneThePeriodsOwnTargetAndTheFirstHalfCount() {
        // 30 June: result 1 (first half), target 2 (the half's own): 1 / 2 = 50 %
        AchievementReport june = CALC.evaluate(planOf(events()), LocalDate.of(2023, 6, 30));
        assertEquals(Optional.of(pct("50")), june.find("011-005-001").get().score());
        // 31 December: result 1 + 3 = 4, yearly target 4: 100 %
        AchievementReport year = CALC.evaluate(planOf(events()), 2023);
        assertEquals(Optional.of(pct("100")), year.find("011-005-001").get().score());
    }

    @Test
    void atTheYearsEndTheYearsOwnTargetAndResultWinOverTheMonitoringPeriods() {
        // the periods say 1 + 3 = 4 against a half's target of 2; the year's own result 5 against its target 4 decides
        Indicator withOwnResult = Indicator.builder().from(events()).putResults(2023, Result.parse("n. 5")).build();
        Indicator withoutMonitoring = withOwnResult.withMonitoring(java.util.Map.of());
        AchievementReport year = CALC.evaluate(planOf(withOwnResult), 2023);
        AchievementNode node = year.root().children().get(0).children().get(0).children().get(0).children().get(0);
        assertEquals(CALC.evaluate(withoutMonitoring, 2023).explanation(), node.explanation());
        assertEquals("a/t = 5/4 = 125%, capped at 100% (cap policy)", Render.of(Locale.ENGLISH).explanation(node.explanation()));
        // as of 30 June the first half still decides: 1 / 2 = 50 %
        AchievementReport june = CALC.evaluate(planOf(withOwnResult), LocalDate.of(2023, 6, 30));
        assertEquals(Optional.of(pct("50")), june.find("011-005-001").get().score());
    }

    @Test
    void beforeAnyPeriodEndedThereIsNoResultYet() {
        AchievementReport march = CALC.evaluate(planOf(events()), LocalDate.of(2023, 3, 31));
        assertFalse(march.root().measurable());
    }

    @Test
    void theTargetInForceIsTheLatestRevisionBeforeTheYearEnds() {
        // original at least 5, revised in July to at least 4; 3 events: 3 / 4 = 75 % (3 / 5 = 60 % against the original)
        Target revised = Target.builder().from(Target.parse("almeno 5 eventi"))
                .addRevisions(TargetRevision.builder().from(TargetRevision.parse(LocalDate.of(2023, 7, 15), "almeno 4 eventi"))
                        .reason("minori risorse").act("delibera n. 45").build())
                .build();
        Indicator i = Indicator.builder().name("Eventi").polarity(Polarity.HIGHER_IS_BETTER).putTargets(2023, revised)
                .putResults(2023, Result.parse("n. 3")).build();
        assertEquals(Optional.of(pct("75")), CALC.evaluate(i, 2023).score());
        Indicator original = Indicator.builder().from(i).putTargets(2023, Target.parse("almeno 5 eventi")).build();
        assertEquals(Optional.of(pct("60")), CALC.evaluate(original, 2023).score());
    }

    @Test
    void theExplanationSaysWhichRevisionWasUsedAndWhy() {
        Target revised = Target.builder().from(Target.parse("almeno 5 eventi"))
                .addRevisions(TargetRevision.builder().from(TargetRevision.parse(LocalDate.of(2023, 7, 15), "almeno 4 eventi"))
                        .reason("minori risorse").act("delibera n. 45").build())
                .addRevisions(TargetRevision.parse(LocalDate.of(2024, 1, 20), "almeno 3 eventi"))
                .build();
        Indicator i = Indicator.builder().name("Eventi").polarity(Polarity.HIGHER_IS_BETTER).putTargets(2023, revised)
                .putResults(2023, Result.parse("n. 3")).build();
        AchievementNode n = CALC.evaluate(i, 2023);
        assertEquals("a/t = 3/4 = 75%; target in vigore al 31/12/2023: almeno 4 eventi, rimodulazione del 15/07/2023 (l'ultima adottata entro"
                + " quel giorno), non l'originario almeno 5 eventi, atto: delibera n. 45, motivo: minori risorse;"
                + " rimodulazioni adottate dopo il 31/12/2023 non considerate: 1", Render.of(Locale.ITALIAN).explanation(n.explanation()));
        assertTrue(Render.of(Locale.ENGLISH).explanation(n.explanation()).endsWith("target in force on 31/12/2023: almeno 4 eventi, the revision of 15/07/2023"
                + " (the latest adopted by that day), not the original almeno 5 eventi, act: delibera n. 45, reason: minori risorse;"
                + " revisions adopted after 31/12/2023 not used: 1"), Render.of(Locale.ENGLISH).explanation(n.explanation()));
        assertEquals(Optional.of("almeno 4 eventi"), n.explanation().targetInForce().map(t -> t.target().text()));
        // a revision adopted only after the year: the original is used, and the explanation says so
        Indicator late = Indicator.builder().from(i).putTargets(2023, Target.builder().from(Target.parse("almeno 5 eventi"))
                .addRevisions(TargetRevision.parse(LocalDate.of(2024, 1, 20), "almeno 3 eventi")).build()).build();
        assertEquals("a/t = 3/5 = 60%; target in vigore al 31/12/2023: l'originario almeno 5 eventi, nessuna rimodulazione adottata entro"
                + " quel giorno; rimodulazioni adottate dopo il 31/12/2023 non considerate: 1", Render.of(Locale.ITALIAN).explanation(CALC.evaluate(late, 2023).explanation()));
    }

    @Test
    void revisingATargetToTheSameValueChangesNothing() {
        qt().forAll(SourceDSL.integers().between(1, 10_000), SourceDSL.integers().between(0, 20_000), SourceDSL.integers().between(1, 365))
                .checkAssert((t, a, day) -> {
                    Target plain = Target.parse("almeno " + t);
                    Target same = Target.builder().from(plain).addRevisions(TargetRevision.builder().date(LocalDate.ofYearDay(2023, day))
                            .text(plain.text()).reading(plain.reading()).reason("conferma").build()).build();
                    Indicator before = Indicator.builder().name("I").polarity(Polarity.HIGHER_IS_BETTER).putTargets(2023, plain)
                            .putResults(2023, Result.parse(String.valueOf(a))).build();
                    Indicator after = Indicator.builder().from(before).putTargets(2023, same).build();
                    AchievementNode x = CALC.evaluate(before, 2023);
                    AchievementNode y = CALC.evaluate(after, 2023);
                    assertEquals(x.score(), y.score());
                    // the same computation, and a note naming the revision used
                    String plainText = Render.of(Locale.ITALIAN).explanation(x.explanation());
                    String revisedText = Render.of(Locale.ITALIAN).explanation(y.explanation());
                    assertTrue(revisedText.startsWith(plainText), revisedText);
                    assertTrue(revisedText.substring(plainText.length()).startsWith("; target in vigore al 31/12/2023: almeno " + t
                            + ", rimodulazione del "), revisedText);
                });
    }

    private static Indicator scored(String name, String result, String weight) {
        Indicator.Builder b = Indicator.builder().name(name).polarity(Polarity.HIGHER_IS_BETTER).putTargets(2023, Target.parse("almeno 100"))
                .putResults(2023, Result.parse(result));
        if (weight != null) {
            b.weight(Weight.of(Integer.parseInt(weight)));
        }
        return b.build();
    }

    private static Plan piao() {
        StrategicObjective o1 = StrategicObjective.builder().code(ObjectiveCode.parse("011-005-001")).title("Imprese")
                .addIndicators(scored("a", "100", null)).build();
        StrategicObjective o2 = StrategicObjective.builder().code(ObjectiveCode.parse("011-005-002")).title("Digitale")
                .addIndicators(scored("b", "50", null)).build();
        PublicValueObjective vp1 = PublicValueObjective.builder().code("VP1").title("Competitività")
                .addIndicators(scored("impatto", "80", "20"))
                .addContributions(Contribution.of("011-005-001", Weight.of(50)), Contribution.of("011\u2010005\u2010002", Weight.of(30)))
                .build();
        PublicValueObjective vp2 = PublicValueObjective.builder().code("VP2").title("Territorio")
                .addContributions(Contribution.of("VP1"), Contribution.of("011-005-002")).build();
        return Plan.builder().kind(PlanKind.REPORT).administration(Administration.of("Comune di Prova")).referenceYear(2023)
                .horizon(YearRange.of(2023, 2025)).addMissions(Mission.builder().code(MissionCode.of("011")).title("M")
                        .addPrograms(Program.builder().code(ProgramCode.of("005")).title("P").addObjectives(o1, o2).build()).build())
                .addPublicValue(vp2, vp1).build();
    }

    @Test
    void publicValueRollsUpThroughWeightedLinks() {
        AchievementReport r = CALC.evaluate(piao(), 2023);
        // VP1: (80 × 20 + 100 × 50 + 50 × 30) / (20 + 50 + 30) = 8100 / 100 = 81 %
        AchievementNode vp1 = r.publicValue("VP1").get();
        assertEquals(Optional.of(pct("81")), vp1.score());
        assertEquals(NodeKind.PUBLIC_VALUE_OBJECTIVE, vp1.kind());
        // VP2: VP1 and 011-005-002 without weights: (81 + 50) / 2 = 65,5 %
        assertEquals(Optional.of(pct("65.5")), r.publicValue("VP2").get().score());
        assertEquals(2, r.publicValue().size());
        assertEquals("media ponderata di 3 elementi: (80% × 20 + 100% × 50 + 50% × 30) / 100 = 81%", Render.of(Locale.ITALIAN).explanation(vp1.explanation()));
    }

    @Test
    void aLinkWeighsTheObjectiveByTheLinksWeightNotItsOwn() {
        AchievementReport r = CALC.evaluate(piao(), 2023);
        assertEquals(Optional.of(Weight.of(50)), r.publicValue("VP1").get().children().get(1).weight());
        assertEquals(Optional.of(Percentage.of(50)), r.publicValue("VP1").get().children().get(1).relativeWeight());
    }
}
