package io.github.albero.benchmarks;

import io.github.albero.model.Plan;
import io.github.albero.validation.PlanValidator;
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

/**
 * Full validation of every report of the dataset (Hibernate Validator with the whole
 * rulebook), to compare with {@link ReadBenchmark#alberoRead} measured in the same run.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 5, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(value = 1, jvmArgsAppend = {"-Xms2g", "-Xmx4g"})
public class ValidateBenchmark {
    /** Total indicators in the dataset. */
    @Param("100000")
    public int indicators;

    private Plan[] plans;
    private final PlanValidator validator = PlanValidator.create();

    /** Reads the dataset into the model. */
    @Setup(Level.Trial)
    public void load() {
        plans = Model.read(NationalDataset.documents(indicators));
    }

    /** {@return the number of findings} */
    @Benchmark
    public long validate() {
        long findings = 0;
        for (Plan p : plans) {
            findings += validator.validate(p).findings().size();
        }
        return findings;
    }
}
