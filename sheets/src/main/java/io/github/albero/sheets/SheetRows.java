package io.github.albero.sheets;

import io.github.albero.InvalidValueException;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * One sheet being read: its header row matched against the template by name, and for each data
 * row typed access to the cells by column, every problem reported with its cell and header.
 */
final class SheetRows {
    final Template.SheetDef def;
    final String sheet;
    private final Problems problems;
    private final Map<Column<?, ?>, Integer> index = new HashMap<>();
    private final Map<Integer, String> headers = new HashMap<>();
    private final Set<Integer> unnamedReported = new HashSet<>();
    private boolean[] known = new boolean[0];
    private boolean headerSeen;

    int rowNumber;
    private Cell[] cells;
    boolean rowFailed;
    private boolean dataRow;

    /** {@return true when the current row has a value in a column of the template (other values are reported, not read)} */
    boolean isDataRow() {
        return dataRow;
    }

    SheetRows(Template.SheetDef def, String sheet, Problems problems) {
        this.def = def;
        this.sheet = sheet;
        this.problems = problems;
    }

    /** {@return true when the row was the header row} */
    boolean accept(int rowNumber, Cell[] cells) {
        this.rowNumber = rowNumber;
        this.cells = cells;
        this.rowFailed = false;
        if (!headerSeen) {
            headerSeen = true;
            header(cells);
            return true;
        }
        dataRow = false;
        for (int c = 0; c < cells.length; c++) {
            if (cells[c] == null) {
                continue;
            }
            // every column with a header is in known[] or in headers (an unknown or duplicate header)
            boolean read = c < known.length && known[c];
            if (!read && !headers.containsKey(c)) {
                unnamed(c);
            }
            dataRow |= read;
        }
        return false;
    }

    private void unnamed(int c) {
        if (cells[c] != null && unnamedReported.add(c)) {
            problems.notRead(SheetRule.COLUMN_UNNAMED, sheet, ref(c), null, cells[c].shown(), Map.of());
        }
    }

    private void header(Cell[] cells) {
        for (int c = 0; c < cells.length; c++) {
            if (cells[c] == null) {
                continue;
            }
            String text = cells[c].shown();
            Optional<Column<?, ?>> col = Template.match(def, text);
            if (col.isEmpty()) {
                headers.put(c, text);
                problems.notRead(SheetRule.COLUMN_UNKNOWN, sheet, ref(c), text, text, Map.of());
            } else if (index.containsKey(col.get())) {
                headers.put(c, text);
                problems.error(SheetRule.COLUMN_DUPLICATE, sheet, ref(c), text, text,
                        Map.of("first", Source.columnName(index.get(col.get()))));
            } else {
                index.put(col.get(), c);
                headers.put(c, text);
                known = known.length > c ? known : Arrays.copyOf(known, c + 1);
                known[c] = true;
            }
        }
        for (Column<?, ?> col : def.columns) {
            if (col.required && !index.containsKey(col)) {
                problems.error(SheetRule.COLUMN_MISSING, sheet, Source.columnName(0) + rowNumber, col.header(), null,
                        Map.of("column", col.header()));
            }
        }
    }

    boolean headerComplete() {
        return def.columns.stream().noneMatch(c -> c.required && !index.containsKey(c));
    }

    boolean has(Column<?, ?> col) {
        return index.containsKey(col);
    }

    String ref(int column) {
        return Source.columnName(column) + rowNumber;
    }

    /** {@return the cell's reference, or the row's first cell when the column is absent} */
    String ref(Column<?, ?> col) {
        Integer c = index.get(col);
        return ref(c == null ? 0 : c);
    }

    /** {@return the cell's reference in an earlier row of this sheet} */
    String ref(Column<?, ?> col, int row) {
        Integer c = index.get(col);
        return Source.columnName(c == null ? 0 : c) + row;
    }

    String header(Column<?, ?> col) {
        Integer c = index.get(col);
        return c == null ? col.header() : headers.get(c);
    }

    /** {@return the cell of that column in the current row, or null} */
    Cell cell(Column<?, ?> col) {
        Integer c = index.get(col);
        return c == null || c >= cells.length ? null : cells[c];
    }

    Cell cell(String italian) {
        return cell(def.column(italian));
    }

    /** {@return the converted value, or null when empty or wrong (then reported); a required empty cell is reported} */
    <V> V get(Column<?, ?> col, Kind<V> kind, boolean required) {
        Cell cell = cell(col);
        if (cell == null) {
            if (required && has(col)) {
                problem(col, SheetRule.VALUE_REQUIRED, null, Map.of());
            }
            return null;
        }
        try {
            return kind.read(cell);
        } catch (CellProblem p) {
            problem(col, p.rule, cell, p.arguments);
        } catch (InvalidValueException e) {
            problem(col, SheetRule.INVALID_VALUE, cell, Map.of("problem", e.message()));
        }
        return null;
    }

    <V> V get(String italian, Kind<V> kind, boolean required) {
        return get(def.column(italian), kind, required);
    }

    /** Reads a declared column into a builder; reports and returns false when the cell is wrong. */
    <B> void apply(Column<?, B> col, B builder) {
        Cell cell = cell(col);
        if (cell == null) {
            if (col.required && has(col)) {
                problem(col, SheetRule.VALUE_REQUIRED, null, Map.of());
            }
            return;
        }
        try {
            col.read(builder, cell);
        } catch (CellProblem p) {
            problem(col, p.rule, cell, p.arguments);
        } catch (InvalidValueException e) {
            problem(col, SheetRule.INVALID_VALUE, cell, Map.of("problem", e.message()));
        }
    }

    void problem(Column<?, ?> col, SheetRule rule, Cell cell, Map<String, ?> args) {
        rowFailed = true;
        problems.error(rule, sheet, ref(col), header(col), cell == null ? null : cell.shown(), args);
    }

    void problem(String italian, SheetRule rule, Map<String, ?> args) {
        Column<?, ?> col = def.column(italian);
        problem(col, rule, cell(col), args);
    }
}
