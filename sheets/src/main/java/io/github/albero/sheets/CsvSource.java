package io.github.albero.sheets;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.MappingIterator;
import tools.jackson.dataformat.csv.CsvMapper;
import tools.jackson.dataformat.csv.CsvReadFeature;
import tools.jackson.dataformat.csv.CsvSchema;

/**
 * Reads a folder of CSV files, one per sheet ({@code Piano.csv}, {@code Albero.csv} …), UTF-8
 * with or without byte-order mark, separated by semicolons (as Italian spreadsheets save them)
 * or commas: the separator is the one of the two that the header line uses more. Every cell is
 * text; numbers are read from their Italian or plain notation.
 */
final class CsvSource implements Source {
    private static final CsvMapper MAPPER = CsvMapper.builder().enable(CsvReadFeature.WRAP_AS_ARRAY).build();

    private final List<SheetInfo> sheets;
    private final SheetLimits limits;
    private final Problems problems;
    private long cells;

    private CsvSource(List<SheetInfo> sheets, SheetLimits limits, Problems problems) {
        this.sheets = sheets;
        this.limits = limits;
        this.problems = problems;
    }

    static CsvSource open(Path folder, SheetLimits limits, Problems problems) {
        List<SheetInfo> sheets = new ArrayList<>();
        try (DirectoryStream<Path> files = Files.newDirectoryStream(folder, "*.{csv,CSV}")) {
            List<Path> sorted = new ArrayList<>();
            files.forEach(sorted::add);
            sorted.sort(null);
            for (Path f : sorted) {
                String name = f.getFileName().toString();
                sheets.add(new SheetInfo(name.substring(0, name.length() - 4), false, f));
            }
        } catch (IOException e) {
            throw problems.fatal(SheetRule.UNREADABLE, null, null, folder.toString(), Map.of("problem", String.valueOf(e.getMessage())));
        }
        return new CsvSource(sheets, limits, problems);
    }

    @Override
    public List<SheetInfo> sheets() {
        return sheets;
    }

    @Override
    public void read(SheetInfo info, RowHandler handler) {
        Path file = (Path) info.handle;
        try {
            if (Files.size(file) > limits.maxFileBytes()) {
                throw problems.fatal(SheetRule.FILE_TOO_LARGE, info.name, null, null, Map.of("max", Long.toString(limits.maxFileBytes())));
            }
            char separator = separator(file);
            var decoder = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT);
            try (Reader reader = new BufferedReader(new InputStreamReader(Files.newInputStream(file), decoder))) {
                reader.mark(1);
                if (reader.read() != '\uFEFF') {
                    reader.reset();
                }
                CsvSchema schema = CsvSchema.emptySchema().withColumnSeparator(separator);
                int row = 0;
                try (MappingIterator<String[]> it = MAPPER.readerFor(String[].class).with(schema).readValues(reader)) {
                    while (it.hasNextValue()) {
                        String[] values = it.nextValue();
                        row++;
                        if (row > limits.maxRows()) {
                            throw problems.fatal(SheetRule.TOO_MANY_ROWS, info.name, null, null,
                                    Map.of("max", Integer.toString(limits.maxRows())));
                        }
                        if (values.length > limits.maxColumns()) {
                            throw problems.fatal(SheetRule.TOO_MANY_COLUMNS, info.name, Integer.toString(row), null,
                                    Map.of("max", Integer.toString(limits.maxColumns())));
                        }
                        Cell[] out = new Cell[values.length];
                        boolean any = false;
                        for (int c = 0; c < values.length; c++) {
                            String v = values[c];
                            if (v == null || Formats.isBlank(v)) {
                                continue;
                            }
                            if (++cells > limits.maxCells()) {
                                throw problems.fatal(SheetRule.TOO_MANY_CELLS, info.name, null, null,
                                        Map.of("max", Long.toString(limits.maxCells())));
                            }
                            if (v.length() > limits.maxCellChars()) {
                                problems.error(SheetRule.TEXT_TOO_LONG, info.name, Source.columnName(c) + row, null, v.substring(0, 40),
                                        Map.of("max", Integer.toString(limits.maxCellChars())));
                                continue;
                            }
                            // a spreadsheet saves its errors (#DIV/0!) as their text: reported as in XLSX, not kept as a target's text
                            out[c] = Formats.isErrorLiteral(v) ? Cell.error(v) : Cell.text(Formats.unneutralise(v));
                            any = true;
                        }
                        if (any) {
                            handler.row(row, out);
                        }
                    }
                } catch (JacksonException e) {
                    throw problems.fatal(SheetRule.UNREADABLE, info.name, Integer.toString(row + 1), null,
                            Map.of("problem", e.getOriginalMessage()));
                }
            }
        } catch (CharacterCodingException e) {
            throw problems.fatal(SheetRule.UNREADABLE, info.name, null, null, Map.of("problem", "not UTF-8 text"));
        } catch (IOException e) {
            throw problems.fatal(SheetRule.UNREADABLE, info.name, null, null, Map.of("problem", String.valueOf(e.getMessage())));
        }
    }

    private static char separator(Path file) throws IOException {
        try (BufferedReader r = Files.newBufferedReader(file, StandardCharsets.ISO_8859_1)) {
            String header = r.readLine();
            if (header == null) {
                return ';';
            }
            long semicolons = header.chars().filter(c -> c == ';').count();
            long commas = header.chars().filter(c -> c == ',').count();
            return commas > semicolons ? ',' : ';';
        }
    }

    @Override
    public void close() {
        // files are opened and closed sheet by sheet
    }

    static String fileName(String sheet) {
        return sheet + ".csv";
    }

    static boolean isCsv(Path p) {
        return p.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".csv");
    }
}
