package io.github.albero.sheets;

import io.github.albero.model.Plan;
import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * Reads and writes plans and reports (<i>Piano</i> / <i>Relazione sulla performance</i>) as
 * spreadsheets, through the template described in {@code sheets/TEMPLATE.md}: an XLSX workbook,
 * or a folder of CSV files with one file per sheet. Immutable and thread-safe.
 *
 * <pre>{@code
 * Plan plan = AlberoSheets.read(Path.of("relazione-2017.xlsx"));
 * AlberoSheets.write(plan, Path.of("copia.xlsx"));
 * SheetReport report = AlberoSheets.lenient().check(Path.of("bozza.xlsx")).report();
 * }</pre>
 *
 * <p>Reading collects every problem of the file, each located by sheet, cell and column header
 * ({@code Indicatori!F12 (Peso / Weight)}), and throws one {@link SheetsException} with all of
 * them. The strict reader (the default) also counts as errors what it would otherwise leave
 * unread: unknown sheets and columns, hidden sheets; the {@link #lenient()} reader reports them
 * as warnings. Before any XML is parsed the zip is checked against the {@link SheetLimits}
 * (entry and total size, compression ratio) and any DTD or entity declaration is refused.
 */
public final class AlberoSheets {
    private static final AlberoSheets STRICT = new AlberoSheets(true, SheetLimits.DEFAULT);
    private static final AlberoSheets LENIENT = new AlberoSheets(false, SheetLimits.DEFAULT);

    private final boolean strict;
    private final SheetLimits limits;

    private AlberoSheets(boolean strict, SheetLimits limits) {
        this.strict = strict;
        this.limits = limits;
    }

    /** {@return the strict reader: unknown sheets and columns and hidden sheets are errors} */
    public static AlberoSheets strict() {
        return STRICT;
    }

    /** {@return the lenient reader: unknown sheets and columns and hidden sheets are warnings} */
    public static AlberoSheets lenient() {
        return LENIENT;
    }

    /**
     * {@return a reader like this one with other limits}
     *
     * @param limits the limits
     */
    public AlberoSheets withLimits(SheetLimits limits) {
        return new AlberoSheets(strict, Objects.requireNonNull(limits, "limits"));
    }

    /**
     * Reads a plan with the strict reader: an XLSX file, or a folder of CSV files.
     *
     * @param file the {@code .xlsx} file or the folder
     * @return the plan
     * @throws SheetsException with every problem, when the file cannot be read into a plan
     */
    public static Plan read(Path file) {
        return STRICT.readPlan(file);
    }

    /**
     * Reads a plan: an XLSX file, or a folder of CSV files.
     *
     * @param file the {@code .xlsx} file or the folder
     * @return the plan
     * @throws SheetsException with every problem, when the file cannot be read into a plan
     */
    public Plan readPlan(Path file) {
        SheetImport result = check(file);
        return result.plan().orElseThrow(() -> new SheetsException(result.report()));
    }

    /**
     * Reads a plan from an XLSX stream (spooled to a temporary file, at most
     * {@link SheetLimits#maxFileBytes()}).
     *
     * @param xlsx the workbook's bytes; not closed
     * @return the plan
     * @throws SheetsException with every problem
     */
    public Plan readXlsx(InputStream xlsx) {
        Problems problems = new Problems(limits.maxProblems(), strict);
        Optional<Plan> plan = Optional.empty();
        try {
            Path spooled = ZipGuard.spool(xlsx, limits, problems);
            try (Source source = XlsxSource.open(spooled, spooled, limits, problems)) {
                plan = new PlanReader(source, problems).read();
            } finally {
                Files.deleteIfExists(spooled);
            }
        } catch (Problems.Abort stop) {
            // the report says why
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        SheetImport result = new SheetImport(plan, problems.report());
        return result.plan().orElseThrow(() -> new SheetsException(result.report()));
    }

    /**
     * Reads a file and returns the plan, when there is no error, with every problem found;
     * never throws for a bad file.
     *
     * @param file the {@code .xlsx} file or a folder of CSV files
     * @return the plan if any, and the report
     */
    public SheetImport check(Path file) {
        Problems problems = new Problems(limits.maxProblems(), strict);
        Optional<Plan> plan = Optional.empty();
        try (Source source = open(file, problems)) {
            plan = new PlanReader(source, problems).read();
        } catch (Problems.Abort stop) {
            // the report says why
        }
        return new SheetImport(problems.hasErrors() ? Optional.empty() : plan, problems.report());
    }

    private Source open(Path file, Problems problems) {
        if (Files.isDirectory(file)) {
            return CsvSource.open(file, limits, problems);
        }
        if (!Files.isRegularFile(file)) {
            throw problems.fatal(SheetRule.UNREADABLE, null, null, file.toString(), Map.of("problem", "no such file"));
        }
        return XlsxSource.open(file, null, limits, problems);
    }

    /**
     * Writes a plan to an XLSX workbook through the template.
     *
     * @param plan the plan
     * @param file the {@code .xlsx} file, replaced if it exists; its folder is created if missing
     */
    public static void write(Plan plan, Path file) {
        try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(parentsMade(file)))) {
            writeXlsx(plan, out);
        } catch (IOException e) {
            throw cannotWrite(file, e);
        }
    }

    /** {@return the file, its folder created if missing, as {@code writeCsv} and the JSON writer do} */
    private static Path parentsMade(Path file) throws IOException {
        Path parent = file.toAbsolutePath().getParent();
        if (parent != null) {
            Files.createDirectories(parent);
        }
        return file;
    }

    /** {@return the file and the reason, as the JSON writer says them, not an exception's class name} */
    static UncheckedIOException cannotWrite(Path file, IOException e) {
        String why = e instanceof FileAlreadyExistsException ? "a file of that name is in the way"
                : e instanceof AccessDeniedException ? "access denied" : e instanceof NoSuchFileException ? "no such folder" : e.getMessage();
        return new UncheckedIOException("cannot write " + file.toAbsolutePath() + ": " + why, e);
    }

    /**
     * Writes a plan as an XLSX workbook to a stream.
     *
     * @param plan the plan
     * @param out the stream; not closed
     */
    public static void writeXlsx(Plan plan, OutputStream out) {
        try (XlsxSink sink = new XlsxSink(nonClosing(out))) {
            new PlanWriter(sink).write(plan);
        }
    }

    /**
     * Writes a plan as a folder of CSV files, one per sheet ({@code Piano.csv}, {@code Albero.csv},
     * {@code Indicatori.csv}, {@code Valori.csv}, {@code Risorse.csv}).
     *
     * @param plan the plan
     * @param folder the folder, created if needed; files of the same names are replaced
     */
    public static void writeCsv(Plan plan, Path folder) {
        try (CsvSink sink = new CsvSink(folder)) {
            new PlanWriter(sink).write(plan);
        }
    }

    /**
     * Writes the flat export for analysts as an XLSX workbook: one row per indicator and year,
     * with the indicator's place in the tree, its target and result texts, its achievement score
     * and band, and its objective's budget variance that year, line by line (pivot-table ready).
     *
     * @param plan the plan
     * @param file the {@code .xlsx} file, replaced if it exists
     */
    public static void writeFlat(Plan plan, Path file) {
        try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(parentsMade(file))); XlsxSink sink = new XlsxSink(nonClosing(out))) {
            FlatWriter.write(plan, sink);
        } catch (IOException e) {
            throw cannotWrite(file, e);
        }
    }

    /**
     * Writes the flat export as one CSV file, {@code Analisi.csv}, in a folder.
     *
     * @param plan the plan
     * @param folder the folder, created if needed
     */
    public static void writeFlatCsv(Plan plan, Path folder) {
        try (CsvSink sink = new CsvSink(folder)) {
            FlatWriter.write(plan, sink);
        }
    }

    /**
     * Writes the blank template: the instructions sheet and every sheet with its header row.
     *
     * @param out the stream; not closed
     */
    public static void writeTemplate(OutputStream out) {
        try (XlsxSink sink = new XlsxSink(nonClosing(out))) {
            Instructions.write(sink, Locale.ITALIAN);
        }
    }

    private static OutputStream nonClosing(OutputStream out) {
        return new java.io.FilterOutputStream(out) {
            @Override
            public void write(byte[] b, int off, int len) throws IOException {
                out.write(b, off, len);
            }

            @Override
            public void close() throws IOException {
                out.flush();
            }
        };
    }

    /** {@return a readable one-line description, for logs and JShell} */
    @Override
    public String toString() {
        return "AlberoSheets[" + (strict ? "strict" : "lenient") + ", " + limits + "]";
    }
}
