package io.github.albero.benchmarks;

import io.github.albero.achievement.AchievementCalculator;
import io.github.albero.json.AlberoJson;
import io.github.albero.model.Plan;
import io.github.albero.validation.PlanValidator;
import io.github.albero.variance.VarianceCalculator;
import java.util.Arrays;
import java.util.function.LongSupplier;

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
        byte[][] documents = NationalDataset.documents(indicators);
        Plan[] plans = Arrays.stream(documents).map(AlberoJson::read).toArray(Plan[]::new);
        PlanValidator validator = PlanValidator.create();
        AchievementCalculator achievement = AchievementCalculator.defaults();
        VarianceCalculator variance = VarianceCalculator.againstBudget();
        String[] names = {"read", "readTree exact", "validate", "analyse"};
        LongSupplier[] work = {
            CpuRounds.read(documents),
            CpuRounds.readTree(documents),
            CpuRounds.validate(validator, plans),
            () -> {
                long n = 0;
                for (Plan p : plans) {
                    n += achievement.evaluate(p, p.referenceYear()).root().children().size();
                    n += variance.evaluate(p, p.referenceYear()).root().children().size();
                }
                return n;
            }
        };
        CpuRounds measured = CpuRounds.run(names, work, rounds, CpuRounds.selected(args));
        measured.ratio("read / readTree exact", 0, 1);
        measured.ratio("validate / read", 2, 0);
        measured.ratio("analyse / read", 3, 0);
        measured.footer(indicators);
    }
}
