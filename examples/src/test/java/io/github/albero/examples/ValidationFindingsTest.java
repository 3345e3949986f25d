package io.github.albero.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.albero.validation.Finding;
import io.github.albero.validation.PlanValidator;
import io.github.albero.validation.RuleCode;
import io.github.albero.validation.Severity;
import io.github.albero.validation.ValidationReport;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The findings of the real report. Each one traces back to a case of the transcription notes
 * (examples/README.md) or to a real gap in the document; a change here means either the data
 * or the rulebook changed, and the README should say why.
 */
class ValidationFindingsTest {
    private static ValidationReport report;

    @BeforeAll
    static void validate() {
        report = PlanValidator.create().validate(BundledReport.load());
    }

    @Test
    void theRealReportHasOneErrorTwentyTwoWarningsAndSixteenNotes() {
        assertEquals(1, report.errors().size());
        // 18, and the four literal contradictions of ALB-TXT-004 ("> 5 giorni" transcribed as atMost 5 gg in
        // 2016-2018, "=< 3,5" as atLeast 3.5 in 2018): the transcription keeps the document's evident intent
        assertEquals(22, report.warnings().size());
        assertEquals(16, report.infos().size());
    }

    @Test
    void theOnlyErrorIs011_005_004DeclaringFiveIndicatorsWithFourListed() {
        Finding f = report.errors().get(0);
        assertEquals(RuleCode.INDICATOR_COUNT_MISMATCH, f.code());
        assertEquals("ALB-CON-001", f.code().code());
        assertEquals("missions[011].programs[005].objectives[011-005-004].declaredIndicatorCount", f.path().toString());
        assertEquals("L'obiettivo dichiara 5 indicatori associati ma ne elenca 4.", f.message(Locale.ITALIAN));
    }

    @Test
    void targetsCountedInNumbersButReportedInPercentAreFlaggedOnFourPages() {
        List<String> paths = report.withCode(RuleCode.RESULT_UNIT_INCOMPATIBLE).stream().map(f -> f.path().toString())
                .collect(Collectors.toList());
        assertEquals(8, paths.size());
        assertTrue(paths.contains("missions[016].programs[005].objectives[016-005-001].indicators[0].results[2017]"), paths.toString());
    }

    @Test
    void unusedBudgetsAreWarnedWithTheirAmount() {
        Finding f = report.withCode(RuleCode.BUDGET_UNUSED).get(0);
        assertEquals("missions[011].programs[005].objectives[011-005-001].resources[2017].budget.costs", f.path().toString());
        assertTrue(f.message(Locale.ITALIAN).contains("€ 5.000,00"), f.message(Locale.ITALIAN));
        assertEquals(Severity.WARNING, f.severity());
    }

    @Test
    void everyFindingHasTheExpectedCodeAndPath() {
        String expected = String.join("\n",
                "ALB-RES-002 missions[011].programs[005].objectives[011-005-001].resources[2017].budget.costs",
                "ALB-STR-002 missions[011].programs[005].objectives[011-005-002].indicators[1].baseline",
                "ALB-TXT-001 missions[011].programs[005].objectives[011-005-002].indicators[1].targets[2016]",
                "ALB-CON-004 missions[011].programs[005].objectives[011-005-002].indicators[1].targets[2017]",
                "ALB-TXT-001 missions[011].programs[005].objectives[011-005-002].indicators[1].targets[2017]",
                "ALB-RES-002 missions[011].programs[005].objectives[011-005-002].resources[2017].budget.costs",
                "ALB-RES-002 missions[011].programs[005].objectives[011-005-003].resources[2017].budget.costs",
                "ALB-CON-001 missions[011].programs[005].objectives[011-005-004].declaredIndicatorCount",
                "ALB-TXT-001 missions[011].programs[005].objectives[011-005-004].indicators[2].targets[2016]",
                "ALB-TXT-001 missions[011].programs[005].objectives[011-005-004].indicators[3].targets[2016]",
                "ALB-CON-002 missions[011].programs[005].objectives[011-005-005].indicators[0].results[2016]",
                "ALB-CON-002 missions[011].programs[005].objectives[011-005-005].indicators[0].results[2017]",
                "ALB-RES-002 missions[011].programs[005].objectives[011-005-006].resources[2017].budget.investments",
                "ALB-CON-002 missions[012].programs[004].objectives[012-004-002].indicators[1].results[2016]",
                "ALB-CON-002 missions[012].programs[004].objectives[012-004-002].indicators[1].results[2017]",
                "ALB-STR-001 missions[012].programs[004].objectives[012-004-004].indicators[0].algorithm",
                "ALB-TXT-004 missions[012].programs[004].objectives[012-004-004].indicators[0].targets[2016].reading",
                "ALB-TXT-004 missions[012].programs[004].objectives[012-004-004].indicators[0].targets[2017].reading",
                "ALB-TXT-004 missions[012].programs[004].objectives[012-004-004].indicators[0].targets[2018].reading",
                "ALB-TXT-004 missions[012].programs[004].objectives[012-004-004].indicators[2].targets[2018].reading",
                "ALB-TXT-001 missions[012].programs[004].objectives[012-004-005].indicators[0].targets[2016]",
                "ALB-CON-002 missions[012].programs[004].objectives[012-004-006].indicators[0].results[2016]",
                "ALB-CON-002 missions[012].programs[004].objectives[012-004-006].indicators[0].results[2017]",
                "ALB-CON-002 missions[016].programs[005].objectives[016-005-001].indicators[0].results[2016]",
                "ALB-CON-002 missions[016].programs[005].objectives[016-005-001].indicators[0].results[2017]",
                "ALB-STR-006 missions[016].title",
                "ALB-RES-002 missions[032].programs[002].objectives[032-002-001].resources[2017].budget.costs",
                "ALB-TXT-001 missions[032].programs[003].objectives[032-003-001].indicators[1].targets[2016]",
                "ALB-TXT-001 missions[032].programs[003].objectives[032-003-001].indicators[1].targets[2017]",
                "ALB-TXT-001 missions[032].programs[003].objectives[032-003-001].indicators[1].targets[2018]",
                "ALB-TXT-001 missions[032].programs[003].objectives[032-003-001].indicators[2].targets[2016]",
                "ALB-TXT-001 missions[032].programs[003].objectives[032-003-001].indicators[2].targets[2017]",
                "ALB-TXT-001 missions[032].programs[003].objectives[032-003-001].indicators[2].targets[2018]",
                "ALB-TXT-002 missions[032].programs[003].objectives[032-003-002].indicators[3].results[2016]",
                "ALB-RES-002 missions[032].programs[003].objectives[032-003-003].resources[2017].budget.costs",
                "ALB-STR-006 missions[032].title",
                "ALB-STR-010 missions[033].programs[001]",
                "ALB-STR-010 missions[033].programs[002]",
                "ALB-STR-007 missions[033].programs[002].title");
        String actual = report.findings().stream().map(f -> f.code().code() + " " + f.path()).collect(Collectors.joining("\n"));
        assertEquals(expected, actual);
    }

    @Test
    void theMissionTitlesThatDifferFromTheClassificationAreOnlyNoted() {
        List<Finding> titles = report.withCode(RuleCode.MISSION_TITLE_DIFFERS);
        assertEquals(2, titles.size());
        titles.forEach(f -> assertEquals(Severity.INFO, f.severity()));
        assertFalse(report.codes().contains(RuleCode.MISSION_UNKNOWN));
        assertFalse(report.codes().contains(RuleCode.PROGRAM_UNKNOWN));
    }
}
