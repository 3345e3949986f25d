package io.github.albero.sheets;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import org.dhatim.fastexcel.reader.CellRangeAddress;
import org.dhatim.fastexcel.reader.ExcelReaderException;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.ReadingOptions;
import org.dhatim.fastexcel.reader.Sheet;
import org.dhatim.fastexcel.reader.SheetVisibility;

/**
 * Reads an XLSX workbook after {@link ZipGuard} has checked the zip: FastExcel for what the
 * workbook declares (its sheets and their visibility, the cell formats, the 1904 date system),
 * and {@link XmlPull} over the JDK zip reader the guard used for the sheets' rows and the shared
 * strings, with no object per cell but the cell read. Formula cells give their cached value (the
 * value the spreadsheet last computed); merged ranges give the top-left value to every cell they
 * cover.
 */
final class XlsxSource implements Source {
    private final ReadableWorkbook workbook;
    private final ZipFile zip;
    private final ZipGuard.Findings findings;
    private final SheetLimits limits;
    private final Problems problems;
    private final Path spooled;
    private long cells;

    private List<String> sharedStrings;
    private final List<String> formats;
    private final Map<String, String> formatCodes;

    private XlsxSource(ReadableWorkbook workbook, ZipFile zip, ZipGuard.Findings findings, SheetLimits limits, Problems problems,
            Path spooled) {
        this.workbook = workbook;
        this.zip = zip;
        this.formats = workbook.getFormats();
        this.formatCodes = workbook.getNumFmtIdToFormat();
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
            ReadableWorkbook workbook = new ReadableWorkbook(file.toFile(), new ReadingOptions(true, true));
            return new XlsxSource(workbook, new ZipFile(file.toFile()), findings, limits, problems, spooled);
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
        ZipEntry part = entry == null ? null : zip.getEntry(entry);
        if (part == null) {
            throw problems.fatal(SheetRule.NOT_A_WORKBOOK, info.name, null, null, Map.of("problem", "the sheet's part " + entry + " is missing"));
        }
        List<CellRangeAddress> merges = ZipGuard.mergedRanges(findings, entry).stream().map(CellRangeAddress::valueOf)
                .collect(Collectors.toList());
        Map<CellRangeAddress, Cell> mergedValues = new HashMap<>();
        int rows = 0;
        try (InputStream in = zip.getInputStream(part)) {
            XmlPull x = new XmlPull(in);
            int event;
            while ((event = x.next()) != XmlPull.EOF && !(event == XmlPull.START && x.is("sheetData"))) {
                // the sheet's views, columns and formats come before its rows
            }
            int tracked = 0;
            while ((event = x.next()) != XmlPull.EOF && !(event == XmlPull.END && x.is("sheetData"))) {
                if (event != XmlPull.START || !x.is("row")) {
                    continue;
                }
                tracked++;
                CharSequence r = x.attribute("r");
                int rowNumber = r == null ? tracked : whole(r, "row number");
                if (++rows > limits.maxRows()) {
                    throw problems.fatal(SheetRule.TOO_MANY_ROWS, info.name, null, null, Map.of("max", Integer.toString(limits.maxRows())));
                }
                Cell[] out = row(x, info.name, rowNumber);
                boolean any = false;
                for (Cell c : out) {
                    any |= c != null;
                }
                if (!merges.isEmpty()) {
                    out = fillMerged(out, rowNumber, merges, mergedValues);
                    any = any || java.util.Arrays.stream(out).anyMatch(java.util.Objects::nonNull);
                }
                if (any) {
                    handler.row(rowNumber, out);
                }
            }
        } catch (IOException | UncheckedIOException | IllegalArgumentException | java.time.DateTimeException e) {
            // malformed markup, a broken zip stream, a date beyond the calendar: the sheet cannot be read
            throw problems.fatal(SheetRule.NOT_A_WORKBOOK, info.name, null, null, Map.of("problem", String.valueOf(e.getMessage())));
        }
    }

    private final StringBuilder value = new StringBuilder();
    private final StringBuilder formula = new StringBuilder();
    /** The columns of the current row already met in its markup. */
    private final java.util.BitSet seen = new java.util.BitSet();

    /** Reads the cells of the row whose start tag was just read, up to its end tag. */
    private Cell[] row(XmlPull x, String sheet, int rowNumber) throws IOException {
        Cell[] out = new Cell[0];
        seen.clear();
        int tracked = 0;
        int event;
        while ((event = x.next()) != XmlPull.EOF && !(event == XmlPull.END && x.is("row"))) {
            if (event != XmlPull.START || !x.is("c")) {
                continue;
            }
            CharSequence ref = x.attribute("r");
            // a cell without reference follows the one before it (C2, then an unreferenced cell, is D2)
            int column = ref == null ? tracked : column(ref);
            tracked = column + 1;
            if (column + 1 > limits.maxColumns()) {
                throw problems.fatal(SheetRule.TOO_MANY_COLUMNS, sheet, "" + rowNumber, null,
                        Map.of("max", Integer.toString(limits.maxColumns())));
            }
            Cell cell = cell(x, sheet, rowNumber, column);
            if (seen.get(column)) {
                // Excel calls such a file corrupt; LibreOffice keeps the last: neither is read, lest a value nobody sees counts
                problems.error(SheetRule.CELL_TWICE, sheet, Source.columnName(column) + rowNumber, null, null, Map.of());
                if (column < out.length) {
                    out[column] = null;
                }
                continue;
            }
            seen.set(column);
            if (cell == null) {
                continue;
            }
            if (column >= out.length) {
                out = java.util.Arrays.copyOf(out, column + 1);
            }
            out[column] = cell;
            if (++cells > limits.maxCells()) {
                throw problems.fatal(SheetRule.TOO_MANY_CELLS, sheet, null, null, Map.of("max", Long.toString(limits.maxCells())));
            }
        }
        return out;
    }

    /** The cell types of SpreadsheetML ({@code t}): shared string, inline string, number, boolean, error, formula string. */
    private enum Type { SHARED, INLINE, NUMBER, BOOLEAN, ERROR, STRING, DATE }

    private static Type type(CharSequence t) {
        // compared in place: read for every cell, it is not turned into a string
        if (t == null || same(t, "n")) {
            return Type.NUMBER;
        }
        if (same(t, "s")) {
            return Type.SHARED;
        }
        if (same(t, "inlineStr")) {
            return Type.INLINE;
        }
        if (same(t, "str")) {
            return Type.STRING;
        }
        // "d": a date in ISO 8601 (ECMA-376 18.18.11), which Excel reads and some other writers write
        return same(t, "b") ? Type.BOOLEAN : same(t, "e") ? Type.ERROR : same(t, "d") ? Type.DATE : null;
    }

    private static boolean same(CharSequence a, String b) {
        if (a.length() != b.length()) {
            return false;
        }
        for (int i = 0; i < b.length(); i++) {
            if (a.charAt(i) != b.charAt(i)) {
                return false;
            }
        }
        return true;
    }

    /** Reads the cell whose start tag was just read, up to its end tag; null when it holds nothing. */
    private Cell cell(XmlPull x, String sheet, int rowNumber, int column) throws IOException {
        CharSequence t = x.attribute("t");
        Type type = type(t);
        if (type == null) {
            throw new IOException("the cell " + Source.columnName(column) + rowNumber + " has the unknown type \"" + t + "\"");
        }
        CharSequence s = x.attribute("s");
        int style = s == null ? -1 : whole(s, "style");
        boolean hasValue = false;
        boolean hasFormula = false;
        value.setLength(0);
        formula.setLength(0);
        int event;
        while ((event = x.next()) != XmlPull.EOF && !(event == XmlPull.END && x.is("c"))) {
            if (event != XmlPull.START) {
                continue;
            }
            if (x.is("v") && type != Type.INLINE) {
                hasValue = true;
                collect(x, "v", null, value);
            } else if (x.is("is") && type == Type.INLINE) {
                hasValue = true;
                collect(x, "is", null, value);
            } else if (x.is("f")) {
                hasFormula = true;
                collect(x, "f", null, formula);
            }
        }
        switch (type) {
            case SHARED:
                if (value.length() == 0) {
                    return null;
                }
                int index = whole(value, "shared string index");
                List<String> table = sharedStrings();
                if (index < 0 || index >= table.size()) {
                    throw new IOException("the cell " + Source.columnName(column) + rowNumber + " names the shared string " + index
                            + " of " + table.size());
                }
                return shared(index, table.get(index), sheet, rowNumber, column);
            case INLINE:
                if (hasFormula) {
                    return formula(hasValue ? value.toString() : null, sheet, rowNumber, column);
                }
                return hasValue ? text(value.toString(), sheet, rowNumber, column) : null;
            default:
                break;
        }
        String raw = hasValue ? value.toString() : null;
        if (hasFormula) {
            if (raw == null || raw.isEmpty()) {
                return Cell.formulaWithoutValue(formula.toString());
            }
            switch (type) {
                case NUMBER:
                    return numeric(raw, style);
                case BOOLEAN:
                    return Cell.bool("1".equals(raw));
                case DATE:
                    return isoDate(raw);
                default:
                    return formula(raw, sheet, rowNumber, column);
            }
        }
        if (raw == null || raw.isEmpty()) {
            return type == Type.BOOLEAN ? Cell.bool(false) : null;
        }
        switch (type) {
            case NUMBER:
                return numeric(raw, style);
            case BOOLEAN:
                if (!raw.equals("0") && !raw.equals("1")) {
                    return Cell.error(raw);
                }
                return Cell.bool(raw.equals("1"));
            case ERROR:
                return Cell.error(raw);
            case DATE:
                return isoDate(raw);
            default:
                // a formula's string result written without its formula
                return formula(raw, sheet, rowNumber, column);
        }
    }

    /**
     * A numeric cell's saved value as the spreadsheet shows it: a spreadsheet computes in binary
     * floating point and keeps 15 significant digits (Excel's "number precision"), so a formula's
     * 5000.0000000000009 is 5000 and 0.30000000000000004 is 0.3; a value with more than 6
     * decimals is read at those 15 digits (a real third decimal, 0.305, stays and is refused
     * where money allows two). A value beyond what a spreadsheet
     * can hold (1E999999999: only a hand-made file has it) is kept as written, as text, for the
     * column to refuse or keep, instead of being spelled out in full.
     */
    private Cell numeric(String raw, int style) {
        BigDecimal n = number(raw);
        if (n == null) {
            // "2016,0", "NaN" in a numeric cell (a hand-made file): kept as written for the column to judge, not called a spreadsheet error
            return Cell.text(raw);
        }
        if (n.signum() != 0) {
            int exponent = n.precision() - n.scale() - 1;
            if (exponent > 308 || exponent < -324) {
                return Cell.text(raw);
            }
            // Albero writes exact decimals of at most 6 places (money 2, 17 digits at most): only a longer tail is binary noise
            if (n.precision() > SPREADSHEET_DIGITS.getPrecision() && n.scale() > 6) {
                n = n.round(SPREADSHEET_DIGITS).stripTrailingZeros();
                n = n.scale() < 0 ? n.setScale(0) : n;
            }
        }
        return number(n, raw, style);
    }

    /** A cell of type "d": "2024-06-30", "2024-06-30T12:00:00" (a zone or fraction ignored); any other text is kept as written. */
    private static Cell isoDate(String raw) {
        try {
            return raw.length() == 10 ? Cell.date(LocalDate.parse(raw).atStartOfDay())
                    : Cell.date(LocalDateTime.parse(raw.length() > 19 ? raw.substring(0, 19) : raw));
        } catch (java.time.format.DateTimeParseException notIso) {
            return Cell.text(raw);
        }
    }

    private static BigDecimal number(String raw) {
        try {
            return new BigDecimal(raw);
        } catch (NumberFormatException e) {
            return null;
        }
    }

    /** Appends the character data inside the element just started, nested elements included but {@code skipping}'s. */
    private void collect(XmlPull x, String element, String skipping, StringBuilder to) throws IOException {
        int depth = 1;
        int skipped = 0;
        while (depth > 0) {
            int event = x.next();
            if (event == XmlPull.EOF) {
                throw new IOException("the element " + element + " is not closed");
            }
            if (event == XmlPull.TEXT) {
                if (skipped == 0) {
                    // a text longer than a cell may hold is not kept whole: text() reports it
                    x.appendText(to, limits.maxCellChars());
                }
            } else if (event == XmlPull.START) {
                if (skipped > 0 || (skipping != null && x.is(skipping))) {
                    skipped++;
                } else {
                    depth++;
                }
            } else if (skipped > 0) {
                skipped--;
            } else {
                depth--;
            }
        }
    }

    // a shared string is converted once, however many cells show it (cells are immutable)
    private Cell[] sharedCells;
    private static final Cell BLANK = Cell.text("");
    private static final BigDecimal LAST_DATE_SERIAL = BigDecimal.valueOf(2_958_466);
    private static final MathContext SPREADSHEET_DIGITS = new MathContext(15, RoundingMode.HALF_UP);

    private Cell shared(int index, String text, String sheet, int rowNumber, int column) {
        Cell c = sharedCells[index];
        if (c == null) {
            if (text.length() > limits.maxCellChars()) {
                // reported at every cell that shows it
                return text(text, sheet, rowNumber, column);
            }
            c = Formats.isBlank(text) ? BLANK : text(text, sheet, rowNumber, column);
            sharedCells[index] = c;
        }
        return c == BLANK ? null : c;
    }

    /** {@return the workbook's shared strings, read once: the text of each {@code si}, phonetic runs left out} */
    private List<String> sharedStrings() throws IOException {
        if (sharedStrings != null) {
            return sharedStrings;
        }
        List<String> table = new ArrayList<>();
        String name = findings.sharedStrings != null ? findings.sharedStrings : "xl/sharedStrings.xml";
        ZipEntry part = zip.getEntry(name);
        if (part != null) {
            try (InputStream in = zip.getInputStream(part)) {
                XmlPull x = new XmlPull(in);
                StringBuilder sb = new StringBuilder();
                int event;
                while ((event = x.next()) != XmlPull.EOF) {
                    if (event == XmlPull.START && x.is("si")) {
                        sb.setLength(0);
                        collect(x, "si", "rPh", sb);
                        table.add(sb.toString());
                    }
                }
            }
        }
        sharedStrings = table;
        sharedCells = new Cell[table.size()];
        return table;
    }

    /** {@return a whole number written in an attribute or a value} @throws IOException when it is not one */
    private static int whole(CharSequence digits, String what) throws IOException {
        int n = 0;
        if (digits.length() == 0 || digits.length() > 9) {
            throw new IOException("the " + what + " \"" + digits + "\" is not a whole number");
        }
        for (int i = 0; i < digits.length(); i++) {
            char c = digits.charAt(i);
            if (c < '0' || c > '9') {
                throw new IOException("the " + what + " \"" + digits + "\" is not a whole number");
            }
            n = n * 10 + (c - '0');
        }
        return n;
    }

    /** {@return the 0-based column of a reference such as {@code AB12}} @throws IOException when it is not one */
    private static int column(CharSequence ref) throws IOException {
        int index = 0;
        int i = 0;
        while (i < ref.length() && ref.charAt(i) >= 'A' && ref.charAt(i) <= 'Z') {
            index = index * 26 + (ref.charAt(i) - 'A' + 1);
            i++;
            if (index > 1 << 20) {
                break;
            }
        }
        if (i == 0 || index > 1 << 20) {
            throw new IOException("the cell reference \"" + ref + "\" is not a column and a row");
        }
        return index - 1;
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

    private Cell formula(String value, String sheet, int rowNumber, int column) {
        if (value == null) {
            return Cell.formulaWithoutValue(formula.toString());
        }
        if (value.startsWith("#")) {
            return Cell.error(value);
        }
        return text(value, sheet, rowNumber, column);
    }

    /** A number, or a date when the cell's format shows one (serial days since 1900, or 1904). */
    private Cell number(BigDecimal value, String raw, int style) {
        String id = style >= 0 && style < formats.size() ? formats.get(style) : null;
        String format = id == null ? null : formatCodes.get(id);
        Integer formatId = null;
        try {
            formatId = id == null ? null : Integer.valueOf(id);
        } catch (NumberFormatException notANumber) {
            // a format id that is not a number names no built-in format
        }
        // Excel's dates run from serial 0 to 2958465 (31/12/9999); it shows any other value in a date format as ####
        if (Formats.isDate(formatId, format) && value.signum() >= 0 && value.compareTo(LAST_DATE_SERIAL) < 0) {
            return Cell.date(date(Double.parseDouble(raw)));
        }
        return Cell.number(value, format != null && format.contains("%"));
    }

    /** Excel's serial day as a date and time (1900 system, with its fictitious 29 February 1900, or 1904). */
    private LocalDateTime date(double serial) {
        int days = (int) Math.floor(serial);
        long millis = (long) ((serial - days) * 86_400_000L + 0.5);
        int startYear = 1900;
        int adjust = -1;
        if (workbook.isDate1904()) {
            startYear = 1904;
            adjust = 1;
        } else if (days < 61) {
            adjust = 0;
        }
        return LocalDateTime.of(LocalDate.of(startYear, 1, 1).plusDays((long) days + adjust - 1), LocalTime.ofNanoOfDay(millis * 1_000_000));
    }

    private Cell text(String text, String sheet, int rowNumber, int column) {
        if (Formats.isBlank(text)) {
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
            zip.close();
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
