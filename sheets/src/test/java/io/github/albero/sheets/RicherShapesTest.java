package io.github.albero.sheets;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import io.github.albero.code.MissionCode;
import io.github.albero.code.ObjectiveCode;
import io.github.albero.code.ProgramCode;
import io.github.albero.measure.Ratio;
import io.github.albero.measure.Weight;
import io.github.albero.model.Administration;
import io.github.albero.model.Breakdown;
import io.github.albero.model.BreakdownPart;
import io.github.albero.model.BreakdownRule;
import io.github.albero.model.Completeness;
import io.github.albero.model.Contribution;
import io.github.albero.model.CrossCuttingDimension;
import io.github.albero.model.Indicator;
import io.github.albero.model.IndicatorType;
import io.github.albero.model.Mission;
import io.github.albero.model.Monitoring;
import io.github.albero.model.OperationalObjective;
import io.github.albero.model.PeriodAggregation;
import io.github.albero.model.PeriodResult;
import io.github.albero.model.Plan;
import io.github.albero.model.PlanKind;
import io.github.albero.model.Polarity;
import io.github.albero.model.Program;
import io.github.albero.model.PublicValueObjective;
import io.github.albero.model.RatioDefinition;
import io.github.albero.model.RatioScale;
import io.github.albero.model.ReportingStatus;
import io.github.albero.model.Result;
import io.github.albero.model.StaffAllocation;
import io.github.albero.model.StrategicObjective;
import io.github.albero.model.Target;
import io.github.albero.model.TargetRevision;
import io.github.albero.period.MonitoringPeriod;
import io.github.albero.period.YearRange;
import io.github.albero.testkit.Generators;
import io.github.albero.testkit.Size;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.function.Predicate;
import org.junit.jupiter.api.Test;
import java.io.IOException;
import java.nio.file.Path;
import org.junit.jupiter.api.io.TempDir;

/**
 * The members the model gained for #13 — ratio definitions and parts, monitoring periods with
 * their targets, target revisions, breakdowns, staff in FTE, public-value objectives with their
 * indicators, contributions and cross-cutting dimensions — go through the template's columns and
 * sheets and come back equal, in XLSX and CSV.
 */
class RicherShapesTest {
    static Indicator ratioIndicator() {
        return Indicator.builder().code("VP1.1").name("Pratiche SUAP evase entro i termini").type(IndicatorType.of("efficienza"))
                .polarity(Polarity.HIGHER_IS_BETTER)
                .ratio(RatioDefinition.builder().numerator("pratiche evase entro 30 giorni").numeratorUnit("pratiche")
                        .denominator("pratiche ricevute").denominatorUnit("pratiche").build())
                .putTargets(2023, Target.builder().text(">= 80%").reading(io.github.albero.model.TargetReading.read(">= 80%"))
                        .addRevisions(TargetRevision.builder().date(LocalDate.of(2023, 7, 15)).text(">= 85%")
                                .reading(io.github.albero.model.TargetReading.read(">= 85%")).reason("nuovo portale telematico")
                                .act("delibera di Giunta n. 45 del 15/07/2023").build())
                        .addRevisions(TargetRevision.parse(LocalDate.of(2023, 10, 2), "almeno 90%"))
                        .build())
                .putResults(2023, Result.ofParts(Ratio.of(930, 1000), RatioScale.PERCENT)
                        .withBreakdowns(Breakdown.builder().dimension("canale")
                                .addParts(BreakdownPart.of("sportello", Ratio.of(130, 200)), BreakdownPart.of("telematico", Ratio.of(800, 800)))
                                .build()))
                .periodAggregation(PeriodAggregation.SUM)
                .putMonitoring(2023, Monitoring.builder().year(2023)
                        .addPeriods(PeriodResult.builder().period(MonitoringPeriod.half(2023, 2))
                                .result(Result.ofParts(Ratio.of(500, 520), RatioScale.PERCENT)).status(ReportingStatus.PROVISIONAL)
                                .completeness(Completeness.PARTIAL).build())
                        .addPeriods(PeriodResult.builder().period(MonitoringPeriod.half(2023, 1))
                                .result(Result.ofParts(Ratio.of(430, 480), RatioScale.PERCENT))
                                .target(Target.parse("almeno 75%")).build())
                        .build())
                .build();
    }

    static Indicator brokenDownIndicator() {
        return Indicator.builder().name("Imprese partecipanti agli eventi").polarity(Polarity.HIGHER_IS_BETTER)
                .breakdownRule(BreakdownRule.PARTS_EQUAL_TOTAL)
                .putTargets(2023, Target.parse("almeno 20 imprese"))
                .putResults(2023, Result.parse("n. 25").withBreakdowns(
                        Breakdown.builder().dimension("genere del titolare")
                                .addParts(BreakdownPart.of("donne", new BigDecimal("12")), BreakdownPart.of("uomini", new BigDecimal("13")))
                                .build(),
                        Breakdown.builder().dimension("territorio")
                                .addParts(BreakdownPart.of("Lucca", new BigDecimal("20.5")), BreakdownPart.of("Massa", new BigDecimal("4.5")))
                                .build()))
                .build();
    }

    static Indicator perMilleIndicator() {
        return Indicator.builder().name("Reclami per mille pratiche").polarity(Polarity.LOWER_IS_BETTER)
                .ratio(RatioDefinition.builder().numerator("reclami").denominator("pratiche").scale(RatioScale.PER_MILLE).build())
                .putResults(2022, Result.ofParts(Ratio.of(3, 0), RatioScale.PER_MILLE))
                .putResults(2023, Result.ofParts(Ratio.of(new BigDecimal("2.5"), new BigDecimal("1000")), RatioScale.PER_MILLE))
                .build();
    }

    /** A PIAO-shaped plan that uses every member the model gained for #13 (the same plan as json's RicherIndicatorsTest). */
    static Plan piao() {
        StrategicObjective so = StrategicObjective.builder().code(ObjectiveCode.parse("011-005-001")).title("Semplificare i servizi alle imprese")
                .addStaff(StaffAllocation.of("Area dei funzionari e dell'elevata qualificazione", new BigDecimal("2.5")),
                        StaffAllocation.of("Area degli istruttori", new BigDecimal("1")))
                .addIndicators(ratioIndicator(), brokenDownIndicator(), perMilleIndicator())
                .addOperationalObjectives(OperationalObjective.builder().code("OO.1").title("Digitalizzare lo sportello")
                        .addStaff(StaffAllocation.of("dirigenti", new BigDecimal("0.1")))
                        .addIndicators(Indicator.builder().name("Servizi digitali attivati").polarity(Polarity.HIGHER_IS_BETTER)
                                .putTargets(2023, Target.parse("almeno 3")).putResults(2023, Result.parse("4")).build())
                        .build())
                .build();
        StrategicObjective other = StrategicObjective.builder().code(ObjectiveCode.parse("011-005-002")).title("Promuovere il territorio").build();
        return Plan.builder().kind(PlanKind.PLAN).title("PIAO 2023-2025").administration(Administration.of("Camera di commercio di prova"))
                .referenceYear(2023).horizon(YearRange.of(2023, 2025))
                .addMissions(Mission.builder().code(MissionCode.of("011")).title("Competitività e sviluppo delle imprese")
                        .addPrograms(Program.builder().code(ProgramCode.of("005")).title("Regolamentazione").addObjectives(so, other).build())
                        .build())
                .addPublicValue(PublicValueObjective.builder().code("VP1").title("Imprese più competitive")
                        .description("Ridurre i tempi dei procedimenti").weight(Weight.of(60))
                        .addIndicators(Indicator.builder().name("Tempo medio di avvio d'impresa").type(IndicatorType.of("impatto"))
                                .polarity(Polarity.LOWER_IS_BETTER).putTargets(2023, Target.parse("<= 10 giorni"))
                                .putResults(2023, Result.parse("8 giorni")).build())
                        .addContributions(Contribution.of("011-005-001", Weight.of(70)), Contribution.of("OO.1", Weight.of(20)),
                                Contribution.of("VP2", Weight.of(10)))
                        .addDimensions(CrossCuttingDimension.of(CrossCuttingDimension.Known.ADMINISTRATIVE_SIMPLIFICATION),
                                CrossCuttingDimension.of("Accessibilità digitale"))
                        .addStakeholders("imprese").addNotes("dal PIAO, sezione 2.1")
                        .build())
                .addPublicValue(PublicValueObjective.builder().code("VP2").title("Un territorio più attrattivo")
                        .addContributions(Contribution.of("011-005-002")).build())
                .build();
    }

    @Test
    void aPiaoShapedPlanWithEveryNewMemberRoundTripsThroughXlsx() {
        Plan plan = piao();
        assertEquals(plan, RoundTripTest.viaXlsx(plan));
    }

    @Test
    void aPiaoShapedPlanWithEveryNewMemberRoundTripsThroughCsv(@TempDir Path tmp) throws IOException {
        Plan plan = piao();
        assertEquals(plan, RoundTripTest.viaCsv(plan, tmp));
    }

    @Test
    void theNewMembersGoToTheirOwnSheetsAndColumns(@TempDir Path tmp) {
        Path file = tmp.resolve("piao.xlsx");
        AlberoSheets.write(piao(), file);
        // the public-value objective's indicator comes first (ref 1): the ratio indicator is ref 2
        assertEquals(List.of("2", "01/07/2023", "31/12/2023"), shown(file, "Monitoraggio", 3).subList(0, 3));
        assertTrue(shown(file, "Revisioni", 2).containsAll(List.of("2", "2023", "15/07/2023", ">= 85%", "nuovo portale telematico",
                "delibera di Giunta n. 45 del 15/07/2023")), shown(file, "Revisioni", 2).toString());
        assertTrue(shown(file, "Scomposizioni", 2).containsAll(List.of("canale", "sportello", "130", "200")),
                shown(file, "Scomposizioni", 2).toString());
        assertTrue(shown(file, "Personale", 2).containsAll(List.of("011-005-001", "Area dei funzionari e dell'elevata qualificazione", "2,5")),
                shown(file, "Personale", 2).toString());
        assertTrue(shown(file, "Valore pubblico", 2).containsAll(List.of("VP1", "Imprese più competitive", "60")),
                shown(file, "Valore pubblico", 2).toString());
        assertEquals(List.of("VP1", "OO.1", "20"), shown(file, "Contributi", 3));
        assertTrue(shown(file, "Indicatori", 1).containsAll(List.of("Numeratore / Numerator", "Denominatore / Denominator",
                "Scala del rapporto / Ratio scale", "Aggregazione dei periodi / Period aggregation")), shown(file, "Indicatori", 1).toString());
    }

    /** {@return the non-empty cells of one row of a sheet, as shown} */
    static List<String> shown(Path file, String sheet, int row) {
        List<String> cells = new java.util.ArrayList<>();
        Problems problems = new Problems(100, true);
        try (XlsxSource source = XlsxSource.open(file, null, SheetLimits.DEFAULT, problems)) {
            Source.SheetInfo info = source.sheets().stream().filter(s -> s.name.equals(sheet)).findFirst().orElseThrow();
            source.read(info, (number, read) -> {
                if (number == row) {
                    for (Cell c : read) {
                        if (c != null) {
                            cells.add(c.shown());
                        }
                    }
                }
            });
        }
        return cells;
    }

    @Test
    void cleanGeneratedPlansWithEveryRicherShapeRoundTripThroughXlsx() {
        List<Plan> plans = Generators.cleanPlans(Size.defaults()).sample(13L, 60);
        int[] seen = new int[9];
        for (Plan generated : plans) {
            Plan plan = Carried.carried(generated);
            assertEquals(plan, RoundTripTest.viaXlsx(plan));
            count(seen, 0, plan, i -> i.ratio().isPresent());
            count(seen, 1, plan, i -> i.results().values().stream().anyMatch(r -> r.parts().isPresent()));
            count(seen, 2, plan, i -> !i.monitoring().isEmpty());
            count(seen, 3, plan, i -> i.targets().values().stream().anyMatch(t -> !t.revisions().isEmpty()));
            count(seen, 4, plan, i -> i.results().values().stream().anyMatch(r -> !r.breakdowns().isEmpty()));
            count(seen, 5, plan, i -> i.breakdownRule().isPresent());
            seen[6] += plan.objectives().stream().anyMatch(o -> !o.staff().isEmpty()) ? 1 : 0;
            seen[7] += plan.publicValue().isEmpty() ? 0 : 1;
            seen[8] += plan.publicValue().stream().anyMatch(v -> !v.indicators().isEmpty() && !v.dimensions().isEmpty()) ? 1 : 0;
        }
        for (int k = 0; k < seen.length; k++) {
            assertTrue(seen[k] >= 3, "shape " + k + " reached by only " + seen[k] + " of 60 plans");
        }
    }

    private static void count(int[] seen, int k, Plan plan, Predicate<Indicator> shape) {
        if (plan.indicators().stream().anyMatch(li -> shape.test(li.indicator()))) {
            seen[k]++;
        }
    }
}
