package io.github.albero.testkit;

import io.github.albero.InvalidValueException;
import io.github.albero.code.ObjectiveCode;
import io.github.albero.code.ProgramCode;
import io.github.albero.model.Indicator;
import io.github.albero.model.Mission;
import io.github.albero.model.OperationalObjective;
import io.github.albero.model.Plan;
import io.github.albero.model.Program;
import io.github.albero.model.StrategicObjective;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Predicate;
import java.util.function.Supplier;
import java.util.function.UnaryOperator;

/**
 * Shrinks a plan on which a property fails (<i>riduzione del controesempio</i>) to a small plan on
 * which it still fails: structure first — drop missions, programs, strategic and operational
 * objectives and indicators, then merge siblings (the children of one moved into the first), so
 * that what the property needs gathers under one mission, one program and one objective — then
 * values: the years of targets and results, baselines, resources, notes, public value.
 * Greedy and deterministic: the first simpler plan that still fails is kept and the search starts
 * again from it, until no simpler plan fails. A candidate that breaks a construction invariant
 * is skipped. Framework-neutral: the QuickTheories adapter runs it on the smallest plan
 * QuickTheories found ({@code AlberoGens.check}); any other framework can call it the same way.
 *
 * <pre>{@code
 * import io.github.albero.testkit.*;
 * Plan big = PlanGenerator.withSize(Size.defaults()).generate(20261125L);   // 2 missions, 5 programs, 100 indicators
 * Plan small = Shrink.plan(big, p -> p.indicators().size() >= 4);   // "fails" while 4 indicators remain
 * Counterexample.shape(small);   // plan 2992, horizon 2992-2996, 1 mission, 1 program, 1 objective, 4 indicators
 * }</pre>
 */
public final class Shrink {
    /** The most candidate plans tried, so that a slow property cannot keep a test running for ever. */
    public static final int MAX_TRIES = 20_000;

    private Shrink() {
    }

    /**
     * {@return the smallest plan found on which the property still fails, the plan itself when none}
     *
     * @param failing a plan on which the property fails
     * @param fails true when the property fails on a plan (an exception thrown by it counts as a failure)
     * @throws IllegalArgumentException when the property does not fail on {@code failing}
     */
    public static Plan plan(Plan failing, Predicate<Plan> fails) {
        Objects.requireNonNull(failing, "failing");
        Objects.requireNonNull(fails, "fails");
        Predicate<Plan> safe = p -> {
            try {
                return fails.test(p);
            } catch (RuntimeException | AssertionError e) {
                return true;
            }
        };
        if (!safe.test(failing)) {
            throw new IllegalArgumentException("the property does not fail on the plan to shrink");
        }
        Plan current = failing;
        int tries = 0;
        boolean progress = true;
        while (progress && tries < MAX_TRIES) {
            progress = false;
            for (Supplier<Plan> candidate : candidates(current)) {
                if (tries >= MAX_TRIES) {
                    break;
                }
                Plan next;
                try {
                    next = candidate.get();
                } catch (InvalidValueException brokenInvariant) {
                    continue;
                }
                if (next == null || next == current) {
                    continue;
                }
                tries++;
                if (safe.test(next)) {
                    current = next;
                    progress = true;
                    break;
                }
            }
        }
        return current;
    }

    /** The simpler plans to try, structure before values, bigger steps first. */
    private static List<Supplier<Plan>> candidates(Plan plan) {
        List<Supplier<Plan>> c = new ArrayList<>();
        List<Mission> missions = plan.missions();
        // 1. drop whole subtrees
        for (int m = 0; m < missions.size(); m++) {
            int mi = m;
            c.add(() -> plan.withMissions(without(missions, mi)));
        }
        for (int m = 0; m < missions.size(); m++) {
            int mi = m;
            Mission mission = missions.get(m);
            for (int p = 0; p < mission.programs().size(); p++) {
                int pi = p;
                c.add(() -> mission(plan, mi, x -> x.withPrograms(without(x.programs(), pi))));
            }
            for (int o = 0; o < mission.objectives().size(); o++) {
                int oi = o;
                c.add(() -> mission(plan, mi, x -> x.withObjectives(without(x.objectives(), oi))));
            }
        }
        forEachObjective(plan, (path, o) -> {
            c.add(() -> objectiveList(plan, path, list -> without(list, path.index)));
        });
        forEachObjective(plan, (path, o) -> {
            for (int j = 0; j < o.operationalObjectives().size(); j++) {
                int ji = j;
                c.add(() -> objective(plan, path, x -> x.withOperationalObjectives(without(x.operationalObjectives(), ji))));
            }
            for (int i = 0; i < o.indicators().size(); i++) {
                int ii = i;
                c.add(() -> objective(plan, path, x -> x.withIndicators(without(x.indicators(), ii))));
            }
            for (int j = 0; j < o.operationalObjectives().size(); j++) {
                int ji = j;
                for (int i = 0; i < o.operationalObjectives().get(j).indicators().size(); i++) {
                    int ii = i;
                    c.add(() -> objective(plan, path, x -> x.withOperationalObjectives(replace(x.operationalObjectives(), ji,
                            oo -> oo.withIndicators(without(oo.indicators(), ii))))));
                }
            }
        });
        for (int v = 0; v < plan.publicValue().size(); v++) {
            int vi = v;
            c.add(() -> plan.withPublicValue(without(plan.publicValue(), vi)));
        }
        // 2. merge siblings into the first, so that fewer nodes hold the same leaves
        for (int m = 1; m < missions.size(); m++) {
            int mi = m;
            c.add(() -> mergeMissions(plan, mi));
        }
        for (int m = 0; m < missions.size(); m++) {
            int mi = m;
            for (int p = 1; p < missions.get(m).programs().size(); p++) {
                int pi = p;
                c.add(() -> mission(plan, mi, x -> mergePrograms(x, pi)));
            }
        }
        forEachObjective(plan, (path, o) -> {
            if (path.index > 0) {
                c.add(() -> objectiveList(plan, path, list -> {
                    List<StrategicObjective> l = new ArrayList<>(list);
                    StrategicObjective into = l.get(0);
                    StrategicObjective from = l.remove(path.index);
                    l.set(0, into.withIndicators(concat(into.indicators(), from.indicators()))
                            .withOperationalObjectives(concat(into.operationalObjectives(), from.operationalObjectives())));
                    return l;
                }));
            }
            for (int j = 0; j < o.operationalObjectives().size(); j++) {
                int ji = j;
                // an operational objective's indicators moved up to its strategic objective
                c.add(() -> objective(plan, path, x -> x.withIndicators(concat(x.indicators(), x.operationalObjectives().get(ji).indicators()))
                        .withOperationalObjectives(without(x.operationalObjectives(), ji))));
            }
        });
        // 3. values
        forEachObjective(plan, (path, o) -> {
            for (int i = 0; i < o.indicators().size(); i++) {
                int ii = i;
                Indicator ind = o.indicators().get(i);
                for (Integer year : ind.targets().keySet()) {
                    c.add(() -> objective(plan, path, x -> x.withIndicators(replace(x.indicators(), ii, y -> y.withTargets(minus(y.targets(), year))))));
                }
                for (Integer year : ind.results().keySet()) {
                    c.add(() -> objective(plan, path, x -> x.withIndicators(replace(x.indicators(), ii, y -> y.withResults(minus(y.results(), year))))));
                }
                if (ind.baseline().isPresent()) {
                    c.add(() -> objective(plan, path, x -> x.withIndicators(replace(x.indicators(), ii, y -> y.withBaseline(Optional.empty())))));
                }
                if (!ind.notes().isEmpty()) {
                    c.add(() -> objective(plan, path, x -> x.withIndicators(replace(x.indicators(), ii, y -> y.withNotes(List.of())))));
                }
            }
            if (o.resources().isPresent()) {
                c.add(() -> objective(plan, path, x -> x.withResources(Optional.empty())));
            }
            if (!o.notes().isEmpty()) {
                c.add(() -> objective(plan, path, x -> x.withNotes(List.of())));
            }
        });
        if (!plan.notes().isEmpty()) {
            c.add(() -> plan.withNotes(List.of()));
        }
        return c;
    }

    /** Where a strategic objective lies: mission, program (-1 for a strategic area's own objectives) and index. */
    private record At(int mission, int program, int index) {
    }

    private interface ObjectiveVisitor {
        void visit(At at, StrategicObjective o);
    }

    private static void forEachObjective(Plan plan, ObjectiveVisitor v) {
        for (int m = 0; m < plan.missions().size(); m++) {
            Mission mission = plan.missions().get(m);
            for (int p = 0; p < mission.programs().size(); p++) {
                List<StrategicObjective> os = mission.programs().get(p).objectives();
                for (int o = 0; o < os.size(); o++) {
                    v.visit(new At(m, p, o), os.get(o));
                }
            }
            for (int o = 0; o < mission.objectives().size(); o++) {
                v.visit(new At(m, -1, o), mission.objectives().get(o));
            }
        }
    }

    private static Plan mission(Plan plan, int m, UnaryOperator<Mission> f) {
        return plan.withMissions(replace(plan.missions(), m, f));
    }

    private static Plan objectiveList(Plan plan, At at, UnaryOperator<List<StrategicObjective>> f) {
        return mission(plan, at.mission, m -> at.program < 0 ? m.withObjectives(f.apply(m.objectives()))
                : m.withPrograms(replace(m.programs(), at.program, p -> p.withObjectives(f.apply(p.objectives())))));
    }

    private static Plan objective(Plan plan, At at, UnaryOperator<StrategicObjective> f) {
        return objectiveList(plan, at, list -> replace(list, at.index, f));
    }

    /** Mission {@code m}'s programs moved into the first mission, their codes made unique there. */
    private static Plan mergeMissions(Plan plan, int m) {
        List<Mission> missions = new ArrayList<>(plan.missions());
        Mission from = missions.remove(m);
        Mission into = missions.get(0);
        Set<String> used = new HashSet<>();
        into.programs().forEach(p -> used.add(p.code().value()));
        List<Program> programs = new ArrayList<>(into.programs());
        for (Program p : from.programs()) {
            ProgramCode code = used.add(p.code().value()) ? p.code() : ProgramCode.of(free(used));
            programs.add(p.withCode(code).withObjectives(recode(p.objectives(), into, code, new HashSet<>())));
        }
        missions.set(0, into.withPrograms(programs).withObjectives(concat(into.objectives(), from.objectives())));
        return plan.withMissions(missions);
    }

    /** Program {@code p}'s objectives moved into the mission's first program, renumbered where taken. */
    private static Mission mergePrograms(Mission mission, int p) {
        List<Program> programs = new ArrayList<>(mission.programs());
        Program from = programs.remove(p);
        Program into = programs.get(0);
        Set<String> used = new HashSet<>();
        into.objectives().forEach(o -> o.code().number().ifPresent(used::add));
        programs.set(0, into.withObjectives(concat(into.objectives(), recode(from.objectives(), mission, into.code(), used))));
        return mission.withPrograms(programs);
    }

    /** {@return the objectives, their classified codes made to agree with their new mission and program} */
    private static List<StrategicObjective> recode(List<StrategicObjective> list, Mission mission, ProgramCode code, Set<String> used) {
        List<StrategicObjective> objectives = new ArrayList<>();
        for (StrategicObjective o : list) {
            if (o.code().isClassified()) {
                String n = o.code().number().orElse("001");
                String number = used.add(n) ? n : free(used);
                objectives.add(o.withCode(ObjectiveCode.of(mission.code(), code, number)));
            } else {
                objectives.add(o);
            }
        }
        return objectives;
    }

    /** {@return a three-digit code not in {@code used}, added to it} */
    private static String free(Set<String> used) {
        for (int i = 901; i < 1000; i++) {
            String s = String.valueOf(i);
            if (used.add(s)) {
                return s;
            }
        }
        throw new InvalidValueException("code", used.size(), "no free three-digit code left");
    }

    private static <T> List<T> without(List<T> list, int i) {
        List<T> l = new ArrayList<>(list);
        l.remove(i);
        return l;
    }

    private static <T> List<T> replace(List<T> list, int i, UnaryOperator<T> f) {
        List<T> l = new ArrayList<>(list);
        l.set(i, f.apply(l.get(i)));
        return l;
    }

    private static <T> List<T> concat(List<? extends T> a, List<? extends T> b) {
        List<T> l = new ArrayList<>(a);
        l.addAll(b);
        return l;
    }

    private static <V> TreeMap<Integer, V> minus(java.util.SortedMap<Integer, V> map, int key) {
        TreeMap<Integer, V> m = new TreeMap<>(map);
        m.remove(key);
        return m;
    }
}
