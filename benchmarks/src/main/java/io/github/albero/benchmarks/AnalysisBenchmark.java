package io.github.albero.benchmarks;

import io.github.albero.achievement.AchievementCalculator;
import io.github.albero.json.AlberoJson;
import io.github.albero.model.Plan;
import io.github.albero.variance.VarianceCalculator;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.BenchmarkParams;
import org.openjdk.jmh.infra.Blackhole;

/**
 * Achievement and resource variance of every report for its reference year, beside reading the
 * same dataset, at several sizes to show how both grow.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
// the calculators reach their steady speed only after 10-25 s of warm-up (C2 on a busy machine)
@Warmup(iterations = 15, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(value = 1, jvmArgsAppend = {"-Xms2g", "-Xmx10g"})
public class AnalysisBenchmark {
    /** Total indicators in the dataset. */
    @Param({"10000", "100000", "1000000"})
    public int indicators;

    private byte[][] documents;
    private Plan[] plans;
    private final AchievementCalculator achievement = AchievementCalculator.defaults();
    private final VarianceCalculator variance = VarianceCalculator.againstBudget();

    /**
     * Loads the dataset, and reads it into the model for the analysis (which then drops the
     * documents, to leave room at 1 000 000 indicators).
     *
     * @param params which benchmark runs
     */
    @Setup(Level.Trial)
    public void load(BenchmarkParams params) {
        documents = NationalDataset.documents(indicators);
        if (params.getBenchmark().endsWith("achievementAndVariance")) {
            plans = Model.read(documents);
            documents = null;
        }
    }

    /**
     * {@return the number of plans read}
     *
     * @param bh the sink
     */
    @Benchmark
    public int read(Blackhole bh) {
        for (byte[] d : documents) {
            bh.consume(AlberoJson.read(d));
        }
        return documents.length;
    }

    /**
     * {@return the number of plans analysed}
     *
     * @param bh the sink
     */
    @Benchmark
    public int achievementAndVariance(Blackhole bh) {
        for (Plan p : plans) {
            bh.consume(achievement.evaluate(p, p.referenceYear()));
            bh.consume(variance.evaluate(p, p.referenceYear()));
        }
        return plans.length;
    }
}
