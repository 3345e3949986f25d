package io.github.albero.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.albero.achievement.AchievementCalculator;
import io.github.albero.achievement.AchievementReport;
import io.github.albero.model.Plan;
import io.github.albero.model.ResourceLine;
import io.github.albero.model.StrategicObjective;
import io.github.albero.testkit.Generators;
import io.github.albero.validation.PlanValidator;
import io.github.albero.validation.Severity;
import io.github.albero.variance.LineVariance;
import io.github.albero.variance.VarianceCalculator;
import io.github.albero.variance.VarianceReport;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The summary's figures are the calculators' figures, and the page shows them. */
class SummaryTest {
    private static void agreesWithTheCalculators(Plan plan, int year) {
        Summary s = Summary.of(Analysis.of(plan, year));
        AchievementReport achievement = AchievementCalculator.defaults().evaluate(plan, year);
        VarianceReport variance = VarianceCalculator.againstBudget().evaluate(plan, year);
        assertEquals(achievement.root().score(), s.headline());
        assertEquals(achievement.root().measurable() ? achievement.root().band() : java.util.Optional.empty(), s.headlineBand());
        int total = 0;
        for (Map.Entry<String, Integer> e : s.objectivesByBand().entrySet()) {
            int expected = 0;
            for (StrategicObjective o : plan.objectives()) {
                var n = achievement.find(o.code().toString()).orElseThrow();
                String band = n.measurable() && n.band().isPresent() ? n.band().get().label() : Summary.NOT_MEASURABLE;
                expected += band.equals(e.getKey()) ? 1 : 0;
            }
            assertEquals(expected, e.getValue(), e.getKey());
            total += e.getValue();
        }
        assertEquals(plan.objectives().size(), total);
        assertEquals(variance.root().variance(), s.totals());
        assertEquals(PlanValidator.create().validate(plan).withSeverity(Severity.ERROR), s.errors());
    }

    @Test
    void theRealReportsSummaryIsTheCalculatorsAndThePageShowsIt() {
        Plan plan = Pages.realReport();
        agreesWithTheCalculators(plan, 2017);
        Summary s = Summary.of(Analysis.of(plan, 2017));
        assertEquals("98.75", s.headline().orElseThrow().points().stripTrailingZeros().toPlainString());
        assertEquals(Map.of("achieved", 15, "partially achieved", 1, "not achieved", 0, Summary.NOT_MEASURABLE, 2), s.objectivesByBand());
        LineVariance revenues = s.totals().orElseThrow().line(ResourceLine.REVENUES);
        assertEquals("518660.00", revenues.budget().amount().toPlainString());
        assertEquals("444466.94", revenues.actual().amount().toPlainString());
        assertEquals(1, s.errors().size());
        String html = ReportRenderer.of(Locale.ITALIAN).html(Analysis.of(plan, 2017));
        String summary = html.substring(html.indexOf("id=\"summary\""), html.indexOf("id=\"schede\""));
        assertTrue(summary.contains(">98,75%<"));
        assertTrue(summary.contains("€ 518.660,00") && summary.contains("€ 444.466,94") && summary.contains("-€ 74.193,06"));
        assertTrue(summary.contains("€ 933.226,81") && summary.contains("€ 848.090,85"));
        assertTrue(summary.contains("✗ sfavorevole") && summary.contains("✓ favorevole"));
        assertTrue(summary.contains("investimenti"));
        assertTrue(summary.contains(">15</td>") && summary.contains(">2</td>"));
    }

    @Test
    void generatedPlansSummariesAreTheCalculators() {
        for (Plan p : Generators.plans().sample(7L, 30)) {
            agreesWithTheCalculators(p, p.referenceYear());
        }
    }

    @Test
    void theYearChangesEverySection() {
        Plan plan = Pages.realReport();
        String html = ReportRenderer.of(Locale.ENGLISH).html(Analysis.of(plan, 2016));
        assertTrue(html.contains("Performance report · year 2016"));
        assertTrue(html.contains("Overall achievement 2016"));
        assertTrue(html.contains("2016 (year evaluated)"));
        assertFalse(html.contains("(year evaluated)") && html.contains("2017 (year evaluated)"));
        assertFalse(html.contains("Overall achievement 2017"));
    }
}
