package io.github.albero.sheets;

import java.io.Closeable;
import java.util.List;

/** Where the sheets come from: an XLSX workbook or a folder of CSV files. Rows are streamed, never held. */
interface Source extends Closeable {
    /** A sheet as found in the file. */
    final class SheetInfo {
        final String name;
        final boolean hidden;
        final Object handle;

        SheetInfo(String name, boolean hidden, Object handle) {
            this.name = name;
            this.hidden = hidden;
            this.handle = handle;
        }
    }

    /** Receives the non-empty rows of a sheet, in order. */
    interface RowHandler {
        /**
         * @param rowNumber the row's number, 1-based, as the spreadsheet shows it
         * @param cells the cells by column index (0 = A), null where empty
         */
        void row(int rowNumber, Cell[] cells);
    }

    /** {@return the sheets, in workbook order} */
    List<SheetInfo> sheets();

    /** Streams the sheet's non-empty rows to the handler, checking the limits. */
    void read(SheetInfo sheet, RowHandler handler);

    @Override
    void close();

    /** {@return {@code A}, {@code B}, … {@code Z}, {@code AA} … for a 0-based column index} */
    static String columnName(int index) {
        StringBuilder sb = new StringBuilder();
        for (int i = index + 1; i > 0; i = (i - 1) / 26) {
            sb.insert(0, (char) ('A' + (i - 1) % 26));
        }
        return sb.toString();
    }
}
