package io.github.albero.testkit;

import io.github.albero.model.Plan;
import io.github.albero.model.PlanKind;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.SplittableRandom;
import java.util.stream.Collectors;

/**
 * One named defect (<i>difetto</i>) to inject into a valid plan, keyed by the code of the rule
 * of Albero's validation module that reports it ({@code ALB-<family>-<number>}; the constants
 * bear the names of the validation module's {@code RuleCode} constants). The testkit does not
 * depend on the validation module: the codes are plain strings, and the validation module's
 * own tests check that both lists agree.
 *
 * <p>Injected into a {@linkplain PlanGenerator#clean() clean} plan, a defect yields findings of
 * its rule and of no other rule; the place is chosen at random (any indicator, objective,
 * program or mission that can carry it), so the findings' paths vary. Every rule of the
 * rulebook has a defect: each is reachable with a plan the core model lets you build.
 *
 * <pre>{@code
 * Generator<Plan> broken = Generators.plansWith(Defect.of("ALB-CON-001"));
 * Plan p = broken.generate(42L);   // a clean plan but for one wrong "Nr indicatori associati"
 * for (Defect d : Defect.all()) { … PlanGenerator.withSize(Size.small()).withDefect(d) … }
 * }</pre>
 */
public enum Defect {
    /** An indicator loses its type, unit, algorithm or data source (one of them). */
    INDICATOR_FIELD_MISSING("ALB-STR-001", null, Injections::indicatorFieldMissing),
    /** An indicator loses its baseline. */
    INDICATOR_BASELINE_MISSING("ALB-STR-002", null, Injections::indicatorBaselineMissing),
    /** A strategic objective loses its responsible unit, description or timeframe (one of them). */
    OBJECTIVE_FIELD_MISSING("ALB-STR-003", null, Injections::objectiveFieldMissing),
    /** A mission with a code outside the reference classification is added. */
    MISSION_UNKNOWN("ALB-STR-004", null, Injections::missionUnknown),
    /** A program with a code outside the reference classification of its mission is added. */
    PROGRAM_UNKNOWN("ALB-STR-005", null, Injections::programUnknown),
    /** A mission gets a title other than the reference one. */
    MISSION_TITLE_DIFFERS("ALB-STR-006", null, Injections::missionTitleDiffers),
    /** A program gets a title other than the reference one. */
    PROGRAM_TITLE_DIFFERS("ALB-STR-007", null, Injections::programTitleDiffers),
    /** Two sibling indicators get the same code (a copy is added when the objective has one indicator). */
    INDICATOR_CODE_REPEATED("ALB-STR-008", null, Injections::indicatorCodeRepeated),
    /** The plan loses all its missions. */
    PLAN_EMPTY("ALB-STR-009", null, Injections::planEmpty),
    /** A mission loses its programs, a program its objectives, or a reference mission without programs is added. */
    BRANCH_EMPTY("ALB-STR-010", null, Injections::branchEmpty),
    /** A completion indicator gets a percentage above 100 as a target or result. */
    PERCENTAGE_OUT_OF_BOUNDS("ALB-NUM-001", null, Injections::percentageOutOfBounds),
    /** A score indicator ("scala da 1 a 5") gets a target or result outside its scale. */
    SCORE_OUT_OF_SCALE("ALB-NUM-002", null, Injections::scoreOutOfScale),
    /** One of several weighted siblings gets weight zero; the others still sum to 100. */
    WEIGHT_ZERO("ALB-NUM-003", null, Injections::weightZero),
    /** Weighted siblings get positive weights that do not sum to 100. */
    WEIGHTS_NOT_100("ALB-NUM-004", null, Injections::weightsNot100),
    /** All siblings but one get a weight. */
    WEIGHTS_PARTIAL("ALB-NUM-005", null, Injections::weightsPartial),
    /** An indicator gets a target for a year outside the horizon. */
    TARGET_OUTSIDE_HORIZON("ALB-TIM-001", null, Injections::targetOutsideHorizon),
    /** An indicator gets a result for a year before the horizon. */
    RESULT_BEFORE_HORIZON("ALB-TIM-002", null, Injections::resultBeforeHorizon),
    /** An indicator gets a result for a year after the reference year. */
    RESULT_AFTER_REFERENCE_YEAR("ALB-TIM-003", null, Injections::resultAfterReferenceYear),
    /** An indicator's baseline gets a year not before its first target. */
    BASELINE_NOT_BEFORE_TARGETS("ALB-TIM-004", null, Injections::baselineNotBeforeTargets),
    /** In a report, an indicator loses its result for the reference year. */
    RESULT_MISSING_FOR_REFERENCE_YEAR("ALB-TIM-005", PlanKind.REPORT, Injections::resultMissingForReferenceYear),
    /** An objective gets a budget for a year outside the horizon. */
    RESOURCES_OUTSIDE_HORIZON("ALB-TIM-006", null, Injections::resourcesOutsideHorizon),
    /** An objective declares a number of indicators other than those listed. */
    INDICATOR_COUNT_MISMATCH("ALB-CON-001", null, Injections::indicatorCountMismatch),
    /** A result gets a unit that cannot be compared with its target's ("50%" against "almeno 2 eventi"). */
    RESULT_UNIT_INCOMPATIBLE("ALB-CON-002", null, Injections::resultUnitIncompatible),
    /** An indicator's polarity is turned against its "at least" or "at most" targets. */
    POLARITY_CONTRADICTS_TARGET("ALB-CON-003", null, Injections::polarityContradictsTarget),
    /** An indicator loses its target for the reference year. */
    TARGET_MISSING_FOR_REFERENCE_YEAR("ALB-CON-004", null, Injections::targetMissingForReferenceYear),
    /** A strategic objective loses its indicators, its operational objectives' included. */
    OBJECTIVE_WITHOUT_INDICATORS("ALB-CON-005", null, Injections::objectiveWithoutIndicators),
    /** An objective spends on a line that has no budget. */
    ACTUAL_WITHOUT_BUDGET("ALB-RES-001", null, Injections::actualWithoutBudget),
    /** An objective leaves a budgeted line unused (actual zero). */
    BUDGET_UNUSED("ALB-RES-002", null, Injections::budgetUnused),
    /** In a report, an objective with a budget for the reference year loses its actual figures. */
    ACTUAL_MISSING_FOR_REFERENCE_YEAR("ALB-RES-003", PlanKind.REPORT, Injections::actualMissingForReferenceYear),
    /** A target gets a text that the core {@code TextReader} cannot read ("circa 2 eventi"). */
    TARGET_TEXT_UNREAD("ALB-TXT-001", null, Injections::targetTextUnread),
    /** A result gets a text that the core {@code TextReader} cannot read ("in linea con le attese"). */
    RESULT_TEXT_UNREAD("ALB-TXT-002", null, Injections::resultTextUnread),
    /** An indicator's name gets a control or bidi-override character (ESC, BEL, NUL, U+202E…). */
    UNSAFE_CHARACTERS("ALB-TXT-003", null, Injections::unsafeCharacters);

    private static final List<Defect> ALL = List.of(values());

    private final String ruleCode;
    private final PlanKind requiredKind;
    private final Injections.Injection injection;

    Defect(String ruleCode, PlanKind requiredKind, Injections.Injection injection) {
        this.ruleCode = ruleCode;
        this.requiredKind = requiredKind;
        this.injection = injection;
    }

    /** @return the code of the validation rule that reports this defect, e.g. {@code "ALB-CON-001"} */
    public String ruleCode() {
        return ruleCode;
    }

    /** @return the kind of document the defect can only show in (a report, for missing results), if any */
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
     * @return the plan with the defect, or empty when the plan offers no place for it (no
     *     indicator at all; no year after the reference year up to 2999; no result to spoil in a
     *     plan whose reference year is its first; a plan of the wrong {@linkplain #requiredKind() kind})
     */
    public Optional<Plan> inject(Plan plan, SplittableRandom random) {
        Objects.requireNonNull(plan, "plan");
        Objects.requireNonNull(random, "random");
        if (requiredKind != null && plan.kind() != requiredKind) {
            return Optional.empty();
        }
        return injection.inject(plan, random);
    }

    /** @return every defect, one per rule code, in the rulebook's order */
    public static List<Defect> all() {
        return ALL;
    }

    /**
     * @param ruleCode a rule code such as {@code "ALB-CON-001"}, case-insensitive
     * @return the defect of that rule
     * @throws IllegalArgumentException naming the known codes, when no defect has that code
     */
    public static Defect of(String ruleCode) {
        String code = ruleCode == null ? "" : ruleCode.strip().toUpperCase(Locale.ROOT);
        return ALL.stream().filter(d -> d.ruleCode.equals(code)).findFirst().orElseThrow(() -> new IllegalArgumentException(
                "ruleCode: no defect for rule " + ruleCode + " (known: " + codes() + ")"));
    }

    /** @return e.g. {@code "ALB-CON-001 INDICATOR_COUNT_MISMATCH"} */
    @Override
    public String toString() {
        return ruleCode + " " + name();
    }

    private static String codes() {
        return ALL.stream().map(Defect::ruleCode).collect(Collectors.joining(", "));
    }
}
