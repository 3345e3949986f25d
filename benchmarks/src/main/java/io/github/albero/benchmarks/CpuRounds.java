package io.github.albero.benchmarks;

import io.github.albero.json.AlberoJson;
import io.github.albero.model.Plan;
import io.github.albero.validation.PlanValidator;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.Arrays;
import java.util.Locale;
import java.util.function.IntConsumer;
import java.util.function.LongSupplier;
import java.util.function.Predicate;

/**
 * Rounds of thread-CPU measurement shared by the ratio harnesses ({@link CpuTimeRatios},
 * {@link JsonCpuRatios}, {@link ValidationCpuRatios}): one thread alternates the measures round after round, with
 * {@code ThreadMXBean} around each, and keeps each measure's mean and best round after the warm-up.
 */
final class CpuRounds {
    private final String[] names;
    private final double[] mean;
    private final double[] best;
    private final long checksum;
    private final int measuredRounds;

    private CpuRounds(String[] names, double[] mean, double[] best, long checksum, int measuredRounds) {
        this.names = names;
        this.mean = mean;
        this.best = best;
        this.checksum = checksum;
        this.measuredRounds = measuredRounds;
    }

    /** {@return the measures named in the third argument ({@code read,validate}), or every measure when it is absent} */
    static Predicate<String> selected(String[] args) {
        java.util.Set<String> only = args.length > 2 ? java.util.Set.of(args[2].split(",")) : null;
        return name -> only == null || only.contains(name.split(" ")[0]);
    }

    /** {@return the measure that validates every plan with the whole rulebook} */
    static LongSupplier validate(PlanValidator validator, Plan[] plans) {
        return () -> {
            long n = 0;
            for (Plan p : plans) {
                n += validator.validate(p).findings().size();
            }
            return n;
        };
    }

    /** {@return the measure that reads every document with Albero's default reader} */
    static LongSupplier read(byte[][] documents) {
        return () -> {
            long n = 0;
            for (byte[] d : documents) {
                n += AlberoJson.read(d).missions().size();
            }
            return n;
        };
    }

    /** {@return the anchor: Jackson's exact {@code readTree} of the same documents} */
    static LongSupplier readTree(byte[][] documents) {
        return () -> {
            long n = 0;
            for (byte[] d : documents) {
                n += Anchors.EXACT.readTree(d).size();
            }
            return n;
        };
    }

    /**
     * Runs the rounds and prints each selected measure's mean and best round in milliseconds.
     *
     * @param names the measures' names
     * @param work the measures, in the order of their names; each returns a checksum so the JIT keeps it
     * @param rounds how many rounds; the first three (or all but one) are warm-up
     * @param selected which measures to run, by name
     * @return the means and best rounds
     */
    static CpuRounds run(String[] names, LongSupplier[] work, int rounds, Predicate<String> selected) {
        return run(names, work, rounds, selected, round -> {
        });
    }

    /**
     * Runs the rounds as {@link #run(String[], LongSupplier[], int, Predicate)} does, preparing each
     * round first outside the measured time (fresh inputs for every round, say).
     *
     * @param names the measures' names
     * @param work the measures, in the order of their names
     * @param rounds how many rounds
     * @param selected which measures to run, by name
     * @param prepare called with the round's number before the round, not measured
     * @return the means and best rounds
     */
    static CpuRounds run(String[] names, LongSupplier[] work, int rounds, Predicate<String> selected, IntConsumer prepare) {
        return run(names, work, rounds, selected, prepare, false);
    }

    /**
     * Runs the rounds as {@link #run(String[], LongSupplier[], int, Predicate, IntConsumer)} does, every other round
     * in the reverse order when {@code alternate}: a measure that follows another in a fixed order can gain or lose
     * by it (≈ 2 % seen in {@link JarRatios}), which alternating cancels.
     *
     * @param names the measures' names
     * @param work the measures, in the order of their names
     * @param rounds how many rounds
     * @param selected which measures to run, by name
     * @param prepare called with the round's number before the round, not measured
     * @param alternate true to run odd rounds in the reverse order
     * @return the means and best rounds
     */
    static CpuRounds run(String[] names, LongSupplier[] work, int rounds, Predicate<String> selected, IntConsumer prepare,
            boolean alternate) {
        ThreadMXBean mx = ManagementFactory.getThreadMXBean();
        long[][] cpu = new long[names.length][rounds];
        long checksum = 0;
        for (int r = 0; r < rounds; r++) {
            prepare.accept(r);
            for (int i = 0; i < names.length; i++) {
                int k = alternate && r % 2 == 1 ? names.length - 1 - i : i;
                if (!selected.test(names[k])) {
                    continue;
                }
                long t0 = mx.getCurrentThreadCpuTime();
                checksum += work[k].getAsLong();
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
                System.out.printf(Locale.ROOT, "%-18s CPU mean %9.1f ms  best %9.1f ms%n", names[k], mean[k], best[k]);
            }
        }
        return new CpuRounds(names, mean, best, checksum, rounds - warm);
    }

    /** Prints the ratio of measure {@code a} to measure {@code b}, of means and of best rounds, when both were measured. */
    void ratio(String label, int a, int b) {
        if (mean[a] > 0 && mean[b] > 0) {
            System.out.printf(Locale.ROOT, "%-34s ratio of means %.2f, of best rounds %.2f%n", label + ":", mean[a] / mean[b], best[a] / best[b]);
        }
    }

    /** Prints the closing line: the size measured, the rounds kept and the checksum. */
    void footer(int indicators) {
        System.out.println("(" + indicators + " indicators, " + measuredRounds + " measured rounds, checksum " + checksum + ")");
    }
}
