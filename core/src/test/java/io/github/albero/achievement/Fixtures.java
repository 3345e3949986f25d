package io.github.albero.achievement;

import io.github.albero.code.MissionCode;
import io.github.albero.code.ObjectiveCode;
import io.github.albero.code.ProgramCode;
import io.github.albero.measure.Percentage;
import io.github.albero.measure.Quantity;
import io.github.albero.measure.Unit;
import io.github.albero.measure.Weight;
import io.github.albero.model.Administration;
import io.github.albero.model.Baseline;
import io.github.albero.model.Indicator;
import io.github.albero.model.Mission;
import io.github.albero.model.OperationalObjective;
import io.github.albero.model.Plan;
import io.github.albero.model.PlanKind;
import io.github.albero.model.Polarity;
import io.github.albero.model.Program;
import io.github.albero.model.Result;
import io.github.albero.model.ResultReading;
import io.github.albero.model.StrategicObjective;
import io.github.albero.model.Target;
import io.github.albero.model.TargetReading;
import io.github.albero.period.YearRange;
import java.math.BigDecimal;
import java.util.List;

/** Small indicators and plans built with the model's builders, for the achievement tests. */
final class Fixtures {
    static final int YEAR = 2017;

    private Fixtures() {
    }

    static BigDecimal dec(String s) {
        return new BigDecimal(s);
    }

    static Percentage pct(String points) {
        return Percentage.of(new BigDecimal(points));
    }

    static Target atLeast(String value) {
        return Target.of("almeno " + value, java.util.Optional.of(TargetReading.atLeast(Quantity.of(dec(value)))));
    }

    static Target atMost(String value) {
        return Target.of("non superiore a " + value, java.util.Optional.of(TargetReading.atMost(Quantity.of(dec(value)))));
    }

    static Target exactly(String value) {
        return Target.of(value, java.util.Optional.of(TargetReading.exactly(Quantity.of(dec(value)))));
    }

    static Target between(String low, String high) {
        return Target.of("tra " + low + " e " + high, java.util.Optional.of(TargetReading.between(dec(low), dec(high), null)));
    }

    static Result number(String value) {
        return Result.of(value, ResultReading.number(Quantity.of(dec(value))));
    }

    static Result number(String value, Unit unit) {
        return Result.of(value + " " + unit, ResultReading.number(Quantity.of(dec(value), unit)));
    }

    static Indicator indicator(String name, Polarity polarity, Target target, Result result) {
        Indicator.Builder b = Indicator.builder().name(name).polarity(polarity);
        if (target != null) {
            b.putTargets(YEAR, target);
        }
        if (result != null) {
            b.putResults(YEAR, result);
        }
        return b.build();
    }

    static Indicator indicator(Polarity polarity, Target target, Result result) {
        return indicator("Indicator", polarity, target, result);
    }

    static Indicator withBaseline(Indicator i, String value) {
        return Indicator.builder().from(i).baseline(Baseline.builder().value(Quantity.of(dec(value))).build()).build();
    }

    static Indicator weighted(Indicator i, String weight) {
        return Indicator.builder().from(i).weight(Weight.of(dec(weight))).build();
    }

    /** A milestone indicator with the given 2017 result text, read as the documents are. */
    static Indicator milestone(String name, String result, String weight) {
        Indicator.Builder b = Indicator.builder().name(name).polarity(Polarity.MILESTONE).putTargets(YEAR, Target.parse("report"));
        if (result != null) {
            b.putResults(YEAR, Result.parse(result));
        }
        if (weight != null) {
            b.weight(Weight.of(dec(weight)));
        }
        return b.build();
    }

    static StrategicObjective objective(String code, List<Indicator> indicators) {
        return StrategicObjective.builder().code(ObjectiveCode.parse(code)).title("Objective " + ObjectiveCode.parse(code))
                .addAllIndicators(indicators).build();
    }

    static StrategicObjective objective(String code, String weight, List<Indicator> indicators) {
        return StrategicObjective.builder().from(objective(code, indicators)).weight(Weight.of(dec(weight))).build();
    }

    static OperationalObjective operational(String code, List<Indicator> indicators) {
        return OperationalObjective.builder().code(code).title("Operational " + code).addAllIndicators(indicators).build();
    }

    static Program program(String code, List<StrategicObjective> objectives) {
        return Program.builder().code(ProgramCode.of(code)).title("Program " + code).addAllObjectives(objectives).build();
    }

    static Mission mission(String code, List<Program> programs) {
        return Mission.builder().code(MissionCode.of(code)).title("Mission " + code).addAllPrograms(programs).build();
    }

    static Plan plan(List<Mission> missions) {
        return Plan.builder().kind(PlanKind.REPORT).administration(Administration.of("Camera di Commercio di Lucca"))
                .referenceYear(YEAR).horizon(YearRange.of(2016, 2018)).addAllMissions(missions).build();
    }

    /** A plan with a single mission 011, program 005 and the given objectives. */
    static Plan planOf(StrategicObjective... objectives) {
        return plan(List.of(mission("011", List.of(program("005", List.of(objectives))))));
    }

    /**
     * Objective 011-005-004 of the seed's 2017 report (FAVORIRE LO START UP …), with the four
     * indicators whose texts the seed gives, targets and results transcribed verbatim.
     */
    static StrategicObjective seed011005004() {
        Indicator polo = Indicator.builder()
                .name("Polo Tecnologico Lucchese: completamento struttura")
                .unit("% realizzazione attività programmate")
                .polarity(Polarity.MILESTONE)
                .putTargets(2016, Target.parse("completamento degli affidamenti dei lavori per la sistemazione aree esterne."))
                .putTargets(2017, Target.parse("progetto integrato di manutenzione del complesso: predisposizione e prima attuazione"))
                .putTargets(2018, Target.parse("monitoraggio funzionamento dell'intero complesso"))
                .putResults(2016, Result.parse("parziale realizzazione, in corso di completamento"))
                .putResults(2017, Result.parse("rinviato per ritardi nel completamento dei lavori delle aree esterne"))
                .build();
        Indicator startUp = Indicator.builder()
                .name("Start up innovative")
                .unit("% realizzazione attività programmate")
                .polarity(Polarity.MILESTONE)
                .putTargets(2016, Target.parse("Realizzazione di un progetto per favorire la nascita e lo sviluppo di start up innovative"))
                .putTargets(2017, Target.parse("Prosecuzione del progetto per favorire la nascita e lo sviluppo di start up innovative."))
                .putTargets(2018, Target.parse("Prosecuzione del progetto per favorire la nascita e lo sviluppo di start up innovative."))
                .putResults(2016, Result.parse("100%"))
                .putResults(2017, Result.parse("100%"))
                .build();
        Indicator alternanza = Indicator.builder()
                .name("Alternanza scuola-lavoro")
                .unit("% realizzazione attività programmate")
                .polarity(Polarity.MILESTONE)
                .putTargets(2016, Target.parse("_____"))
                .putTargets(2017, Target.parse("Progettazione e svolgimento delle attività di alternanza scuola‐lavoro."))
                .putTargets(2018, Target.parse("Progettazione e svolgimento delle attività di alternanza scuola‐lavoro."))
                .putResults(2016, Result.parse("_____"))
                .putResults(2017, Result.parse("100%"))
                .build();
        Indicator competenze = Indicator.builder()
                .name("Certificazione delle competenze")
                .unit("% realizzazione attività programmate")
                .polarity(Polarity.MILESTONE)
                .putTargets(2016, Target.parse("_____"))
                .putTargets(2017, Target.parse("Progettazione e prima attivazione dei servizi di certificazione delle competenze e di "
                        + "orientamento professionale"))
                .putTargets(2018, Target.parse("Prosecuzione applicazione dei servizi di certificazione delle competenze e di "
                        + "orientamento professionale."))
                .putResults(2016, Result.parse("_____"))
                .putResults(2017, Result.parse("100%"))
                .build();
        return StrategicObjective.builder()
                .code(ObjectiveCode.parse("011‐005‐004"))
                .title("FAVORIRE LO START UP, SOSTENERE LO SVILUPPO D’IMPRESA E VALORIZZARE LE RISORSE UMANE.")
                .declaredIndicatorCount(5)
                .addIndicators(polo, startUp, alternanza, competenze)
                .build();
    }
}
