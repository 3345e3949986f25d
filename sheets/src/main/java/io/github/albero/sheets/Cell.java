package io.github.albero.sheets;

import java.math.BigDecimal;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;

/**
 * One non-empty cell as read from XLSX or CSV: text, a number (with whether its format shows a
 * percentage), a date, a boolean, or a spreadsheet error. A formula cell is read as its cached
 * value; a formula without one is {@link Type#FORMULA_WITHOUT_VALUE}.
 */
final class Cell {
    enum Type { TEXT, NUMBER, DATE, BOOLEAN, ERROR, FORMULA_WITHOUT_VALUE }

    private static final DateTimeFormatter ITALIAN_DATE = DateTimeFormatter.ofPattern("dd/MM/uuuu");

    final Type type;
    final String text;
    final BigDecimal number;
    final LocalDateTime date;
    final boolean percent;
    final String formula;

    private Cell(Type type, String text, BigDecimal number, LocalDateTime date, boolean percent, String formula) {
        this.type = type;
        this.text = text;
        this.number = number;
        this.date = date;
        this.percent = percent;
        this.formula = formula;
    }

    static Cell text(String text) {
        return new Cell(Type.TEXT, text, null, null, false, null);
    }

    static Cell number(BigDecimal number, boolean percent) {
        return new Cell(Type.NUMBER, null, number, null, percent, null);
    }

    static Cell date(LocalDateTime date) {
        return new Cell(Type.DATE, null, null, date, false, null);
    }

    static Cell bool(boolean value) {
        return new Cell(Type.BOOLEAN, value ? "VERO" : "FALSO", null, null, false, null);
    }

    static Cell error(String code) {
        return new Cell(Type.ERROR, code, null, null, false, null);
    }

    static Cell formulaWithoutValue(String formula) {
        return new Cell(Type.FORMULA_WITHOUT_VALUE, null, null, null, false, formula);
    }

    /** {@return the cell as the user sees it: text verbatim, numbers with a decimal comma, dates dd/mm/yyyy} */
    String shown() {
        switch (type) {
            case NUMBER:
                BigDecimal n = percent ? number.movePointRight(2) : number;
                String s = (n.signum() == 0 ? BigDecimal.ZERO : n.stripTrailingZeros()).toPlainString().replace('.', ',');
                return percent ? s + "%" : s;
            case DATE:
                return date.toLocalTime().equals(java.time.LocalTime.MIDNIGHT) ? date.format(ITALIAN_DATE) : date.toString();
            case FORMULA_WITHOUT_VALUE:
                return "=" + formula;
            default:
                return text;
        }
    }

    /** {@return a readable one-line description, for logs and JShell} */
    @Override
    public String toString() {
        return type + " " + shown();
    }
}
