package io.github.albero.benchmarks;

import io.github.albero.achievement.AchievementCalculator;
import io.github.albero.json.AlberoJson;
import io.github.albero.model.Plan;
import io.github.albero.validation.PlanValidator;
import io.github.albero.variance.VarianceCalculator;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.Arrays;
import java.util.Locale;
import java.util.function.ToLongFunction;

/**
 * The JMH ratios again, in thread CPU time, which a busy neighbour on a shared machine does not
 * inflate: in one thread, rounds that alternate Albero's read, Jackson's exact {@code readTree}
 * of the same bytes, validating the plans read and analysing them (achievement and variance for
 * the reference year), with {@code ThreadMXBean} around each. Prints
 * each side's mean and best round and both ratios. A complement to JMH, not a replacement.
 *
 * <pre>{@code java -cp benchmarks/target/benchmarks.jar io.github.albero.benchmarks.CpuTimeRatios 10000 13}</pre>
 */
public final class CpuTimeRatios {
    private CpuTimeRatios() {
    }

    /**
     * Measures.
     *
     * @param args indicators (default 10 000), rounds (default 13; the first three are warm-up), and
     *     optionally the measures to run, e.g. {@code read,analyse} (all by default)
     */
    public static void main(String[] args) {
        int indicators = args.length > 0 ? Integer.parseInt(args[0]) : 10_000;
        int rounds = args.length > 1 ? Integer.parseInt(args[1]) : 13;
        java.util.Set<String> only = args.length > 2 ? java.util.Set.of(args[2].split(",")) : null;
        byte[][] documents = NationalDataset.documents(indicators);
        Plan[] plans = Arrays.stream(documents).map(AlberoJson::read).toArray(Plan[]::new);
        PlanValidator validator = PlanValidator.create();
        ThreadMXBean mx = ManagementFactory.getThreadMXBean();
        AchievementCalculator achievement = AchievementCalculator.defaults();
        VarianceCalculator variance = VarianceCalculator.againstBudget();
        String[] names = {"read", "readTree exact", "validate", "analyse"};
        long[][] cpu = new long[names.length][rounds];
        @SuppressWarnings("unchecked")
        ToLongFunction<Void>[] work = new ToLongFunction[] {
            v -> {
                long n = 0;
                for (byte[] d : documents) {
                    n += AlberoJson.read(d).missions().size();
                }
                return n;
            },
            v -> {
                long n = 0;
                for (byte[] d : documents) {
                    n += Anchors.EXACT.readTree(d).size();
                }
                return n;
            },
            v -> {
                long n = 0;
                for (Plan p : plans) {
                    n += validator.validate(p).findings().size();
                }
                return n;
            },
            v -> {
                long n = 0;
                for (Plan p : plans) {
                    n += achievement.evaluate(p, p.referenceYear()).root().children().size();
                    n += variance.evaluate(p, p.referenceYear()).root().children().size();
                }
                return n;
            }
        };
        long sink = 0;
        for (int r = 0; r < rounds; r++) {
            for (int k = 0; k < names.length; k++) {
                if (only != null && !only.contains(names[k].split(" ")[0])) {
                    continue;
                }
                long t0 = mx.getCurrentThreadCpuTime();
                sink += work[k].applyAsLong(null);
                cpu[k][r] = mx.getCurrentThreadCpuTime() - t0;
            }
        }
        int warm = Math.min(3, rounds - 1);
        double[] mean = new double[names.length];
        double[] best = new double[names.length];
        for (int k = 0; k < names.length; k++) {
            long[] kept = Arrays.copyOfRange(cpu[k], warm, rounds);
            mean[k] = Arrays.stream(kept).average().orElse(0) / 1e6;
            best[k] = Arrays.stream(kept).min().orElse(0) / 1e6;
            if (mean[k] > 0) {
                System.out.printf(Locale.ROOT, "%-16s CPU mean %9.1f ms  best %9.1f ms%n", names[k], mean[k], best[k]);
            }
        }
        ratio("read / readTree exact", names, mean, best, 0, 1);
        ratio("validate / read", names, mean, best, 2, 0);
        ratio("analyse / read", names, mean, best, 3, 0);
        System.out.println("(" + indicators + " indicators, " + (rounds - warm) + " measured rounds, checksum " + sink + ")");
    }

    /** Prints a ratio when both of its sides were measured. */
    private static void ratio(String label, String[] names, double[] mean, double[] best, int a, int b) {
        if (mean[a] > 0 && mean[b] > 0) {
            System.out.printf(Locale.ROOT, "%-22s ratio of means %.2f, of best rounds %.2f%n", label + ":", mean[a] / mean[b], best[a] / best[b]);
        }
    }
}
