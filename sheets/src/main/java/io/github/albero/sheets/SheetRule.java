package io.github.albero.sheets;

/**
 * The rules a spreadsheet can break when read through the template (<i>regole del modello di
 * foglio</i>), each with a stable code such as {@code SHT-VAL-003}. The Italian and English
 * messages live in the bundle {@code io.github.albero.sheets.messages}, keyed by code.
 */
public enum SheetRule {
    /** The file is not a readable XLSX workbook (not a zip, a truncated zip, an old .xls). */
    NOT_A_WORKBOOK("SHT-FIL-001"),
    /** A zip entry inflates beyond the entry-size limit. */
    ENTRY_TOO_LARGE("SHT-FIL-002"),
    /** All zip entries together inflate beyond the total-size limit. */
    TOTAL_TOO_LARGE("SHT-FIL-003"),
    /** A zip entry inflates more than the compression-ratio limit allows: a zip bomb. */
    RATIO_TOO_HIGH("SHT-FIL-004"),
    /** An XML part declares a DTD or entities (XXE). */
    DTD_FORBIDDEN("SHT-FIL-005"),
    /** The file is larger than the file-size limit. */
    FILE_TOO_LARGE("SHT-FIL-006"),
    /** The workbook has too many zip entries. */
    TOO_MANY_ENTRIES("SHT-FIL-007"),
    /** A file could not be read at all. */
    UNREADABLE("SHT-FIL-008"),
    /** A sheet of the template is missing. */
    SHEET_MISSING("SHT-SHE-001"),
    /** A sheet that the template does not know: its content is not read. */
    SHEET_UNKNOWN("SHT-SHE-002"),
    /** A sheet of the template is hidden. */
    SHEET_HIDDEN("SHT-SHE-003"),
    /** A sheet declares or holds more rows than the limit. */
    TOO_MANY_ROWS("SHT-SHE-004"),
    /** A row has more columns than the limit. */
    TOO_MANY_COLUMNS("SHT-SHE-005"),
    /** The workbook holds more cells than the limit. */
    TOO_MANY_CELLS("SHT-SHE-006"),
    /** A sheet declares absurd dimensions. */
    DIMENSION_TOO_LARGE("SHT-SHE-007"),
    /** More problems than the report keeps: the rest are not listed. */
    TOO_MANY_PROBLEMS("SHT-SHE-008"),
    /** Two cells of a row's markup with the same reference (a hand-made or broken file): which one counts is unknown. */
    CELL_TWICE("SHT-SHE-009"),
    /** A required column is missing from the header row. */
    COLUMN_MISSING("SHT-COL-001"),
    /** A column whose header the template does not know. */
    COLUMN_UNKNOWN("SHT-COL-002"),
    /** Two columns with the same header. */
    COLUMN_DUPLICATE("SHT-COL-003"),
    /** A value in a column without header. */
    COLUMN_UNNAMED("SHT-COL-004"),
    /** A required cell is empty. */
    VALUE_REQUIRED("SHT-VAL-001"),
    /** A cell is not a number. */
    NOT_A_NUMBER("SHT-VAL-002"),
    /** A cell is not a year. */
    NOT_A_YEAR("SHT-VAL-003"),
    /** A cell holds a date where a year or a number is expected. */
    DATE_NOT_EXPECTED("SHT-VAL-004"),
    /** A cell is not one of the listed words. */
    NOT_IN_LIST("SHT-VAL-005"),
    /** A cell breaks a rule of the model (e.g. a negative amount, a malformed code). */
    INVALID_VALUE("SHT-VAL-006"),
    /** A formula cell without a cached value. */
    FORMULA_WITHOUT_VALUE("SHT-VAL-007"),
    /** A cell holds a spreadsheet error such as {@code #DIV/0!}. */
    CELL_ERROR("SHT-VAL-008"),
    /** A cell holds more characters than the limit. */
    TEXT_TOO_LONG("SHT-VAL-009"),
    /** A reading override that cannot be read. */
    BAD_READING("SHT-VAL-010"),
    /** A cell is not a day. */
    NOT_A_DATE("SHT-VAL-011"),
    /** A cell is not a number without unit. */
    NOT_A_DECIMAL("SHT-VAL-012"),
    /** A numerator without its denominator, or the other way round (or their units or scale without them). */
    RATIO_INCOMPLETE("SHT-VAL-013"),
    /** A revision or breakdown row without its place, or with both a year and a period. */
    YEAR_OR_PERIOD("SHT-VAL-014"),
    /** A breakdown part with both a value and a numerator/denominator, or with neither. */
    VALUE_OR_PARTS("SHT-VAL-015"),
    /** A choice of the measurement method (Metodo sheet) that the policy refuses: outside its bounds, too many decimals (the core's rule, in the core's words). */
    METHOD_OUT_OF_RANGE("SHT-VAL-016"),
    /** A score scale's steps that are not "achievement from → score" lines, from 0 and ascending. */
    BAD_SCORE_STEPS("SHT-VAL-017"),
    /** Both a step score scale and a linear one: a method has one scale. */
    SCALE_TWICE("SHT-VAL-018"),
    /** A cell of the Metodo sheet that should hold a percentage (50, 49,5 or 120%) holds something else. */
    NOT_A_PERCENTAGE("SHT-VAL-019"),
    /** A line of the band table that is not "label [from%; to%)", with an optional score. */
    BAD_BAND("SHT-VAL-020"),
    /** A code used twice where it must be unique. */
    DUPLICATE_CODE("SHT-REF-001"),
    /** A reference to an objective or mission not declared in the tree sheet. */
    UNKNOWN_PARENT("SHT-REF-002"),
    /** A reference to an indicator not declared in the indicators sheet. */
    UNKNOWN_INDICATOR("SHT-REF-003"),
    /** The same indicator and year (or objective, year and basis) twice. */
    DUPLICATE_ROW("SHT-REF-004"),
    /** A plan field given twice in the plan sheet. */
    DUPLICATE_FIELD("SHT-REF-005"),
    /** A reference to a public-value objective not declared in the public-value sheet. */
    UNKNOWN_PUBLIC_VALUE("SHT-REF-006"),
    /** A contribution from an objective that neither the tree nor the public-value sheet declares. */
    UNKNOWN_CONTRIBUTOR("SHT-REF-007"),
    /** A revision of a target that the indicator does not have for that year or period. */
    NO_TARGET("SHT-REF-008"),
    /** A breakdown of a result that the indicator does not have for that year or period. */
    NO_RESULT("SHT-REF-009"),
    /** A reference by a bare code that more than one strategic objective has: write placement/code. */
    AMBIGUOUS_OBJECTIVE("SHT-REF-010"),
    /** On writing: a shape of the plan that the template cannot hold, which would be lost or changed. */
    NOT_CARRIED("SHT-WRI-001");

    private final String code;

    SheetRule(String code) {
        this.code = code;
    }

    /** {@return the stable code, e.g. {@code SHT-VAL-003}} */
    public String code() {
        return code;
    }

    /** {@return the code} */
    @Override
    public String toString() {
        return code;
    }
}
