package io.github.albero.testkit.validation;

import io.github.albero.testkit.Defect;
import io.github.albero.testkit.Generators;
import io.github.albero.testkit.PlanGenerator;
import io.github.albero.testkit.Size;
import io.github.albero.validation.RuleCode;
import java.util.EnumMap;
import java.util.Map;
import java.util.Objects;

/**
 * The testkit's defect catalogue keyed by the validation rulebook's {@link RuleCode}
 * (<i>difetti per regola</i>): for every rule, the {@link Defect} that breaks it and nothing else.
 * The key is the rule itself, never its code as a string; the mapping is an exhaustive switch,
 * so a rule added to the rulebook without a defect stops this class from compiling.
 *
 * <pre>{@code
 * import io.github.albero.testkit.validation.RuleDefects;
 * RuleDefects.of(RuleCode.INDICATOR_COUNT_MISMATCH);                       // INDICATOR_COUNT_MISMATCH
 * Plan broken = RuleDefects.plansBreaking(RuleCode.WEIGHTS_PARTIAL).generate(42L);
 * }</pre>
 */
public final class RuleDefects {
    private static final Map<Defect, RuleCode> RULES = rules();

    private RuleDefects() {
    }

    /**
     * Returns the defect that breaks a rule.
     *
     * @param rule the rule, not null
     * @return its defect
     */
    public static Defect of(RuleCode rule) {
        Objects.requireNonNull(rule, "rule");
        return switch (rule) {
            case INDICATOR_FIELD_MISSING -> Defect.INDICATOR_FIELD_MISSING;
            case INDICATOR_BASELINE_MISSING -> Defect.INDICATOR_BASELINE_MISSING;
            case OBJECTIVE_FIELD_MISSING -> Defect.OBJECTIVE_FIELD_MISSING;
            case MISSION_UNKNOWN -> Defect.MISSION_UNKNOWN;
            case PROGRAM_UNKNOWN -> Defect.PROGRAM_UNKNOWN;
            case MISSION_TITLE_DIFFERS -> Defect.MISSION_TITLE_DIFFERS;
            case PROGRAM_TITLE_DIFFERS -> Defect.PROGRAM_TITLE_DIFFERS;
            case INDICATOR_CODE_REPEATED -> Defect.INDICATOR_CODE_REPEATED;
            case PLAN_EMPTY -> Defect.PLAN_EMPTY;
            case BRANCH_EMPTY -> Defect.BRANCH_EMPTY;
            case PERCENTAGE_OUT_OF_BOUNDS -> Defect.PERCENTAGE_OUT_OF_BOUNDS;
            case SCORE_OUT_OF_SCALE -> Defect.SCORE_OUT_OF_SCALE;
            case WEIGHT_ZERO -> Defect.WEIGHT_ZERO;
            case WEIGHTS_NOT_100 -> Defect.WEIGHTS_NOT_100;
            case WEIGHTS_PARTIAL -> Defect.WEIGHTS_PARTIAL;
            case TARGET_OUTSIDE_HORIZON -> Defect.TARGET_OUTSIDE_HORIZON;
            case RESULT_BEFORE_HORIZON -> Defect.RESULT_BEFORE_HORIZON;
            case RESULT_AFTER_REFERENCE_YEAR -> Defect.RESULT_AFTER_REFERENCE_YEAR;
            case BASELINE_NOT_BEFORE_TARGETS -> Defect.BASELINE_NOT_BEFORE_TARGETS;
            case RESULT_MISSING_FOR_REFERENCE_YEAR -> Defect.RESULT_MISSING_FOR_REFERENCE_YEAR;
            case RESOURCES_OUTSIDE_HORIZON -> Defect.RESOURCES_OUTSIDE_HORIZON;
            case INDICATOR_COUNT_MISMATCH -> Defect.INDICATOR_COUNT_MISMATCH;
            case RESULT_UNIT_INCOMPATIBLE -> Defect.RESULT_UNIT_INCOMPATIBLE;
            case POLARITY_CONTRADICTS_TARGET -> Defect.POLARITY_CONTRADICTS_TARGET;
            case TARGET_MISSING_FOR_REFERENCE_YEAR -> Defect.TARGET_MISSING_FOR_REFERENCE_YEAR;
            case OBJECTIVE_WITHOUT_INDICATORS -> Defect.OBJECTIVE_WITHOUT_INDICATORS;
            case ACTUAL_WITHOUT_BUDGET -> Defect.ACTUAL_WITHOUT_BUDGET;
            case BUDGET_UNUSED -> Defect.BUDGET_UNUSED;
            case ACTUAL_MISSING_FOR_REFERENCE_YEAR -> Defect.ACTUAL_MISSING_FOR_REFERENCE_YEAR;
            case TARGET_TEXT_UNREAD -> Defect.TARGET_TEXT_UNREAD;
            case RESULT_TEXT_UNREAD -> Defect.RESULT_TEXT_UNREAD;
            case TARGET_READING_CONTRADICTS_TEXT -> Defect.TARGET_READING_CONTRADICTS_TEXT;
            case RESULT_READING_CONTRADICTS_TEXT -> Defect.RESULT_READING_CONTRADICTS_TEXT;
            case UNSAFE_CHARACTERS -> Defect.UNSAFE_CHARACTERS;
            case PUBLIC_VALUE_UNMEASURED -> Defect.PUBLIC_VALUE_UNMEASURED;
            case RATIO_ZERO_DENOMINATOR -> Defect.RATIO_ZERO_DENOMINATOR;
            case TARGET_REVISION_AFTER_PERIOD -> Defect.TARGET_REVISION_AFTER_PERIOD;
            case MONITORING_OUTSIDE_HORIZON -> Defect.MONITORING_OUTSIDE_HORIZON;
            case PERIOD_RESULT_NOT_FINAL -> Defect.PERIOD_RESULT_NOT_FINAL;
            case TARGET_REVISION_WITHOUT_REASON -> Defect.TARGET_REVISION_WITHOUT_REASON;
            case BREAKDOWN_DISAGREES_WITH_TOTAL -> Defect.BREAKDOWN_DISAGREES_WITH_TOTAL;
            case BREAKDOWN_EXCEEDS_TOTAL -> Defect.BREAKDOWN_EXCEEDS_TOTAL;
            case RATIO_RESULT_WITHOUT_PARTS -> Defect.RATIO_RESULT_WITHOUT_PARTS;
        };
    }

    /**
     * Returns the rule a defect breaks.
     *
     * @param defect the defect, not null
     * @return the rule whose findings the defect yields in a clean plan
     */
    public static RuleCode ruleOf(Defect defect) {
        return RULES.get(Objects.requireNonNull(defect, "defect"));
    }

    /**
     * Returns small clean plans breaking one rule.
     *
     * @param rule the rule, not null
     * @return the generator
     */
    public static PlanGenerator plansBreaking(RuleCode rule) {
        return Generators.plansWith(of(rule));
    }

    /**
     * Returns clean plans of a size breaking one rule.
     *
     * @param rule the rule, not null
     * @param size the shape knobs, not null
     * @return the generator
     */
    public static PlanGenerator plansBreaking(RuleCode rule, Size size) {
        return Generators.plansWith(of(rule), size);
    }

    private static Map<Defect, RuleCode> rules() {
        Map<Defect, RuleCode> m = new EnumMap<>(Defect.class);
        for (RuleCode rule : RuleCode.values()) {
            RuleCode previous = m.put(of(rule), rule);
            if (previous != null) {
                throw new IllegalStateException("defect " + of(rule) + " is mapped to both " + previous + " and " + rule);
            }
        }
        return m;
    }
}
