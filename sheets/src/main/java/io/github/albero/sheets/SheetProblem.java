package io.github.albero.sheets;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * One problem found in a spreadsheet (<i>problema nel foglio</i>): where it is (sheet, cell,
 * column header), which rule it breaks, the offending value, and a message in Italian or
 * English. Immutable and thread-safe.
 *
 * <pre>{@code
 * SheetProblem problem = AlberoSheets.lenient().check(Path.of("non-esiste.xlsx")).report().problems().get(0);
 * problem.location();                // where: "file" here, a cell such as "Indicatori!F12" in a workbook
 * problem.message(Locale.ITALIAN);   // e.g. Indicatori!F12 (Peso / Weight): "tanto" non è un numero …
 * }</pre>
 */
public final class SheetProblem {
    private static final int MAX_SHOWN = 80;

    /** How serious a problem is. */
    public enum Severity {
        /** The plan cannot be read as given. */
        ERROR,
        /** The plan is read, but something in the file was not taken (an unknown column, a hidden sheet). */
        WARNING
    }

    private final Severity severity;
    private final SheetRule rule;
    private final String sheet;
    private final String cell;
    private final String column;
    private final String value;
    private final Map<String, String> arguments;
    private final Map<String, Object> typed;

    SheetProblem(Severity severity, SheetRule rule, String sheet, String cell, String column, String value,
            Map<String, ?> arguments) {
        this.severity = Objects.requireNonNull(severity, "severity");
        this.rule = Objects.requireNonNull(rule, "rule");
        this.sheet = sheet;
        this.cell = cell;
        this.column = column;
        this.value = value;
        // typed arguments (a core rule broken is a Message) are written in the language rendered
        Map<String, Object> args = new LinkedHashMap<>(arguments);
        args.put("value", value == null ? "" : Messages.abbreviate(value, MAX_SHOWN));
        args.putIfAbsent("column", column == null ? "" : column);
        this.typed = Collections.unmodifiableMap(args);
        Map<String, String> texts = new LinkedHashMap<>();
        args.forEach((k, v) -> texts.put(k, String.valueOf(v)));
        this.arguments = Collections.unmodifiableMap(texts);
    }

    /** {@return error or warning} */
    public Severity severity() {
        return severity;
    }

    /** {@return the rule broken} */
    public SheetRule rule() {
        return rule;
    }

    /** {@return the sheet (or CSV file name without extension), empty for a problem of the whole file} */
    public Optional<String> sheet() {
        return Optional.ofNullable(sheet);
    }

    /** {@return the cell in A1 notation, e.g. {@code F12}, when the problem lies in one cell} */
    public Optional<String> cell() {
        return Optional.ofNullable(cell);
    }

    /** {@return the column header as the file writes it, when the problem lies in one column} */
    public Optional<String> column() {
        return Optional.ofNullable(column);
    }

    /** {@return the offending value as text, when there is one} */
    public Optional<String> value() {
        return Optional.ofNullable(value);
    }

    /** {@return the message parameters, by name, as text: English words and canonical numbers} */
    public Map<String, String> arguments() {
        return arguments;
    }

    /** {@return {@code Sheet!A1}, {@code Sheet} or {@code "file"}} */
    public String location() {
        if (sheet == null) {
            return "file";
        }
        return cell == null ? sheet : sheet + "!" + cell;
    }

    /**
     * {@return the message alone, without location}
     *
     * @param locale the language: Italian for any Italian locale, English otherwise
     */
    public String message(Locale locale) {
        return Messages.render(locale, rule.code(), typed);
    }

    /**
     * {@return one line: location, column, message, rule code}
     *
     * @param locale the language
     */
    public String render(Locale locale) {
        StringBuilder sb = new StringBuilder(location());
        if (column != null) {
            sb.append(" (").append(column).append(')');
        }
        sb.append(": ").append(message(locale)).append(" [").append(rule.code());
        if (severity == Severity.WARNING) {
            sb.append(", ").append(Messages.text(locale, "severity.WARNING"));
        }
        return sb.append(']').toString();
    }

    /** {@return true when {@code o} is a {@code SheetProblem} equal to this one} */
    @Override
    public boolean equals(Object o) {
        if (!(o instanceof SheetProblem)) {
            return false;
        }
        SheetProblem p = (SheetProblem) o;
        return severity == p.severity && rule == p.rule && Objects.equals(sheet, p.sheet) && Objects.equals(cell, p.cell)
                && Objects.equals(column, p.column) && Objects.equals(value, p.value) && arguments.equals(p.arguments);
    }

    /** {@return a hash code consistent with {@link #equals(Object)}} */
    @Override
    public int hashCode() {
        return Objects.hash(severity, rule, sheet, cell, column, value, arguments);
    }

    /** {@return the English rendering} */
    @Override
    public String toString() {
        return render(Locale.ENGLISH);
    }
}
