package io.github.albero.pipeline;

import io.github.albero.achievement.AchievementCalculator;
import io.github.albero.json.AlberoJson;
import io.github.albero.json.AlberoJsonReader;
import io.github.albero.json.PlanLine;
import io.github.albero.model.Plan;
import io.github.albero.validation.PlanValidator;
import io.github.albero.variance.VarianceCalculator;
import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.stream.Stream;

/**
 * The national pipeline (<i>analisi nazionale</i>): reads a JSON Lines file of many reports,
 * validates each, computes its achievement and budget variance for its reference year, writes
 * one CSV row per report as soon as it is done, and returns national aggregates per mission
 * and per kind of administration. Memory is bounded whatever the file's size: a line is read,
 * analysed and dropped, and at most four lines per thread are in flight. On several threads the
 * caller's thread only splits the file into lines and writes the rows, in file order; the
 * threads read and analyse the lines. A line that is not a valid document is reported (its row
 * says where and why) and skipped. Immutable and thread-safe.
 *
 * <pre>{@code
 * import io.github.albero.pipeline.*;
 * NationalSummary s = NationalPipeline.create().threads(2).run(Path.of("national.jsonl"), Path.of("summary.csv"));
 * s.byMission().get("011").meanAchievement();
 * }</pre>
 *
 * <p>From a shell: {@code java -Xmx256m -XX:+UseParallelGC -cp benchmarks/target/benchmarks.jar
 * io.github.albero.pipeline.NationalPipeline national.jsonl summary.csv aggregates.csv [threads]}.
 */
public final class NationalPipeline {
    private static final List<String[]> KINDS = List.of(new String[] {"comune", "comune"},
            new String[] {"camera di commercio", "cameraDiCommercio"}, new String[] {"provincia", "provincia"},
            new String[] {"regione", "regione"}, new String[] {"città metropolitana", "cittaMetropolitana"},
            new String[] {"azienda sanitaria", "aziendaSanitaria"}, new String[] {"azienda ospedaliera", "aziendaOspedaliera"},
            new String[] {"università", "universita"}, new String[] {"prefettura", "prefettura"},
            new String[] {"ministero", "ministero"}, new String[] {"consorzio", "consorzio"},
            new String[] {"agenzia", "agenzia"}, new String[] {"istituto", "istituto"});

    private final int threads;
    private final Function<Plan, String> kindOf;
    private final AlberoJsonReader reader;
    // made once: a validator starts Hibernate Validator, which is costly; it is thread-safe
    private final PlanValidator validator = PlanValidator.create();

    private NationalPipeline(int threads, Function<Plan, String> kindOf, AlberoJsonReader reader) {
        this.threads = threads;
        this.kindOf = kindOf;
        this.reader = reader;
    }

    /**
     * {@return a pipeline on one thread, strict reading without sharing values across reports,
     * kinds of administration from their names}; a report is dropped once summarised, so
     * sharing would save no memory and costs CPU (10–25 % of the process's, measured in
     * RESULTS.md)
     */
    public static NationalPipeline create() {
        return new NationalPipeline(1, NationalPipeline::kindOfAdministration, AlberoJson.strict().withoutSharing());
    }

    /**
     * {@return a pipeline like this one on that many threads}
     *
     * @param count how many threads read and analyse reports; with more than one, the caller's
     *     thread only splits the file into lines and writes the rows
     */
    public NationalPipeline threads(int count) {
        if (count < 1) {
            throw new IllegalArgumentException("threads: must be at least 1 (got " + count + ")");
        }
        return new NationalPipeline(count, kindOf, reader);
    }

    /**
     * {@return a pipeline like this one reading the lines with that reader}, e.g.
     * {@code AlberoJson.lenient()} to accept members the format does not define
     *
     * @param lines how to read each line
     */
    public NationalPipeline reader(AlberoJsonReader lines) {
        return new NationalPipeline(threads, kindOf, Objects.requireNonNull(lines, "lines"));
    }

    /**
     * {@return a pipeline like this one with that classification}
     *
     * @param kind how to tell the kind of administration of a report, e.g. from a register
     */
    public NationalPipeline kindOf(Function<Plan, String> kind) {
        return new NationalPipeline(threads, Objects.requireNonNull(kind, "kind"), reader);
    }

    /**
     * The default classification: the kind named at the start of the administration's name
     * ("Comune di Lucca" is a {@code comune}, "Camera di Commercio di Lucca" a
     * {@code cameraDiCommercio}), or {@code "altro"}.
     *
     * @param plan a report
     * @return its kind of administration
     */
    public static String kindOfAdministration(Plan plan) {
        String name = plan.administration().name().toLowerCase(Locale.ITALIAN).strip();
        for (String[] k : KINDS) {
            if (name.startsWith(k[0])) {
                return k[1];
            }
        }
        return "altro";
    }

    /**
     * The per-report function: what a distributed engine maps over each line.
     *
     * @param line a line of the file, read
     * @return its summary
     */
    public ReportSummary summarise(PlanLine line) {
        if (line.plan().isEmpty()) {
            return ReportSummary.unreadable(line.line(), line.error().get());
        }
        Plan plan = line.plan().get();
        int year = plan.referenceYear();
        return ReportSummary.of(line.line(), plan, kindOf.apply(plan), validator.validate(plan),
                AchievementCalculator.defaults().evaluate(plan, year), VarianceCalculator.againstBudget().evaluate(plan, year));
    }

    /**
     * Runs the pipeline from file to file.
     *
     * @param jsonLines the national file, UTF-8 JSON Lines
     * @param summaryCsv where to write one row per line read
     * @return the national aggregates
     */
    public NationalSummary run(Path jsonLines, Path summaryCsv) {
        try (InputStream in = Files.newInputStream(jsonLines);
                OutputStream out = new BufferedOutputStream(Files.newOutputStream(summaryCsv), 1 << 16)) {
            return run(in, out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Runs the pipeline on streams. On one thread the caller's thread does everything; on
     * {@code n} threads it only splits the file into lines and writes the rows, while the
     * {@code n} threads read, validate and analyse the lines.
     *
     * @param jsonLines the national file, UTF-8 JSON Lines; read to its end, left open
     * @param summaryCsv where to write the CSV header and one row per non-blank line, in file order
     *     whatever the threads; flushed, left open
     * @return the national aggregates
     */
    public NationalSummary run(InputStream jsonLines, OutputStream summaryCsv) {
        long start = System.nanoTime();
        NationalSummary.Builder totals = new NationalSummary.Builder();
        Writer csv = new OutputStreamWriter(summaryCsv, StandardCharsets.UTF_8);
        try {
            csv.write(ReportSummary.CSV_HEADER + "\n");
            // the caller owns the stream: the line stream must not close it
            InputStream unclosed = new java.io.FilterInputStream(jsonLines) {
                @Override
                public void close() {
                }
            };
            try (Stream<Supplier<PlanLine>> lines = reader.splitLines(unclosed)) {
                if (threads == 1) {
                    for (Iterator<Supplier<PlanLine>> it = lines.iterator(); it.hasNext(); ) {
                        record(row(it.next()), totals, csv);
                    }
                } else {
                    parallel(lines.iterator(), totals, csv);
                }
            }
            csv.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return totals.build(System.nanoTime() - start, threads);
    }

    /** A line's summary and its CSV row, made on the thread that read the line. */
    private record Row(ReportSummary summary, String csv, long bytes) {
    }

    private Row row(Supplier<PlanLine> split) {
        PlanLine line = split.get();
        try {
            ReportSummary s = summarise(line);
            return new Row(s, s.csv(), line.bytes());
        } catch (RuntimeException e) {
            // a defect of the analysis, not of the line: stop, saying where
            throw new IllegalStateException("line " + line.line() + ": the analysis of this report failed: " + e.getMessage(), e);
        }
    }

    private static void record(Row row, NationalSummary.Builder totals, Writer csv) throws IOException {
        csv.write(row.csv());
        csv.write('\n');
        totals.add(row.summary(), row.bytes());
    }

    // lines are split in order by this thread, read and analysed by the pool, written back in
    // order; the queue of pending lines bounds the memory to a few reports per thread
    private void parallel(Iterator<Supplier<PlanLine>> lines, NationalSummary.Builder totals, Writer csv) throws IOException {
        ExecutorService pool = Executors.newFixedThreadPool(threads, r -> {
            Thread t = new Thread(r, "albero-pipeline");
            t.setDaemon(true);
            return t;
        });
        BlockingQueue<Future<Row>> pending = new ArrayBlockingQueue<>(4 * threads);
        try {
            while (lines.hasNext()) {
                Supplier<PlanLine> line = lines.next();
                if (pending.remainingCapacity() == 0) {
                    record(take(pending), totals, csv);
                }
                pending.add(pool.submit(() -> row(line)));
            }
            while (!pending.isEmpty()) {
                record(take(pending), totals, csv);
            }
        } finally {
            pool.shutdownNow();
        }
    }

    private static Row take(BlockingQueue<Future<Row>> pending) {
        try {
            return pending.remove().get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while waiting for a report's analysis", e);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RuntimeException) {
                throw (RuntimeException) e.getCause();
            }
            throw new IllegalStateException(e.getCause().getMessage(), e.getCause());
        }
    }

    /**
     * Runs the pipeline from the command line and prints the national aggregates.
     *
     * @param args the JSON Lines file, the summary CSV to write (one row per report), the
     *     aggregates CSV to write, and optionally the number of threads (default: the number of
     *     processors)
     * @throws IOException when the aggregates cannot be written
     */
    public static void main(String[] args) throws IOException {
        if (args.length < 3 || args.length > 4) {
            System.err.println("usage: NationalPipeline <national.jsonl> <summary.csv> <aggregates.csv> [threads]");
            System.exit(2);
        }
        int threads = args.length == 4 ? Integer.parseInt(args[3]) : Runtime.getRuntime().availableProcessors();
        NationalSummary s = create().threads(threads).run(Path.of(args[0]), Path.of(args[1]));
        try (Writer out = Files.newBufferedWriter(Path.of(args[2]), StandardCharsets.UTF_8)) {
            s.writeCsv(out);
        }
        System.out.print(s.render());
        System.out.println("rows: " + args[1] + ", aggregates: " + args[2]);
    }
}
