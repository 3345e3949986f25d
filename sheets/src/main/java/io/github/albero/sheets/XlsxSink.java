package io.github.albero.sheets;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;

/**
 * Writes sheets to an XLSX workbook with FastExcel, row by row (flushed every thousand rows so
 * that memory stays bounded): a bold, frozen header row, numbers as numeric cells, money with
 * two decimals, and every text cell guarded against formula injection ({@link Formats#neutralise}).
 */
final class XlsxSink implements Sink {
    private static final int FLUSH_EVERY = 1_000;

    private final Workbook workbook;
    private Worksheet sheet;
    private int row;

    XlsxSink(OutputStream out) {
        this.workbook = new Workbook(out, "Albero", "1.0");
    }

    @Override
    public void sheet(String name, List<String> headers, List<String> help) {
        finishSheet();
        sheet = workbook.newWorksheet(name);
        row = 0;
        for (int c = 0; c < headers.size(); c++) {
            sheet.value(0, c, Formats.escapeXml(headers.get(c)));
            sheet.style(0, c).bold().wrapText(true).fillColor("DDEBF7").set();
            sheet.width(c, Math.min(60, Math.max(12, headers.get(c).length() * 0.9)));
            if (help != null && help.get(c) != null) {
                sheet.comment(0, c, help.get(c));
            }
        }
        sheet.freezePane(0, 1);
        row = 1;
    }

    @Override
    public void row(Out[] cells) {
        for (int c = 0; c < cells.length; c++) {
            Out out = cells[c];
            if (out == null) {
                continue;
            }
            if (out.xlsx instanceof String) {
                sheet.value(row, c, Formats.escapeXml(Formats.neutralise((String) out.xlsx)));
            } else if (out.xlsx instanceof Integer) {
                sheet.value(row, c, (Integer) out.xlsx);
            } else if (out.xlsx instanceof LocalDate) {
                sheet.value(row, c, (LocalDate) out.xlsx);
                sheet.style(row, c).format(out.format).set();
            } else {
                sheet.value(row, c, (BigDecimal) out.xlsx);
                if (out.format != null) {
                    sheet.style(row, c).format(out.format).set();
                }
            }
        }
        row++;
        if (row % FLUSH_EVERY == 0) {
            try {
                sheet.flush();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }

    @Override
    public void textSheet(String name, List<String> lines) {
        finishSheet();
        sheet = workbook.newWorksheet(name);
        sheet.width(0, 120);
        for (int r = 0; r < lines.size(); r++) {
            sheet.value(r, 0, Formats.neutralise(lines.get(r)));
            if (r == 0) {
                sheet.style(r, 0).bold().fontSize(14).set();
            }
        }
    }

    private void finishSheet() {
        if (sheet != null) {
            try {
                sheet.finish();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }

    @Override
    public void close() {
        try {
            finishSheet();
            workbook.finish();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
