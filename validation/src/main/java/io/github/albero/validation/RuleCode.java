package io.github.albero.validation;

import java.util.Arrays;
import java.util.Optional;

/**
 * The rules of the validation rulebook (<i>regole di validazione</i>), each with a stable code
 * {@code ALB-<family>-<number>} and a fixed severity. Families: {@code STR} structure,
 * {@code NUM} numbers, {@code TIM} time, {@code CON} consistency, {@code RES} resources,
 * {@code TXT} text quality. Codes are never reused or renumbered; validation/RULES.md
 * describes each rule with the reason for it and a failing example.
 */
public enum RuleCode {
    /** An indicator has no type, unit, algorithm or data source. */
    INDICATOR_FIELD_MISSING("ALB-STR-001", Severity.WARNING),
    /** An indicator has no baseline (last observed value). */
    INDICATOR_BASELINE_MISSING("ALB-STR-002", Severity.INFO),
    /** A strategic objective has no responsible unit, description or timeframe. */
    OBJECTIVE_FIELD_MISSING("ALB-STR-003", Severity.WARNING),
    /** A mission code is not in the reference classification. */
    MISSION_UNKNOWN("ALB-STR-004", Severity.WARNING),
    /** A program code is not in the reference classification of its (known) mission. */
    PROGRAM_UNKNOWN("ALB-STR-005", Severity.WARNING),
    /** A mission title differs from the reference title. */
    MISSION_TITLE_DIFFERS("ALB-STR-006", Severity.INFO),
    /** A program title differs from the reference title. */
    PROGRAM_TITLE_DIFFERS("ALB-STR-007", Severity.INFO),
    /** Two sibling indicators carry the same code. */
    INDICATOR_CODE_REPEATED("ALB-STR-008", Severity.ERROR),
    /** The plan has no missions. */
    PLAN_EMPTY("ALB-STR-009", Severity.ERROR),
    /** A mission has no programs, or a program has no strategic objectives. */
    BRANCH_EMPTY("ALB-STR-010", Severity.WARNING),
    /** A public-value objective has neither an impact indicator nor a contributing objective. */
    PUBLIC_VALUE_UNMEASURED("ALB-STR-011", Severity.WARNING),

    /** A percentage of a percentage or completion indicator lies outside 0–100. */
    PERCENTAGE_OUT_OF_BOUNDS("ALB-NUM-001", Severity.WARNING),
    /** A score lies outside the scale its target declares ("scala da 1 a 5"). */
    SCORE_OUT_OF_SCALE("ALB-NUM-002", Severity.WARNING),
    /** A weight is zero. */
    WEIGHT_ZERO("ALB-NUM-003", Severity.WARNING),
    /** Sibling weights do not sum to 100. */
    WEIGHTS_NOT_100("ALB-NUM-004", Severity.WARNING),
    /** Some siblings carry a weight and others do not. */
    WEIGHTS_PARTIAL("ALB-NUM-005", Severity.ERROR),
    /** A ratio result has a zero denominator: it is not measurable. */
    RATIO_ZERO_DENOMINATOR("ALB-NUM-006", Severity.INFO),

    /** A target is set for a year outside the horizon. */
    TARGET_OUTSIDE_HORIZON("ALB-TIM-001", Severity.WARNING),
    /** A result is given for a year before the horizon. */
    RESULT_BEFORE_HORIZON("ALB-TIM-002", Severity.WARNING),
    /** A result is given for a year after the reference year. */
    RESULT_AFTER_REFERENCE_YEAR("ALB-TIM-003", Severity.ERROR),
    /** The baseline year is not before the first target year. */
    BASELINE_NOT_BEFORE_TARGETS("ALB-TIM-004", Severity.WARNING),
    /** A report gives no result (nor an explicit "nothing reported") for the reference year. */
    RESULT_MISSING_FOR_REFERENCE_YEAR("ALB-TIM-005", Severity.WARNING),
    /** Resources are given for a year outside the horizon. */
    RESOURCES_OUTSIDE_HORIZON("ALB-TIM-006", Severity.WARNING),
    /** A target revision is dated after the end of the year or period whose target it changes. */
    TARGET_REVISION_AFTER_PERIOD("ALB-TIM-007", Severity.WARNING),
    /** An indicator is monitored in a year outside the horizon. */
    MONITORING_OUTSIDE_HORIZON("ALB-TIM-008", Severity.WARNING),
    /** In a report, a monitoring period of the reference year is provisional, partial or without result. */
    PERIOD_RESULT_NOT_FINAL("ALB-TIM-009", Severity.INFO),

    /** The declared number of indicators differs from the indicators listed. */
    INDICATOR_COUNT_MISMATCH("ALB-CON-001", Severity.ERROR),
    /** A result's unit cannot be compared with its target's unit. */
    RESULT_UNIT_INCOMPATIBLE("ALB-CON-002", Severity.WARNING),
    /** The polarity contradicts the target's operator. */
    POLARITY_CONTRADICTS_TARGET("ALB-CON-003", Severity.ERROR),
    /** An indicator has no target for the reference year. */
    TARGET_MISSING_FOR_REFERENCE_YEAR("ALB-CON-004", Severity.WARNING),
    /** A strategic objective has no indicator, directly or through operational objectives. */
    OBJECTIVE_WITHOUT_INDICATORS("ALB-CON-005", Severity.ERROR),
    /** A target revision gives no reason. */
    TARGET_REVISION_WITHOUT_REASON("ALB-CON-006", Severity.WARNING),
    /** A breakdown's parts do not add up to the total, where the indicator says they must. */
    BREAKDOWN_DISAGREES_WITH_TOTAL("ALB-CON-007", Severity.ERROR),
    /** A breakdown's parts add up to more than the total, where the indicator says they must not. */
    BREAKDOWN_EXCEEDS_TOTAL("ALB-CON-008", Severity.ERROR),
    /** A ratio indicator's result is given without its numerator and denominator. */
    RATIO_RESULT_WITHOUT_PARTS("ALB-CON-009", Severity.WARNING),

    /** An actual amount was recorded on a line with no budget. */
    ACTUAL_WITHOUT_BUDGET("ALB-RES-001", Severity.WARNING),
    /** A budgeted line was never used (actual zero). */
    BUDGET_UNUSED("ALB-RES-002", Severity.WARNING),
    /** A report has a budget but no actual figures for the reference year. */
    ACTUAL_MISSING_FOR_REFERENCE_YEAR("ALB-RES-003", Severity.WARNING),

    /** A target's text has no structured reading: its achievement will not be computed. */
    TARGET_TEXT_UNREAD("ALB-TXT-001", Severity.INFO),
    /** A result's text has no structured reading: its achievement will not be computed. */
    RESULT_TEXT_UNREAD("ALB-TXT-002", Severity.INFO),
    /** A text holds control or bidirectional-override characters (ESC, NUL, U+202E…). */
    UNSAFE_CHARACTERS("ALB-TXT-003", Severity.WARNING),
    /** A target's given reading contradicts what its text says. */
    TARGET_READING_CONTRADICTS_TEXT("ALB-TXT-004", Severity.WARNING),
    /** A result's given reading contradicts what its text says. */
    RESULT_READING_CONTRADICTS_TEXT("ALB-TXT-005", Severity.WARNING);

    private final String code;
    private final Severity severity;

    RuleCode(String code, Severity severity) {
        this.code = code;
        this.severity = severity;
    }

    /** {@return the stable code, e.g. {@code "ALB-STR-001"}} */
    public String code() {
        return code;
    }

    /** {@return the severity of every finding of this rule} */
    public Severity severity() {
        return severity;
    }

    /** {@return the family part of the code, e.g. {@code "STR"}} */
    public String family() {
        return code.substring(4, 7);
    }

    /**
     * {@return the rule with that code}
     *
     * @param code a code such as {@code "ALB-STR-001"}, case-insensitive
     */
    public static Optional<RuleCode> ofCode(String code) {
        return Arrays.stream(values()).filter(r -> r.code.equalsIgnoreCase(code == null ? "" : code.strip())).findFirst();
    }

    /** {@return the code, e.g. {@code "ALB-STR-001"}} */
    @Override
    public String toString() {
        return code;
    }
}
