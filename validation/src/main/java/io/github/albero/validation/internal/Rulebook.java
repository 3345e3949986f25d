package io.github.albero.validation.internal;

import io.github.albero.model.Indicator;
import io.github.albero.model.Mission;
import io.github.albero.model.OperationalObjective;
import io.github.albero.model.Plan;
import io.github.albero.model.Program;
import io.github.albero.model.StrategicObjective;
import io.github.albero.validation.constraints.AccountableObjective;
import io.github.albero.validation.constraints.BaselineBeforeTargets;
import io.github.albero.validation.constraints.CompleteIndicator;
import io.github.albero.validation.constraints.ConsistentUnits;
import io.github.albero.validation.constraints.ConsistentWeights;
import io.github.albero.validation.constraints.DeclaredIndicatorCount;
import io.github.albero.validation.constraints.KnownClassification;
import io.github.albero.validation.constraints.MeasurableObjective;
import io.github.albero.validation.constraints.NoFutureResults;
import io.github.albero.validation.constraints.NonEmptyBranch;
import io.github.albero.validation.constraints.PercentagesWithinBounds;
import io.github.albero.validation.constraints.PolarityAgreesWithTargets;
import io.github.albero.validation.constraints.ReadableTexts;
import io.github.albero.validation.constraints.ReferenceYearCovered;
import io.github.albero.validation.constraints.ResourcesUsed;
import io.github.albero.validation.constraints.SafeTexts;
import io.github.albero.validation.constraints.ScoresWithinScale;
import io.github.albero.validation.constraints.UniqueIndicatorCodes;
import io.github.albero.validation.constraints.WithinHorizon;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import jakarta.validation.ValidatorFactory;
import java.lang.annotation.Annotation;
import org.hibernate.validator.HibernateValidator;
import org.hibernate.validator.HibernateValidatorConfiguration;
import org.hibernate.validator.cfg.ConstraintMapping;
import org.hibernate.validator.cfg.GenericConstraintDef;
import org.hibernate.validator.messageinterpolation.ParameterMessageInterpolator;

/**
 * Builds the Hibernate Validator that applies the rulebook to core types: every constraint
 * through the programmatic {@link ConstraintMapping} (core types carry no annotation), accessors
 * named like properties, cascading from the plan down to indicators, and
 * {@link ParameterMessageInterpolator} so that no Expression Language implementation is needed.
 */
public final class Rulebook {
    private Rulebook() {
    }

    /** @return a new factory; its validators are thread-safe */
    public static ValidatorFactory factory() {
        QuietStartup.apply();
        HibernateValidatorConfiguration config = Validation.byProvider(HibernateValidator.class).configure()
                .ignoreXmlConfiguration()
                .messageInterpolator(new ParameterMessageInterpolator())
                .getterPropertySelectionStrategy(new AccessorPropertySelection());
        return config.addMapping(mapping(config.createConstraintMapping())).buildValidatorFactory();
    }

    /** @return a validator built the one way the module builds it */
    public static Validator validator() {
        return factory().getValidator();
    }

    static ConstraintMapping mapping(ConstraintMapping m) {
        define(m, CompleteIndicator.class).validatedBy(CompleteIndicatorValidator.class);
        define(m, AccountableObjective.class).validatedBy(AccountableObjectiveValidator.class);
        define(m, KnownClassification.class).validatedBy(KnownClassificationValidator.class);
        define(m, UniqueIndicatorCodes.class).validatedBy(UniqueIndicatorCodesValidator.class);
        define(m, NonEmptyBranch.class).validatedBy(PlanBranchValidator.class).validatedBy(MissionBranchValidator.class)
                .validatedBy(ProgramBranchValidator.class);
        define(m, PercentagesWithinBounds.class).validatedBy(PercentagesWithinBoundsValidator.class);
        define(m, ScoresWithinScale.class).validatedBy(ScoresWithinScaleValidator.class);
        define(m, ConsistentWeights.class).validatedBy(ProgramWeightsValidator.class).validatedBy(ObjectiveWeightsValidator.class);
        define(m, WithinHorizon.class).validatedBy(WithinHorizonValidator.class);
        define(m, NoFutureResults.class).validatedBy(NoFutureResultsValidator.class);
        define(m, BaselineBeforeTargets.class).validatedBy(BaselineBeforeTargetsValidator.class);
        define(m, ReferenceYearCovered.class).validatedBy(ReferenceYearCoveredValidator.class);
        define(m, DeclaredIndicatorCount.class).validatedBy(DeclaredIndicatorCountValidator.class);
        define(m, ConsistentUnits.class).validatedBy(ConsistentUnitsValidator.class);
        define(m, PolarityAgreesWithTargets.class).validatedBy(PolarityAgreesWithTargetsValidator.class);
        define(m, MeasurableObjective.class).validatedBy(MeasurableObjectiveValidator.class);
        define(m, ResourcesUsed.class).validatedBy(ResourcesUsedValidator.class);
        define(m, ReadableTexts.class).validatedBy(ReadableTextsValidator.class);
        define(m, SafeTexts.class).validatedBy(SafeTextsValidator.class);

        // rules that need the plan's horizon, reference year or kind walk the tree from the plan
        m.type(Plan.class)
                .constraint(def(NonEmptyBranch.class))
                .constraint(def(WithinHorizon.class))
                .constraint(def(NoFutureResults.class))
                .constraint(def(ReferenceYearCovered.class))
                .constraint(def(SafeTexts.class))
                .getter("missions").containerElementType().valid();
        m.type(Mission.class)
                .constraint(def(NonEmptyBranch.class))
                .constraint(def(KnownClassification.class))
                .getter("programs").containerElementType().valid();
        m.type(Program.class)
                .constraint(def(NonEmptyBranch.class))
                .constraint(def(ConsistentWeights.class))
                .getter("objectives").containerElementType().valid();
        m.type(StrategicObjective.class)
                .constraint(def(AccountableObjective.class))
                .constraint(def(MeasurableObjective.class))
                .constraint(def(DeclaredIndicatorCount.class))
                .constraint(def(UniqueIndicatorCodes.class))
                .constraint(def(ConsistentWeights.class))
                .constraint(def(ResourcesUsed.class))
                .getter("indicators").containerElementType().valid()
                .getter("operationalObjectives").containerElementType().valid();
        m.type(OperationalObjective.class)
                .constraint(def(DeclaredIndicatorCount.class))
                .constraint(def(UniqueIndicatorCodes.class))
                .constraint(def(ConsistentWeights.class))
                .constraint(def(ResourcesUsed.class))
                .getter("indicators").containerElementType().valid();
        m.type(Indicator.class)
                .constraint(def(CompleteIndicator.class))
                .constraint(def(PercentagesWithinBounds.class))
                .constraint(def(ScoresWithinScale.class))
                .constraint(def(BaselineBeforeTargets.class))
                .constraint(def(ConsistentUnits.class))
                .constraint(def(PolarityAgreesWithTargets.class))
                .constraint(def(ReadableTexts.class));
        return m;
    }

    private static <A extends Annotation> org.hibernate.validator.cfg.context.ConstraintDefinitionContext<A> define(
            ConstraintMapping m, Class<A> annotation) {
        return m.constraintDefinition(annotation).includeExistingValidators(false);
    }

    private static <A extends Annotation> GenericConstraintDef<A> def(Class<A> annotation) {
        return new GenericConstraintDef<>(annotation);
    }
}
