package io.github.albero.benchmarks;

import io.github.albero.json.AlberoJson;
import io.github.albero.pipeline.NationalPipeline;
import io.github.albero.pipeline.NationalSummary;
import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadInfo;
import java.lang.management.ThreadMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Where the national pipeline's CPU goes, thread by thread, which a busy machine does not
 * distort: the caller's thread (splitting the file into lines, writing the rows, adding up the
 * aggregates: the serial part), the pipeline's threads (reading, validating, analysing each
 * line) and the rest of the process (JIT compilers, GC). The serial share {@code s} predicts the
 * speed-up on two idle cores by Amdahl's law, {@code 1 / (s + (1 - s) / 2)}. Rounds alternate
 * the default reader (sharing equal values across reports) and a reader without sharing; the
 * first two rounds are warm-up. The pipeline's threads are sampled every 10 ms while they live
 * (they end with the run; at most one sample's worth, idle, is lost).
 *
 * <pre>{@code java -Xmx256m -cp benchmarks/target/benchmarks.jar io.github.albero.benchmarks.PipelineCpuSplit 100000 2 6}</pre>
 */
public final class PipelineCpuSplit {
    private PipelineCpuSplit() {
    }

    /**
     * Measures.
     *
     * @param args indicators of the dataset (default 100 000), pipeline threads (default 2),
     *     rounds (default 6, the first two warm-up)
     * @throws InterruptedException if interrupted while sampling
     */
    public static void main(String[] args) throws InterruptedException {
        int indicators = args.length > 0 ? Integer.parseInt(args[0]) : 100_000;
        int threads = args.length > 1 ? Integer.parseInt(args[1]) : 2;
        int rounds = args.length > 2 ? Integer.parseInt(args[2]) : 6;
        if (threads < 1 || rounds < 4) {
            throw new IllegalArgumentException("threads must be at least 1 and rounds at least 4 (two warm-up, one of each"
                    + " reader); got " + threads + " threads, " + rounds + " rounds");
        }
        Path file = NationalDataset.file(NationalDataset.defaultDirectory(), indicators);
        ThreadMXBean mx = ManagementFactory.getThreadMXBean();
        com.sun.management.OperatingSystemMXBean os =
                (com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
        System.out.printf(Locale.ROOT, "%s, %d pipeline threads, %d processors available%n", file, threads,
                Runtime.getRuntime().availableProcessors());
        System.out.println("round reader     wall s  caller CPU s  pipeline CPU s  other CPU s  serial share  Amdahl 2 cores");
        double[][] sums = new double[2][4];
        double[] best = {Double.MAX_VALUE, Double.MAX_VALUE};
        for (int round = 0; round < rounds; round++) {
            boolean sharing = round % 2 == 0;
            NationalPipeline pipeline = NationalPipeline.create().threads(threads)
                    .reader(sharing ? AlberoJson.strict() : AlberoJson.strict().withoutSharing());
            Map<Long, Long> workers = new HashMap<>();
            // the last round's threads may still be ending: not this round's
            Set<Long> earlier = new HashSet<>();
            alive(mx, earlier);
            Thread sampler = new Thread(() -> {
                while (!Thread.currentThread().isInterrupted()) {
                    sample(mx, earlier, workers);
                    try {
                        Thread.sleep(10);
                    } catch (InterruptedException e) {
                        return;
                    }
                }
            }, "sampler");
            long process0 = os.getProcessCpuTime();
            long caller0 = mx.getCurrentThreadCpuTime();
            sampler.start();
            NationalSummary s;
            try (InputStream in = new BufferedInputStream(Files.newInputStream(file), 1 << 16)) {
                s = pipeline.run(in, OutputStream.nullOutputStream());
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            sampler.interrupt();
            sampler.join();
            long caller = mx.getCurrentThreadCpuTime() - caller0;
            long process = os.getProcessCpuTime() - process0;
            long pipelineCpu;
            synchronized (workers) {
                // on one thread the caller does everything
                pipelineCpu = threads == 1 ? caller : workers.values().stream().mapToLong(Long::longValue).sum();
            }
            long serial = threads == 1 ? 0 : caller;
            double share = (double) serial / (serial + pipelineCpu);
            double amdahl = 1 / (share + (1 - share) / 2);
            System.out.printf(Locale.ROOT, "%5d %-10s %6.2f  %12.2f  %14.2f  %11.2f  %12s  %14s%s%n", round + 1,
                    sharing ? "sharing" : "unshared", s.nanos() / 1e9, serial / 1e9, pipelineCpu / 1e9,
                    (process - serial - pipelineCpu) / 1e9, threads == 1 ? "-" : String.format(Locale.ROOT, "%.3f", share),
                    threads == 1 ? "-" : String.format(Locale.ROOT, "%.2f", amdahl), round < 2 ? "  (warm-up)" : "");
            if (round >= 2) {
                double[] sum = sums[sharing ? 0 : 1];
                sum[0] += s.nanos() / 1e9;
                sum[1] += serial / 1e9;
                sum[2] += pipelineCpu / 1e9;
                sum[3] += (process - serial - pipelineCpu) / 1e9;
                best[sharing ? 0 : 1] = Math.min(best[sharing ? 0 : 1], process / 1e9);
            }
        }
        // measured rounds: sharing on the odd ones from the third, unshared on the even ones
        double[] n = {(rounds - 1) / 2, (rounds - 2) / 2};
        for (int k = 0; k < 2; k++) {
            double[] m = sums[k];
            double share = m[1] / (m[1] + m[2]);
            System.out.printf(Locale.ROOT, "mean %-10s wall %.2f s, caller CPU %.2f s, pipeline CPU %.2f s, other %.2f s%s%n",
                    k == 0 ? "sharing" : "unshared", m[0] / n[k], m[1] / n[k], m[2] / n[k], m[3] / n[k], threads == 1 ? ""
                    : String.format(Locale.ROOT, ", serial share %.3f, Amdahl 2 cores %.2fx", share, 1 / (share + (1 - share) / 2)));
        }
        System.out.printf(Locale.ROOT, "process CPU unshared / sharing: ratio of means %.2f, of best rounds %.2f (%.2f / %.2f s)%n",
                (sums[1][1] + sums[1][2] + sums[1][3]) / n[1] / ((sums[0][1] + sums[0][2] + sums[0][3]) / n[0]),
                best[1] / best[0], best[1], best[0]);
    }

    private static void sample(ThreadMXBean mx, Set<Long> excluded, Map<Long, Long> workers) {
        for (ThreadInfo t : mx.getThreadInfo(mx.getAllThreadIds())) {
            if (t != null && t.getThreadName().startsWith("albero-pipeline") && !excluded.contains(t.getThreadId())) {
                long cpu = mx.getThreadCpuTime(t.getThreadId());
                if (cpu > 0) {
                    synchronized (workers) {
                        workers.merge(t.getThreadId(), cpu, Math::max);
                    }
                }
            }
        }
    }

    private static void alive(ThreadMXBean mx, Set<Long> ids) {
        Map<Long, Long> found = new HashMap<>();
        sample(mx, Set.of(), found);
        ids.addAll(found.keySet());
    }
}
