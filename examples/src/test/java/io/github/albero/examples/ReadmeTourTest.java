package io.github.albero.examples;

import io.github.albero.render.Render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.albero.achievement.AchievementCalculator;
import io.github.albero.achievement.AchievementNode;
import io.github.albero.achievement.AchievementReport;
import io.github.albero.json.AlberoJson;
import io.github.albero.measure.Percentage;
import io.github.albero.model.Plan;
import io.github.albero.model.ResourceLine;
import io.github.albero.money.Money;
import io.github.albero.validation.PlanValidator;
import io.github.albero.validation.ValidationReport;
import io.github.albero.variance.VarianceCalculator;
import io.github.albero.variance.VarianceReport;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Keeps the README's tour compiling and true on the real report. */
class ReadmeTourTest {
    @Test
    void theReadmeTourReadsValidatesAndComputesTheRealReport() {
        // the README runs from the repository root; tests run from the module
        Plan report = AlberoJson.read(Path.of("../fixtures/src/main/resources/io/github/albero/fixtures/report-2017.json"));
        ValidationReport findings = PlanValidator.create().validate(report);
        assertTrue(findings.render(Locale.ITALIAN).contains("ALB-CON-001"));

        AchievementReport achievement = AchievementCalculator.defaults().evaluate(report, 2017);
        assertEquals(Optional.of(Percentage.of(75)), achievement.find("011-005-004").flatMap(AchievementNode::score));
        assertTrue(Render.of(Locale.ITALIAN).report(achievement).contains("parzialmente raggiunto"));

        VarianceReport variance = VarianceCalculator.againstBudget().evaluate(report, 2017);
        Money costs = variance.root().variance().get().line(ResourceLine.COSTS).absolute();
        assertTrue(costs.isNegative(), costs.toString());
    }

    @Test
    void theReadmeRendersTheReportAsHtmlAndMarkdown(@org.junit.jupiter.api.io.TempDir Path dir) throws Exception {
        Plan report = AlberoJson.read(Path.of("../fixtures/src/main/resources/io/github/albero/fixtures/report-2017.json"));
        io.github.albero.report.Analysis analysis = io.github.albero.report.Analysis.of(report, 2017);
        io.github.albero.report.ReportRenderer it = io.github.albero.report.ReportRenderer.of(Locale.ITALIAN).withSource("relazione-2017.json");
        Path html = it.write(analysis, io.github.albero.report.ReportFormat.HTML, dir.resolve("relazione-2017.html"));
        assertTrue(java.nio.file.Files.readString(html).contains("98,75%"));
        assertTrue(it.markdown(analysis).contains("## Sintesi"));
        assertEquals(0, io.github.albero.report.Summary.of(analysis).headline().orElseThrow().points()
                .compareTo(new java.math.BigDecimal("98.75")));
    }
}
