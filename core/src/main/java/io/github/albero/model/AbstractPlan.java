package io.github.albero.model;

import io.github.albero.internal.Problems;
import io.github.albero.InvalidValueException;
import io.github.albero.code.ObjectiveCode;
import io.github.albero.money.Money;
import io.github.albero.period.YearRange;
import io.github.albero.reference.Scheme;
import io.github.albero.text.Message;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.immutables.value.Value;

/**
 * A performance plan (<i>Piano della performance</i>) or report (<i>Relazione sulla
 * performance</i>) of one administration: the root of the tree mission → program → strategic
 * objective → operational objective → indicator.
 *
 * <pre>{@code
 * Mission mission = report.missions().get(0);
 * Plan plan = Plan.builder().
 *     kind(PlanKind.REPORT).
 *     administration(Administration.of("Camera di Commercio di Lucca")).
 *     referenceYear(2017).
 *     horizon(YearRange.of(2016, 2018)).
 *     addMissions(mission).
 *     build();
 * plan.objective("011-005-001");   // Optional[StrategicObjective[011-005-001 …]]
 * plan.indicators().size();        // every indicator, with its path
 * }</pre>
 *
 * <p>Immutable and thread-safe; build one with {@code builder()}, change one with the {@code
 * with…} methods, which return a copy. Never null: a required attribute left unset or given as
 * null, or a null element, throws {@link io.github.albero.InvalidValueException} naming the
 * attribute; optional attributes are {@code Optional}, collections are never null.
 */
@Value.Immutable
abstract class AbstractPlan {
    private static final Pattern PROGRAM_KEY = Pattern.compile("\\d{3}[-\u2010]\\d{3}");

    /** {@return plan or report} */
    public abstract PlanKind kind();

    /** {@return the document's title} */
    public abstract Optional<String> title();

    /** {@return the administration} */
    public abstract Administration administration();

    /** {@return the year planned (plan) or reported on (report); inside the horizon} */
    public abstract int referenceYear();

    /** {@return the years covered, e.g. 2016–2018} */
    public abstract YearRange horizon();

    /** {@return the currency, always {@code "EUR"}} */
    @Value.Default
    public String currency() {
        return Money.CURRENCY;
    }

    /**
     * {@return the classification scheme the missions and programs follow; when not given, the
     * chambers' spending classification (DM 27 March 2013), as in every document of format 1.0}
     */
    @Value.Default
    public Scheme scheme() {
        return Scheme.CHAMBERS_OF_COMMERCE;
    }

    /**
     * {@return whether the document says its codes are unique: then no two objectives (strategic
     * or operational) or indicators share a code, and {@link #find(String)} is unambiguous}
     */
    @Value.Default
    public boolean uniqueCodes() {
        return false;
    }

    /**
     * {@return the measurement method the document states (its SMVP: cap, rollup, rounding,
     * threshold, score scale, deadlines …), when it carries one; an
     * {@link io.github.albero.achievement.AchievementCalculator} then computes with it instead of
     * its own policy, so that the document computes the same anywhere. Choices the document does
     * not state are those of {@link io.github.albero.achievement.AchievementPolicy#defaults()}}
     */
    public abstract Optional<io.github.albero.achievement.AchievementPolicy> method();

    /**
     * {@return the first level: missions of the {@link #scheme()}, or strategic areas
     * ({@link Scheme#STRATEGIC_AREAS}) holding their objectives directly}
     */
    public abstract List<Mission> missions();

    /** {@return editorial notes} */
    public abstract List<String> notes();

    /**
     * {@return the PIAO's public-value objectives (<i>obiettivi di valore pubblico</i>), above the
     * performance objectives that contribute to them}
     */
    public abstract List<PublicValueObjective> publicValue();

    /**
     * {@return the public-value objective}
     *
     * @param code a public-value objective's code such as {@code "VP1"}
     */
    public Optional<PublicValueObjective> publicValueObjective(String code) {
        return publicValue().stream().filter(v -> v.code().equals(code)).findFirst();
    }

    /**
     * Finds the performance objective a {@link Contribution} names: a strategic objective by
     * its code, otherwise an operational objective by its own code.
     *
     * @param code the code
     * @return the objective
     */
    public Optional<Objective> performanceObjective(String code) {
        Optional<StrategicObjective> s = objective(code);
        if (s.isPresent()) {
            return Optional.of(s.get());
        }
        for (StrategicObjective so : objectives()) {
            for (OperationalObjective oo : so.operationalObjectives()) {
                if (oo.code().filter(code::equals).isPresent()) {
                    return Optional.of(oo);
                }
            }
        }
        return Optional.empty();
    }

    /**
     * {@return the mission}
     *
     * @param code a mission code such as {@code "011"}
     */
    public Optional<Mission> mission(String code) {
        return missions().stream().filter(m -> m.code().value().equals(code)).findFirst();
    }

    /**
     * {@return the program}
     *
     * @param missionCode a mission code such as {@code "011"}
     * @param programCode a program code such as {@code "005"}
     */
    public Optional<Program> program(String missionCode, String programCode) {
        return mission(missionCode).flatMap(m -> m.program(programCode));
    }

    /**
     * {@return the strategic objective with that code: a classified one such as {@code "011-005-001"}
     * (U+2010 hyphens accepted) or the document's own, such as {@code "OS1.1"}; the first in
     * document order when codes repeat under different parents}
     *
     * @param code an objective code
     */
    public Optional<StrategicObjective> objective(String code) {
        ObjectiveCode c;
        try {
            c = ObjectiveCode.parse(code);
        } catch (InvalidValueException notACode) {
            return Optional.empty();
        }
        if (c.isClassified()) {
            Optional<StrategicObjective> o = program(c.mission().get().value(), c.program().get().value()).flatMap(p -> p.objective(c.toString()));
            if (o.isPresent()) {
                return o;
            }
        }
        return objectives().stream().filter(o -> o.code().equals(c)).findFirst();
    }

    /** {@return every strategic objective, in document order (of programs and of strategic areas)} */
    @Value.Lazy
    public List<StrategicObjective> objectives() {
        List<StrategicObjective> all = new ArrayList<>();
        missions().forEach(m -> {
            all.addAll(m.objectives());
            m.programs().forEach(p -> all.addAll(p.objectives()));
        });
        return Collections.unmodifiableList(all);
    }

    /**
     * Folds the tree bottom-up with the one walk every module uses ({@link PlanFold}): each
     * strategic objective, each program, each mission or strategic area, in document order, with
     * its path.
     *
     * @param fold what each node folds into
     * @param <R> the result of each node
     * @return what each mission folded into, in document order
     */
    public <R> List<R> fold(PlanFold<R> fold) {
        List<R> missions = new ArrayList<>(missions().size());
        for (int mi = 0; mi < missions().size(); mi++) {
            Mission m = missions().get(mi);
            NodePath mp = NodePath.root().mission(m.code(), mi);
            // a strategic area's children are its own objectives; a mission's, its programs
            List<R> children = new ArrayList<>();
            for (int oi = 0; oi < m.objectives().size(); oi++) {
                StrategicObjective o = m.objectives().get(oi);
                children.add(fold.objective(mp.objective(o.code(), oi), m, Optional.empty(), o));
            }
            for (int pi = 0; pi < m.programs().size(); pi++) {
                Program p = m.programs().get(pi);
                NodePath pp = mp.program(p.code(), pi);
                List<R> objectives = new ArrayList<>(p.objectives().size());
                for (int oi = 0; oi < p.objectives().size(); oi++) {
                    StrategicObjective o = p.objectives().get(oi);
                    objectives.add(fold.objective(pp.objective(o.code(), oi), m, Optional.of(p), o));
                }
                children.add(fold.program(pp, m, p, objectives));
            }
            missions.add(fold.mission(mp, m, children));
        }
        return missions;
    }

    /**
     * {@return every strategic objective followed by its operational ones, with its location, in
     * document order (of strategic areas and programs)}
     */
    @Value.Lazy
    public List<LocatedObjective> locatedObjectives() {
        List<LocatedObjective> all = new ArrayList<>();
        fold(new PlanFold<Void>() {
            @Override
            public Void objective(NodePath path, Mission m, Optional<Program> p, StrategicObjective o) {
                all.add(LocatedObjective.builder().path(path).mission(m).program(p).objective(o).build());
                for (int j = 0; j < o.operationalObjectives().size(); j++) {
                    all.add(LocatedObjective.builder().path(path.operationalObjective(j)).mission(m).program(p).objective(o)
                            .operationalObjective(o.operationalObjectives().get(j)).build());
                }
                return null;
            }

            @Override
            public Void program(NodePath path, Mission m, Program p, List<Void> objectives) {
                return null;
            }

            @Override
            public Void mission(NodePath path, Mission m, List<Void> children) {
                return null;
            }
        });
        return Collections.unmodifiableList(all);
    }

    /** {@return every indicator with its location, in document order} */
    @Value.Lazy
    public List<LocatedIndicator> indicators() {
        List<LocatedIndicator> all = new ArrayList<>();
        for (LocatedObjective lo : locatedObjectives()) {
            List<Indicator> indicators = lo.node().indicators();
            for (int i = 0; i < indicators.size(); i++) {
                all.add(LocatedIndicator.builder().path(lo.path().indicator(i)).mission(lo.mission()).program(lo.program())
                        .objective(lo.objective()).operationalObjective(lo.operationalObjective()).indicator(indicators.get(i)).build());
            }
        }
        return Collections.unmodifiableList(all);
    }

    /**
     * Finds a node by the code the document prints: a mission or strategic area ({@code "011"},
     * {@code "01"}, {@code "A"}), a program ({@code "011-005"}, or its own code such as
     * {@code "0101"}), a strategic objective ({@code "011-005-001"}, {@code "OS1.1"}), or an
     * operational objective or indicator by its own code. The first match in that order, and in
     * document order; a document that says its codes are unique ({@link #uniqueCodes()}) has one.
     *
     * @param code the code
     * @return the node
     */
    public Optional<Node> find(String code) {
        if (code == null) {
            return Optional.empty();
        }
        String c = code.strip();
        Optional<Mission> m = mission(c);
        if (m.isPresent()) {
            return Optional.of(m.get());
        }
        if (PROGRAM_KEY.matcher(c).matches()) {
            Optional<Program> p = program(c.substring(0, 3), c.substring(4));
            if (p.isPresent()) {
                return Optional.of(p.get());
            }
        }
        for (Mission mission : missions()) {
            Optional<Program> p = mission.program(c);
            if (p.isPresent()) {
                return Optional.of(p.get());
            }
        }
        Optional<StrategicObjective> o = objective(c);
        if (o.isPresent()) {
            return Optional.of(o.get());
        }
        for (StrategicObjective so : objectives()) {
            for (OperationalObjective oo : so.operationalObjectives()) {
                if (oo.code().filter(c::equals).isPresent()) {
                    return Optional.of(oo);
                }
            }
        }
        return indicators().stream().map(LocatedIndicator::indicator)
                .filter(i -> i.code().filter(c::equals).isPresent()).<Node>map(i -> i).findFirst();
    }

    @Value.Check
    void check() {
        title().ifPresent(t -> Texts.requireText("title", t));
        Texts.requireTexts("notes", notes());
        if (!Money.CURRENCY.equals(currency())) {
            throw new InvalidValueException("currency", currency(), Problems.of("onlyEur"));
        }
        YearRange.checkYear("referenceYear", referenceYear());
        if (!horizon().contains(referenceYear())) {
            throw new InvalidValueException("referenceYear", referenceYear(), Problems.of("withinHorizon", horizon()));
        }
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < missions().size(); i++) {
            Mission m = missions().get(i);
            NodePath at = NodePath.root().mission(m.code(), i);
            if (!seen.add(m.code().value())) {
                throw new InvalidValueException(at.member("code"), m.code(), Problems.of("uniqueInPlan"));
            }
            checkScheme(at, m);
        }
        if (uniqueCodes()) {
            checkUniqueCodes();
        }
        checkPublicValue();
    }

    /** The codes and the shape each scheme allows; the code agreement rules live in Mission and Program. */
    private void checkScheme(NodePath at, Mission m) {
        Scheme scheme = scheme();
        Optional<Message> problem = scheme.missionProblem(m.code());
        if (problem.isPresent()) {
            throw new InvalidValueException(at.member("code"), m.code(), problem.get());
        }
        if (scheme.hasPrograms() && !m.objectives().isEmpty()) {
            throw new InvalidValueException(at.member("objectives"), m.objectives().size() + " objectives",
                    Problems.of("objectivesUnderArea", scheme.source()));
        }
        for (int j = 0; j < m.programs().size(); j++) {
            Program p = m.programs().get(j);
            Optional<Message> pp = scheme.programProblem(m.code(), p.code());
            if (pp.isPresent()) {
                throw new InvalidValueException(at.program(p.code(), j).member("code"), p.code(), pp.get());
            }
        }
    }

    /** One namespace for every objective and indicator code, as a document that says so has. */
    private void checkUniqueCodes() {
        java.util.Map<String, NodePath> first = new java.util.HashMap<>();
        for (int i = 0; i < missions().size(); i++) {
            Mission m = missions().get(i);
            NodePath mp = NodePath.root().mission(m.code(), i);
            uniqueIn(first, mp, m.objectives());
            for (int j = 0; j < m.programs().size(); j++) {
                Program p = m.programs().get(j);
                uniqueIn(first, mp.program(p.code(), j), p.objectives());
            }
        }
    }

    private static void uniqueIn(java.util.Map<String, NodePath> first, NodePath parent, List<StrategicObjective> objectives) {
        for (int k = 0; k < objectives.size(); k++) {
            StrategicObjective o = objectives.get(k);
            NodePath op = parent.objective(o.code(), k);
            unique(first, o.code().toString(), op.member("code"));
            uniqueIndicators(first, op, o.indicators());
            for (int l = 0; l < o.operationalObjectives().size(); l++) {
                OperationalObjective oo = o.operationalObjectives().get(l);
                NodePath oop = op.operationalObjective(l);
                oo.code().ifPresent(c -> unique(first, c, oop.member("code")));
                uniqueIndicators(first, oop, oo.indicators());
            }
        }
    }

    private static void uniqueIndicators(java.util.Map<String, NodePath> first, NodePath parent, List<Indicator> indicators) {
        for (int i = 0; i < indicators.size(); i++) {
            NodePath at = parent.indicator(i).member("code");
            indicators.get(i).code().ifPresent(c -> unique(first, c, at));
        }
    }

    private static void unique(java.util.Map<String, NodePath> first, String code, NodePath at) {
        NodePath earlier = first.putIfAbsent(code, at);
        if (earlier != null) {
            throw new InvalidValueException(at, code, Problems.of("uniqueCodes", earlier.parent().orElse(earlier)));
        }
    }

    private void checkPublicValue() {
        java.util.Map<String, PublicValueObjective> byCode = new java.util.HashMap<>();
        for (int i = 0; i < publicValue().size(); i++) {
            PublicValueObjective v = publicValue().get(i);
            if (byCode.put(v.code(), v) != null) {
                throw new InvalidValueException(NodePath.root().member("publicValue", i).member("code"), v.code(), Problems.of("uniqueAmongPublicValue"));
            }
            if (performanceObjective(v.code()).isPresent()) {
                throw new InvalidValueException(NodePath.root().member("publicValue", i).member("code"), v.code(), Problems.of("codeOfPerformanceObjective"));
            }
        }
        for (int i = 0; i < publicValue().size(); i++) {
            List<Contribution> cs = publicValue().get(i).contributions();
            for (int j = 0; j < cs.size(); j++) {
                String c = cs.get(j).objective();
                if (!byCode.containsKey(c) && performanceObjective(c).isEmpty()) {
                    throw new InvalidValueException(NodePath.root().member("publicValue", i).member("contributions", j).member("objective"), c,
                            Problems.of("namesNoObjective"));
                }
            }
        }
        // depth-first search over public-value → public-value links; a grey node met again closes a cycle
        java.util.Map<String, Integer> state = new java.util.HashMap<>();
        for (int i = 0; i < publicValue().size(); i++) {
            List<String> cycle = cycleFrom(publicValue().get(i).code(), byCode, state, new ArrayList<>());
            if (cycle != null) {
                throw new InvalidValueException(NodePath.root().member("publicValue", i).member("contributions"), String.join(" → ", cycle),
                        Problems.of("contributionCycle"));
            }
        }
    }

    private static List<String> cycleFrom(String code, java.util.Map<String, PublicValueObjective> byCode, java.util.Map<String, Integer> state,
            List<String> trail) {
        Integer s = state.get(code);
        if (s != null && s == 2) {
            return null;
        }
        trail.add(code);
        if (s != null) {
            return new ArrayList<>(trail.subList(trail.indexOf(code), trail.size()));
        }
        state.put(code, 1);
        for (Contribution c : byCode.get(code).contributions()) {
            if (byCode.containsKey(c.objective())) {
                List<String> found = cycleFrom(c.objective(), byCode, state, trail);
                if (found != null) {
                    return found;
                }
            }
        }
        state.put(code, 2);
        trail.remove(trail.size() - 1);
        return null;
    }

    /** {@return a readable one-line description, for logs and JShell} */
    @Override
    public String toString() {
        return "Plan[" + kind().name().toLowerCase(java.util.Locale.ROOT) + " " + referenceYear() + ", " + administration()
                + ", horizon " + horizon() + ", " + missions().size() + " missions, " + objectives().size()
                + " strategic objectives, " + indicators().size() + " indicators]";
    }
}
