package io.github.albero.testkit;

import io.github.albero.code.MissionCode;
import io.github.albero.code.ObjectiveCode;
import io.github.albero.code.ProgramCode;
import io.github.albero.measure.Quantity;
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
import io.github.albero.model.StrategicObjective;
import io.github.albero.model.Target;
import io.github.albero.money.Money;
import io.github.albero.period.Timeframe;
import io.github.albero.period.YearRange;
import io.github.albero.reference.ReferenceProgram;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.ServiceLoader;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Supplier;

/**
 * Small hand-written plans and indicators after the 2017 report of the Camera di Commercio di
 * Lucca, each showing one situation clearly, and access by name to fixtures other modules
 * provide through {@link FixtureProvider} (such as a full real report).
 *
 * <p>The plans are reports for 2017 with the horizon 2016–2018, unless said otherwise.
 *
 * <pre>{@code
 * Plan p = Fixtures.minimalPlan();
 * Fixtures.names();                       // [minimal, empty, zero-budget, …] and provided ones
 * Fixtures.named("zero-budget");          // Plan[report 2017, …]
 * Fixtures.named("lucca-2017-report");    // the real 2017 report, with albero-fixtures on the path
 * }</pre>
 */
public final class Fixtures {
    /** The administration of every fixture. */
    public static final String ADMINISTRATION = "Camera di Commercio di Lucca";
    /** The reference year of every fixture. */
    public static final int REFERENCE_YEAR = 2017;
    /** The horizon of every fixture. */
    public static final YearRange HORIZON = YearRange.of(2016, 2018);

    private static final Map<String, Supplier<Plan>> BUILT_IN = builtIn();
    /** Fixtures that Albero's own artifacts offer, so that a missing artifact is named rather than guessed. */
    private static final Map<String, String> OFFERED_ELSEWHERE = Map.of("lucca-2017-report", "io.github.albero:albero-fixtures");

    private Fixtures() {
    }

    private static Map<String, Supplier<Plan>> builtIn() {
        Map<String, Supplier<Plan>> m = new LinkedHashMap<>();
        m.put("minimal", Fixtures::minimalPlan);
        m.put("empty", Fixtures::emptyPlan);
        m.put("zero-budget", Fixtures::oneObjectiveWithZeroBudget);
        m.put("lower-is-better", () -> planWith(lowerIsBetterIndicator()));
        m.put("qualitative-results", () -> planWith(qualitativeResultsIndicator()));
        m.put("missing-and-unreadable-results", Fixtures::reportWithMissingAndUnreadableResults);
        m.put("weighted", Fixtures::weightedPlan);
        m.put("operational-objectives", Fixtures::planWithOperationalObjectives);
        return Collections.unmodifiableMap(m);
    }

    // ---------------------------------------------------------------- plans

    /**
     * The smallest complete report: mission 011, program 005, objective 011-005-001 with one
     * milestone indicator ("report", result "100%" in 2016 and 2017), and no resources.
     *
     * @return the plan
     */
    public static Plan minimalPlan() {
        return planWith(milestoneIndicator());
    }

    /**
     * A plan (<i>Piano</i>, not a report) for 2017–2019 without any mission.
     *
     * @return the plan
     */
    public static Plan emptyPlan() {
        return Plan.builder().kind(PlanKind.PLAN).administration(Administration.of(ADMINISTRATION)).referenceYear(2017)
                .horizon(YearRange.of(2017, 2019)).build();
    }

    /**
     * One objective whose 2017 budget and actual figures are € 0,00 on every line, as many of
     * the seed's objectives are: relative variances are undefined there.
     *
     * @return the plan
     */
    public static Plan oneObjectiveWithZeroBudget() {
        StrategicObjective o = objective("032", "003", "001",
                "TRASPARENZA E INTEGRITÀ: Accrescere la trasparenza e l’accessibilità delle informazioni sull’attività dell’ente.")
                .resources(Resources.of(REFERENCE_YEAR, ResourceAmounts.ZERO, ResourceAmounts.ZERO))
                .declaredIndicatorCount(1)
                .addIndicators(milestoneIndicator())
                .build();
        return plan(o);
    }

    /**
     * Two indicators with results that cannot all be computed: one has no 2016 result at all
     * and an unreadable 2017 one, the other reports nothing ("_____") in 2017.
     *
     * @return the plan
     */
    public static Plan reportWithMissingAndUnreadableResults() {
        Indicator unreadable = Indicator.builder()
                .name("Tavolo territoriale di confronto sull’utilizzo di provvidenze pubbliche")
                .polarity(Polarity.HIGHER_IS_BETTER)
                .putTargets(2016, Target.parse("definizione di almeno 2 proposte progettuali su bandi comunitari"))
                .putTargets(2017, Target.parse("definizione di almeno 2 proposte progettuali su bandi comunitari"))
                .putResults(2017, Result.parse("In attesa dei dati definitivi della Regione"))
                .build();
        Indicator nothing = Indicator.builder()
                .name("Nuove azioni di monitoraggio e diffusione informazioni per le attività economiche")
                .polarity(Polarity.MILESTONE)
                .putTargets(2016, Target.parse("___"))
                .putTargets(2017, Target.parse("report"))
                .putResults(2016, Result.parse("___"))
                .putResults(2017, Result.parse("_____"))
                .build();
        StrategicObjective o = objective("011", "005", "002",
                "ANALISI DEL SISTEMA ECONOMICO LOCALE: Valorizzazione dell’informazione economica per il miglioramento della "
                        + "definizione delle politiche di intervento per lo sviluppo del territorio.")
                .declaredIndicatorCount(2)
                .addIndicators(unreadable, nothing)
                .build();
        return plan(o);
    }

    /**
     * Two objectives weighted 60 and 40, the first with three indicators weighted 33.33, 33.33
     * and 33.34.
     *
     * @return the plan
     */
    public static Plan weightedPlan() {
        StrategicObjective first = objective("011", "005", "001", "PROGRAMMAZIONE TERRITORIALE")
                .weight(Weight.of(60))
                .addIndicators(milestoneIndicator().withWeight(Weight.parse("33,33")),
                        lowerIsBetterIndicator().withWeight(Weight.parse("33,33")),
                        qualitativeResultsIndicator().withWeight(Weight.parse("33,34")))
                .build();
        StrategicObjective second = objective("011", "005", "002", "ANALISI DEL SISTEMA ECONOMICO LOCALE")
                .weight(Weight.of(40))
                .addIndicators(milestoneIndicator())
                .build();
        return plan(first, second);
    }

    /**
     * One strategic objective with no indicator of its own and two operational objectives, each
     * with one indicator and its own resources.
     *
     * @return the plan
     */
    public static Plan planWithOperationalObjectives() {
        OperationalObjective events = OperationalObjective.builder()
                .code("OO 1")
                .title("Organizzazione di eventi per lo sviluppo del territorio")
                .timeframe(Timeframe.of("Annuale", YearRange.of(REFERENCE_YEAR)))
                .resources(Resources.of(REFERENCE_YEAR,
                        ResourceAmounts.of(Money.ZERO, Money.parse("€ 5.850,00"), Money.ZERO),
                        ResourceAmounts.of(Money.ZERO, Money.parse("€ 4.120,50"), Money.ZERO)))
                .declaredIndicatorCount(1)
                .addIndicators(Indicator.builder()
                        .name("Realizzazione eventi")
                        .polarity(Polarity.HIGHER_IS_BETTER)
                        .putTargets(2017, Target.parse("realizzazione di almeno 2 eventi"))
                        .putResults(2017, Result.parse("n. 3 campagne promozionali di cui n. 1 in ambito diverso"))
                        .build())
                .build();
        OperationalObjective survey = OperationalObjective.builder()
                .code("OO 2")
                .title("Monitoraggio qualità del servizio")
                .resources(Resources.of(REFERENCE_YEAR,
                        ResourceAmounts.of(Money.parse("€ 10.250,00"), Money.parse("€ 6.500,00"), Money.ZERO),
                        ResourceAmounts.of(Money.parse("€ 6.231,50"), Money.ZERO, Money.ZERO)))
                .addIndicators(Indicator.builder()
                        .name("Grado di soddisfazione dell’utenza")
                        .type(IndicatorType.of("qualità"))
                        .polarity(Polarity.HIGHER_IS_BETTER)
                        .putTargets(2017, Target.parse("non inferiore a 3 (scala da 1 a 5)"))
                        .putResults(2017, Result.parse("4.7"))
                        .build())
                .build();
        StrategicObjective o = objective("011", "005", "003",
                "RIAFFERMARE IL RUOLO DI “PRIMO PUNTO DI CONTATTO” TRA MONDO IMPRENDITORIALE E ISTITUZIONI EUROPEE, STATALI E TERRITORIALI")
                .timeframe(Timeframe.of("Biennio"))
                .addOperationalObjectives(events, survey)
                .build();
        return plan(o);
    }

    /**
     * A report holding the given indicators under objective 011-005-001 (mission 011,
     * program 005), for testing code that works on single indicators.
     *
     * @param indicators the indicators
     * @return the plan
     */
    public static Plan planWith(Indicator... indicators) {
        StrategicObjective o = objective("011", "005", "001",
                "PROGRAMMAZIONE TERRITORIALE: Affermare il ruolo dell’ente come promotore e partner di politiche di programmazione territoriale.")
                .timeframe(Timeframe.of("Biennio"))
                .responsibleUnit("Area dirigenziale Anagrafico\u2010certificativa, studi, politiche economiche e regolazione del mercato")
                .addIndicators(indicators)
                .build();
        return plan(o);
    }

    // ---------------------------------------------------------------- indicators

    /**
     * A milestone indicator as the seed writes them: target "report" for 2016–2018, result
     * "100%" for 2016 and 2017.
     *
     * @return the indicator
     */
    public static Indicator milestoneIndicator() {
        return Indicator.builder()
                .name("Sperimentazione di politiche concertate di sviluppo (es. marketing territoriale)")
                .type(IndicatorType.of("efficacia"))
                .unit("percentuale")
                .algorithm("% realizzazione attività programmate")
                .dataSource("rilevazione ufficio competente")
                .baseline(Baseline.ofText("prosegue l’attività a sostegno delle politiche di programmazione territoriale"))
                .polarity(Polarity.MILESTONE)
                .putTargets(2016, Target.parse("report"))
                .putTargets(2017, Target.parse("report"))
                .putTargets(2018, Target.parse("report"))
                .putResults(2016, Result.parse("100%"))
                .putResults(2017, Result.parse("100%"))
                .build();
    }

    /**
     * A lower-is-better indicator: average processing time, target "entro 5 gg", results
     * "2.3 gg" (2016) and "2.9 gg" (2017), baseline 2,9 days observed in 2015.
     *
     * @return the indicator
     */
    public static Indicator lowerIsBetterIndicator() {
        return Indicator.builder()
                .name("Tempo medio di lavorazione delle pratiche")
                .type(IndicatorType.of("qualità"))
                .unit("numero")
                .dataSource("Banca dati Infocamere")
                .baseline(Baseline.builder().text("2,9 gg.").value(Quantity.parse("2,9 gg.")).year(2015).build())
                .polarity(Polarity.LOWER_IS_BETTER)
                .putTargets(2016, Target.parse("entro 5 gg"))
                .putTargets(2017, Target.parse("entro 5 gg"))
                .putTargets(2018, Target.parse("entro 5 gg"))
                .putResults(2016, Result.parse("2.3 gg"))
                .putResults(2017, Result.parse("2.9 gg"))
                .build();
    }

    /**
     * A milestone indicator with qualitative results: "parziale realizzazione, in corso di
     * completamento" in 2016 and "rinviato per ritardi …" with a comment in 2017.
     *
     * @return the indicator
     */
    public static Indicator qualitativeResultsIndicator() {
        return Indicator.builder()
                .name("Progetto integrato di manutenzione del complesso")
                .type(IndicatorType.of("Efficacia"))
                .measures("realizzazione attività programmate")
                .polarity(Polarity.MILESTONE)
                .putTargets(2016, Target.parse("completamento degli affidamenti dei lavori per la sistemazione aree esterne."))
                .putTargets(2017, Target.parse("progetto integrato di manutenzione del complesso: predisposizione e prima attuazione"))
                .putTargets(2018, Target.parse("monitoraggio funzionamento dell’intero complesso"))
                .putResults(2016, Result.parse("parziale realizzazione, in corso di completamento"))
                .putResults(2017, Result.parse("rinviato per ritardi nel completamento dei lavori delle aree esterne")
                        .withComment("La predisposizione del progetto integrato di manutenzione del Polo Tecnologico Lucchese è stata "
                                + "rinviata a causa dello slittamento dei tempi della stazione appaltante, Provincia di Lucca."))
                .build();
    }

    // ---------------------------------------------------------------- by name

    /**
     * {@return the names of the built-in fixtures followed by those of every
     * {@link FixtureProvider} on the class or module path}
     */
    public static Set<String> names() {
        return Collections.unmodifiableSet(all().keySet());
    }

    /**
     * Returns a fixture by name: a built-in one ({@code "minimal"}, {@code "zero-budget"} …) or
     * one a {@link FixtureProvider} offers, such as {@code "lucca-2017-report"} from
     * {@code albero-fixtures}. Never silently empty: an unknown name is an error that lists the
     * known names and, for a fixture that another artifact offers, names that artifact.
     *
     * @param name the name
     * @return the plan
     * @throws IllegalArgumentException when no fixture has that name
     * @throws IllegalStateException when two providers offer the same name
     */
    public static Plan named(String name) {
        Map<String, Supplier<Plan>> all = all();
        Supplier<Plan> fixture = all.get(name);
        if (fixture == null) {
            String artifact = OFFERED_ELSEWHERE.get(name);
            throw new IllegalArgumentException("fixture " + name + ": "
                    + (artifact != null ? "offered by " + artifact + ", which is not on the test class or module path; add it as a test dependency"
                            : "no such fixture (known: " + String.join(", ", all.keySet()) + ")"));
        }
        return fixture.get();
    }

    /**
     * Returns a fixture by name if one has that name.
     *
     * @param name the name
     * @return the plan, or empty when no fixture has that name
     */
    public static Optional<Plan> find(String name) {
        return Optional.ofNullable(all().get(name)).map(Supplier::get);
    }

    private static Map<String, Supplier<Plan>> all() {
        return merge(ServiceLoader.load(FixtureProvider.class));
    }

    /** The built-in fixtures followed by the providers' ones, refusing a name offered twice. */
    static Map<String, Supplier<Plan>> merge(Iterable<FixtureProvider> providers) {
        Map<String, Supplier<Plan>> all = new LinkedHashMap<>(BUILT_IN);
        for (FixtureProvider provider : providers) {
            // sorted, so that the order of names does not depend on the provider's map
            new TreeMap<>(provider.fixtures()).forEach((name, supplier) -> {
                if (all.putIfAbsent(name, supplier) != null) {
                    throw new IllegalStateException("fixture " + name + ": offered twice (again by " + provider.getClass().getName() + ")");
                }
            });
        }
        return all;
    }

    // ---------------------------------------------------------------- helpers

    private static StrategicObjective.Builder objective(String mission, String program, String number, String title) {
        return StrategicObjective.builder()
                .code(ObjectiveCode.of(MissionCode.of(mission), ProgramCode.of(program), number))
                .title(title);
    }

    /** A 2017 report holding the objectives, grouped under their missions and programs in order. */
    private static Plan plan(StrategicObjective... objectives) {
        Map<MissionCode, Map<ProgramCode, Program.Builder>> tree = new LinkedHashMap<>();
        for (StrategicObjective o : objectives) {
            MissionCode m = o.code().mission().orElseThrow();
            ProgramCode p = o.code().program().orElseThrow();
            tree.computeIfAbsent(m, k -> new LinkedHashMap<>())
                    .computeIfAbsent(p, k -> Program.builder().code(p).title(ReferenceProgram.of(m, p)
                            .map(ReferenceProgram::programTitle).orElse("Programma " + p)))
                    .addObjectives(o);
        }
        Plan.Builder b = Plan.builder().kind(PlanKind.REPORT).title("Relazione sulla performance " + REFERENCE_YEAR)
                .administration(Administration.of(ADMINISTRATION)).referenceYear(REFERENCE_YEAR).horizon(HORIZON);
        tree.forEach((m, programs) -> {
            Mission.Builder mb = Mission.builder().code(m).title(ReferenceProgram.missionTitle(m).orElse("Missione " + m));
            programs.values().forEach(pb -> mb.addPrograms(pb.build()));
            b.addMissions(mb.build());
        });
        return b.build();
    }
}
