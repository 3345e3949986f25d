package io.github.albero.sheets;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import tools.jackson.databind.SequenceWriter;
import tools.jackson.dataformat.csv.CsvMapper;
import tools.jackson.dataformat.csv.CsvSchema;

/**
 * Writes each sheet to its own CSV file in a folder ({@code Piano.csv} …): UTF-8, semicolons
 * (what Italian spreadsheets expect), fields quoted when needed, lines ended by {@code \n}, text
 * cells guarded against formula injection ({@link Formats#neutralise}), numbers with a decimal
 * comma and no grouping.
 */
final class CsvSink implements Sink {
    private static final CsvMapper MAPPER = CsvMapper.builder().build();
    private static final CsvSchema SCHEMA = CsvSchema.emptySchema().withColumnSeparator(';').withLineSeparator("\n");

    private final Path folder;
    private Writer writer;
    private SequenceWriter out;
    private int width;

    CsvSink(Path folder) {
        this.folder = folder;
        try {
            Files.createDirectories(folder);
        } catch (IOException e) {
            throw AlberoSheets.cannotWrite(folder, e);
        }
    }

    @Override
    public void sheet(String name, List<String> headers, List<String> help) {
        finishSheet();
        try {
            writer = Files.newBufferedWriter(folder.resolve(CsvSource.fileName(name)), StandardCharsets.UTF_8);
            out = MAPPER.writerFor(String[].class).with(SCHEMA).writeValues(writer);
            width = headers.size();
            out.write(headers.toArray(new String[0]));
        } catch (IOException e) {
            throw AlberoSheets.cannotWrite(folder.resolve(CsvSource.fileName(name)), e);
        }
    }

    @Override
    public void row(Out[] cells) {
        String[] values = new String[width];
        for (int c = 0; c < cells.length; c++) {
            Out cell = cells[c];
            values[c] = cell == null ? "" : cell.xlsx instanceof String ? Formats.neutralise(cell.text) : cell.text;
        }
        out.write(values);
    }

    @Override
    public void textSheet(String name, List<String> lines) {
        // the instructions live in TEMPLATE.md and in the XLSX template; a CSV folder has none
    }

    private void finishSheet() {
        if (out != null) {
            out.close();
            out = null;
        }
        if (writer != null) {
            try {
                writer.close();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            writer = null;
        }
    }

    @Override
    public void close() {
        finishSheet();
    }
}
