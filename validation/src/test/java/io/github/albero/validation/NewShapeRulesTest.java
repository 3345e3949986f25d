package io.github.albero.validation;

import static io.github.albero.validation.Fixtures.INDICATOR;
import static io.github.albero.validation.Fixtures.mapIndicator;
import static io.github.albero.validation.Fixtures.report;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.albero.measure.Ratio;
import io.github.albero.model.Breakdown;
import io.github.albero.model.BreakdownPart;
import io.github.albero.model.BreakdownRule;
import io.github.albero.model.Completeness;
import io.github.albero.model.Contribution;
import io.github.albero.model.Indicator;
import io.github.albero.model.Monitoring;
import io.github.albero.model.PeriodResult;
import io.github.albero.model.Plan;
import io.github.albero.model.PublicValueObjective;
import io.github.albero.model.RatioDefinition;
import io.github.albero.model.RatioScale;
import io.github.albero.model.ReportingStatus;
import io.github.albero.model.Result;
import io.github.albero.model.Target;
import io.github.albero.model.TargetRevision;
import io.github.albero.period.MonitoringPeriod;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The rules of ratio indicators, monitoring periods, target revisions, breakdowns and public value: each broken alone, and a near miss. */
class NewShapeRulesTest {
    private static final PlanValidator VALIDATOR = PlanValidator.create();

    private static void assertOnly(RuleCode code, String path, Plan plan) {
        ValidationReport r = VALIDATOR.validate(plan);
        assertEquals(Set.of(code), r.codes(), r::toString);
        assertTrue(r.findings().stream().anyMatch(f -> f.path().toString().equals(path)), () -> "no finding at " + path + "\n" + r);
    }

    private static void assertClean(Plan plan) {
        ValidationReport r = VALIDATOR.validate(plan);
        assertTrue(r.isEmpty(), r::toString);
    }

    private static Plan revised(TargetRevision revision) {
        return mapIndicator(report(), i -> i.withTargets(java.util.Map.of(2016, i.targets().get(2016), 2018, i.targets().get(2018),
                2017, Target.builder().from(i.targets().get(2017)).addRevisions(revision).build())));
    }

    @Test
    void warnsOfATargetRevisionWithoutReason() {
        TargetRevision r = TargetRevision.parse(LocalDate.of(2017, 7, 15), "realizzazione di almeno 3 eventi");
        assertOnly(RuleCode.TARGET_REVISION_WITHOUT_REASON, INDICATOR + ".targets[2017].revisions[0]", revised(r));
        assertClean(revised(r.withReason("nuovo bando regionale").withAct("delibera n. 45")));
    }

    @Test
    void warnsOfATargetRevisionDatedAfterTheYearItChanges() {
        TargetRevision r = TargetRevision.parse(LocalDate.of(2018, 1, 15), "realizzazione di almeno 3 eventi").withReason("ritardo");
        assertOnly(RuleCode.TARGET_REVISION_AFTER_PERIOD, INDICATOR + ".targets[2017].revisions[0].date", revised(r));
        assertClean(revised(r.withDate(LocalDate.of(2017, 12, 31))));
    }

    private static Plan brokenDown(BreakdownRule rule, long women, long men) {
        Breakdown b = Breakdown.builder().dimension("genere")
                .addParts(BreakdownPart.of("donne", BigDecimal.valueOf(women)), BreakdownPart.of("uomini", BigDecimal.valueOf(men))).build();
        return mapIndicator(report(), i -> Indicator.builder().from(i).breakdownRule(rule)
                .putResults(2017, Result.builder().from(i.results().get(2017)).addBreakdowns(b).build()).build());
    }

    @Test
    void flagsBreakdownsThatDisagreeWithOrExceedTheTotal() {
        // the 2017 result is "n. 3"
        assertOnly(RuleCode.BREAKDOWN_DISAGREES_WITH_TOTAL, INDICATOR + ".results[2017].breakdowns[0]", brokenDown(BreakdownRule.PARTS_EQUAL_TOTAL, 1, 1));
        assertOnly(RuleCode.BREAKDOWN_EXCEEDS_TOTAL, INDICATOR + ".results[2017].breakdowns[0]", brokenDown(BreakdownRule.PARTS_EQUAL_TOTAL, 2, 2));
        assertOnly(RuleCode.BREAKDOWN_EXCEEDS_TOTAL, INDICATOR + ".results[2017].breakdowns[0]", brokenDown(BreakdownRule.PARTS_NOT_ABOVE_TOTAL, 2, 2));
        assertClean(brokenDown(BreakdownRule.PARTS_EQUAL_TOTAL, 1, 2));
        assertClean(brokenDown(BreakdownRule.PARTS_NOT_ABOVE_TOTAL, 1, 1));
    }

    private static Plan ratio(Result y2016, Result y2017) {
        return mapIndicator(report(), i -> Indicator.builder().from(i).unit("percentuale")
                .ratio(RatioDefinition.of("pratiche evase entro 5 giorni", "pratiche ricevute"))
                .putTargets(2016, Target.parse("almeno 80%")).putTargets(2017, Target.parse("almeno 80%")).putTargets(2018, Target.parse("almeno 85%"))
                .putResults(2016, y2016).putResults(2017, y2017).build());
    }

    @Test
    void flagsRatioResultsWithoutPartsOrWithAZeroDenominator() {
        Result ok = Result.ofParts(Ratio.of(85, 100), RatioScale.PERCENT);
        assertOnly(RuleCode.RATIO_RESULT_WITHOUT_PARTS, INDICATOR + ".results[2016]", ratio(Result.parse("85%"), ok));
        assertOnly(RuleCode.RATIO_ZERO_DENOMINATOR, INDICATOR + ".results[2017].parts", ratio(ok, Result.ofParts(Ratio.of(0, 0), RatioScale.PERCENT)));
        assertClean(ratio(ok, ok));
    }

    private static Plan monitored(int year, PeriodResult period) {
        return mapIndicator(report(), i -> Indicator.builder().from(i).periodAggregation(io.github.albero.model.PeriodAggregation.SUM)
                .putMonitoring(year, Monitoring.builder().year(year).addPeriods(period).build()).build());
    }

    @Test
    void flagsMonitoringOutsideTheHorizonAndUnsettledPeriodsOfAReport() {
        PeriodResult h1 = PeriodResult.of(MonitoringPeriod.half(2019, 1), Result.parse("n. 1"));
        assertOnly(RuleCode.MONITORING_OUTSIDE_HORIZON, INDICATOR + ".monitoring[2019]", monitored(2019, h1));
        PeriodResult provisional = PeriodResult.builder().period(MonitoringPeriod.half(2017, 1)).result(Result.parse("n. 1"))
                .status(ReportingStatus.PROVISIONAL).build();
        assertOnly(RuleCode.PERIOD_RESULT_NOT_FINAL, INDICATOR + ".monitoring[2017].periods[0]", monitored(2017, provisional));
        assertOnly(RuleCode.PERIOD_RESULT_NOT_FINAL, INDICATOR + ".monitoring[2017].periods[0]",
                monitored(2017, provisional.withStatus(ReportingStatus.FINAL).withCompleteness(Completeness.PARTIAL)));
        assertClean(monitored(2017, provisional.withStatus(ReportingStatus.FINAL)));
    }

    @Test
    void warnsOfAPublicValueObjectiveWithNothingToMeasureItBy() {
        PublicValueObjective empty = PublicValueObjective.builder().code("VP1").title("Imprese più competitive").build();
        assertOnly(RuleCode.PUBLIC_VALUE_UNMEASURED, "publicValue[VP1]", report().withPublicValue(empty));
        assertClean(report().withPublicValue(empty.withContributions(Contribution.of("011-005-001"))));
    }

    @Test
    void impactIndicatorsGetEveryIndicatorRule() {
        Indicator impact = Fixtures.indicator().withUnit(Optional.empty());
        PublicValueObjective vp = PublicValueObjective.builder().code("VP1").title("Imprese più competitive").addIndicators(impact).build();
        assertOnly(RuleCode.INDICATOR_FIELD_MISSING, "publicValue[VP1].indicators[0].unit", report().withPublicValue(vp));
    }

    @Test
    void newRulesSpeakItalianAndEnglish() {
        TargetRevision r = TargetRevision.parse(LocalDate.of(2017, 7, 15), "realizzazione di almeno 3 eventi");
        ValidationReport report = VALIDATOR.validate(revised(r));
        Finding f = report.findings().get(0);
        assertEquals("The target revision \"realizzazione di almeno 3 eventi\" of 15/07/2017 (2017) gives no reason.", f.message(Locale.ENGLISH));
        assertEquals("La rimodulazione del target \"realizzazione di almeno 3 eventi\" del 15/07/2017 (2017) non indica la motivazione.",
                f.message(Locale.ITALIAN));
    }
}
