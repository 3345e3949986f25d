package io.github.albero.examples;

import io.github.albero.render.Render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.albero.achievement.AchievementCalculator;
import io.github.albero.achievement.AchievementNode;
import io.github.albero.achievement.AchievementReport;
import io.github.albero.measure.Percentage;
import io.github.albero.measure.Unit;
import io.github.albero.model.Indicator;
import io.github.albero.model.Plan;
import io.github.albero.model.Polarity;
import io.github.albero.model.ResultKind;
import io.github.albero.model.ResultStatus;
import io.github.albero.model.TargetOperator;
import io.github.albero.model.ResourceLine;
import io.github.albero.money.Money;
import io.github.albero.variance.Direction;
import io.github.albero.variance.LineVariance;
import io.github.albero.variance.ResourceVariance;
import io.github.albero.variance.VarianceCalculator;
import io.github.albero.variance.VarianceReport;
import java.math.BigDecimal;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The report's figures. The grand totals were added up by hand (a one-off script) from the 18
 * "Risorse preventivo/consuntivo 2017" lines of the seed; the achievements were checked by hand
 * against the default policy.
 */
class ReportFiguresTest {
    private static Plan plan;
    private static AchievementReport achievement;
    private static VarianceReport variance;

    @BeforeAll
    static void evaluate() {
        plan = BundledReport.load();
        achievement = AchievementCalculator.defaults().evaluate(plan, 2017);
        variance = VarianceCalculator.againstBudget().evaluate(plan, 2017);
    }

    private static LineVariance total(ResourceLine line) {
        return variance.root().variance().orElseThrow().line(line);
    }

    private static Percentage score(String code) {
        return achievement.find(code).orElseThrow().score().orElseThrow();
    }

    @Test
    void theReportHasTheShapeOfTheSeed() {
        assertEquals(2017, plan.referenceYear());
        assertEquals("Camera di Commercio di Lucca", plan.administration().name());
        assertEquals(5, plan.missions().size());
        assertEquals(7, plan.missions().stream().mapToInt(m -> m.programs().size()).sum());
        assertEquals(18, plan.objectives().size());
        assertEquals(43, plan.indicators().size());
    }

    @Test
    void grandTotalsOfRevenuesAreTheSumOfTheSeedsLines() {
        assertEquals(Money.parse("518.660,00"), total(ResourceLine.REVENUES).budget());
        assertEquals(Money.parse("444.466,94"), total(ResourceLine.REVENUES).actual());
        assertEquals(Money.parse("-74.193,06"), total(ResourceLine.REVENUES).absolute());
        assertEquals(Percentage.parse("-14,3%"), total(ResourceLine.REVENUES).relative().orElseThrow());
        assertEquals(Direction.UNFAVOURABLE, total(ResourceLine.REVENUES).direction());
    }

    @Test
    void grandTotalsOfCostsAreTheSumOfTheSeedsLines() {
        assertEquals(Money.parse("933.226,81"), total(ResourceLine.COSTS).budget());
        assertEquals(Money.parse("848.090,85"), total(ResourceLine.COSTS).actual());
        assertEquals(Money.parse("-85.135,96"), total(ResourceLine.COSTS).absolute());
        assertEquals(Percentage.parse("-9,12%"), total(ResourceLine.COSTS).relative().orElseThrow());
        assertEquals(Direction.FAVOURABLE, total(ResourceLine.COSTS).direction());
    }

    @Test
    void grandTotalsOfInvestmentsAreTheSumOfTheSeedsLines() {
        assertEquals(Money.parse("5.000,00"), total(ResourceLine.INVESTMENTS).budget());
        assertEquals(Money.ZERO, total(ResourceLine.INVESTMENTS).actual());
        assertEquals(Percentage.parse("-100%"), total(ResourceLine.INVESTMENTS).relative().orElseThrow());
    }

    @Test
    void everyObjectiveButMission033sContributesToTheTotals() {
        assertEquals(18, variance.root().contributors());
        assertFalse(variance.find("033").orElseThrow().variance().isPresent());
    }

    @Test
    void objective011_005_004SpentLessThanBudgetAndCollectedLessRevenue() {
        ResourceVariance v = variance.find("011-005-004").orElseThrow().variance().orElseThrow();
        assertEquals(Money.parse("257.143,00"), v.line(ResourceLine.COSTS).budget());
        assertEquals(Money.parse("229.720,66"), v.line(ResourceLine.COSTS).actual());
        assertEquals(Money.parse("-27.422,34"), v.line(ResourceLine.COSTS).absolute());
        assertEquals(Percentage.parse("-10,66%"), v.line(ResourceLine.COSTS).relative().orElseThrow());
        assertEquals(Direction.FAVOURABLE, v.line(ResourceLine.COSTS).direction());
        assertEquals(Money.parse("-20.000,00"), v.line(ResourceLine.REVENUES).absolute());
        assertEquals(Direction.UNFAVOURABLE, v.line(ResourceLine.REVENUES).direction());
    }

    @Test
    void objective012_004_001CollectedMoreRevenueThanBudgeted() {
        LineVariance revenues = variance.find("012-004-001").orElseThrow().variance().orElseThrow().line(ResourceLine.REVENUES);
        assertEquals(Money.parse("6.128,00"), revenues.absolute());
        assertEquals(Percentage.parse("10,05%"), revenues.relative().orElseThrow());
        assertEquals(Direction.FAVOURABLE, revenues.direction());
    }

    @Test
    void programAndMissionTotalsAddUpTheirObjectives() {
        assertEquals(Money.parse("493.950,00"), variance.find("011-005").orElseThrow().variance().orElseThrow().line(ResourceLine.COSTS).budget());
        assertEquals(Money.parse("28.226,81"), variance.find("032").orElseThrow().variance().orElseThrow().line(ResourceLine.COSTS).budget());
        assertEquals(Money.parse("9.407,42"), variance.find("032").orElseThrow().variance().orElseThrow().line(ResourceLine.COSTS).actual());
    }

    @Test
    void thePlanIsAchievedAt98_75PercentOverFourMeasurableMissions() {
        // (95 + 100 + 100 + 100) / 4; mission 033 has no objective and is left out
        assertEquals(Percentage.parse("98,75%"), achievement.root().score().orElseThrow());
        assertEquals("achieved", achievement.root().band().orElseThrow().label());
        assertFalse(achievement.find("033").orElseThrow().measurable());
    }

    @Test
    void mission011IsAchievedAt95PercentBecauseOf011_005_004() {
        // (100 + 100 + 75 + 100 + 100) / 5, with 011-005-003 not measurable
        assertEquals(Percentage.of(95), score("011"));
        assertEquals(Percentage.of(95), score("011-005"));
    }

    @Test
    void objective011_005_004IsPartiallyAchievedAt75Percent() {
        // the Polo Tecnologico was postponed (0%), the other three indicators are done (100%)
        AchievementNode node = achievement.find("011-005-004").orElseThrow();
        assertEquals(Percentage.of(75), node.score().orElseThrow());
        assertEquals("partially achieved", node.band().orElseThrow().label());
        assertEquals(Percentage.ZERO, node.children().get(0).score().orElseThrow());
        assertEquals("not achieved", node.children().get(0).band().orElseThrow().label());
    }

    @Test
    void objectivesWithNothingComparableAreNotMeasurableRatherThanZero() {
        assertFalse(achievement.find("011-005-003").orElseThrow().measurable());
        assertFalse(achievement.find("012-004-006").orElseThrow().measurable());
    }

    @Test
    void objectivesFullyAchieved() {
        for (String code : new String[] {"011-005-001", "012-004-001", "012-004-004", "016-005-001", "032-003-003"}) {
            assertEquals(Percentage.of(100), score(code), code);
        }
    }

    @Test
    void thePostponedPoloTecnologicoIndicatorKeepsItsTexts() {
        Indicator i = plan.objective("011-005-004").orElseThrow().indicators().get(0);
        assertEquals("Polo Tecnologico Lucchese", i.name());
        assertEquals("Completamento struttura", i.measures().orElseThrow());
        assertEquals("rinviato per ritardi nel completamento dei lavori delle aree esterne", i.result(2017).orElseThrow().text());
        assertEquals(ResultStatus.POSTPONED, i.result(2017).orElseThrow().reading().orElseThrow().status().orElseThrow());
        assertEquals(ResultStatus.PARTIALLY_ACHIEVED, i.result(2016).orElseThrow().reading().orElseThrow().status().orElseThrow());
    }

    @Test
    void theMediationQualityScoreIsReadAsNumbersAndCapped() {
        Indicator i = plan.objective("012-004-001").orElseThrow().indicators().get(1);
        assertEquals("Monitoraggio qualità del servizio", i.name());
        assertEquals(TargetOperator.AT_LEAST, i.target(2017).orElseThrow().reading().orElseThrow().operator());
        assertEquals(0, new BigDecimal("3").compareTo(i.target(2017).orElseThrow().reading().orElseThrow().value().orElseThrow()));
        assertEquals(0, new BigDecimal("4.7").compareTo(i.result(2017).orElseThrow().reading().orElseThrow().value().orElseThrow()));
        AchievementNode node = achievement.find("012-004-001").orElseThrow().children().get(1);
        assertEquals(Percentage.of(100), node.score().orElseThrow());
        String text = Render.canonical().explanation(node.explanation());
        assertTrue(text.contains("4.7/3 = 156.67%, capped at 100%"), text);
    }

    @Test
    void theProcessingTimeIsLowerIsBetterInDays() {
        Indicator i = plan.objective("012-004-004").orElseThrow().indicators().get(0);
        assertEquals(Polarity.LOWER_IS_BETTER, i.polarity());
        assertEquals(TargetOperator.AT_MOST, i.target(2017).orElseThrow().reading().orElseThrow().operator());
        assertEquals("tempo medio di lavorazione delle pratiche 2.9 gg", i.result(2017).orElseThrow().text());
        assertEquals(Unit.DAYS, i.result(2017).orElseThrow().reading().orElseThrow().unit().orElseThrow());
        assertEquals(0, new BigDecimal("2.9").compareTo(i.result(2017).orElseThrow().reading().orElseThrow().value().orElseThrow()));
    }

    @Test
    void blankResultsAreReadAsNothingReported() {
        Indicator merger = plan.objective("032-003-001").orElseThrow().indicators().get(3);
        assertEquals(ResultKind.NOTHING_REPORTED, merger.result(2017).orElseThrow().reading().orElseThrow().kind());
        assertFalse(achievement.find("032-003-001").orElseThrow().children().get(3).measurable());
    }
}
