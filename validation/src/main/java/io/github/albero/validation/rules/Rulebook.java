package io.github.albero.validation.rules;

import io.github.albero.model.Indicator;
import io.github.albero.model.Mission;
import io.github.albero.model.OperationalObjective;
import io.github.albero.model.Plan;
import io.github.albero.model.Program;
import io.github.albero.model.PublicValueObjective;
import io.github.albero.model.StrategicObjective;
import java.lang.annotation.Annotation;
import java.util.List;
import org.hibernate.validator.cfg.ConstraintMapping;
import org.hibernate.validator.cfg.GenericConstraintDef;
import org.hibernate.validator.cfg.context.TypeConstraintMappingContext;

/**
 * The rulebook (<i>regole di validazione</i>): which rule applies to which node of a plan, read
 * top-down from the plan to the indicators. Each rule is a class-level constraint of this
 * package, named after what it checks, with its validators nested in it; this table is the one
 * place that applies them. Two engines read it: the plan's own walk (what
 * {@code PlanValidator} runs: every node once, in document order) and Hibernate Validator's
 * programmatic mapping ({@link #map}, since the core types carry no annotation), which cascades
 * from the plan through the same lists; both give the same findings.
 */
public final class Rulebook {
    /**
     * The rules of one type of node, and the lists of its children that are validated in turn.
     *
     * @param type the type of node
     * @param rules the constraints applied to it, in this order
     * @param children the members listing its children, for Hibernate Validator's cascade
     */
    public record Node(Class<?> type, List<Class<? extends Annotation>> rules, List<String> children) {
    }

    // rules that need the plan's horizon, reference year or kind walk the tree from the plan;
    // impact indicators of public-value objectives get every indicator rule
    private static final List<Node> TABLE = List.of(
            new Node(Plan.class, List.of(NonEmptyBranch.class, WithinHorizon.class, NoFutureResults.class, ReferenceYearCovered.class,
                    SafeTexts.class, ConsistentMonitoring.class, MeasurablePublicValue.class, KnownClassification.class),
                    List.of("missions", "publicValue")),
            new Node(PublicValueObjective.class, List.of(), List.of("indicators")),
            new Node(Mission.class, List.of(NonEmptyBranch.class), List.of("programs", "objectives")),
            new Node(Program.class, List.of(NonEmptyBranch.class, ConsistentWeights.class), List.of("objectives")),
            new Node(StrategicObjective.class, List.of(AccountableObjective.class, MeasurableObjective.class, DeclaredIndicatorCount.class,
                    UniqueIndicatorCodes.class, ConsistentWeights.class, ResourcesUsed.class), List.of("indicators", "operationalObjectives")),
            new Node(OperationalObjective.class, List.of(DeclaredIndicatorCount.class, UniqueIndicatorCodes.class, ConsistentWeights.class,
                    ResourcesUsed.class), List.of("indicators")),
            new Node(Indicator.class, List.of(CompleteIndicator.class, PercentagesWithinBounds.class, ScoresWithinScale.class,
                    BaselineBeforeTargets.class, ConsistentUnits.class, PolarityAgreesWithTargets.class, ReadableTexts.class,
                    ConsistentTargetRevisions.class, ConsistentBreakdowns.class, ConsistentRatios.class), List.of()));

    private Rulebook() {
    }

    /** {@return every type of node with its rules, from the plan down to the indicators} */
    public static List<Node> nodes() {
        return TABLE;
    }

    /**
     * Adds the rulebook to a constraint mapping of Hibernate Validator.
     *
     * @param m a new mapping of Hibernate Validator's configuration
     * @return the same mapping, with every rule applied and the cascade declared
     */
    public static ConstraintMapping map(ConstraintMapping m) {
        for (Node n : TABLE) {
            apply(m.type(n.type()), n);
        }
        return m;
    }

    private static <T> void apply(TypeConstraintMappingContext<T> type, Node n) {
        for (Class<? extends Annotation> rule : n.rules()) {
            type.constraint(rule(rule));
        }
        for (String child : n.children()) {
            type.getter(child).containerElementType().valid();
        }
    }

    private static <A extends Annotation> GenericConstraintDef<A> rule(Class<A> constraint) {
        return new GenericConstraintDef<>(constraint);
    }
}
