package io.github.albero.json;

import io.github.albero.code.MissionCode;
import io.github.albero.code.ObjectiveCode;
import io.github.albero.code.ProgramCode;
import io.github.albero.measure.Quantity;
import io.github.albero.measure.Unit;
import io.github.albero.measure.Weight;
import io.github.albero.model.Administration;
import io.github.albero.model.Baseline;
import io.github.albero.model.Indicator;
import io.github.albero.model.IndicatorType;
import io.github.albero.model.Mission;
import io.github.albero.model.OperationalObjective;
import io.github.albero.model.Plan;
import io.github.albero.model.PlanKind;
import io.github.albero.model.Polarity;
import io.github.albero.model.Program;
import io.github.albero.model.ResourceAmounts;
import io.github.albero.model.Resources;
import io.github.albero.model.Result;
import io.github.albero.model.ResultReading;
import io.github.albero.model.ResultStatus;
import io.github.albero.model.StrategicObjective;
import io.github.albero.model.Target;
import io.github.albero.model.TargetReading;
import io.github.albero.model.YearResources;
import io.github.albero.money.Money;
import io.github.albero.period.Timeframe;
import io.github.albero.period.YearRange;
import java.math.BigDecimal;

/** Hand-built plans that use every member of the format. */
final class SamplePlans {
    private SamplePlans() {
    }

    static Indicator milestoneIndicator() {
        return Indicator.builder()
                .name("Sperimentazione di politiche concertate di sviluppo")
                .measures("Capacità di affermare il ruolo dell’ente")
                .type(IndicatorType.of("efficacia"))
                .unit("percentuale")
                .algorithm("% realizzazione attività programmate")
                .dataSource("rilevazione ufficio competente")
                .baseline(Baseline.ofText("prosegue l'attività"))
                .polarity(Polarity.MILESTONE)
                .putTargets(2016, Target.of("report", java.util.Optional.of(TargetReading.milestone())))
                .putTargets(2017, Target.of("report"))
                .putResults(2016, Result.of("100%", ResultReading.percentage(io.github.albero.measure.Percentage.of(100))))
                .putResults(2017, Result.builder().text("_____").reading(ResultReading.nothingReported())
                        .comment("nessuna attività nell'anno").build())
                .build();
    }

    static Indicator numericIndicator() {
        return Indicator.builder()
                .code("IND-7")
                .name("Tempi medi di evasione delle pratiche")
                .type(IndicatorType.of("efficienza"))
                .unit("giorni")
                .baseline(Baseline.builder().text("3,1 gg").value(Quantity.of(new BigDecimal("3.1"), Unit.DAYS)).year(2015).build())
                .polarity(Polarity.LOWER_IS_BETTER)
                .weight(Weight.of(new BigDecimal("33.5")))
                .putTargets(2017, Target.of("entro 3 gg", java.util.Optional.of(TargetReading.atMost(Quantity.of(BigDecimal.valueOf(3), Unit.DAYS)))))
                .putTargets(2018, Target.of("tra 2 e 2,5 gg", java.util.Optional.of(TargetReading.between(new BigDecimal("2"), new BigDecimal("2.5"), Unit.DAYS))))
                .putResults(2017, Result.of("2.9 gg", ResultReading.number(Quantity.of(new BigDecimal("2.9"), Unit.DAYS))))
                .putResults(2018, Result.of("raggiunto", ResultReading.status(ResultStatus.PARTIALLY_ACHIEVED)))
                .addNotes("transcribed from table 4", "second note")
                .build();
    }

    static StrategicObjective objective() {
        return StrategicObjective.builder()
                .code(ObjectiveCode.parse("011-005-001"))
                .title("PROGRAMMAZIONE TERRITORIALE")
                .description("Affermare il ruolo dell’ente \"promotore\"\nsu più righe")
                .timeframe(Timeframe.of("Biennio", YearRange.of(2017, 2018)))
                .responsibleUnit("Area dirigenziale")
                .weight(Weight.of(50))
                .addStakeholders("imprese", "associazioni di categoria")
                .resources(Resources.builder()
                        .putYears(2017, YearResources.builder()
                                .budget(ResourceAmounts.of(Money.of("0.10"), Money.parse("€ 5.000,00"), Money.ZERO))
                                .revisedBudget(ResourceAmounts.of(Money.ZERO, Money.of("4500"), Money.ZERO))
                                .actual(ResourceAmounts.of(Money.ZERO, Money.of("229720.66"), Money.of("999999999999999.99")))
                                .build())
                        .putYears(2016, YearResources.builder().actual(ResourceAmounts.ZERO).build())
                        .build())
                .declaredIndicatorCount(2)
                .addIndicators(milestoneIndicator(), numericIndicator())
                .addOperationalObjectives(OperationalObjective.builder()
                        .code("1.1")
                        .title("Realizzazione eventi")
                        .timeframe(Timeframe.of("Annuale"))
                        .addIndicators(Indicator.builder().name("Eventi realizzati").polarity(Polarity.HIGHER_IS_BETTER)
                                .putTargets(2017, Target.of("almeno 2 eventi", java.util.Optional.of(
                                        TargetReading.atLeast(Quantity.of(BigDecimal.valueOf(2), Unit.COUNT)))))
                                .build())
                        .build())
                .addOperationalObjectives(OperationalObjective.builder().title("Senza codice").resources(Resources.builder().build()).build())
                .addNotes("nota")
                .build();
    }

    static Plan full() {
        return Plan.builder()
                .kind(PlanKind.REPORT)
                .title("Relazione sulla performance 2017")
                .administration(Administration.builder().name("Camera di Commercio di Lucca").identifier("cciaa_lu").build())
                .referenceYear(2017)
                .horizon(YearRange.of(2016, 2018))
                .addMissions(Mission.builder()
                        .code(MissionCode.of("011"))
                        .title("Competitività e sviluppo delle imprese")
                        .addPrograms(Program.builder().code(ProgramCode.of("005")).title("Regolamentazione")
                                .addObjectives(objective()).addNotes("program note").build())
                        .addPrograms(Program.builder().code(ProgramCode.of("006")).title("Vuoto").build())
                        .addNotes("mission note")
                        .build())
                .addMissions(Mission.builder().code(MissionCode.of("032")).title("Servizi istituzionali").build())
                .addNotes("Transcribed by hand", "Tabella 3 omessa")
                .build();
    }

    static Plan minimal() {
        return Plan.builder()
                .kind(PlanKind.PLAN)
                .administration(Administration.of("Comune"))
                .referenceYear(2020)
                .horizon(YearRange.of(2020))
                .build();
    }
}
