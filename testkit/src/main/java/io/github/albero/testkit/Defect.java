package io.github.albero.testkit;

import io.github.albero.model.Plan;
import io.github.albero.model.PlanKind;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.SplittableRandom;

/**
 * One named defect (<i>difetto</i>) to inject into a valid plan: each breaks exactly one rule of
 * Albero's validation rulebook, and bears the name of that rule's {@code RuleCode} constant. The
 * testkit does not depend on the validation module and mirrors no rule code: the catalogue keyed
 * by rule code is {@code RuleDefects} in {@code albero-testkit-validation}, an exhaustive switch
 * over {@code RuleCode} that stops compiling when a rule is added without a defect.
 *
 * <p>Injected into a {@linkplain PlanGenerator#clean() clean} plan, a defect yields findings of
 * its rule and of no other rule; the place is chosen at random (any indicator, objective,
 * program or mission that can carry it), so the findings' paths vary, and the {@link Injected}
 * result says which path was changed.
 *
 * <pre>{@code
 * Generator<Plan> broken = Generators.plansWith(Defect.INDICATOR_COUNT_MISMATCH);
 * Plan p = broken.generate(42L);   // a clean plan but for one wrong "Nr indicatori associati"
 * Defect.INDICATOR_COUNT_MISMATCH.inject(p, new SplittableRandom(1)).get().path();   // where
 * }</pre>
 */
public enum Defect {
    /** An indicator loses its type, unit, algorithm or data source (one of them). */
    INDICATOR_FIELD_MISSING(null, Injections::indicatorFieldMissing),
    /** An indicator loses its baseline. */
    INDICATOR_BASELINE_MISSING(null, Injections::indicatorBaselineMissing),
    /** A strategic objective loses its responsible unit, description or timeframe (one of them). */
    OBJECTIVE_FIELD_MISSING(null, Injections::objectiveFieldMissing),
    /** A mission with a code outside the reference classification is added. */
    MISSION_UNKNOWN(null, Injections::missionUnknown),
    /** A program with a code outside the reference classification of its mission is added. */
    PROGRAM_UNKNOWN(null, Injections::programUnknown),
    /** A mission gets a title other than the reference one. */
    MISSION_TITLE_DIFFERS(null, Injections::missionTitleDiffers),
    /** A program gets a title other than the reference one. */
    PROGRAM_TITLE_DIFFERS(null, Injections::programTitleDiffers),
    /** Two sibling indicators get the same code (a copy is added when the objective has one indicator). */
    INDICATOR_CODE_REPEATED(null, Injections::indicatorCodeRepeated),
    /** The plan loses all its missions. */
    PLAN_EMPTY(null, Injections::planEmpty),
    /** A mission loses its programs, a program its objectives, or a reference mission without programs is added. */
    BRANCH_EMPTY(null, Injections::branchEmpty),
    /** A public-value objective with neither impact indicators nor contributions is added. */
    PUBLIC_VALUE_UNMEASURED(null, ShapeInjections::publicValueUnmeasured),
    /** A completion indicator gets a percentage above 100 as a target or result. */
    PERCENTAGE_OUT_OF_BOUNDS(null, Injections::percentageOutOfBounds),
    /** A score indicator ("scala da 1 a 5") gets a target or result outside its scale. */
    SCORE_OUT_OF_SCALE(null, Injections::scoreOutOfScale),
    /** One of several weighted siblings gets weight zero; the others still sum to 100. */
    WEIGHT_ZERO(null, Injections::weightZero),
    /** Weighted siblings get positive weights that do not sum to 100. */
    WEIGHTS_NOT_100(null, Injections::weightsNot100),
    /** All siblings but one get a weight. */
    WEIGHTS_PARTIAL(null, Injections::weightsPartial),
    /** A ratio indicator gets a result with a zero denominator. */
    RATIO_ZERO_DENOMINATOR(null, ShapeInjections::ratioZeroDenominator),
    /** An indicator gets a target for a year outside the horizon. */
    TARGET_OUTSIDE_HORIZON(null, Injections::targetOutsideHorizon),
    /** An indicator gets a result for a year before the horizon. */
    RESULT_BEFORE_HORIZON(null, Injections::resultBeforeHorizon),
    /** An indicator gets a result for a year after the reference year. */
    RESULT_AFTER_REFERENCE_YEAR(null, Injections::resultAfterReferenceYear),
    /** An indicator's baseline gets a year not before its first target. */
    BASELINE_NOT_BEFORE_TARGETS(null, Injections::baselineNotBeforeTargets),
    /** In a report, an indicator loses its result for the reference year. */
    RESULT_MISSING_FOR_REFERENCE_YEAR(PlanKind.REPORT, Injections::resultMissingForReferenceYear),
    /** An objective gets a budget for a year outside the horizon. */
    RESOURCES_OUTSIDE_HORIZON(null, Injections::resourcesOutsideHorizon),
    /** A target gets a revision (with its reason) dated after the end of its year. */
    TARGET_REVISION_AFTER_PERIOD(null, ShapeInjections::targetRevisionAfterPeriod),
    /** An indicator gets monitoring periods in a year outside the horizon. */
    MONITORING_OUTSIDE_HORIZON(null, ShapeInjections::monitoringOutsideHorizon),
    /** In a report, an indicator gets a provisional monitoring period in the reference year. */
    PERIOD_RESULT_NOT_FINAL(PlanKind.REPORT, ShapeInjections::periodResultNotFinal),
    /** An objective declares a number of indicators other than those listed. */
    INDICATOR_COUNT_MISMATCH(null, Injections::indicatorCountMismatch),
    /** A result gets a unit that cannot be compared with its target's ("50%" against "almeno 2 eventi"). */
    RESULT_UNIT_INCOMPATIBLE(null, Injections::resultUnitIncompatible),
    /** An indicator's polarity is turned against its "at least" or "at most" targets. */
    POLARITY_CONTRADICTS_TARGET(null, Injections::polarityContradictsTarget),
    /** An indicator loses its target for the reference year. */
    TARGET_MISSING_FOR_REFERENCE_YEAR(null, Injections::targetMissingForReferenceYear),
    /** A strategic objective loses its indicators, its operational objectives' included. */
    OBJECTIVE_WITHOUT_INDICATORS(null, Injections::objectiveWithoutIndicators),
    /** A target gets a revision, within its year, that gives no reason. */
    TARGET_REVISION_WITHOUT_REASON(null, ShapeInjections::targetRevisionWithoutReason),
    /** A number result gets a breakdown whose parts add up to less than it, where they must equal it. */
    BREAKDOWN_DISAGREES_WITH_TOTAL(null, ShapeInjections::breakdownDisagreesWithTotal),
    /** A number result gets a breakdown whose parts add up to more than it. */
    BREAKDOWN_EXCEEDS_TOTAL(null, ShapeInjections::breakdownExceedsTotal),
    /** An indicator becomes a ratio indicator with one result given without its parts. */
    RATIO_RESULT_WITHOUT_PARTS(null, ShapeInjections::ratioResultWithoutParts),
    /** An objective spends on a line that has no budget. */
    ACTUAL_WITHOUT_BUDGET(null, Injections::actualWithoutBudget),
    /** An objective leaves a budgeted line unused (actual zero). */
    BUDGET_UNUSED(null, Injections::budgetUnused),
    /** In a report, an objective with a budget for the reference year loses its actual figures. */
    ACTUAL_MISSING_FOR_REFERENCE_YEAR(PlanKind.REPORT, Injections::actualMissingForReferenceYear),
    /** A target gets a text that the core {@code TextReader} cannot read ("circa 2 eventi"). */
    TARGET_TEXT_UNREAD(null, Injections::targetTextUnread),
    /** A result gets a text that the core {@code TextReader} cannot read ("in linea con le attese"). */
    RESULT_TEXT_UNREAD(null, Injections::resultTextUnread),
    /** An indicator's name gets a control or bidi-override character (ESC, BEL, NUL, U+202E…). */
    UNSAFE_CHARACTERS(null, Injections::unsafeCharacters),
    /** A numeric target keeps its text and gets a reading with another value (one less, or one more below 2). */
    TARGET_READING_CONTRADICTS_TEXT(null, Injections::targetReadingContradictsText),
    /** A numeric result keeps its text and gets a reading with another value (one less, or one more below 2). */
    RESULT_READING_CONTRADICTS_TEXT(null, Injections::resultReadingContradictsText);

    private static final List<Defect> ALL = List.of(values());

    private final PlanKind requiredKind;
    private final Injections.Injection injection;

    Defect(PlanKind requiredKind, Injections.Injection injection) {
        this.requiredKind = requiredKind;
        this.injection = injection;
    }

    /** {@return the kind of document the defect can only show in (a report, for missing results), if any} */
    public Optional<PlanKind> requiredKind() {
        return Optional.ofNullable(requiredKind);
    }

    /**
     * Injects this defect into a plan, at a place chosen with {@code random}. Into a
     * {@linkplain PlanGenerator#clean() clean} plan, the result has findings of this defect's
     * rule only; into another plan, this defect's findings come on top of the plan's own.
     *
     * @param plan the plan, not null
     * @param random the random source choosing the place and the details
     * @return the plan with the defect and the path of the node it changed, or empty when the
     *     plan offers no place for it (no indicator at all; no year after the reference year up
     *     to 2999; no result to spoil in a plan whose reference year is its first; a plan of the
     *     wrong {@linkplain #requiredKind() kind})
     */
    public Optional<Injected> inject(Plan plan, SplittableRandom random) {
        Objects.requireNonNull(plan, "plan");
        Objects.requireNonNull(random, "random");
        if (requiredKind != null && plan.kind() != requiredKind) {
            return Optional.empty();
        }
        // public-value links name objectives a rewrite may remove: inject without them, then keep the links that still hold
        Plan base = plan.publicValue().isEmpty() ? plan : plan.withPublicValue(List.of());
        return injection.inject(base, random)
                .map(broken -> Shapes.relink(broken, plan.publicValue()))
                .map(broken -> new Injected(this, broken, PlanDiff.changedPath(plan, broken)));
    }

    /** {@return every defect, one per rule of the rulebook, in the rulebook's order} */
    public static List<Defect> all() {
        return ALL;
    }
}
