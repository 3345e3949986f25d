package io.github.albero.variance;

import io.github.albero.internal.Problems;
import io.github.albero.InvalidValueException;
import io.github.albero.model.NodeKind;
import io.github.albero.model.Mission;
import io.github.albero.model.NodePath;
import io.github.albero.model.Objective;
import io.github.albero.model.OperationalObjective;
import io.github.albero.model.Plan;
import io.github.albero.model.PlanFold;
import io.github.albero.model.Program;
import io.github.albero.model.ResourceAmounts;
import io.github.albero.model.ResourceBasis;
import io.github.albero.model.Resources;
import io.github.albero.model.StrategicObjective;
import io.github.albero.model.YearResources;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Computes the variances (<i>scostamenti</i>) between a budget and the actual figures of every
 * objective of a plan for one year, and rolls them up exactly to programs, missions and the
 * plan.
 *
 * <ul>
 * <li>The basis is the initial budget (<i>preventivo</i>) or the revised one (<i>preventivo
 *     aggiornato</i>); the actual figures are always the <i>consuntivo</i>.</li>
 * <li>An objective contributes only when it has both the basis statement and the actual
 *     statement for the year; otherwise it contributes nothing and its node's notes say
 *     which statement is missing.</li>
 * <li>A strategic objective's own resources are used when present: its operational objectives'
 *     figures are a breakdown and are not added to them (a note says when they do not add up).
 *     When the strategic objective has no figures of its own, it is the sum of its operational
 *     objectives'.</li>
 * <li>Programs, missions and the plan are the exact sums of their children; their ratios are
 *     recomputed from the sums.</li>
 * <li>Ratios are percentages with {@value #SCALE} decimals in percentage points (4 decimals of
 *     the fraction), rounded {@link RoundingMode#HALF_EVEN}.</li>
 * </ul>
 *
 * <p>The calculator is immutable, stateless and thread-safe; its cost is linear in the size of
 * the plan.
 *
 * <pre>{@code
 * VarianceReport r = VarianceCalculator.of(ResourceBasis.REVISED_BUDGET).evaluate(plan, 2017);
 * }</pre>
 */
public final class VarianceCalculator {
    /** Decimals of every ratio, in percentage points: 2 (so 4 decimals of the fraction). */
    public static final int SCALE = 2;
    /** How ratios are rounded: half-even (banker's rounding), unbiased over many figures. */
    public static final RoundingMode ROUNDING = RoundingMode.HALF_EVEN;

    private static final VarianceCalculator BUDGET = new VarianceCalculator(ResourceBasis.BUDGET);
    private static final VarianceCalculator REVISED = new VarianceCalculator(ResourceBasis.REVISED_BUDGET);

    private final ResourceBasis basis;

    private VarianceCalculator(ResourceBasis basis) {
        this.basis = basis;
    }

    /**
     * {@return a calculator comparing the actual figures with that budget}
     *
     * @param basis {@link ResourceBasis#BUDGET} or {@link ResourceBasis#REVISED_BUDGET}
     * @throws InvalidValueException when the basis is missing or is {@link ResourceBasis#ACTUAL}
     */
    public static VarianceCalculator of(ResourceBasis basis) {
        if (basis == null) {
            throw new InvalidValueException("basis", null, Problems.of("required"));
        }
        if (basis == ResourceBasis.ACTUAL) {
            throw new InvalidValueException("basis", basis, Problems.of("basisBudget", ResourceBasis.BUDGET, ResourceBasis.REVISED_BUDGET));
        }
        return basis == ResourceBasis.BUDGET ? BUDGET : REVISED;
    }

    /** {@return a calculator comparing the actual figures with the initial budget (<i>preventivo</i>)} */
    public static VarianceCalculator againstBudget() {
        return BUDGET;
    }

    /** {@return the budget the actual figures are compared with} */
    public ResourceBasis basis() {
        return basis;
    }

    /**
     * {@return the variance tree of the whole plan}
     *
     * @param plan a plan or report
     * @param year a year of the plan's horizon
     * @throws InvalidValueException when the year lies outside the plan's horizon
     */
    public VarianceReport evaluate(Plan plan, int year) {
        if (plan == null) {
            throw new InvalidValueException("plan", null, Problems.of("required"));
        }
        if (!plan.horizon().contains(year)) {
            throw new InvalidValueException("year", year, Problems.of("withinPlanHorizon", plan.horizon()));
        }
        List<VarianceNode> missions = plan.fold(new PlanFold<>() {
            @Override
            public VarianceNode objective(NodePath path, Mission m, Optional<Program> p, StrategicObjective o) {
                return strategic(o, path, year);
            }

            @Override
            public VarianceNode program(NodePath path, Mission m, Program p, List<VarianceNode> objectives) {
                return sum(NodeKind.PROGRAM, path, m.code() + "-" + p.code(), p.title(), List.copyOf(objectives), year);
            }

            @Override
            public VarianceNode mission(NodePath path, Mission m, List<VarianceNode> children) {
                return sum(NodeKind.MISSION, path, m.code().value(), m.title(), List.copyOf(children), year);
            }
        });
        String title = plan.title().orElse(plan.administration().name());
        return new VarianceReport(year, basis, sum(NodeKind.PLAN, NodePath.root(), null, title, List.copyOf(missions), year));
    }

    /**
     * The variance of one objective's own resources, without its operational objectives.
     *
     * @param objective a strategic or operational objective
     * @param year the year
     * @return the variance, or empty when the objective lacks the budget or the actual figures
     *     for that year
     */
    public Optional<ResourceVariance> evaluate(Objective objective, int year) {
        if (objective == null) {
            throw new InvalidValueException("objective", null, Problems.of("required"));
        }
        return Optional.ofNullable(variance(objective, year));
    }

    private VarianceNode strategic(StrategicObjective o, NodePath path, int year) {
        List<OperationalObjective> operational = o.operationalObjectives();
        VarianceNode[] ops = new VarianceNode[operational.size()];
        for (int j = 0; j < ops.length; j++) {
            OperationalObjective op = operational.get(j);
            ResourceVariance v = variance(op, year);
            ops[j] = new VarianceNode(NodeKind.OPERATIONAL_OBJECTIVE, path, j, op.code().orElse(null), op.title(), v, v == null ? 0 : 1,
                    this, year, op, List.of());
        }
        List<VarianceNode> children = List.of(ops);
        ResourceVariance own = variance(o, year);
        int contributors = 1;
        if (own == null) {
            // no figures of its own: the sum of its operational objectives', if any
            own = ResourceVariance.sumOf(children);
            contributors = own == null ? 0 : VarianceNode.contributors(children);
        }
        return new VarianceNode(NodeKind.STRATEGIC_OBJECTIVE, path, -1, o.code().toString(), o.title(), own, contributors, this, year, o,
                children);
    }

    private VarianceNode sum(NodeKind kind, NodePath path, String code, String name, List<VarianceNode> children, int year) {
        ResourceVariance v = ResourceVariance.sumOf(children);
        return new VarianceNode(kind, path, -1, code, name, v, v == null ? 0 : VarianceNode.contributors(children), this, year, null,
                children);
    }

    /** {@return an objective's own variance for the year, or null when it lacks the basis or the actual statement} */
    private ResourceVariance variance(Objective o, int year) {
        Optional<Resources> resources = o.resources();
        if (resources.isEmpty()) {
            return null;
        }
        Optional<YearResources> y = resources.get().year(year);
        if (y.isEmpty()) {
            return null;
        }
        Optional<ResourceAmounts> budget = y.get().statement(basis);
        Optional<ResourceAmounts> actual = y.get().actual();
        return budget.isEmpty() || actual.isEmpty() ? null : ResourceVariance.of(budget.get(), actual.get());
    }

    /**
     * {@return the notes of a node, made when they are asked for: why figures are missing, or how they
     * were obtained}
     *
     * @param node a node this calculator made
     * @param source the node's objective, or null for a program, a mission or the plan
     */
    List<VarianceNote> notes(VarianceNode node, Objective source, int year) {
        List<VarianceNode> children = node.children();
        if (node.kind() == NodeKind.OPERATIONAL_OBJECTIVE) {
            return missing(source, year);
        }
        if (node.kind() == NodeKind.STRATEGIC_OBJECTIVE) {
            ResourceVariance own = variance(source, year);
            ResourceVariance breakdown = ResourceVariance.sumOf(children);
            int breakdownCount = 0;
            for (VarianceNode c : children) {
                breakdownCount += c.variance().isPresent() ? 1 : 0;
            }
            if (own != null) {
                return breakdown != null && !breakdown.equals(own)
                        ? List.of(VarianceNote.own(VarianceNote.Kind.BREAKDOWN_DIFFERS, null, null, 0, breakdownCount, 0)) : List.of();
            }
            if (breakdown != null) {
                return List.of(missing(source, year, VarianceNote.Kind.BREAKDOWN_USED, breakdownCount, children.size()));
            }
            return missing(source, year);
        }
        List<String> without = new ArrayList<>();
        for (VarianceNode c : children) {
            if (c.variance().isEmpty()) {
                without.add(c.code().orElse(c.name()));
            }
        }
        if (children.isEmpty()) {
            return List.of(VarianceNote.children(VarianceNote.Kind.NO_CHILDREN, node.kind(), 0, 0, 0, List.of()));
        }
        if (without.size() == children.size()) {
            return List.of(VarianceNote.children(VarianceNote.Kind.NONE_WITH_FIGURES, node.kind(), 0, children.size(), year, List.of()));
        }
        if (!without.isEmpty()) {
            return List.of(VarianceNote.children(VarianceNote.Kind.SOME_WITHOUT, node.kind(), without.size(), children.size(), year, without));
        }
        return List.of();
    }

    /** {@return the objective's own note when its figures for the year are missing, none when they are all there} */
    private List<VarianceNote> missing(Objective o, int year) {
        VarianceNote note = missing(o, year, VarianceNote.Kind.OWN, 0, 0);
        return note == null ? List.of() : List.of(note);
    }

    /** {@return a note of that kind saying which of the objective's own figures are missing for the year, or null when none is} */
    private VarianceNote missing(Objective o, int year, VarianceNote.Kind kind, int count, int total) {
        Optional<Resources> resources = o.resources();
        if (resources.isEmpty()) {
            return VarianceNote.own(kind, VarianceNote.Missing.NO_RESOURCES, null, 0, count, total);
        }
        Optional<YearResources> y = resources.get().year(year);
        if (y.isEmpty()) {
            return VarianceNote.own(kind, VarianceNote.Missing.NO_YEAR, null, year, count, total);
        }
        Optional<ResourceAmounts> budget = y.get().statement(basis);
        Optional<ResourceAmounts> actual = y.get().actual();
        if (budget.isEmpty() && actual.isEmpty()) {
            return VarianceNote.own(kind, VarianceNote.Missing.NEITHER, basis, year, count, total);
        }
        if (budget.isEmpty()) {
            return VarianceNote.own(kind, VarianceNote.Missing.NO_BASIS, basis, year, count, total);
        }
        if (actual.isEmpty()) {
            return VarianceNote.own(kind, VarianceNote.Missing.NO_ACTUAL, null, year, count, total);
        }
        return null;
    }

    /** {@return e.g. {@code "VarianceCalculator[actual against budget (preventivo)]"}} */
    @Override
    public String toString() {
        return "VarianceCalculator[actual against " + basis + "]";
    }
}
