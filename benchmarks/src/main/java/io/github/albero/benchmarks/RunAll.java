package io.github.albero.benchmarks;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.lang.management.ManagementFactory;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.profile.GCProfiler;
import org.openjdk.jmh.results.Result;
import org.openjdk.jmh.results.RunResult;
import org.openjdk.jmh.results.format.ResultFormatType;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.RunnerException;
import org.openjdk.jmh.runner.options.ChainedOptionsBuilder;
import org.openjdk.jmh.runner.options.OptionsBuilder;
import org.openjdk.jmh.runner.options.TimeValue;

/**
 * Runs every benchmark with short settings and prints the figures as ratios to their anchors,
 * measured side by side in the same run: the datasets (written once), the retained heap, then
 * JMH at 10 000 and 100 000 indicators, then the analysis at 1 000 000 indicators in single-shot
 * mode (three warm-up operations and one measured). The summary also goes to
 * {@code benchmarks/target/results.md}, the raw JMH results to {@code benchmarks/target/jmh-*.json}.
 *
 * <pre>
 * java -jar benchmarks/target/benchmarks.jar            # a few minutes
 * java -jar benchmarks/target/benchmarks.jar --long     # 3 forks, 10 warm-up and 10 measured iterations of 5 s
 * java -jar benchmarks/target/benchmarks.jar --no-1m    # skip the 1 000 000-indicator run
 * </pre>
 */
public final class RunAll {
    private static final int SMALL = 10_000;
    private static final int DEFAULT = 100_000;
    private static final int LARGE = 1_000_000;

    private RunAll() {
    }

    /**
     * @param args {@code --long}, {@code --no-1m}
     * @throws RunnerException when JMH fails
     */
    public static void main(String[] args) throws RunnerException {
        List<String> flags = List.of(args);
        for (String f : flags) {
            if (!f.equals("--long") && !f.equals("--no-1m")) {
                System.err.println("usage: java -jar benchmarks.jar [--long] [--no-1m]");
                System.exit(2);
            }
        }
        boolean longRun = flags.contains("--long");
        boolean large = !flags.contains("--no-1m");
        Path dir = NationalDataset.defaultDirectory().toAbsolutePath();
        Path target = dir.getParent();

        long t0 = System.nanoTime();
        for (int n : large ? new int[] {SMALL, DEFAULT, LARGE} : new int[] {SMALL, DEFAULT}) {
            Path f = NationalDataset.file(dir, n);
            System.out.printf(Locale.ROOT, "dataset %s: %,d bytes%n", f, size(f));
        }
        System.out.printf(Locale.ROOT, "datasets ready in %.0f s%n", (System.nanoTime() - t0) / 1e9);

        RetainedHeap.Figures heap = RetainedHeap.measure(DEFAULT, 3);
        System.out.print(heap.render());

        ChainedOptionsBuilder main = options(dir, longRun)
                .include(ReadBenchmark.class.getName())
                .include(WriteBenchmark.class.getName())
                .include(ValidateBenchmark.class.getName())
                .result(target.resolve("jmh-main.json").toString());
        List<RunResult> results = new ArrayList<>(new Runner(main.build()).run());
        ChainedOptionsBuilder analysis = options(dir, longRun)
                .include(AnalysisBenchmark.class.getName())
                .param("indicators", Integer.toString(SMALL), Integer.toString(DEFAULT))
                .result(target.resolve("jmh-analysis.json").toString());
        results.addAll(new Runner(analysis.build()).run());
        if (large) {
            ChainedOptionsBuilder oneMillion = options(dir, longRun)
                    .include(AnalysisBenchmark.class.getName())
                    .param("indicators", Integer.toString(LARGE))
                    .mode(Mode.SingleShotTime)
                    // one warm-up operation (25 s) leaves the calculators half compiled
                    .warmupIterations(3)
                    .measurementIterations(longRun ? 5 : 1)
                    .result(target.resolve("jmh-1m.json").toString());
            results.addAll(new Runner(oneMillion.build()).run());
        }
        String summary = Summary.render(results, heap, longRun, large);
        System.out.println();
        System.out.println(summary);
        try {
            Files.writeString(target.resolve("results.md"), summary, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        System.out.printf(Locale.ROOT, "total %.1f min%n", (System.nanoTime() - t0) / 60e9);
    }

    private static ChainedOptionsBuilder options(Path dir, boolean longRun) {
        ChainedOptionsBuilder b = new OptionsBuilder()
                .addProfiler(GCProfiler.class)
                .resultFormat(ResultFormatType.JSON)
                .jvmArgsPrepend("-Dalbero.dataset.dir=" + dir)
                .shouldFailOnError(true);
        if (longRun) {
            b.forks(3).warmupIterations(10).warmupTime(TimeValue.seconds(5)).measurementIterations(10)
                    .measurementTime(TimeValue.seconds(5));
        }
        return b;
    }

    private static long size(Path f) {
        try {
            return Files.size(f);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The ratios, computed from one run's results. */
    static final class Summary {
        private final Map<String, Result<?>> primary = new HashMap<>();
        private final Map<String, Double> best = new HashMap<>();
        private final Map<String, Double> allocation = new HashMap<>();

        private Summary(Collection<RunResult> results) {
            for (RunResult r : results) {
                String name = r.getParams().getBenchmark();
                String key = name.substring(name.lastIndexOf('.', name.lastIndexOf('.') - 1) + 1) + "@"
                        + r.getParams().getParam("indicators");
                primary.put(key, r.getPrimaryResult());
                best.put(key, r.getBenchmarkResults().stream().flatMap(b -> b.getIterationResults().stream())
                        .mapToDouble(i -> i.getPrimaryResult().getScore()).min().orElse(Double.NaN));
                r.getSecondaryResults().forEach((label, result) -> {
                    if (label.endsWith("gc.alloc.rate.norm")) {
                        allocation.put(key, result.getScore());
                    }
                });
            }
        }

        static String render(Collection<RunResult> results, RetainedHeap.Figures heap, boolean longRun, boolean large) {
            Summary s = new Summary(results);
            StringBuilder out = new StringBuilder();
            out.append(String.format(Locale.ROOT, "## Run of %s (%s settings)%n%n%s%n%n", LocalDate.now(), longRun ? "long" : "short",
                    machine()));
            out.append("| comparison | indicators | ours (ms, mean) | anchor (ms, mean) | ratio of means ± 99.9 % CI | ratio of best iterations | goal |\n");
            out.append("|---|---:|---:|---:|---:|---:|---|\n");
            s.row(out, "read into the model / Jackson exact readTree", "ReadBenchmark.alberoRead", "ReadBenchmark.jacksonTreeExact",
                    DEFAULT, "≤ 1");
            s.row(out, "read into the model / Jackson default readTree", "ReadBenchmark.alberoRead",
                    "ReadBenchmark.jacksonTreeDefault", DEFAULT, "≤ 1");
            s.row(out, "read into the model / raw token stream (floor)", "ReadBenchmark.alberoRead", "ReadBenchmark.jacksonTokens",
                    DEFAULT, "(floor)");
            s.row(out, "readLines (JSON Lines stream) / read per document", "ReadBenchmark.alberoReadLines",
                    "ReadBenchmark.alberoRead", DEFAULT, "≈ 1");
            s.row(out, "write the model / write the equivalent JsonNode", "WriteBenchmark.alberoWrite", "WriteBenchmark.jacksonTreeWrite",
                    DEFAULT, "≤ 1");
            s.row(out, "full validation / read", "ValidateBenchmark.validate", "ReadBenchmark.alberoRead", DEFAULT, "≤ 1");
            for (int n : large ? new int[] {SMALL, DEFAULT, LARGE} : new int[] {SMALL, DEFAULT}) {
                s.row(out, "achievement + variance / read", "AnalysisBenchmark.achievementAndVariance", "AnalysisBenchmark.read", n,
                        "< 0.1");
            }
            out.append("\n| benchmark | indicators | time (ms/op, ± 99.9 % CI) | best iteration (ms/op) | ns per indicator (best) | allocated B per indicator |\n");
            out.append("|---|---:|---:|---:|---:|---:|\n");
            s.primary.keySet().stream().sorted((a, b) -> {
                int c = a.substring(0, a.indexOf('@')).compareTo(b.substring(0, b.indexOf('@')));
                return c != 0 ? c : Integer.compare(indicators(a), indicators(b));
            }).forEach(key -> {
                Result<?> r = s.primary.get(key);
                int n = indicators(key);
                Double alloc = s.allocation.get(key);
                out.append(String.format(Locale.ROOT, "| %s | %,d | %,.1f ± %,.1f | %,.1f | %,.0f | %s |%n", key.substring(0, key.indexOf('@')),
                        n, r.getScore(), Double.isNaN(r.getScoreError()) ? 0.0 : r.getScoreError(), s.best.get(key), s.best.get(key) * 1e6 / n,
                        alloc == null || alloc.isNaN() ? "–" : String.format(Locale.ROOT, "%,.0f", alloc / n)));
            });
            out.append(String.format(Locale.ROOT, "%n| retained heap (%s) | B per indicator | goal |%n|---|---:|---|%n", heap.vm()));
            out.append(String.format(Locale.ROOT, "| Albero model | %,.0f | < 1 024 |%n", heap.modelPerIndicator()));
            out.append(String.format(Locale.ROOT, "| Jackson exact tree of the same documents | %,.0f | |%n", heap.treePerIndicator()));
            out.append(String.format(Locale.ROOT, "| the JSON itself (UTF-8 bytes) | %,.0f | |%n", heap.jsonPerIndicator()));
            out.append(String.format(Locale.ROOT, "| model / tree ratio | %.2f | |%n", heap.modelPerIndicator() / heap.treePerIndicator()));
            out.append(heap.renderHistogram());
            return out.toString();
        }

        /** {@return JDK, processors, memory and CPU model of this machine} */
        static String machine() {
            String cpu = "unknown CPU";
            try (Stream<String> lines = Files.lines(Path.of("/proc/cpuinfo"))) {
                cpu = lines.filter(l -> l.startsWith("model name")).map(l -> l.substring(l.indexOf(':') + 1).strip()).findFirst()
                        .orElse(cpu);
            } catch (IOException | UncheckedIOException e) {
                // not Linux: leave it unknown
            }
            long memory = ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean()).getTotalMemorySize();
            double load = ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage();
            return String.format(Locale.ROOT, "JDK %s (%s), %d processors, %.1f GiB of memory, CPU \"%s\", load average at the end %.2f",
                    Runtime.version(), System.getProperty("java.vm.name"), Runtime.getRuntime().availableProcessors(),
                    memory / (double) (1L << 30), cpu, load);
        }

        private static int indicators(String key) {
            return Integer.parseInt(key.substring(key.indexOf('@') + 1));
        }

        private void row(StringBuilder out, String what, String ours, String anchor, int n, String goal) {
            Result<?> a = primary.get(ours + "@" + n);
            Result<?> b = primary.get(anchor + "@" + n);
            if (a == null || b == null) {
                out.append(String.format(Locale.ROOT, "| %s | %,d | – | – | not run | – | %s |%n", what, n, goal));
                return;
            }
            double ratio = a.getScore() / b.getScore();
            double rel = Math.sqrt(sq(relError(a)) + sq(relError(b)));
            out.append(String.format(Locale.ROOT, "| %s | %,d | %,.1f | %,.1f | **%.3f** ± %.3f | %.3f | %s |%n", what, n, a.getScore(),
                    b.getScore(), ratio, ratio * rel, best.get(ours + "@" + n) / best.get(anchor + "@" + n), goal));
        }

        private static double relError(Result<?> r) {
            double e = r.getScoreError();
            return Double.isNaN(e) ? 0 : e / r.getScore();
        }

        private static double sq(double x) {
            return x * x;
        }
    }
}
