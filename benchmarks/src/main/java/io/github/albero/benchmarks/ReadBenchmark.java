package io.github.albero.benchmarks;

import io.github.albero.json.AlberoJson;
import io.github.albero.model.Plan;
import java.io.ByteArrayInputStream;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
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
import org.openjdk.jmh.infra.Blackhole;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;

/**
 * Reading the whole national dataset (one document per administration) into the model, beside
 * Jackson reading the same bytes into its own tree and beside the bare token stream.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 5, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(value = 1, jvmArgsAppend = {"-Xms2g", "-Xmx4g"})
public class ReadBenchmark {
    /** Total indicators in the dataset. */
    @Param("100000")
    public int indicators;

    private byte[][] documents;
    private byte[] jsonLines;

    /** Loads the dataset (written first when missing). */
    @Setup(Level.Trial)
    public void load() {
        documents = NationalDataset.documents(indicators);
        jsonLines = JsonLinesBytes.join(documents);
    }

    /**
     * {@return the number of plans read}
     *
     * @param bh the sink
     */
    @Benchmark
    public int alberoRead(Blackhole bh) {
        for (byte[] d : documents) {
            bh.consume(AlberoJson.read(d));
        }
        return documents.length;
    }

    /**
     * The same with a reader that does not share equal values between plans
     * ({@code AlberoJson.strict().withoutSharing()}): faster, more memory per plan held.
     *
     * @param bh the sink
     * @return the number of plans read
     */
    @Benchmark
    public int alberoReadUnshared(Blackhole bh) {
        for (byte[] d : documents) {
            bh.consume(UNSHARED.read(d));
        }
        return documents.length;
    }

    private static final io.github.albero.json.AlberoJsonReader UNSHARED = AlberoJson.strict().withoutSharing();

    /**
     * The same through the JSON Lines stream API, from one in-memory stream of the whole file.
     *
     * @param bh the sink
     * @return the number of plans read
     */
    @Benchmark
    public long alberoReadLines(Blackhole bh) {
        try (Stream<Plan> plans = AlberoJson.readLines(new ByteArrayInputStream(jsonLines))) {
            return plans.peek(bh::consume).count();
        }
    }

    /**
     * {@return the number of trees read}
     *
     * @param bh the sink
     */
    @Benchmark
    public int jacksonTreeExact(Blackhole bh) {
        for (byte[] d : documents) {
            bh.consume(Anchors.EXACT.readTree(d));
        }
        return documents.length;
    }

    /**
     * {@return the number of trees read}
     *
     * @param bh the sink
     */
    @Benchmark
    public int jacksonTreeDefault(Blackhole bh) {
        for (byte[] d : documents) {
            bh.consume(Anchors.DEFAULT.readTree(d));
        }
        return documents.length;
    }

    /** {@return the number of tokens: every token visited, no value decoded} */
    @Benchmark
    public long jacksonTokens() {
        long tokens = 0;
        for (byte[] d : documents) {
            try (JsonParser p = Anchors.TOKENS.createParser(d)) {
                JsonToken t;
                while ((t = p.nextToken()) != null) {
                    tokens += t.id();
                }
            }
        }
        return tokens;
    }
}
