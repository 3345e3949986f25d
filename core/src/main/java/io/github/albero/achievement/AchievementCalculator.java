package io.github.albero.achievement;

import io.github.albero.internal.Problems;
import io.github.albero.model.NodeKind;
import io.github.albero.InvalidValueException;
import io.github.albero.measure.Percentage;
import io.github.albero.measure.Weight;
import io.github.albero.model.Indicator;
import io.github.albero.model.Result;
import io.github.albero.model.Target;
import io.github.albero.model.Mission;
import io.github.albero.model.NodePath;
import io.github.albero.model.Objective;
import io.github.albero.model.OperationalObjective;
import io.github.albero.model.Contribution;
import io.github.albero.model.Plan;
import io.github.albero.model.PlanFold;
import io.github.albero.model.PublicValueObjective;
import io.github.albero.model.Program;
import io.github.albero.model.StrategicObjective;
import io.github.albero.period.YearRange;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Computes the achievement (<i>grado di raggiungimento</i>) of every indicator of a plan for a
 * year, and rolls it up to operational objectives, strategic objectives, programs, missions and
 * the plan, under an {@link AchievementPolicy}. Every value carries its {@link Explanation}.
 *
 * <h2>One indicator in one year</h2>
 * <ol>
 * <li>No target for the year, or a target written as a blank mark ({@code _____}): not
 *     applicable, left out. A target text that could not be read: not measurable.</li>
 * <li>No result for the year: the policy's {@link AchievementPolicy#missingResult()}; a result
 *     text that could not be read: not measurable; "nothing reported": the policy's
 *     {@link AchievementPolicy#nothingReported()}.</li>
 * <li>A status, whatever the target: achieved 100%, partially achieved and postponed as the
 *     policy says (50% and 0% by default), not achieved 0%.</li>
 * <li>A milestone target: a percentage result is the share completed ({@code "100%"} → 100%);
 *     a plain number cannot be compared with a milestone and is not measurable. On an indicator
 *     whose polarity is {@code MILESTONE}, a percentage result against a target not expressed in
 *     percent is also read as the share completed (the documents' "% realizzazione attività
 *     programmate").</li>
 * <li>A numeric target: the units must agree when both are given (a side without a unit takes
 *     the other's), otherwise not measurable. The target's operator decides the rule, because
 *     it is what the document says for that year; it wins over the indicator's polarity when
 *     they disagree, and the explanation says so: at least → higher is better; at most → lower
 *     is better; between → range; exactly → the polarity's rule (range of one value for
 *     {@code TARGET_RANGE}, higher is better for {@code MILESTONE}).
 *     <ul>
 *     <li>Higher is better: {@code a / t} ({@code 3 / 2 = 150%}, capped at 100% by default);
 *         a negative actual counts as 0; a target of 0 or below is not measurable.</li>
 *     <li>Lower is better: {@code a ≤ t} → 100% (so {@code a = 0} → 100%), otherwise
 *         {@code t / a} ({@code t = 3, a = 4} → 75%; {@code t = 0, a = 2} → 0%).</li>
 *     <li>Range {@code [low, high]}: inside (bounds included) 100%; outside as
 *         {@link AchievementPolicy#outsideRange()} says.</li>
 *     <li>With {@link Formula#BASELINE_AWARE}: {@code (a − b) / (t − b)} for both directions,
 *         not measurable when {@code t = b}.</li>
 *     </ul></li>
 * <li>Every score is kept within {@code [0, cap]}, with {@value AchievementPolicy#SCALE}
 *     decimals rounded half-even.</li>
 * </ol>
 *
 * <h2>Rollup</h2>
 * A strategic objective's children are its own indicators followed by its operational
 * objectives; a program's are its strategic objectives, a mission's its programs, the plan's
 * its missions. Children that are not measurable are left out. With
 * {@link RollupRule#WEIGHTED_MEAN}, parent = Σ score × weight / Σ weight over the measurable
 * children (computed exactly, rounded once); declared weights are used when every measurable
 * child has one and they do not all equal 0, otherwise equal weights, and the explanation says
 * which. With {@link RollupRule#WORST_CHILD}, the lowest score decides. A parent with no
 * measurable child is not measurable, never 0%.
 *
 * <h2>Public value</h2>
 * Each public-value objective of a PIAO ({@link AchievementReport#publicValue()}) is a parent
 * whose children are its impact indicators followed by the objectives linked to it
 * (strategic, operational or other public-value objectives), each link weighted by the link's
 * own weight; the rollup rule above applies, so a link without weight among weighted ones means
 * equal weights, and the explanation says so.
 *
 * <h2>Overrides</h2>
 * A {@link ManualOverride} replaces a node's score, by path or by code; the computed score is
 * kept beside it, and the parent uses the override. An override that matches no node, or that
 * exceeds the cap, is an error.
 *
 * <p>The calculator is immutable and thread-safe; its cost is linear in the size of the plan.
 *
 * <pre>{@code
 * AchievementReport r = AchievementCalculator.of(AchievementPolicy.defaults()).
 *     withOverride("011-005-004", ManualOverride.of(Percentage.of(100), "delay not attributable to the office")).
 *     evaluate(plan, 2017);
 * System.out.println(Render.of(Locale.ITALIAN).report(r));
 * }</pre>
 */
public final class AchievementCalculator {
    private final AchievementPolicy policy;
    private final Map<NodePath, ManualOverride> byPath;
    private final Map<String, ManualOverride> byCode;
    private final IndicatorScorer scorer;

    private AchievementCalculator(AchievementPolicy policy, Map<NodePath, ManualOverride> byPath, Map<String, ManualOverride> byCode) {
        this.policy = policy;
        this.byPath = Collections.unmodifiableMap(byPath);
        this.byCode = Collections.unmodifiableMap(byCode);
        this.scorer = new IndicatorScorer(policy);
    }

    /**
     * {@return a calculator without overrides}
     *
     * @param policy the policy
     */
    public static AchievementCalculator of(AchievementPolicy policy) {
        if (policy == null) {
            throw new InvalidValueException("policy", null, Problems.of("required"));
        }
        return new AchievementCalculator(policy, new LinkedHashMap<>(), new LinkedHashMap<>());
    }

    /** {@return a calculator with {@link AchievementPolicy#defaults()}} */
    public static AchievementCalculator defaults() {
        return of(AchievementPolicy.defaults());
    }

    /**
     * {@return a calculator with that override added}
     *
     * @param path the path of the node to override
     * @param override the score set by hand and its reason
     */
    public AchievementCalculator withOverride(NodePath path, ManualOverride override) {
        if (path == null) {
            throw new InvalidValueException(NodePath.of("override", "path"), null, Problems.of("required"));
        }
        Map<NodePath, ManualOverride> m = new LinkedHashMap<>(byPath);
        m.put(path, checkOverride(path.toString(), override));
        return new AchievementCalculator(policy, m, new LinkedHashMap<>(byCode));
    }

    /**
     * {@return a calculator with that override added}
     *
     * @param code the code of the node to override: mission, program ({@code "011-005"}),
     * strategic objective, operational objective or indicator
     * @param override the score set by hand and its reason
     */
    public AchievementCalculator withOverride(String code, ManualOverride override) {
        if (code == null || code.isBlank()) {
            throw new InvalidValueException(NodePath.of("override", "code"), code, Problems.of("required"));
        }
        Map<String, ManualOverride> m = new LinkedHashMap<>(byCode);
        m.put(code.strip().replaceAll("[\u2010\u2011\u2013]", "-"), checkOverride(code, override));
        return new AchievementCalculator(policy, new LinkedHashMap<>(byPath), m);
    }

    private ManualOverride checkOverride(String where, ManualOverride override) {
        if (override == null) {
            throw new InvalidValueException(NodePath.root().member("overrides", String.valueOf(where)), null, Problems.of("required"));
        }
        Percentage limit = policy.isCapped() ? policy.cap() : AchievementPolicy.MAX_CAP;
        if (override.value().compareTo(limit) > 0) {
            throw new InvalidValueException(NodePath.root().member("overrides", String.valueOf(where)), override.value(), Problems.of("notAboveCap", limit));
        }
        return override;
    }

    /** {@return the policy} */
    public AchievementPolicy policy() {
        return policy;
    }

    /**
     * {@return the achievement tree of the whole plan, computed with the measurement method the
     * plan states ({@link Plan#method()}) when it carries one, otherwise with this calculator's
     * policy; the report's {@link AchievementReport#policy()} says which}
     *
     * @param plan a plan or report
     * @param year a year of the plan's horizon
     * @throws InvalidValueException when the year lies outside the horizon, or an override
     * matches no node or two overrides match the same node
     */
    public AchievementReport evaluate(Plan plan, int year) {
        return evaluate(plan, year, LocalDate.of(year, 12, 31));
    }

    /**
     * The achievement as of a day, usually the end of a monitoring period (30 June): each
     * indicator is scored with the target in force and the result derived from the periods that
     * ended by then ({@link Indicator#asOf(LocalDate)}).
     *
     * @param plan a plan or report
     * @param day a day of a year of the plan's horizon
     * @return the achievement tree of the whole plan as of that day
     */
    public AchievementReport evaluate(Plan plan, LocalDate day) {
        if (day == null) {
            throw new InvalidValueException("day", null, Problems.of("required"));
        }
        return evaluate(plan, day.getYear(), day);
    }

    private AchievementReport evaluate(Plan plan, int year, LocalDate day) {
        if (plan == null) {
            throw new InvalidValueException("plan", null, Problems.of("required"));
        }
        // the method the document states wins over the calculator's policy: a document computes the same anywhere
        if (plan.method().isPresent() && !plan.method().get().equals(policy)) {
            return new AchievementCalculator(plan.method().get(), new LinkedHashMap<>(byPath), new LinkedHashMap<>(byCode))
                    .evaluate(plan, year, day);
        }
        if (!plan.horizon().contains(year)) {
            throw new InvalidValueException("year", year, Problems.of("withinPlanHorizon", plan.horizon()));
        }
        Run run = new Run(year, day);
        List<AchievementNode> missions = plan.fold(new PlanFold<>() {
            @Override
            public AchievementNode objective(NodePath path, Mission m, Optional<Program> p, StrategicObjective o) {
                return strategic(run, o, path);
            }

            @Override
            public AchievementNode program(NodePath path, Mission m, Program p, List<AchievementNode> objectives) {
                return run.rollup(NodeKind.PROGRAM, path, -1, m.code() + "-" + p.code(), p.title(), null, List.copyOf(objectives));
            }

            @Override
            public AchievementNode mission(NodePath path, Mission m, List<AchievementNode> children) {
                return run.rollup(NodeKind.MISSION, path, -1, m.code().value(), m.title(), null, List.copyOf(children));
            }
        });
        AchievementNode root = run.rollup(NodeKind.PLAN, NodePath.root(), -1, null,
                plan.title().orElse(plan.administration().name()), null, List.copyOf(missions));
        AchievementReport tree = new AchievementReport(year, policy, root, plan);
        Map<String, AchievementNode> values = new LinkedHashMap<>();
        for (PublicValueObjective v : plan.publicValue()) {
            publicValue(run, plan, tree, v, values);
        }
        run.checkAllUsed();
        return new AchievementReport(year, policy, root, plan, new ArrayList<>(values.values()));
    }

    /**
     * The achievement of a single indicator, outside any plan (overrides do not apply).
     *
     * @param indicator the indicator
     * @param year the year
     * @return its node, with the root path
     */
    public AchievementNode evaluate(Indicator indicator, int year) {
        if (indicator == null) {
            throw new InvalidValueException("indicator", null, Problems.of("required"));
        }
        YearRange.checkYear("year", year);
        Explanation e = scorer.score(indicator.asOf(LocalDate.of(year, 12, 31)), year);
        Percentage score = e.score().orElse(null);
        return new AchievementNode(NodeKind.INDICATOR, NodePath.root(), -1, indicator.code().orElse(null), indicator.name(),
                indicator.weight().orElse(null), score, null, policy.bands(), explained(indicator, LocalDate.of(year, 12, 31), e), null, null,
                List.of());
    }

    /** The explanation says which target it used when that is not simply the year's own (a revision, a period's target). */
    private static Explanation explained(Indicator indicator, LocalDate day, Explanation e) {
        Optional<io.github.albero.model.TargetInForce> t = indicator.targetAsOf(day);
        if (t.isPresent() && (t.get().period().isPresent() || !t.get().original().revisions().isEmpty())) {
            return e.withTargetInForce(t.get());
        }
        return e;
    }

    /**
     * The achievement of a single objective, strategic or operational, outside any plan: its
     * indicators (and, for a strategic objective, its operational objectives) rolled up as in a
     * plan; overrides do not apply.
     *
     * <pre>{@code
     * StrategicObjective objective = StrategicObjective.builder().code(ObjectiveCode.of("OS1.1")).title("Servizi").
     *     addIndicators(Indicator.builder().name("Pratiche evase").polarity(Polarity.HIGHER_IS_BETTER).
     *         putTargets(2017, Target.parse("almeno 80%")).putResults(2017, Result.parse("60%")).build()).
     *     build();
     * AchievementCalculator.defaults().evaluate(objective, 2017).score();   // Optional[75%]
     * }</pre>
     *
     * @param objective the objective
     * @param year the year
     * @return its node, with the root path
     */
    public AchievementNode evaluate(Objective objective, int year) {
        if (objective == null) {
            throw new InvalidValueException("objective", null, Problems.of("required"));
        }
        YearRange.checkYear("year", year);
        Run run = new Run(year, LocalDate.of(year, 12, 31), false);
        if (objective instanceof StrategicObjective so) {
            return strategic(run, so, NodePath.root());
        }
        if (!(objective instanceof OperationalObjective op)) {
            throw new InvalidValueException("objective", objective, Problems.of("strategicOrOperational"));
        }
        return run.operational(op, NodePath.root(), -1);
    }

    private AchievementNode strategic(Run run, StrategicObjective o, NodePath path) {
        List<Indicator> own = o.indicators();
        List<OperationalObjective> operational = o.operationalObjectives();
        run.lookUp(o);
        AchievementNode[] children = new AchievementNode[own.size() + operational.size()];
        for (int i = 0; i < own.size(); i++) {
            children[i] = run.indicator(own.get(i), path, i);
        }
        for (int j = 0; j < operational.size(); j++) {
            children[own.size() + j] = run.operational(operational.get(j), path, j);
        }
        return run.rollup(NodeKind.STRATEGIC_OBJECTIVE, path, -1, o.code().toString(), o.title(), o.weight().orElse(null), List.of(children));
    }

    /**
     * A public-value objective's node: its impact indicators and the objectives linked to it,
     * each link weighted by its own weight (the linked objective's weight among its siblings does
     * not apply here), rolled up as any parent. Links between public-value objectives form no
     * cycle (the plan checks it), so the recursion ends.
     */
    private AchievementNode publicValue(Run run, Plan plan, AchievementReport tree, PublicValueObjective v, Map<String, AchievementNode> done) {
        AchievementNode known = done.get(v.code());
        if (known != null) {
            return known;
        }
        NodePath path = NodePath.root().member("publicValue", v.code());
        List<AchievementNode> children = new ArrayList<>();
        for (int i = 0; i < v.indicators().size(); i++) {
            children.add(run.indicator(v.indicators().get(i), path, i));
        }
        for (Contribution c : v.contributions()) {
            Optional<PublicValueObjective> above = plan.publicValueObjective(c.objective());
            AchievementNode linked = above.isPresent() ? publicValue(run, plan, tree, above.get(), done)
                    : tree.find(c.objective()).orElseThrow(() -> new InvalidValueException("publicValue[" + v.code() + "].contributions",
                            c.objective(), Problems.of("namesNoPlanObjective")));
            children.add(linked.withWeight(c.weight()));
        }
        AchievementNode node = run.rollup(NodeKind.PUBLIC_VALUE_OBJECTIVE, path, -1, v.code(), v.title(), v.weight().orElse(null),
                List.copyOf(children));
        done.put(v.code(), node);
        return node;
    }

    /** {@return e.g. {@code "AchievementCalculator[AchievementPolicy[…], 1 override]"}} */
    @Override
    public String toString() {
        int n = byPath.size() + byCode.size();
        return "AchievementCalculator[" + policy + ", " + n + (n == 1 ? " override]" : " overrides]");
    }

    /** The state of one evaluation: which overrides were used. */
    private final class Run {
        final int year;
        final LocalDate day;
        final Set<Object> used = new HashSet<>();
        final boolean overrides;
        final boolean yearEnd;
        final Explainer explainer;
        final boolean anyOverride;
        // one score-only builder for every indicator of this evaluation (a run is not shared between threads)
        final Explanation.Builder scratch = Explanation.scoreOnly();

        Run(int year, LocalDate day) {
            this(year, day, true);
        }

        Run(int year, LocalDate day, boolean overrides) {
            this.year = year;
            this.day = day;
            this.overrides = overrides;
            this.explainer = new Explainer(policy, scorer, year);
            this.anyOverride = overrides && !(byPath.isEmpty() && byCode.isEmpty());
            this.yearEnd = day.getMonthValue() == 12 && day.getDayOfMonth() == 31 && day.getYear() == year;
        }

        /** {@return the node of the indicator {@code index} below {@code base}} */
        AchievementNode indicator(Indicator indicator, NodePath base, int index) {
            if (looked < lookedUp && indicators[looked] == indicator) {
                looked++;
                return indicator(indicator, base, index, targets[looked - 1], results[looked - 1]);
            }
            return indicator(indicator, base, index, indicator.targets().get(year), indicator.results().get(year));
        }

        // the year's targets and results of a strategic objective's indicators, looked up before any is scored
        private Indicator[] indicators = new Indicator[16];
        private Target[] targets = new Target[16];
        private Result[] results = new Result[16];
        private int lookedUp;
        private int looked;

        /**
         * Looks up the year's target and result of every indicator of the objective (its own, then
         * its operational objectives') before any is scored: the look-ups are independent, so the
         * processor overlaps their cache misses (a plan not read recently is not in the cache).
         */
        void lookUp(StrategicObjective o) {
            lookedUp = 0;
            looked = 0;
            add(o.indicators());
            List<OperationalObjective> operational = o.operationalObjectives();
            for (int j = 0; j < operational.size(); j++) {
                add(operational.get(j).indicators());
            }
        }

        private void add(List<Indicator> list) {
            int n = list.size();
            if (lookedUp + n > indicators.length) {
                int size = Math.max(2 * indicators.length, lookedUp + n);
                indicators = java.util.Arrays.copyOf(indicators, size);
                targets = java.util.Arrays.copyOf(targets, size);
                results = java.util.Arrays.copyOf(results, size);
            }
            for (int i = 0; i < n; i++) {
                Indicator x = list.get(i);
                indicators[lookedUp] = x;
                targets[lookedUp] = x.targets().get(year);
                results[lookedUp++] = x.results().get(year);
            }
        }

        AchievementNode indicator(Indicator indicator, NodePath base, int index, Target target, Result result) {
            String code = indicator.code().orElse(null);
            ManualOverride override = override(NodeKind.INDICATOR, base, index, code);
            Weight weight = indicator.weight().orElse(null);
            if (plain(indicator, target, result)) {
                if (override == null) {
                    // numbers first: the explanation is made from the indicator when asked for
                    Percentage score = scorer.scoreOnly(scratch, indicator, year, target, result);
                    return new AchievementNode(NodeKind.INDICATOR, base, index, code, indicator.name(), weight, score, null, policy.bands(),
                            null, explainer, indicator, List.of());
                }
                return node(NodeKind.INDICATOR, base, index, code, indicator.name(), weight, override, scorer.score(indicator, year), List.of());
            }
            Explanation e = explained(indicator, day, scorer.score(indicator.asOf(day), year));
            return node(NodeKind.INDICATOR, base, index, code, indicator.name(), weight, override, e, List.of());
        }

        /** {@return the node of the operational objective {@code index} below {@code base} (-1: {@code base} is its path)} */
        AchievementNode operational(OperationalObjective op, NodePath base, int index) {
            NodePath path = AchievementNode.path(NodeKind.OPERATIONAL_OBJECTIVE, base, index);
            List<Indicator> indicators = op.indicators();
            AchievementNode[] nodes = new AchievementNode[indicators.size()];
            for (int i = 0; i < nodes.length; i++) {
                nodes[i] = indicator(indicators.get(i), path, i);
            }
            return rollup(NodeKind.OPERATIONAL_OBJECTIVE, base, index, op.code().orElse(null), op.title(), op.weight().orElse(null),
                    List.of(nodes));
        }

        /**
         * {@return true when the indicator as of the day is the indicator itself: the year's end, and
         * a target never revised; then neither {@code asOf} nor the target in force need computing
         * (most indicators)}. With the year's target and result both given, monitoring changes
         * neither at the year's end, and it is not looked at.
         */
        private boolean plain(Indicator indicator, Target target, Result result) {
            if (!yearEnd) {
                return false;
            }
            if (target == null || result == null) {
                // a monitoring period may give the target or derive the result
                if (indicator.monitoring().containsKey(year)) {
                    return false;
                }
            }
            return target == null || target.revisions().isEmpty();
        }

        /** {@return the node of a rollup of those children (an immutable list)} */
        AchievementNode rollup(NodeKind kind, NodePath base, int index, String code, String name, Weight weight,
                List<AchievementNode> children) {
            Rollup r = new Rollup(policy, children);
            r.weighIn();
            ManualOverride override = override(kind, base, index, code);
            if (override == null) {
                return new AchievementNode(kind, base, index, code, name, weight, r.score(), null, policy.bands(), null, explainer, null,
                        children);
            }
            return node(kind, base, index, code, name, weight, override, r.explanation(kind), children);
        }

        private AchievementNode node(NodeKind kind, NodePath base, int index, String code, String name, Weight weight,
                ManualOverride override, Explanation computed, List<AchievementNode> children) {
            Explanation explanation = override == null ? computed : Explanation.overridden(override, computed);
            return new AchievementNode(kind, base, index, code, name, weight, computed.scoreOrNull(), override, policy.bands(), explanation,
                    explainer, null, children);
        }

        /** {@return the override of the node {@code index} of that kind below {@code base}, or null} */
        private ManualOverride override(NodeKind kind, NodePath base, int index, String code) {
            if (!anyOverride) {
                return null;
            }
            return override(AchievementNode.path(kind, base, index), Optional.ofNullable(code));
        }

        private ManualOverride override(NodePath path, Optional<String> code) {
            if (!overrides || byPath.isEmpty() && byCode.isEmpty()) {
                return null;
            }
            ManualOverride p = byPath.get(path);
            ManualOverride c = code.map(byCode::get).orElse(null);
            if (p != null && c != null) {
                throw new InvalidValueException(NodePath.root().member("overrides", String.valueOf(code.get())), path, Problems.of("twoOverrides"));
            }
            if (p != null) {
                used.add(path);
                return p;
            }
            if (c != null) {
                if (!used.add(code.get())) {
                    throw new InvalidValueException(NodePath.root().member("overrides", String.valueOf(code.get())), path, Problems.of("codeMatchesMany"));
                }
                return c;
            }
            return null;
        }

        void checkAllUsed() {
            for (NodePath p : byPath.keySet()) {
                if (!used.contains(p)) {
                    throw new InvalidValueException(NodePath.root().member("overrides", String.valueOf(p)), p, Problems.of("matchesNoNode"));
                }
            }
            for (String c : byCode.keySet()) {
                if (!used.contains(c)) {
                    throw new InvalidValueException(NodePath.root().member("overrides", String.valueOf(c)), c, Problems.of("matchesNoNode"));
                }
            }
        }
    }
}
