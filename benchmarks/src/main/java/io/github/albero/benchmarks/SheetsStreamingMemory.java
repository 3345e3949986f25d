package io.github.albero.benchmarks;

import io.github.albero.sheets.AlberoSheets;
import io.github.albero.sheets.SheetImport;
import io.github.albero.sheets.SheetLimits;
import java.io.IOException;
import java.io.OutputStream;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Files;
import java.nio.file.Path;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;

/**
 * Shows that reading a spreadsheet streams its rows: writes a workbook whose {@code Valori}
 * sheet has {@code rows} rows (a number in a column outside the template, so that every row is
 * read and none is kept), reads it with the lenient reader, and prints the time and the peak
 * heap used. Run it with a small heap, e.g.
 * {@code java -Xmx48m -cp benchmarks/target/benchmarks.jar io.github.albero.benchmarks.SheetsStreamingMemory 1000000}.
 */
public final class SheetsStreamingMemory {
    private SheetsStreamingMemory() {
    }

    /**
     * @param args the number of rows (default 1 000 000)
     * @throws IOException when the temporary file cannot be written
     */
    public static void main(String[] args) throws IOException {
        int rows = args.length > 0 ? Integer.parseInt(args[0]) : 1_000_000;
        Path file = Files.createTempFile("albero-streaming", ".xlsx");
        try {
            try (OutputStream out = Files.newOutputStream(file)) {
                Workbook wb = new Workbook(out, "albero-benchmarks", "1.0");
                Worksheet piano = wb.newWorksheet("Piano");
                String[][] fields = {{"Campo", "Valore"}, {"Tipo documento", "relazione"}, {"Amministrazione", "Camera di Commercio"},
                    {"Anno di riferimento", "2017"}, {"Primo anno", "2016"}, {"Ultimo anno", "2018"}};
                for (int r = 0; r < fields.length; r++) {
                    piano.value(r, 0, fields[r][0]);
                    piano.value(r, 1, fields[r][1]);
                }
                piano.finish();
                Worksheet albero = wb.newWorksheet("Albero");
                albero.value(0, 0, "Livello");
                albero.value(0, 1, "Codice");
                albero.value(0, 2, "Titolo");
                albero.value(1, 0, "missione");
                albero.value(1, 1, "011");
                albero.value(1, 2, "Competitività");
                albero.finish();
                Worksheet valori = wb.newWorksheet("Valori");
                valori.value(0, 0, "Rif. indicatore");
                valori.value(0, 1, "Anno");
                for (int r = 1; r <= rows; r++) {
                    valori.value(r, 5, r);
                    if (r % 10_000 == 0) {
                        valori.flush();
                    }
                }
                valori.finish();
                wb.finish();
            }
            for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
                pool.resetPeakUsage();
            }
            long start = System.nanoTime();
            SheetImport result = AlberoSheets.lenient().withLimits(SheetLimits.DEFAULT.withMaxRows(rows + 10)
                    .withMaxCells(rows + 1_000L)).check(file);
            long millis = (System.nanoTime() - start) / 1_000_000;
            long peak = 0;
            for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
                if (pool.getType() == MemoryType.HEAP) {
                    peak += pool.getPeakUsage().getUsed();
                }
            }
            System.out.printf("rows %d, file %d bytes, read in %d ms, plan read: %s, problems: %d, max heap %d MiB, peak heap used %d MiB%n",
                    rows, Files.size(file), millis, result.plan().isPresent(), result.report().problems().size(),
                    Runtime.getRuntime().maxMemory() >> 20, peak >> 20);
        } finally {
            Files.deleteIfExists(file);
        }
    }
}
