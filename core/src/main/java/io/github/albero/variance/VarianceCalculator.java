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
                return sum(NodeKind.PROGRAM, path, Optional.of(m.code() + "-" + p.code()), p.title(), objectives, year);
            }

            @Override
            public VarianceNode mission(NodePath path, Mission m, List<VarianceNode> children) {
                return sum(NodeKind.MISSION, path, Optional.of(m.code().value()), m.title(), children, year);
            }
        });
        String title = plan.title().orElse(plan.administration().name());
        return new VarianceReport(year, basis, sum(NodeKind.PLAN, NodePath.root(), Optional.empty(), title, missions, year));
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
        return own(objective, year).variance;
    }

    private VarianceNode strategic(StrategicObjective o, NodePath path, int year) {
        List<OperationalObjective> operational = o.operationalObjectives();
        List<VarianceNode> ops = operational.isEmpty() ? List.of() : new ArrayList<>(operational.size());
        List<ResourceVariance> parts = operational.isEmpty() ? List.of() : new ArrayList<>(operational.size());
        for (int j = 0; j < operational.size(); j++) {
            OperationalObjective op = operational.get(j);
            Own own = own(op, year);
            ops.add(new VarianceNode(NodeKind.OPERATIONAL_OBJECTIVE, path.operationalObjective(j), op.code(), op.title(),
                    own.variance, own.variance.isPresent() ? 1 : 0, own.notes(), List.of()));
            own.variance.ifPresent(parts::add);
        }
        Own own = own(o, year);
        Optional<ResourceVariance> breakdown = ResourceVariance.sum(parts);
        int breakdownCount = parts.size();
        List<VarianceNote> notes = new ArrayList<>(1);
        if (own.variance.isPresent()) {
            if (breakdown.isPresent() && !breakdown.equals(own.variance)) {
                notes.add(VarianceNote.own(VarianceNote.Kind.BREAKDOWN_DIFFERS, null, null, 0, breakdownCount, 0));
            }
            return new VarianceNode(NodeKind.STRATEGIC_OBJECTIVE, path, Optional.of(o.code().toString()), o.title(), own.variance, 1,
                    notes, ops);
        }
        if (breakdown.isPresent()) {
            notes.add(VarianceNote.own(VarianceNote.Kind.BREAKDOWN_USED, own.missing, own.basis, own.year, breakdownCount, ops.size()));
            return new VarianceNode(NodeKind.STRATEGIC_OBJECTIVE, path, Optional.of(o.code().toString()), o.title(), breakdown,
                    breakdownCount, notes, ops);
        }
        return new VarianceNode(NodeKind.STRATEGIC_OBJECTIVE, path, Optional.of(o.code().toString()), o.title(), Optional.empty(), 0,
                own.notes(), ops);
    }

    private VarianceNode sum(NodeKind kind, NodePath path, Optional<String> code, String name, List<VarianceNode> children, int year) {
        List<ResourceVariance> parts = new ArrayList<>();
        List<String> without = new ArrayList<>();
        int contributors = 0;
        for (VarianceNode c : children) {
            if (c.variance().isPresent()) {
                parts.add(c.variance().get());
                contributors += c.contributors();
            } else {
                without.add(c.code().orElse(c.name()));
            }
        }
        List<VarianceNote> notes = List.of();
        if (children.isEmpty()) {
            notes = List.of(VarianceNote.children(VarianceNote.Kind.NO_CHILDREN, kind, 0, 0, 0, List.of()));
        } else if (parts.isEmpty()) {
            notes = List.of(VarianceNote.children(VarianceNote.Kind.NONE_WITH_FIGURES, kind, 0, children.size(), year, List.of()));
        } else if (!without.isEmpty()) {
            notes = List.of(VarianceNote.children(VarianceNote.Kind.SOME_WITHOUT, kind, without.size(), children.size(), year, without));
        }
        return new VarianceNode(kind, path, code, name, ResourceVariance.sum(parts), contributors, notes, children);
    }

    private Own own(Objective o, int year) {
        Optional<Resources> resources = o.resources();
        if (resources.isEmpty()) {
            return new Own(VarianceNote.Missing.NO_RESOURCES, null, 0);
        }
        Optional<YearResources> y = resources.get().year(year);
        if (y.isEmpty()) {
            return new Own(VarianceNote.Missing.NO_YEAR, null, year);
        }
        Optional<ResourceAmounts> budget = y.get().statement(basis);
        Optional<ResourceAmounts> actual = y.get().actual();
        if (budget.isEmpty() && actual.isEmpty()) {
            return new Own(VarianceNote.Missing.NEITHER, basis, year);
        }
        if (budget.isEmpty()) {
            return new Own(VarianceNote.Missing.NO_BASIS, basis, year);
        }
        if (actual.isEmpty()) {
            return new Own(VarianceNote.Missing.NO_ACTUAL, null, year);
        }
        return new Own(ResourceVariance.of(budget.get(), actual.get()));
    }

    /** {@return e.g. {@code "VarianceCalculator[actual against budget (preventivo)]"}} */
    @Override
    public String toString() {
        return "VarianceCalculator[actual against " + basis + "]";
    }

    /** An objective's own variance, or which of its figures are missing. */
    private static final class Own {
        final Optional<ResourceVariance> variance;
        final VarianceNote.Missing missing;
        final ResourceBasis basis;
        final int year;

        Own(ResourceVariance variance) {
            this.variance = Optional.of(variance);
            this.missing = null;
            this.basis = null;
            this.year = 0;
        }

        Own(VarianceNote.Missing missing, ResourceBasis basis, int year) {
            this.variance = Optional.empty();
            this.missing = missing;
            this.basis = basis;
            this.year = year;
        }

        List<VarianceNote> notes() {
            return missing == null ? List.of() : List.of(VarianceNote.own(VarianceNote.Kind.OWN, missing, basis, year, 0, 0));
        }
    }
}
