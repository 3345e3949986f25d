package io.github.albero.sheets;

import java.io.Closeable;
import java.util.List;

/** Where written sheets go: an XLSX workbook or a folder of CSV files. */
interface Sink extends Closeable {
    /** A cell to write: its XLSX content (String or number), its CSV text, and an optional number format. */
    final class Out {
        final Object xlsx;
        final String text;
        final String format;

        Out(Object xlsx, String text, String format) {
            this.xlsx = xlsx;
            this.text = text;
            this.format = format;
        }

        static Out text(String text) {
            return text == null ? null : new Out(text, text, null);
        }

        static Out number(Integer value) {
            return value == null ? null : new Out(value, value.toString(), null);
        }
    }

    /** Starts a sheet with its header row. */
    void sheet(String name, List<String> headers, List<String> help);

    /** Writes one row of the current sheet; null cells stay empty. */
    void row(Out[] cells);

    /** Writes a sheet of free text lines (the instructions). */
    void textSheet(String name, List<String> lines);

    @Override
    void close();
}
