package io.github.albero.validation;

import io.github.albero.code.MissionCode;
import io.github.albero.code.ObjectiveCode;
import io.github.albero.code.ProgramCode;
import io.github.albero.model.Administration;
import io.github.albero.model.Baseline;
import io.github.albero.model.Indicator;
import io.github.albero.model.IndicatorType;
import io.github.albero.model.Mission;
import io.github.albero.model.Plan;
import io.github.albero.model.PlanKind;
import io.github.albero.model.Polarity;
import io.github.albero.model.Program;
import io.github.albero.model.ResourceAmounts;
import io.github.albero.model.Resources;
import io.github.albero.model.Result;
import io.github.albero.model.StrategicObjective;
import io.github.albero.model.Target;
import io.github.albero.money.Money;
import io.github.albero.period.Timeframe;
import io.github.albero.period.YearRange;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.function.UnaryOperator;

/** Small, clean plans built with the core builders, and ways to change one node of them. */
final class Fixtures {
    static final String MISSION_TITLE = "Competitività e sviluppo delle imprese";
    static final String PROGRAM_TITLE = "Promozione e attuazione di politiche di sviluppo, competitività e innovazione, "
            + "di responsabilità sociale d'impresa e movimento cooperativo";
    static final String OBJECTIVE = "missions[011].programs[005].objectives[011-005-001]";
    static final String INDICATOR = OBJECTIVE + ".indicators[0]";

    private Fixtures() {
    }

    /** A count indicator with every field, targets 2016–2018 and results 2016–2017. */
    static Indicator indicator() {
        return Indicator.builder()
                .name("Eventi di promozione realizzati")
                .measures("Capacità di promozione del territorio")
                .type(IndicatorType.of("efficacia"))
                .unit("numero")
                .algorithm("numero di eventi realizzati nell'anno")
                .dataSource("rilevazione ufficio competente")
                .baseline(Baseline.builder().text("2 eventi nel 2015").year(2015).build())
                .polarity(Polarity.HIGHER_IS_BETTER)
                .putTargets(2016, Target.parse("realizzazione di almeno 2 eventi"))
                .putTargets(2017, Target.parse("realizzazione di almeno 2 eventi"))
                .putTargets(2018, Target.parse("realizzazione di almeno 3 eventi"))
                .putResults(2016, Result.parse("n. 2"))
                .putResults(2017, Result.parse("n. 3"))
                .build();
    }

    /** A days indicator, lower is better: "entro 5 giorni", results 2.3 and 2.9 gg. */
    static Indicator days() {
        return indicator().withName("Tempo medio di evasione delle pratiche").withUnit("giorni")
                .withPolarity(Polarity.LOWER_IS_BETTER)
                .withTargets(Map.of(2016, Target.parse("entro 5 giorni"), 2017, Target.parse("entro 5 giorni"),
                        2018, Target.parse("entro 5 giorni")))
                .withResults(Map.of(2016, Result.parse("2.3 gg"), 2017, Result.parse("2.9 gg")));
    }

    /** A completion percentage: "almeno 80%", results 90% and 95%. */
    static Indicator percentage() {
        return indicator().withName("Realizzazione attività programmate").withUnit("percentuale")
                .withTargets(Map.of(2016, Target.parse("almeno 80%"), 2017, Target.parse("almeno 80%"),
                        2018, Target.parse("almeno 80%")))
                .withResults(Map.of(2016, Result.parse("90%"), 2017, Result.parse("95%")));
    }

    /** A customer-satisfaction score: "non inferiore a 3 (scala da 1 a 5)", results 4,5 and 4,7. */
    static Indicator score() {
        return indicator().withName("Gradimento del servizio").withUnit("punteggio").withType(IndicatorType.of("qualità"))
                .withTargets(Map.of(2016, Target.parse("non inferiore a 3 (scala da 1 a 5)"),
                        2017, Target.parse("non inferiore a 3 (scala da 1 a 5)"),
                        2018, Target.parse("non inferiore a 3 (scala da 1 a 5)")))
                .withResults(Map.of(2016, Result.parse("4,5"), 2017, Result.parse("4,7")));
    }

    static Indicator withTarget(Indicator i, int year, Target t) {
        SortedMap<Integer, Target> m = new TreeMap<>(i.targets());
        m.put(year, t);
        return i.withTargets(m);
    }

    static Indicator withoutTarget(Indicator i, int year) {
        SortedMap<Integer, Target> m = new TreeMap<>(i.targets());
        m.remove(year);
        return i.withTargets(m);
    }

    static Indicator withResult(Indicator i, int year, Result r) {
        SortedMap<Integer, Result> m = new TreeMap<>(i.results());
        m.put(year, r);
        return i.withResults(m);
    }

    static Indicator withoutResult(Indicator i, int year) {
        SortedMap<Integer, Result> m = new TreeMap<>(i.results());
        m.remove(year);
        return i.withResults(m);
    }

    static ResourceAmounts costs(long euros) {
        return ResourceAmounts.of(Money.ZERO, Money.ofEuros(euros), Money.ZERO);
    }

    static StrategicObjective objective(Indicator... indicators) {
        return StrategicObjective.builder()
                .code(ObjectiveCode.parse("011-005-001"))
                .title("PROGRAMMAZIONE TERRITORIALE")
                .description("Affermare il ruolo dell'ente come promotore di politiche di programmazione territoriale.")
                .timeframe(Timeframe.of("Biennio"))
                .responsibleUnit("Area dirigenziale Promozione e sviluppo per le imprese")
                .resources(Resources.of(2017, costs(5000), costs(4000)))
                .declaredIndicatorCount(indicators.length)
                .addIndicators(indicators)
                .build();
    }

    static Program program(StrategicObjective... objectives) {
        return Program.builder().code(ProgramCode.of("005")).title(PROGRAM_TITLE).addObjectives(objectives).build();
    }

    static Mission mission(Program... programs) {
        return Mission.builder().code(MissionCode.of("011")).title(MISSION_TITLE).addPrograms(programs).build();
    }

    static Plan plan(PlanKind kind, Mission... missions) {
        return Plan.builder()
                .kind(kind)
                .administration(Administration.of("Camera di Commercio di Lucca"))
                .referenceYear(2017)
                .horizon(YearRange.of(2016, 2018))
                .addMissions(missions)
                .build();
    }

    /** The clean report: one mission, program, objective and indicator, no finding at all. */
    static Plan report() {
        return plan(PlanKind.REPORT, mission(program(objective(indicator()))));
    }

    static Plan mapMission(Plan plan, UnaryOperator<Mission> f) {
        List<Mission> ms = new ArrayList<>(plan.missions());
        ms.set(0, f.apply(ms.get(0)));
        return plan.withMissions(ms);
    }

    static Plan mapProgram(Plan plan, UnaryOperator<Program> f) {
        return mapMission(plan, m -> {
            List<Program> ps = new ArrayList<>(m.programs());
            ps.set(0, f.apply(ps.get(0)));
            return m.withPrograms(ps);
        });
    }

    static Plan mapObjective(Plan plan, UnaryOperator<StrategicObjective> f) {
        return mapProgram(plan, p -> {
            List<StrategicObjective> os = new ArrayList<>(p.objectives());
            os.set(0, f.apply(os.get(0)));
            return p.withObjectives(os);
        });
    }

    static Plan mapIndicator(Plan plan, UnaryOperator<Indicator> f) {
        return mapObjective(plan, o -> {
            List<Indicator> is = new ArrayList<>(o.indicators());
            is.set(0, f.apply(is.get(0)));
            return o.withIndicators(is);
        });
    }
}
