package io.github.albero.validation;

import io.github.albero.code.MissionCode;
import io.github.albero.code.ObjectiveCode;
import io.github.albero.code.ProgramCode;
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
import io.github.albero.model.YearResources;
import io.github.albero.money.Money;
import io.github.albero.period.Timeframe;
import io.github.albero.period.YearRange;
import io.github.albero.reference.ReferenceProgram;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.stream.Collectors;

/**
 * Generates plans that break no rule at all, as plain functions of a seeded {@link Random}
 * (the testkit's generators will replace this once they land).
 */
final class CleanPlans {
    /** The shapes of indicator the generator makes. */
    enum Kind { COUNT, DAYS, PERCENTAGE, SCORE, MILESTONE }

    private CleanPlans() {
    }

    static Plan generate(Random r, PlanKind kind) {
        int first = 2014 + r.nextInt(8);
        YearRange horizon = YearRange.of(first, first + 2);
        int ref = first + r.nextInt(3);
        List<String> missionCodes = Arrays.stream(ReferenceProgram.values()).map(p -> p.missionCode().value()).distinct()
                .collect(Collectors.toCollection(ArrayList::new));
        Collections.shuffle(missionCodes, r);
        List<Mission> missions = new ArrayList<>();
        for (String mc : missionCodes.subList(0, 1 + r.nextInt(3))) {
            List<ReferenceProgram> programs = Arrays.stream(ReferenceProgram.values()).filter(p -> p.missionCode().value().equals(mc))
                    .collect(Collectors.toList());
            List<Program> ps = new ArrayList<>();
            for (ReferenceProgram rp : programs.subList(0, 1 + r.nextInt(programs.size()))) {
                int n = 1 + r.nextInt(3);
                List<Optional<Weight>> weights = weights(r, n);
                List<StrategicObjective> os = new ArrayList<>();
                for (int k = 0; k < n; k++) {
                    os.add(objective(r, ObjectiveCode.of(rp.missionCode(), rp.programCode(), String.format("%03d", k + 1)), horizon, ref, kind)
                            .withWeight(weights.get(k)));
                }
                ps.add(Program.builder().code(rp.programCode()).title(rp.programTitle()).addAllObjectives(os).build());
            }
            missions.add(Mission.builder().code(MissionCode.of(mc)).title(ReferenceProgram.missionTitle(MissionCode.of(mc)).get())
                    .addAllPrograms(ps).build());
        }
        return Plan.builder().kind(kind).administration(Administration.of("Camera di Commercio di Prova"))
                .referenceYear(ref).horizon(horizon).addAllMissions(missions).build();
    }

    /** None, or positive weights summing to exactly 100. */
    static List<Optional<Weight>> weights(Random r, int n) {
        List<Optional<Weight>> w = new ArrayList<>();
        boolean weighted = r.nextBoolean();
        for (int k = 0; k < n; k++) {
            w.add(weighted ? Optional.of(Weight.of(k == 0 ? 100 - 10L * (n - 1) : 10)) : Optional.empty());
        }
        return w;
    }

    static StrategicObjective objective(Random r, ObjectiveCode code, YearRange horizon, int ref, PlanKind kind) {
        int own = 1 + r.nextInt(3);
        List<Optional<Weight>> iw = weights(r, own);
        List<Indicator> indicators = new ArrayList<>();
        for (int k = 0; k < own; k++) {
            Indicator i = indicator(r, Kind.values()[r.nextInt(Kind.values().length)], horizon, ref, kind).withWeight(iw.get(k));
            indicators.add(r.nextBoolean() ? i.withCode(code + "-I" + (k + 1)) : i);
        }
        int opCount = r.nextInt(3);
        List<Optional<Weight>> ow = weights(r, opCount);
        List<OperationalObjective> ops = new ArrayList<>();
        for (int k = 0; k < opCount; k++) {
            ops.add(OperationalObjective.builder().title("Azione " + (k + 1)).responsibleUnit("Ufficio " + (k + 1)).weight(ow.get(k))
                    .addIndicators(indicator(r, Kind.values()[r.nextInt(Kind.values().length)], horizon, ref, kind)).build());
        }
        long all = own + opCount;
        Optional<Integer> declared = r.nextInt(3) == 0 ? Optional.empty() : Optional.of(r.nextBoolean() ? own : (int) all);
        long budget = 1000L * (1 + r.nextInt(50));
        YearResources.Builder yr = YearResources.builder().budget(ResourceAmounts.of(Money.ZERO, Money.ofEuros(budget), Money.ZERO));
        if (kind == PlanKind.REPORT) {
            yr.actual(ResourceAmounts.of(Money.ZERO, Money.ofEuros(1 + r.nextInt((int) budget * 2)), Money.ZERO));
        }
        return StrategicObjective.builder().code(code).title("Obiettivo " + code)
                .description("Descrizione dell'obiettivo " + code)
                .timeframe(Timeframe.of(r.nextBoolean() ? "Biennio" : "Triennio"))
                .responsibleUnit("Area dirigenziale " + (1 + r.nextInt(3)))
                .resources(Resources.builder().putYears(ref, yr.build()).build())
                .declaredIndicatorCount(declared)
                .addAllIndicators(indicators)
                .addAllOperationalObjectives(ops)
                .build();
    }

    /** A clean indicator of the given shape: every field, a target every year, results up to the reference year. */
    static Indicator indicator(Random r, Kind shape, YearRange horizon, int ref, PlanKind kind) {
        Indicator.Builder b = Indicator.builder().name("Indicatore " + shape.name().toLowerCase() + " " + r.nextInt(1000))
                .type(IndicatorType.of("efficacia")).algorithm("rapporto tra realizzato e programmato")
                .dataSource("rilevazione ufficio competente")
                .baseline(Baseline.builder().text("valore " + (horizon.first() - 1)).year(horizon.first() - 1).build());
        for (int y : horizon) {
            b.putTargets(y, target(r, shape));
            boolean reported = kind == PlanKind.REPORT ? y <= ref : y < ref;
            if (reported) {
                b.putResults(y, result(r, shape));
            }
        }
        switch (shape) {
            case COUNT:
                return b.unit("numero").polarity(Polarity.HIGHER_IS_BETTER).build();
            case DAYS:
                return b.unit("giorni").polarity(Polarity.LOWER_IS_BETTER).build();
            case PERCENTAGE:
                return b.unit("percentuale").polarity(Polarity.HIGHER_IS_BETTER).build();
            case SCORE:
                return b.unit("punteggio").polarity(Polarity.HIGHER_IS_BETTER).type(IndicatorType.of("qualità")).build();
            default:
                return b.unit("percentuale").polarity(Polarity.MILESTONE).build();
        }
    }

    static Target target(Random r, Kind shape) {
        switch (shape) {
            case COUNT:
                return Target.parse("realizzazione di almeno " + (1 + r.nextInt(9)) + " eventi");
            case DAYS:
                return Target.parse("entro " + (2 + r.nextInt(28)) + " giorni");
            case PERCENTAGE:
                return Target.parse("almeno " + (50 + r.nextInt(51)) + "%");
            case SCORE:
                return Target.parse("non inferiore a " + (2 + r.nextInt(3)) + " (scala da 1 a 5)");
            default:
                return Target.parse(r.nextBoolean() ? "report" : "Realizzazione del progetto di promozione");
        }
    }

    static Result result(Random r, Kind shape) {
        switch (shape) {
            case COUNT:
                return Result.parse("n. " + r.nextInt(12));
            case DAYS:
                return Result.parse(r.nextInt(30) + "," + r.nextInt(10) + " gg");
            case PERCENTAGE:
                return Result.parse(r.nextInt(101) + "%");
            case SCORE:
                return Result.parse((1 + r.nextInt(4)) + "," + r.nextInt(10));
            default:
                return Result.parse(r.nextBoolean() ? "100%" : "realizzato");
        }
    }
}
