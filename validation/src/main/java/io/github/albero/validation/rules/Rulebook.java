package io.github.albero.validation.rules;

import io.github.albero.model.Indicator;
import io.github.albero.model.Mission;
import io.github.albero.model.OperationalObjective;
import io.github.albero.model.Plan;
import io.github.albero.model.Program;
import io.github.albero.model.PublicValueObjective;
import io.github.albero.model.StrategicObjective;
import java.lang.annotation.Annotation;
import org.hibernate.validator.cfg.ConstraintMapping;
import org.hibernate.validator.cfg.GenericConstraintDef;

/**
 * The rulebook (<i>regole di validazione</i>): which rule applies to which node of a plan, read
 * top-down from the plan to the indicators. Each rule is a class-level constraint of this
 * package, named after what it checks, with its validators nested in it; this table is the one
 * place that applies them, through Hibernate Validator's programmatic mapping, since the core
 * types carry no annotation. Validation cascades from the plan through every list of the tree.
 */
public final class Rulebook {
    private Rulebook() {
    }

    /**
     * Adds the rulebook to a constraint mapping.
     *
     * @param m a new mapping of Hibernate Validator's configuration
     * @return the same mapping, with every rule applied and the cascade declared
     */
    public static ConstraintMapping map(ConstraintMapping m) {
        // rules that need the plan's horizon, reference year or kind walk the tree from the plan
        m.type(Plan.class)
                .constraint(rule(NonEmptyBranch.class))
                .constraint(rule(WithinHorizon.class))
                .constraint(rule(NoFutureResults.class))
                .constraint(rule(ReferenceYearCovered.class))
                .constraint(rule(SafeTexts.class))
                .constraint(rule(ConsistentMonitoring.class))
                .constraint(rule(MeasurablePublicValue.class))
                .constraint(rule(KnownClassification.class))
                .getter("missions").containerElementType().valid()
                .getter("publicValue").containerElementType().valid();
        // impact indicators of public-value objectives get every indicator rule
        m.type(PublicValueObjective.class)
                .getter("indicators").containerElementType().valid();
        m.type(Mission.class)
                .constraint(rule(NonEmptyBranch.class))
                .getter("programs").containerElementType().valid()
                .getter("objectives").containerElementType().valid();
        m.type(Program.class)
                .constraint(rule(NonEmptyBranch.class))
                .constraint(rule(ConsistentWeights.class))
                .getter("objectives").containerElementType().valid();
        m.type(StrategicObjective.class)
                .constraint(rule(AccountableObjective.class))
                .constraint(rule(MeasurableObjective.class))
                .constraint(rule(DeclaredIndicatorCount.class))
                .constraint(rule(UniqueIndicatorCodes.class))
                .constraint(rule(ConsistentWeights.class))
                .constraint(rule(ResourcesUsed.class))
                .getter("indicators").containerElementType().valid()
                .getter("operationalObjectives").containerElementType().valid();
        m.type(OperationalObjective.class)
                .constraint(rule(DeclaredIndicatorCount.class))
                .constraint(rule(UniqueIndicatorCodes.class))
                .constraint(rule(ConsistentWeights.class))
                .constraint(rule(ResourcesUsed.class))
                .getter("indicators").containerElementType().valid();
        m.type(Indicator.class)
                .constraint(rule(CompleteIndicator.class))
                .constraint(rule(PercentagesWithinBounds.class))
                .constraint(rule(ScoresWithinScale.class))
                .constraint(rule(BaselineBeforeTargets.class))
                .constraint(rule(ConsistentUnits.class))
                .constraint(rule(PolarityAgreesWithTargets.class))
                .constraint(rule(ReadableTexts.class))
                .constraint(rule(ConsistentTargetRevisions.class))
                .constraint(rule(ConsistentBreakdowns.class))
                .constraint(rule(ConsistentRatios.class));
        return m;
    }

    private static <A extends Annotation> GenericConstraintDef<A> rule(Class<A> constraint) {
        return new GenericConstraintDef<>(constraint);
    }
}
