package io.github.albero.sheets;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.dhatim.fastexcel.reader.CellRangeAddress;
import org.dhatim.fastexcel.reader.CellType;
import org.dhatim.fastexcel.reader.ExcelReaderException;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.ReadingOptions;
import org.dhatim.fastexcel.reader.Row;
import org.dhatim.fastexcel.reader.Sheet;
import org.dhatim.fastexcel.reader.SheetVisibility;

/**
 * Reads an XLSX workbook with FastExcel's streaming reader, after {@link ZipGuard} has checked
 * the zip. Formula cells give their cached value (the value the spreadsheet last computed);
 * merged ranges give the top-left value to every cell they cover.
 */
final class XlsxSource implements Source {
    private final ReadableWorkbook workbook;
    private final ZipGuard.Findings findings;
    private final SheetLimits limits;
    private final Problems problems;
    private final Path spooled;
    private long cells;

    private XlsxSource(ReadableWorkbook workbook, ZipGuard.Findings findings, SheetLimits limits, Problems problems, Path spooled) {
        this.workbook = workbook;
        this.findings = findings;
        this.limits = limits;
        this.problems = problems;
        this.spooled = spooled;
    }

    static XlsxSource open(Path file, Path spooled, SheetLimits limits, Problems problems) {
        try {
            if (Files.size(file) > limits.maxFileBytes()) {
                throw problems.fatal(SheetRule.FILE_TOO_LARGE, null, null, null, Map.of("max", Long.toString(limits.maxFileBytes())));
            }
            byte[] head = new byte[8];
            int n;
            try (var in = Files.newInputStream(file)) {
                n = in.readNBytes(head, 0, head.length);
            }
            if (n < 4 || !ReadableWorkbook.isOOXMLZipHeader(head)) {
                String what = n >= 8 && ReadableWorkbook.isOLE2Header(head) ? "an old .xls or an encrypted workbook" : "not a zip";
                throw problems.fatal(SheetRule.NOT_A_WORKBOOK, null, null, null, Map.of("problem", what));
            }
        } catch (IOException e) {
            throw problems.fatal(SheetRule.UNREADABLE, null, null, null, Map.of("problem", String.valueOf(e.getMessage())));
        }
        ZipGuard.Findings findings = ZipGuard.inspect(file, limits, problems);
        try {
            return new XlsxSource(new ReadableWorkbook(file.toFile(), new ReadingOptions(true, true)), findings, limits, problems, spooled);
        } catch (IOException | ExcelReaderException | UncheckedIOException e) {
            throw problems.fatal(SheetRule.NOT_A_WORKBOOK, null, null, null, Map.of("problem", String.valueOf(e.getMessage())));
        }
    }

    @Override
    public List<SheetInfo> sheets() {
        return workbook.getSheets().map(s -> new SheetInfo(s.getName(), s.getVisibility() != SheetVisibility.VISIBLE, s))
                .collect(Collectors.toList());
    }

    @Override
    public void read(SheetInfo info, RowHandler handler) {
        Sheet sheet = (Sheet) info.handle;
        String entry = findings.relationships.get(sheet.getId());
        List<CellRangeAddress> merges = entry == null ? List.of()
                : ZipGuard.mergedRanges(findings, entry).stream().map(CellRangeAddress::valueOf).collect(Collectors.toList());
        Map<CellRangeAddress, Cell> mergedValues = new HashMap<>();
        int rows = 0;
        try (Stream<Row> stream = sheet.openStream()) {
            Iterator<Row> it = stream.iterator();
            while (it.hasNext()) {
                Row row = it.next();
                if (++rows > limits.maxRows()) {
                    throw problems.fatal(SheetRule.TOO_MANY_ROWS, info.name, null, null, Map.of("max", Integer.toString(limits.maxRows())));
                }
                int width = row.getCellCount();
                if (width > limits.maxColumns()) {
                    throw problems.fatal(SheetRule.TOO_MANY_COLUMNS, info.name, "" + row.getRowNum(), null,
                            Map.of("max", Integer.toString(limits.maxColumns())));
                }
                Cell[] out = new Cell[width];
                boolean any = false;
                for (int c = 0; c < width; c++) {
                    org.dhatim.fastexcel.reader.Cell cell = row.getCell(c);
                    if (cell == null) {
                        continue;
                    }
                    out[c] = convert(cell, info.name, row.getRowNum(), c);
                    any |= out[c] != null;
                }
                if (!merges.isEmpty()) {
                    out = fillMerged(out, row.getRowNum(), merges, mergedValues);
                    any = any || java.util.Arrays.stream(out).anyMatch(java.util.Objects::nonNull);
                }
                if (any) {
                    handler.row(row.getRowNum(), out);
                }
            }
        } catch (IOException | ExcelReaderException | UncheckedIOException e) {
            throw problems.fatal(SheetRule.NOT_A_WORKBOOK, info.name, null, null, Map.of("problem", String.valueOf(e.getMessage())));
        }
    }

    private Cell[] fillMerged(Cell[] cells, int rowNumber, List<CellRangeAddress> merges, Map<CellRangeAddress, Cell> values) {
        Cell[] out = cells;
        int r = rowNumber - 1;
        for (CellRangeAddress range : merges) {
            if (!range.containsRow(r)) {
                continue;
            }
            int first = range.getFirstColumn();
            if (r == range.getFirstRow() && first < out.length && out[first] != null) {
                values.put(range, out[first]);
            }
            Cell value = values.get(range);
            if (value == null) {
                continue;
            }
            if (out.length <= range.getLastColumn()) {
                out = java.util.Arrays.copyOf(out, range.getLastColumn() + 1);
            }
            for (int c = first; c <= range.getLastColumn(); c++) {
                if (out[c] == null) {
                    out[c] = value;
                }
            }
        }
        return out;
    }

    private Cell convert(org.dhatim.fastexcel.reader.Cell cell, String sheet, int rowNumber, int column) {
        CellType type = cell.getType();
        Object value = cell.getValue();
        Cell out;
        switch (type) {
            case EMPTY:
                return null;
            case NUMBER:
                out = number(cell, (BigDecimal) value);
                break;
            case STRING:
                out = text((String) value, sheet, rowNumber, column);
                break;
            case BOOLEAN:
                out = Cell.bool(Boolean.TRUE.equals(value));
                break;
            case ERROR:
                out = Cell.error(String.valueOf(cell.getRawValue()));
                break;
            default:
                out = formula(cell, value, sheet, rowNumber, column);
        }
        if (out != null && ++cells > limits.maxCells()) {
            throw problems.fatal(SheetRule.TOO_MANY_CELLS, sheet, null, null, Map.of("max", Long.toString(limits.maxCells())));
        }
        return out;
    }

    private Cell formula(org.dhatim.fastexcel.reader.Cell cell, Object value, String sheet, int rowNumber, int column) {
        if (value == null || (value instanceof String && ((String) value).isEmpty() && cell.getRawValue() == null)) {
            return Cell.formulaWithoutValue(cell.getFormula());
        }
        if (value instanceof BigDecimal) {
            return number(cell, (BigDecimal) value);
        }
        if (value instanceof Boolean) {
            return Cell.bool((Boolean) value);
        }
        String raw = String.valueOf(value);
        if (raw.startsWith("#")) {
            return Cell.error(raw);
        }
        return text(raw, sheet, rowNumber, column);
    }

    private Cell number(org.dhatim.fastexcel.reader.Cell cell, BigDecimal value) {
        String format = cell.getDataFormatString();
        Integer id = cell.getDataFormatId();
        if (Formats.isDate(id, format)) {
            return Cell.date(cell.asDate());
        }
        return Cell.number(value, format != null && format.contains("%"));
    }

    private Cell text(String text, String sheet, int rowNumber, int column) {
        if (text.isBlank()) {
            return null;
        }
        if (text.length() > limits.maxCellChars()) {
            problems.error(SheetRule.TEXT_TOO_LONG, sheet, Source.columnName(column) + rowNumber, null,
                    text.substring(0, 40), Map.of("max", Integer.toString(limits.maxCellChars())));
            return null;
        }
        return Cell.text(Formats.unneutralise(Formats.unescapeXml(text)));
    }

    @Override
    public void close() {
        try {
            workbook.close();
            if (spooled != null) {
                Files.deleteIfExists(spooled);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static List<String> names(List<SheetInfo> sheets) {
        List<String> names = new ArrayList<>();
        sheets.forEach(s -> names.add(s.name));
        return names;
    }
}
