package io.github.albero.testkit;

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
import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * One hand-written PIAO-shaped plan holding every member the model gained for the PIAO (ratio
 * indicators and their parts, monitoring periods, target revisions, breakdowns, staff,
 * public value), shared by the modules that must carry them all (JSON, spreadsheets), so that
 * each round-trips the same plan.
 */
public final class PiaoFixture {
    private PiaoFixture() {
    }

    private static Indicator ratioIndicator() {
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

    private static Indicator brokenDownIndicator() {
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

    private static Indicator perMilleIndicator() {
        return Indicator.builder().name("Reclami per mille pratiche").polarity(Polarity.LOWER_IS_BETTER)
                .ratio(RatioDefinition.builder().numerator("reclami").denominator("pratiche").scale(RatioScale.PER_MILLE).build())
                .putResults(2022, Result.ofParts(Ratio.of(3, 0), RatioScale.PER_MILLE))
                .putResults(2023, Result.ofParts(Ratio.of(new BigDecimal("2.5"), new BigDecimal("1000")), RatioScale.PER_MILLE))
                .build();
    }

    /**
     * {@return a PIAO-shaped plan (2023, horizon 2023–2025) that uses every member the model
     * gained for the PIAO}: a ratio indicator with result parts, a breakdown by channel, two
     * half-year monitoring periods (one provisional and partial, one with its own target) and a
     * target revised twice (once with reason and act); an indicator broken down by two
     * dimensions; a per-mille ratio with a zero denominator; staff in FTE on a strategic and an
     * operational objective; two public-value objectives, the first with an impact indicator,
     * weighted contributions (from a strategic objective, an operational objective and the
     * other public-value objective) and cross-cutting dimensions. The figures are invented
     * to exercise the shapes; for a plan after a published PIAO see {@code albero-fixtures}'
     * {@code PiaoExample}.
     */
    public static Plan everyMember() {
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

    /** How many richer shapes {@link #richerShapesOf(Plan)} tells apart. */
    public static final int RICHER_SHAPES = 9;

    /**
     * Tells which richer shapes of the model (issue #13) a plan exercises, so that a round-trip test
     * over generated plans can show that it met each of them. The shapes, in this order: 0 a ratio
     * indicator, 1 a result given as numerator and denominator, 2 monitoring periods, 3 a target
     * revision, 4 a breakdown, 5 a breakdown rule, 6 staff, 7 a public-value objective, 8 a
     * public-value objective with impact indicators and cross-cutting dimensions.
     *
     * @param plan any plan
     * @return {@link #RICHER_SHAPES} flags, true where the plan exercises that shape
     */
    public static boolean[] richerShapesOf(Plan plan) {
        boolean[] has = new boolean[RICHER_SHAPES];
        for (var located : plan.indicators()) {
            Indicator i = located.indicator();
            has[0] |= i.ratio().isPresent();
            has[1] |= i.results().values().stream().anyMatch(r -> r.parts().isPresent());
            has[2] |= !i.monitoring().isEmpty();
            has[3] |= i.targets().values().stream().anyMatch(t -> !t.revisions().isEmpty());
            has[4] |= i.results().values().stream().anyMatch(r -> !r.breakdowns().isEmpty());
            has[5] |= i.breakdownRule().isPresent();
        }
        has[6] = plan.objectives().stream().anyMatch(o -> !o.staff().isEmpty());
        has[7] = !plan.publicValue().isEmpty();
        has[8] = plan.publicValue().stream().anyMatch(v -> !v.indicators().isEmpty() && !v.dimensions().isEmpty());
        return has;
    }
}
