package io.github.albero.table;

import io.github.albero.internal.Problems;
import io.github.albero.InvalidValueException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * A table of texts (<i>tabella</i>) printed as aligned columns that fit a width, as a Markdown
 * table, or written as CSV: the one place where Albero's views become text for people and
 * spreadsheets (albero-report's terminal and Markdown tables and the example print through it).
 * Immutable and thread-safe.
 *
 * <pre>{@code
 * Table t = Table.of(List.of("Codice", "Punteggio"), List.of(List.of("011-005-001", "100%")));
 * System.out.println(t);                 // aligned, at most 100 columns
 * t.csv(CsvFormat.ITALIAN);              // BOM, ';', every field quoted
 * t.writeCsv(Path.of("out/x.csv"), CsvFormat.ITALIAN);   // creates out/ when missing
 * t.markdown();                          // | Codice | Punteggio |
 * }</pre>
 */
public final class Table {
    /** The width {@link #toString()} fits. */
    public static final int DEFAULT_WIDTH = 100;
    private static final String GAP = "  ";
    /** Amounts and percentages, aligned right; codes such as "011" are not numbers. */
    private static final Pattern NUMERIC = Pattern.compile("[-+−]?(€ ?)?(0|[1-9]\\d*|[1-9]\\d{0,2}([.,]\\d{3})+)([.,]\\d+)? ?(%|€)?");
    /** What stands for a missing number without making a column of numbers a column of texts. */
    private static final Pattern NO_NUMBER = Pattern.compile("|—|–|-|n\\.d\\.|n/a");
    private static final Pattern LINE_BREAK = Pattern.compile("\\s*\\R\\s*");

    private final List<String> headers;
    private final List<List<String>> rows;

    private Table(List<String> headers, List<List<String>> rows) {
        this.headers = headers;
        this.rows = rows;
    }

    /**
     * Creates a table.
     *
     * @param headers the column headers, not empty
     * @param rows the rows, each with one text per column (null is written as empty)
     * @return the table
     * @throws InvalidValueException when a row has another number of cells than there are headers
     */
    public static Table of(List<String> headers, List<? extends List<String>> rows) {
        if (headers == null || headers.isEmpty()) {
            throw new InvalidValueException("headers", headers, Problems.of("tableHeaders"));
        }
        List<List<String>> copy = new ArrayList<>();
        for (int i = 0; i < rows.size(); i++) {
            List<String> r = rows.get(i);
            if (r.size() != headers.size()) {
                throw new InvalidValueException("rows[" + i + "]", r.size(), Problems.of("tableCells", headers.size()));
            }
            List<String> cells = new ArrayList<>();
            r.forEach(c -> cells.add(c == null ? "" : c));
            copy.add(List.copyOf(cells));
        }
        return new Table(List.copyOf(headers), List.copyOf(copy));
    }

    /** {@return the column headers} */
    public List<String> headers() {
        return headers;
    }

    /** {@return the rows, each one text per column} */
    public List<List<String>> rows() {
        return rows;
    }

    /**
     * Prints the table as aligned columns fitting a width: numbers aligned right, line breaks
     * shown as spaces, the widest columns cut with "…" until the table fits.
     *
     * @param width the most characters a line may have, at least 20
     * @return the text, one line per row after the header and a rule
     */
    public String render(int width) {
        if (width < 20) {
            throw new InvalidValueException("width", width, Problems.of("atLeast", 20));
        }
        int n = headers.size();
        List<List<String>> all = new ArrayList<>();
        all.add(headers);
        for (List<String> r : rows) {
            List<String> flat = new ArrayList<>();
            r.forEach(c -> flat.add(indent(c) + oneLine(c)));
            all.add(flat);
        }
        boolean[] numeric = numericColumns();
        int[] w = new int[n];
        for (int c = 0; c < n; c++) {
            for (List<String> r : all) {
                String cell = r.get(c);
                w[c] = Math.max(w[c], cell.codePointCount(0, cell.length()));
            }
        }
        // shrink the widest column, one character at a time, until the table fits (never below 4)
        while (total(w) > width) {
            int widest = 0;
            for (int c = 1; c < n; c++) {
                if (w[c] > w[widest]) {
                    widest = c;
                }
            }
            if (w[widest] <= 4) {
                break;
            }
            w[widest]--;
        }
        StringBuilder sb = new StringBuilder();
        for (int r = 0; r < all.size(); r++) {
            StringBuilder line = new StringBuilder();
            for (int c = 0; c < n; c++) {
                String cell = fit(all.get(r).get(c), w[c]);
                String pad = " ".repeat(w[c] - cell.codePointCount(0, cell.length()));
                line.append(c == 0 ? "" : GAP).append(numeric[c] ? pad + cell : cell + (c == n - 1 ? "" : pad));
            }
            sb.append(line.toString().stripTrailing()).append('\n');
            if (r == 0) {
                sb.append("-".repeat(Math.min(width, total(w)))).append('\n');
            }
        }
        return sb.toString();
    }

    /** {@return the spaces a cell starts with: they indent the levels of a tree} */
    private static String indent(String cell) {
        int i = 0;
        while (i < cell.length() && cell.charAt(i) == ' ') {
            i++;
        }
        return cell.substring(0, i);
    }

    private static String oneLine(String cell) {
        return LINE_BREAK.matcher(cell).replaceAll(" ").strip();
    }

    /**
     * {@return for each column, whether it holds numbers: every cell an amount or a percentage
     * (Markdown's backslash escapes aside), empty or a dash or "n.d." standing for none}
     */
    private boolean[] numericColumns() {
        boolean[] numeric = new boolean[headers.size()];
        for (int c = 0; c < numeric.length; c++) {
            numeric[c] = !rows.isEmpty();
            for (List<String> r : rows) {
                String cell = oneLine(r.get(c)).replace("\\", "");
                if (!NUMERIC.matcher(cell).matches() && !NO_NUMBER.matcher(cell).matches()) {
                    numeric[c] = false;
                }
            }
        }
        return numeric;
    }

    /**
     * Prints the table as a GitHub-flavoured Markdown table, numeric columns aligned right. The
     * cells are Markdown as given (escape document texts before): only line breaks become spaces
     * and a {@code |} not already escaped is escaped, so that no cell can break the table.
     *
     * @return the text, one line per row after the header and the alignment row
     */
    public String markdown() {
        boolean[] numeric = numericColumns();
        StringBuilder sb = new StringBuilder();
        markdownRow(sb, headers);
        sb.append('|');
        for (boolean right : numeric) {
            sb.append(right ? "---:|" : "---|");
        }
        sb.append('\n');
        rows.forEach(r -> markdownRow(sb, r));
        return sb.toString();
    }

    private static void markdownRow(StringBuilder sb, List<String> cells) {
        sb.append('|');
        for (String cell : cells) {
            String flat = oneLine(cell);
            sb.append(' ');
            int backslashes = 0;
            for (int i = 0; i < flat.length(); i++) {
                char ch = flat.charAt(i);
                if (ch == '|' && backslashes % 2 == 0) {
                    sb.append('\\');
                }
                backslashes = ch == '\\' ? backslashes + 1 : 0;
                sb.append(ch);
            }
            sb.append(" |");
        }
        sb.append('\n');
    }

    private static int total(int[] w) {
        int t = GAP.length() * (w.length - 1);
        for (int x : w) {
            t += x;
        }
        return t;
    }

    private static String fit(String s, int width) {
        int len = s.codePointCount(0, s.length());
        if (len <= width) {
            return s;
        }
        return s.substring(0, s.offsetByCodePoints(0, width - 1)).stripTrailing() + "…";
    }

    /**
     * Writes the table as CSV: every field quoted, quotes doubled, line breaks kept inside the
     * quotes, CRLF between records, and for Italian spreadsheets {@code ;} and a byte order mark.
     *
     * @param format the spreadsheet's conventions
     * @return the CSV text, header first
     */
    public String csv(CsvFormat format) {
        StringBuilder sb = new StringBuilder();
        if (format.byteOrderMark()) {
            sb.append('\uFEFF');
        }
        record(sb, headers, format);
        rows.forEach(r -> record(sb, r, format));
        return sb.toString();
    }

    private static void record(StringBuilder sb, List<String> cells, CsvFormat format) {
        for (int c = 0; c < cells.size(); c++) {
            if (c > 0) {
                sb.append(format.separator());
            }
            sb.append('"').append(cells.get(c).replace("\"", "\"\"")).append('"');
        }
        sb.append("\r\n");
    }

    /**
     * Writes the table as a CSV file in UTF-8, creating the missing parent folders.
     *
     * @param file the file, replaced when it exists
     * @param format the spreadsheet's conventions
     * @return the file
     * @throws UncheckedIOException naming the file when it cannot be written
     */
    public Path writeCsv(Path file, CsvFormat format) {
        try {
            Path parent = file.toAbsolutePath().getParent();
            if (parent != null) {
                Files.createDirectories(parent);
            }
            Files.writeString(file, csv(format), StandardCharsets.UTF_8);
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + file.toAbsolutePath() + ": " + e.getMessage(), e);
        }
    }

    /** {@return the table as aligned columns at most {@value #DEFAULT_WIDTH} characters wide} */
    @Override
    public String toString() {
        return render(DEFAULT_WIDTH);
    }
}
