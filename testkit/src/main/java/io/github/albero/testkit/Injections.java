package io.github.albero.testkit;

import io.github.albero.code.MissionCode;
import io.github.albero.code.ProgramCode;
import io.github.albero.measure.Unit;
import io.github.albero.measure.Weight;
import io.github.albero.model.Baseline;
import io.github.albero.model.Indicator;
import io.github.albero.model.LocatedIndicator;
import io.github.albero.model.Mission;
import io.github.albero.model.NodePath;
import io.github.albero.model.Objective;
import io.github.albero.model.OperationalObjective;
import io.github.albero.model.Plan;
import io.github.albero.model.PlanKind;
import io.github.albero.model.Polarity;
import io.github.albero.model.Program;
import io.github.albero.model.ResourceAmounts;
import io.github.albero.model.ResourceLine;
import io.github.albero.model.Resources;
import io.github.albero.model.Result;
import io.github.albero.model.StrategicObjective;
import io.github.albero.model.Target;
import io.github.albero.model.TargetOperator;
import io.github.albero.model.TargetReading;
import io.github.albero.model.YearResources;
import io.github.albero.money.Money;
import io.github.albero.period.YearRange;
import io.github.albero.reference.ReferenceProgram;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.function.UnaryOperator;
import java.util.stream.Collectors;

/**
 * The rewrites behind each {@link Defect}. Each one changes one place of a clean plan so that
 * exactly one rule of the rulebook is broken there, and keeps every other rule: when it adds a
 * sibling it splits the weight and raises the declared count; when it adds a result it uses a
 * status ("realizzato") that no number rule looks at; it never touches a year that would
 * move another rule.
 */
final class Injections {
    /** Target texts the core TextReader cannot read, none of them a blank ("___"). */
    static final List<String> UNREADABLE_TARGETS = List.of("circa 2 eventi", "circa il 90%", "valutazione media pari almeno a 4 su 5",
            "Entro il 31/12 di ogni anno", "riduzione dei tempi di attesa", "n. 3 proposte progettuali");
    /** Result texts the core TextReader cannot read, none of them "nothing reported". */
    static final List<String> UNREADABLE_RESULTS = List.of("in linea con le attese", "In attesa dei dati definitivi della Regione",
            "Attività svolta come da programma, vedi relazione allegata", "Dato non ancora disponibile");
    /** Result texts read as a status: no number rule looks at them, and they carry no unit. */
    static final List<String> STATUS_RESULTS = List.of("realizzato", "non realizzato", "parzialmente raggiunto", "Raggiunto");
    private static final String SCALE_TARGET = "non inferiore a 3 (scala da 1 a 5)";

    /** A defect's rewrite: the plan with the defect, or empty when the plan has no place for it. */
    @FunctionalInterface
    interface Injection {
        Optional<Plan> inject(Plan plan, SplittableRandom r);
    }

    private Injections() {
    }

    // ================================================================ structure

    static Optional<Plan> indicatorFieldMissing(Plan plan, SplittableRandom r) {
        return onIndicator(plan, r, i -> {
            switch (r.nextInt(4)) {
                case 0:
                    return i.withType(Optional.empty());
                case 1:
                    return i.withUnit(Optional.empty());
                case 2:
                    return i.withAlgorithm(Optional.empty());
                default:
                    return i.withDataSource(Optional.empty());
            }
        });
    }

    static Optional<Plan> indicatorBaselineMissing(Plan plan, SplittableRandom r) {
        return onIndicator(plan, r, i -> i.withBaseline(Optional.empty()));
    }

    static Optional<Plan> objectiveFieldMissing(Plan plan, SplittableRandom r) {
        return onStrategic(plan, r, o -> true, o -> {
            switch (r.nextInt(3)) {
                case 0:
                    return o.withResponsibleUnit(Optional.empty());
                case 1:
                    return o.withDescription(Optional.empty());
                default:
                    return o.withTimeframe(Optional.empty());
            }
        });
    }

    static Optional<Plan> missionUnknown(Plan plan, SplittableRandom r) {
        Set<String> used = plan.missions().stream().map(m -> m.code().value()).collect(Collectors.toSet());
        Optional<String> code = freshCode(r, used, c -> ReferenceProgram.missionTitle(MissionCode.of(c)).isEmpty());
        if (code.isEmpty()) {
            return Optional.empty();
        }
        Mission m = PlanContext.cleanFor(plan).mission(r, MissionCode.of(code.get()));
        List<Mission> missions = new ArrayList<>(plan.missions());
        missions.add(r.nextInt(missions.size() + 1), m);
        return Optional.of(plan.withMissions(missions));
    }

    static Optional<Plan> programUnknown(Plan plan, SplittableRandom r) {
        List<Mission> known = plan.missions().stream().filter(m -> ReferenceProgram.missionTitle(m.code()).isPresent())
                .collect(Collectors.toList());
        if (known.isEmpty()) {
            return Optional.empty();
        }
        Mission target = Draw.pick(r, known);
        Set<String> used = target.programs().stream().map(p -> p.code().value()).collect(Collectors.toSet());
        Optional<String> code = freshCode(r, used, c -> ReferenceProgram.of(target.code(), ProgramCode.of(c)).isEmpty());
        if (code.isEmpty()) {
            return Optional.empty();
        }
        Program p = PlanContext.cleanFor(plan).program(r, target.code(), ProgramCode.of(code.get()));
        return Optional.of(Plans.mapMissions(plan, (path, m) -> {
            if (m != target) {
                return m;
            }
            List<Program> programs = new ArrayList<>(m.programs());
            programs.add(r.nextInt(programs.size() + 1), p);
            return m.withPrograms(programs);
        }));
    }

    static Optional<Plan> missionTitleDiffers(Plan plan, SplittableRandom r) {
        List<Mission> known = plan.missions().stream().filter(m -> ReferenceProgram.missionTitle(m.code()).isPresent())
                .collect(Collectors.toList());
        if (known.isEmpty()) {
            return Optional.empty();
        }
        Mission target = Draw.pick(r, known);
        String reference = ReferenceProgram.loose(ReferenceProgram.missionTitle(target.code()).get());
        List<String> titles = ItalianTexts.MISSION_TITLES.stream().filter(t -> !ReferenceProgram.loose(t).equals(reference))
                .collect(Collectors.toList());
        String title = Draw.pick(r, titles);
        return Optional.of(Plans.mapMissions(plan, (path, m) -> m == target ? m.withTitle(title) : m));
    }

    static Optional<Plan> programTitleDiffers(Plan plan, SplittableRandom r) {
        List<Program[]> known = new ArrayList<>();
        Map<Program, ReferenceProgram> reference = new java.util.IdentityHashMap<>();
        for (Mission m : plan.missions()) {
            for (Program p : m.programs()) {
                ReferenceProgram.of(m.code(), p.code()).ifPresent(rp -> {
                    known.add(new Program[] {p});
                    reference.put(p, rp);
                });
            }
        }
        if (known.isEmpty()) {
            return Optional.empty();
        }
        Program chosen = Draw.pick(r, known)[0];
        ReferenceProgram rp = reference.get(chosen);
        List<String> titles = ItalianTexts.PROGRAM_TITLES.stream().filter(t -> !rp.matchesTitle(t)).collect(Collectors.toList());
        String title = titles.isEmpty() ? "Programma dal titolo diverso" : Draw.pick(r, titles);
        return Optional.of(Plans.mapPrograms(plan, (path, p) -> p == chosen ? p.withTitle(title) : p));
    }

    static Optional<Plan> indicatorCodeRepeated(Plan plan, SplittableRandom r) {
        List<Site> sites = objectiveSites(plan, s -> !s.node.indicators().isEmpty());
        if (sites.isEmpty()) {
            return Optional.empty();
        }
        Site site = Draw.pick(r, sites);
        List<Indicator> is = new ArrayList<>(site.node.indicators());
        int first = r.nextInt(is.size());
        Indicator original = is.get(first);
        String code = original.code().orElseGet(() -> freshIndicatorCode(is));
        is.set(first, original.withCode(code));
        if (is.size() == 1) {
            return grow(is, 0).map(grown -> {
                grown.set(1, grown.get(1).withCode(code));
                return rewrite(plan, site, grown, site.node.declaredIndicatorCount().map(n -> n + 1), site.node.resources());
            });
        }
        int second = r.nextInt(is.size() - 1);
        second = second >= first ? second + 1 : second;
        is.set(second, is.get(second).withCode(code));
        return Optional.of(rewrite(plan, site, is, site.node.declaredIndicatorCount(), site.node.resources()));
    }

    static Optional<Plan> planEmpty(Plan plan, SplittableRandom r) {
        return plan.missions().isEmpty() ? Optional.empty() : Optional.of(plan.withMissions(List.of()));
    }

    static Optional<Plan> branchEmpty(Plan plan, SplittableRandom r) {
        int roll = r.nextInt(3);
        if (roll == 0) {
            Set<MissionCode> used = plan.missions().stream().map(Mission::code).collect(Collectors.toSet());
            List<MissionCode> unused = java.util.Arrays.stream(ReferenceProgram.values()).map(ReferenceProgram::missionCode)
                    .filter(c -> !used.contains(c)).distinct().sorted(java.util.Comparator.comparing(MissionCode::value))
                    .collect(Collectors.toList());
            if (!unused.isEmpty()) {
                MissionCode code = Draw.pick(r, unused);
                List<Mission> missions = new ArrayList<>(plan.missions());
                missions.add(r.nextInt(missions.size() + 1),
                        Mission.builder().code(code).title(ReferenceProgram.missionTitle(code).orElseThrow()).build());
                return Optional.of(plan.withMissions(missions));
            }
        }
        if (roll == 1 && !plan.missions().isEmpty()) {
            Mission target = Draw.pick(r, plan.missions());
            return Optional.of(Plans.mapMissions(plan, (path, m) -> m == target ? m.withPrograms(List.of()) : m));
        }
        List<Program> programs = plan.missions().stream().flatMap(m -> m.programs().stream()).collect(Collectors.toList());
        if (programs.isEmpty()) {
            return Optional.empty();
        }
        Program target = Draw.pick(r, programs);
        return Optional.of(Plans.mapPrograms(plan, (path, p) -> p == target ? p.withObjectives(List.of()) : p));
    }

    // ================================================================ numbers

    static Optional<Plan> percentageOutOfBounds(Plan plan, SplittableRandom r) {
        return replaceIndicator(plan, r, Family.PERCENT, (fresh, years) -> {
            int over = Draw.between(r, 101, 250);
            if (!years.isEmpty() && r.nextBoolean()) {
                int year = Draw.pick(r, years);
                return fresh.withResults(put(fresh.results(), year, Parsed.result(over + "%")));
            }
            int year = Draw.pick(r, new ArrayList<>(fresh.targets().keySet()));
            return fresh.withTargets(put(fresh.targets(), year, Parsed.target("almeno " + over + "%")));
        });
    }

    static Optional<Plan> scoreOutOfScale(Plan plan, SplittableRandom r) {
        return replaceIndicator(plan, r, Family.SCORE, (fresh, years) -> {
            Indicator scaled = fresh;
            if (fresh.targets().values().stream().noneMatch(t -> t.text().contains("scala da 1 a 5"))) {
                int first = fresh.targets().firstKey();
                scaled = fresh.withTargets(put(fresh.targets(), first, Parsed.target(SCALE_TARGET)));
            }
            String out = Draw.pick(r, "6", "7", "9", "0,5");
            if (!years.isEmpty() && r.nextBoolean()) {
                return scaled.withResults(put(scaled.results(), Draw.pick(r, years), Parsed.result(out)));
            }
            int year = Draw.pick(r, new ArrayList<>(scaled.targets().keySet()));
            return scaled.withTargets(put(scaled.targets(), year, Parsed.target("non inferiore a " + Draw.pick(r, "6", "7", "10")
                    + " (scala da 1 a 5)")));
        });
    }

    static Optional<Plan> weightZero(Plan plan, SplittableRandom r) {
        return reweight(plan, r, 2, n -> {
            int zero = r.nextInt(n);
            List<Optional<Weight>> rest = positiveWeights(r, n - 1);
            List<Optional<Weight>> w = new ArrayList<>(rest);
            w.add(zero, Optional.of(Weight.of(0)));
            return w;
        });
    }

    static Optional<Plan> weightsNot100(Plan plan, SplittableRandom r) {
        return reweight(plan, r, 1, n -> {
            List<Optional<Weight>> w = new ArrayList<>(positiveWeights(r, n));
            int k = r.nextInt(n);
            w.set(k, Optional.of(Weight.of(w.get(k).get().value().add(BigDecimal.valueOf(Draw.between(r, 1, 50))))));
            return w;
        });
    }

    static Optional<Plan> weightsPartial(Plan plan, SplittableRandom r) {
        return reweight(plan, r, 2, n -> {
            List<Optional<Weight>> w = new ArrayList<>(positiveWeights(r, n - 1));
            w.add(r.nextInt(n), Optional.empty());
            return w;
        });
    }

    // ================================================================ time

    static Optional<Plan> targetOutsideHorizon(Plan plan, SplittableRandom r) {
        YearRange h = plan.horizon();
        // after the horizon when there is room, otherwise before it
        boolean after = h.last() < YearRange.MAX_YEAR;
        int year = after ? Draw.between(r, h.last() + 1, Math.min(YearRange.MAX_YEAR, h.last() + 3))
                : Draw.between(r, Math.max(YearRange.MIN_YEAR, h.first() - 3), h.first() - 1);
        return onIndicator(plan, r, i -> {
            // the copy leaves its revisions behind: dated in the original year, they would break ALB-TIM-007 too
            Target copy = Draw.pick(r, new ArrayList<>(i.targets().values())).withRevisions(List.of());
            Indicator moved = i.withTargets(put(i.targets(), year, copy));
            // a baseline year at or after the new first target would break ALB-TIM-004 too: drop the year, keep the value
            return moved.withBaseline(i.baseline().map(b -> b.year().filter(y -> y >= year).isPresent() ? b.withYear(Optional.empty()) : b));
        }, i -> !i.targets().isEmpty());
    }

    static Optional<Plan> resultBeforeHorizon(Plan plan, SplittableRandom r) {
        YearRange h = plan.horizon();
        if (h.first() == YearRange.MIN_YEAR) {
            return Optional.empty();
        }
        int year = Draw.between(r, Math.max(YearRange.MIN_YEAR, h.first() - 3), h.first() - 1);
        return onIndicator(plan, r, i -> i.withResults(put(i.results(), year, Parsed.result(Draw.pick(r, STATUS_RESULTS)))));
    }

    static Optional<Plan> resultAfterReferenceYear(Plan plan, SplittableRandom r) {
        int ref = plan.referenceYear();
        if (ref == YearRange.MAX_YEAR) {
            return Optional.empty();
        }
        int year = Draw.between(r, ref + 1, Math.min(YearRange.MAX_YEAR, Math.max(plan.horizon().last(), ref + 1)));
        return onIndicator(plan, r, i -> i.withResults(put(i.results(), year, Parsed.result(Draw.pick(r, STATUS_RESULTS)))));
    }

    static Optional<Plan> baselineNotBeforeTargets(Plan plan, SplittableRandom r) {
        return onIndicator(plan, r, i -> {
            int first = i.targets().firstKey();
            int year = Draw.between(r, first, Math.min(YearRange.MAX_YEAR, first + 2));
            Baseline b = i.baseline().orElseGet(() -> Baseline.ofText("valore osservato"));
            return i.withBaseline(b.withYear(year));
        }, i -> !i.targets().isEmpty());
    }

    static Optional<Plan> resultMissingForReferenceYear(Plan plan, SplittableRandom r) {
        int ref = plan.referenceYear();
        return onIndicator(plan, r, i -> {
            Map<Integer, Result> results = new TreeMap<>(i.results());
            results.remove(ref);
            return i.withResults(results);
        }, i -> i.results().containsKey(ref));
    }

    static Optional<Plan> resourcesOutsideHorizon(Plan plan, SplittableRandom r) {
        YearRange h = plan.horizon();
        int year = h.last() < YearRange.MAX_YEAR ? Draw.between(r, h.last() + 1, Math.min(YearRange.MAX_YEAR, h.last() + 3))
                : Draw.between(r, Math.max(YearRange.MIN_YEAR, h.first() - 3), h.first() - 1);
        return onObjective(plan, r, s -> true, s -> {
            Resources.Builder b = Resources.builder();
            s.node.resources().ifPresent(b::from);
            b.putYears(year, YearResources.builder().budget(PlanContext.budget(r)).build());
            return rewrite(plan, s, s.node.indicators(), s.node.declaredIndicatorCount(), Optional.of(b.build()));
        });
    }

    // ================================================================ consistency

    static Optional<Plan> indicatorCountMismatch(Plan plan, SplittableRandom r) {
        return onObjective(plan, r, s -> true, s -> {
            int own = s.node.indicators().size();
            long all = s.node instanceof StrategicObjective ? ((StrategicObjective) s.node).allIndicators().count() : own;
            int declared = own > 1 && r.nextBoolean() ? own - 1 : (int) all + Draw.between(r, 1, 5);
            return rewrite(plan, s, s.node.indicators(), Optional.of(declared), s.node.resources());
        });
    }

    static Optional<Plan> resultUnitIncompatible(Plan plan, SplittableRandom r) {
        int ref = plan.referenceYear();
        boolean report = plan.kind() == PlanKind.REPORT;
        // a ratio indicator's result must give its parts (ALB-CON-009): only plain indicators take a bare count
        List<LocatedIndicator> candidates = plan.indicators().stream().filter(li -> li.indicator().ratio().isEmpty())
                .filter(li -> li.indicator().targets().entrySet().stream()
                .anyMatch(e -> (report ? e.getKey() <= ref : e.getKey() < ref) && unit(e.getValue()).isPresent()))
                .collect(Collectors.toList());
        if (candidates.isEmpty()) {
            return Optional.empty();
        }
        LocatedIndicator chosen = Draw.pick(r, candidates);
        return Optional.of(Plans.updateIndicator(plan, chosen.path(), i -> {
            List<Integer> years = i.targets().entrySet().stream()
                    .filter(e -> (report ? e.getKey() <= ref : e.getKey() < ref) && unit(e.getValue()).isPresent())
                    .map(Map.Entry::getKey).collect(Collectors.toList());
            int year = Draw.pick(r, years);
            Unit target = unit(i.targets().get(year)).get();
            // a count against a percentage, a percentage (within 0-100) against anything else
            String text = target.isCompatibleWith(Unit.PERCENT) ? "n. " + Draw.between(r, 0, 12) : Draw.between(r, 0, 100) + "%";
            return i.withResults(put(i.results(), year, Parsed.result(text)));
        }));
    }

    static Optional<Plan> polarityContradictsTarget(Plan plan, SplittableRandom r) {
        return onIndicator(plan, r, i -> {
            List<TargetOperator> ops = i.targets().values().stream().flatMap(t -> t.reading().stream()).map(TargetReading::operator)
                    .filter(o -> o == TargetOperator.AT_LEAST || o == TargetOperator.AT_MOST).collect(Collectors.toList());
            TargetOperator op = Draw.pick(r, ops);
            if (r.nextInt(4) == 0) {
                return i.withPolarity(Polarity.TARGET_RANGE);
            }
            return i.withPolarity(op == TargetOperator.AT_LEAST ? Polarity.LOWER_IS_BETTER : Polarity.HIGHER_IS_BETTER);
        }, i -> i.targets().values().stream().flatMap(t -> t.reading().stream())
                .anyMatch(t -> t.operator() == TargetOperator.AT_LEAST || t.operator() == TargetOperator.AT_MOST));
    }

    static Optional<Plan> targetMissingForReferenceYear(Plan plan, SplittableRandom r) {
        int ref = plan.referenceYear();
        return onIndicator(plan, r, i -> {
            Map<Integer, Target> targets = new TreeMap<>(i.targets());
            targets.remove(ref);
            return i.withTargets(targets);
        }, i -> i.targets().containsKey(ref));
    }

    static Optional<Plan> objectiveWithoutIndicators(Plan plan, SplittableRandom r) {
        boolean keepOperational = r.nextBoolean();
        return onStrategic(plan, r, o -> true, o -> {
            List<OperationalObjective> ops = keepOperational
                    ? o.operationalObjectives().stream().map(op -> op.withIndicators(List.of()).withDeclaredIndicatorCount(Optional.empty()))
                            .collect(Collectors.toList())
                    : List.of();
            return o.withIndicators(List.of()).withOperationalObjectives(ops).withDeclaredIndicatorCount(Optional.empty());
        });
    }

    // ================================================================ resources

    static Optional<Plan> actualWithoutBudget(Plan plan, SplittableRandom r) {
        return spendingYear(plan, r, line -> {
            Map<ResourceLine, Money> budget = new EnumMap<>(ResourceLine.class);
            Map<ResourceLine, Money> actual = new EnumMap<>(ResourceLine.class);
            for (ResourceLine l : ResourceLine.values()) {
                Money b = l == line || r.nextBoolean() ? Money.ZERO : PlanContext.amount(r);
                budget.put(l, b);
                actual.put(l, l == line ? PlanContext.amount(r) : b);
            }
            return YearResources.builder().budget(amounts(budget)).actual(amounts(actual)).build();
        });
    }

    static Optional<Plan> budgetUnused(Plan plan, SplittableRandom r) {
        return spendingYear(plan, r, line -> {
            Map<ResourceLine, Money> budget = new EnumMap<>(ResourceLine.class);
            Map<ResourceLine, Money> actual = new EnumMap<>(ResourceLine.class);
            for (ResourceLine l : ResourceLine.values()) {
                Money b = l == line || r.nextBoolean() ? PlanContext.amount(r) : Money.ZERO;
                budget.put(l, b);
                actual.put(l, l == line ? Money.ZERO : b);
            }
            return YearResources.builder().budget(amounts(budget)).actual(amounts(actual)).build();
        });
    }

    static Optional<Plan> actualMissingForReferenceYear(Plan plan, SplittableRandom r) {
        int ref = plan.referenceYear();
        return onObjective(plan, r, s -> true, s -> {
            Optional<YearResources> existing = s.node.resources().flatMap(res -> res.year(ref));
            YearResources.Builder y = YearResources.builder()
                    .budget(existing.flatMap(YearResources::budget).orElseGet(() -> PlanContext.budget(r)));
            existing.flatMap(YearResources::revisedBudget).ifPresent(y::revisedBudget);
            Resources.Builder b = Resources.builder();
            s.node.resources().ifPresent(b::from);
            b.putYears(ref, y.build());
            return rewrite(plan, s, s.node.indicators(), s.node.declaredIndicatorCount(), Optional.of(b.build()));
        });
    }

    // ================================================================ text

    static Optional<Plan> targetTextUnread(Plan plan, SplittableRandom r) {
        return onIndicator(plan, r, i -> {
            int year = Draw.pick(r, new ArrayList<>(i.targets().keySet()));
            return i.withTargets(put(i.targets(), year, Parsed.target(Draw.pick(r, UNREADABLE_TARGETS))));
        }, i -> !i.targets().isEmpty());
    }

    static Optional<Plan> resultTextUnread(Plan plan, SplittableRandom r) {
        List<Integer> years = resultYears(plan);
        if (years.isEmpty()) {
            return Optional.empty();
        }
        int year = Draw.pick(r, years);
        return onIndicator(plan, r, i -> i.withResults(put(i.results(), year, Parsed.result(Draw.pick(r, UNREADABLE_RESULTS)))));
    }

    /** Another value, still within any bound: one less, or one more for values below 2. */
    private static java.math.BigDecimal other(java.math.BigDecimal v) {
        return v.compareTo(java.math.BigDecimal.valueOf(2)) >= 0 ? v.subtract(java.math.BigDecimal.ONE) : v.add(java.math.BigDecimal.ONE);
    }

    /** A target whose reading is its text's own, with a value: the place to make the two disagree. */
    private static boolean readsItsOwnValue(io.github.albero.model.Target t) {
        return t.reading().flatMap(io.github.albero.model.TargetReading::value).isPresent() && t.revisions().isEmpty()
                && t.reading().equals(io.github.albero.model.TextReader.readTarget(t.text()));
    }

    private static boolean readsItsOwnValue(io.github.albero.model.Result x) {
        return x.reading().flatMap(io.github.albero.model.ResultReading::value).isPresent() && x.parts().isEmpty() && x.breakdowns().isEmpty()
                && x.reading().equals(io.github.albero.model.TextReader.readResult(x.text()));
    }

    static Optional<Plan> targetReadingContradictsText(Plan plan, SplittableRandom r) {
        return onIndicator(plan, r, i -> {
            List<Integer> years = new ArrayList<>();
            i.targets().forEach((y, t) -> {
                if (readsItsOwnValue(t)) {
                    years.add(y);
                }
            });
            int year = Draw.pick(r, years);
            io.github.albero.model.Target t = i.targets().get(year);
            io.github.albero.model.TargetReading given = t.reading().get();
            return i.withTargets(put(i.targets(), year, t.withReading(given.withValue(other(given.value().get())))));
        }, i -> i.ratio().isEmpty() && i.targets().values().stream().anyMatch(Injections::readsItsOwnValue));
    }

    static Optional<Plan> resultReadingContradictsText(Plan plan, SplittableRandom r) {
        return onIndicator(plan, r, i -> {
            List<Integer> years = new ArrayList<>();
            i.results().forEach((y, x) -> {
                if (readsItsOwnValue(x)) {
                    years.add(y);
                }
            });
            int year = Draw.pick(r, years);
            io.github.albero.model.Result x = i.results().get(year);
            io.github.albero.model.ResultReading given = x.reading().get();
            return i.withResults(put(i.results(), year, x.withReading(given.withValue(other(given.value().get())))));
        }, i -> i.ratio().isEmpty() && i.results().values().stream().anyMatch(Injections::readsItsOwnValue));
    }

    /** Characters a pasted or hostile text may smuggle in: ESC (with a colour sequence), BEL, NUL, DEL, CSI, RLO, LRI. */
    static final List<String> UNSAFE_INSERTS = List.of("\u001B[31m", "\u0007", "\u0000", "\u007F", "\u009B", "\u202E", "\u2066");

    static Optional<Plan> unsafeCharacters(Plan plan, SplittableRandom r) {
        return onIndicator(plan, r, i -> {
            int at = r.nextInt(i.name().length() + 1);
            // never between the two halves of a surrogate pair
            if (at > 0 && at < i.name().length() && Character.isLowSurrogate(i.name().charAt(at))) {
                at--;
            }
            return i.withName(i.name().substring(0, at) + Draw.pick(r, UNSAFE_INSERTS) + i.name().substring(at));
        });
    }

    // ================================================================ helpers: places

    /** An objective, strategic or operational, with its path. */
    static final class Site {
        final NodePath path;
        final Objective node;

        Site(NodePath path, Objective node) {
            this.path = path;
            this.node = node;
        }
    }

    static List<Site> objectiveSites(Plan plan, java.util.function.Predicate<Site> filter) {
        List<Site> sites = new ArrayList<>();
        Plans.mapStrategicObjectives(plan, (path, o) -> {
            sites.add(new Site(path, o));
            return o;
        });
        Plans.mapOperationalObjectives(plan, (path, o) -> {
            sites.add(new Site(path, o));
            return o;
        });
        return sites.stream().filter(filter).collect(Collectors.toList());
    }

    /** The objective at {@code site} with new indicators, declared count and resources. */
    static Plan rewrite(Plan plan, Site site, List<Indicator> indicators, Optional<Integer> declared, Optional<Resources> resources) {
        if (site.node instanceof StrategicObjective) {
            return Plans.mapStrategicObjectives(plan, (path, o) -> path.equals(site.path)
                    ? o.withIndicators(indicators).withDeclaredIndicatorCount(declared).withResources(resources) : o);
        }
        return Plans.mapOperationalObjectives(plan, (path, o) -> path.equals(site.path)
                ? o.withIndicators(indicators).withDeclaredIndicatorCount(declared).withResources(resources) : o);
    }

    private static Optional<Plan> onObjective(Plan plan, SplittableRandom r, java.util.function.Predicate<Site> filter,
            Function<Site, Plan> f) {
        List<Site> sites = objectiveSites(plan, filter);
        return sites.isEmpty() ? Optional.empty() : Optional.of(f.apply(Draw.pick(r, sites)));
    }

    private static Optional<Plan> onStrategic(Plan plan, SplittableRandom r, java.util.function.Predicate<StrategicObjective> filter,
            UnaryOperator<StrategicObjective> f) {
        List<NodePath> paths = new ArrayList<>();
        Plans.mapStrategicObjectives(plan, (path, o) -> {
            if (filter.test(o)) {
                paths.add(path);
            }
            return o;
        });
        if (paths.isEmpty()) {
            return Optional.empty();
        }
        NodePath chosen = Draw.pick(r, paths);
        return Optional.of(Plans.mapStrategicObjectives(plan, (path, o) -> path.equals(chosen) ? f.apply(o) : o));
    }

    private static Optional<Plan> onIndicator(Plan plan, SplittableRandom r, UnaryOperator<Indicator> f) {
        return onIndicator(plan, r, f, i -> true);
    }

    private static Optional<Plan> onIndicator(Plan plan, SplittableRandom r, UnaryOperator<Indicator> f,
            java.util.function.Predicate<Indicator> filter) {
        // a ratio indicator's results are its parts: a figure injected there would also break ALB-CON-009
        List<LocatedIndicator> candidates = plan.indicators().stream().filter(li -> li.indicator().ratio().isEmpty() && filter.test(li.indicator()))
                .collect(Collectors.toList());
        if (candidates.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(Plans.updateIndicator(plan, Draw.pick(r, candidates).path(), f));
    }

    /** The years in which a result may be given without breaking a time rule. */
    private static List<Integer> resultYears(Plan plan) {
        List<Integer> years = new ArrayList<>();
        for (int y : plan.horizon()) {
            if (plan.kind() == PlanKind.REPORT ? y <= plan.referenceYear() : y < plan.referenceYear()) {
                years.add(y);
            }
        }
        return years;
    }

    /**
     * Replaces a random indicator with a fresh clean one of {@code family} (same code and weight)
     * and applies {@code f} to it, with the years a result may be given in.
     */
    private static Optional<Plan> replaceIndicator(Plan plan, SplittableRandom r, Family family,
            java.util.function.BiFunction<Indicator, List<Integer>, Indicator> f) {
        if (plan.indicators().isEmpty()) {
            return Optional.empty();
        }
        List<Integer> years = resultYears(plan);
        Indicator fresh = PlanContext.cleanFor(plan).indicator(r, "IND", Optional.empty(), family);
        return onIndicator(plan, r, old -> f.apply(fresh.withCode(old.code()).withWeight(old.weight()), years));
    }

    private static Optional<Unit> unit(Target t) {
        return t.reading().flatMap(TargetReading::unit);
    }

    /** A year of resources with spending, replacing that year of a random objective. */
    private static Optional<Plan> spendingYear(Plan plan, SplittableRandom r, Function<ResourceLine, YearResources> year) {
        List<Integer> years = resultYears(plan);
        if (years.isEmpty()) {
            return Optional.empty();
        }
        int y = Draw.pick(r, years);
        ResourceLine line = Draw.pick(r, ResourceLine.values());
        return onObjective(plan, r, s -> true, s -> {
            Resources.Builder b = Resources.builder();
            s.node.resources().ifPresent(b::from);
            b.putYears(y, year.apply(line));
            return rewrite(plan, s, s.node.indicators(), s.node.declaredIndicatorCount(), Optional.of(b.build()));
        });
    }

    private static ResourceAmounts amounts(Map<ResourceLine, Money> m) {
        return ResourceAmounts.of(m.get(ResourceLine.REVENUES), m.get(ResourceLine.COSTS), m.get(ResourceLine.INVESTMENTS));
    }

    // ================================================================ helpers: weights

    /** A list of siblings that carry weights: a program's objectives, an objective's operational objectives or indicators. */
    private enum Siblings { OBJECTIVES, OPERATIONAL_OBJECTIVES, INDICATORS }

    /**
     * Gives a random list of at least {@code min} siblings the weights {@code f} makes for its
     * size; an objective with a single indicator gets a code-less copy of it first, when a list
     * of two is needed and the plan has no longer one.
     */
    private static Optional<Plan> reweight(Plan plan, SplittableRandom r, int min, Function<Integer, List<Optional<Weight>>> f) {
        List<Object[]> lists = new ArrayList<>();
        Plans.mapPrograms(plan, (path, p) -> {
            if (p.objectives().size() >= min) {
                lists.add(new Object[] {Siblings.OBJECTIVES, path, p.objectives().size()});
            }
            return p;
        });
        for (Site s : objectiveSites(plan, s -> true)) {
            if (s.node instanceof StrategicObjective && ((StrategicObjective) s.node).operationalObjectives().size() >= min) {
                lists.add(new Object[] {Siblings.OPERATIONAL_OBJECTIVES, s.path, ((StrategicObjective) s.node).operationalObjectives().size()});
            }
            if (s.node.indicators().size() >= min) {
                lists.add(new Object[] {Siblings.INDICATORS, s.path, s.node.indicators().size()});
            }
        }
        if (lists.isEmpty()) {
            // grow a strategic objective's single indicator into two siblings
            List<Site> single = objectiveSites(plan, s -> s.node instanceof StrategicObjective && s.node.indicators().size() == 1);
            if (single.isEmpty()) {
                return Optional.empty();
            }
            Site s = Draw.pick(r, single);
            List<Indicator> is = new ArrayList<>(s.node.indicators());
            is.add(is.get(0).withCode(Optional.empty()));
            List<Optional<Weight>> w = f.apply(is.size());
            for (int k = 0; k < is.size(); k++) {
                is.set(k, is.get(k).withWeight(w.get(k)));
            }
            return Optional.of(rewrite(plan, s, is, s.node.declaredIndicatorCount().map(n -> n + 1), s.node.resources()));
        }
        Object[] chosen = Draw.pick(r, lists);
        Siblings kind = (Siblings) chosen[0];
        NodePath at = (NodePath) chosen[1];
        List<Optional<Weight>> w = f.apply((Integer) chosen[2]);
        switch (kind) {
            case OBJECTIVES:
                return Optional.of(Plans.mapPrograms(plan, (path, p) -> path.equals(at) ? p.withObjectives(weigh(p.objectives(), w,
                        StrategicObjective::withWeight)) : p));
            case OPERATIONAL_OBJECTIVES:
                return Optional.of(Plans.mapStrategicObjectives(plan, (path, o) -> path.equals(at) ? o.withOperationalObjectives(
                        weigh(o.operationalObjectives(), w, OperationalObjective::withWeight)) : o));
            default:
                Site site = objectiveSites(plan, s -> s.path.equals(at)).get(0);
                return Optional.of(rewrite(plan, site, weigh(site.node.indicators(), w, Indicator::withWeight),
                        site.node.declaredIndicatorCount(), site.node.resources()));
        }
    }

    private static <T> List<T> weigh(List<T> items, List<Optional<Weight>> weights,
            java.util.function.BiFunction<T, Optional<? extends Weight>, T> with) {
        List<T> out = new ArrayList<>(items.size());
        for (int k = 0; k < items.size(); k++) {
            out.add(with.apply(items.get(k), weights.get(k)));
        }
        return out;
    }

    /** {@code n} positive weights summing to exactly 100 (with two decimals when there are many). */
    static List<Optional<Weight>> positiveWeights(SplittableRandom r, int n) {
        if (n == 0) {
            return List.of();
        }
        boolean decimals = n > 50;
        int units = decimals ? 10_000 : 100;
        TreeSet<Integer> cuts = new TreeSet<>();
        while (cuts.size() < n - 1) {
            cuts.add(Draw.between(r, 1, units - 1));
        }
        cuts.add(units);
        List<Optional<Weight>> w = new ArrayList<>(n);
        int previous = 0;
        for (int cut : cuts) {
            w.add(Optional.of(Weight.of(BigDecimal.valueOf(cut - previous, decimals ? 2 : 0))));
            previous = cut;
        }
        return w;
    }

    // ================================================================ helpers: lists and codes

    /**
     * The siblings with a copy of the one at {@code index} added after it, its weight split
     * between the two so that the sum stays; empty when the weight is too small to split.
     */
    private static Optional<List<Indicator>> grow(List<Indicator> is, int index) {
        Indicator original = is.get(index);
        List<Indicator> out = new ArrayList<>(is);
        if (original.weight().isEmpty()) {
            out.add(index + 1, original);
            return Optional.of(out);
        }
        BigDecimal w = original.weight().get().value();
        BigDecimal half = w.divide(BigDecimal.valueOf(2), 2, java.math.RoundingMode.DOWN);
        if (half.signum() == 0) {
            return Optional.empty();
        }
        out.set(index, original.withWeight(Weight.of(w.subtract(half))));
        out.add(index + 1, original.withWeight(Weight.of(half)));
        return Optional.of(out);
    }

    private static String freshIndicatorCode(List<Indicator> is) {
        Set<String> used = new HashSet<>();
        is.forEach(i -> i.code().ifPresent(used::add));
        for (int k = 1;; k++) {
            String code = "IND-DUP-" + k;
            if (!used.contains(code)) {
                return code;
            }
        }
    }

    /** A three-digit code not in {@code used} that {@code ok} accepts, drawn from a random start. */
    private static Optional<String> freshCode(SplittableRandom r, Set<String> used, java.util.function.Predicate<String> ok) {
        int start = Draw.between(r, 1, Size.MAX_CODES);
        for (int k = 0; k < Size.MAX_CODES; k++) {
            String code = String.format(Locale.ROOT, "%03d", (start - 1 + k) % Size.MAX_CODES + 1);
            if (!used.contains(code) && ok.test(code)) {
                return Optional.of(code);
            }
        }
        return Optional.empty();
    }

    private static <V> Map<Integer, V> put(Map<Integer, V> map, int year, V value) {
        Map<Integer, V> copy = new TreeMap<>(map);
        copy.put(year, value);
        return copy;
    }
}
