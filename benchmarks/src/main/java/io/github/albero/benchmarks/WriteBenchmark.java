package io.github.albero.benchmarks;

import io.github.albero.json.AlberoJson;
import io.github.albero.model.Plan;
import java.util.Arrays;
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
import tools.jackson.databind.JsonNode;

/**
 * Writing the whole dataset from the model, beside Jackson writing the equivalent
 * {@link JsonNode} trees (the same documents read as exact trees, which write back the same
 * bytes), both into a stream that only counts bytes.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 5, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(value = 1, jvmArgsAppend = {"-Xms2g", "-Xmx4g"})
public class WriteBenchmark {
    /** Total indicators in the dataset. */
    @Param("100000")
    public int indicators;

    private Plan[] plans;
    private JsonNode[] trees;

    /** Reads the dataset both ways and checks that both write back its very bytes. */
    @Setup(Level.Trial)
    public void load() {
        byte[][] documents = NationalDataset.documents(indicators);
        plans = Model.read(documents);
        trees = new JsonNode[documents.length];
        for (int i = 0; i < documents.length; i++) {
            trees[i] = Anchors.EXACT.readTree(documents[i]);
        }
        for (int i = 0; i < documents.length; i += Math.max(1, documents.length / 20)) {
            if (!Arrays.equals(documents[i], AlberoJson.writeBytes(plans[i]))
                    || !Arrays.equals(documents[i], Anchors.EXACT_WRITER.writeValueAsBytes(trees[i]))) {
                throw new IllegalStateException("document " + i + " does not write back the same bytes both ways");
            }
        }
    }

    /** {@return the bytes written} */
    @Benchmark
    public long alberoWrite() {
        Anchors.CountingSink sink = new Anchors.CountingSink();
        for (Plan p : plans) {
            AlberoJson.write(p, sink);
        }
        return sink.count;
    }

    /** {@return the bytes written} */
    @Benchmark
    public long jacksonTreeWrite() {
        Anchors.CountingSink sink = new Anchors.CountingSink();
        for (JsonNode t : trees) {
            Anchors.EXACT_WRITER.writeValue(sink, t);
        }
        return sink.count;
    }
}
