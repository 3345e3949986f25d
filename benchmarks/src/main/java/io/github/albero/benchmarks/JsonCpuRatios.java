package io.github.albero.benchmarks;

import io.github.albero.json.AlberoJson;
import io.github.albero.json.AlberoJsonReader;
import io.github.albero.model.Plan;
import java.util.Arrays;
import java.util.function.LongSupplier;
import tools.jackson.databind.JsonNode;

/**
 * The JSON module's ratios (issue #10) in thread CPU time, which a busy neighbour on a shared
 * machine does not inflate: one thread alternates, round after round, Albero's read of the
 * dataset's reports (default, and without sharing values), Jackson's exact {@code readTree} of
 * the same bytes, Albero's write of the plans and Jackson's write of the trees, with
 * {@code ThreadMXBean} around each. Prints each side's mean and best round and the ratios of
 * means and of best rounds. A complement to JMH, not a replacement.
 *
 * <pre>{@code java -cp benchmarks/target/benchmarks.jar io.github.albero.benchmarks.JsonCpuRatios 10000 20}</pre>
 */
public final class JsonCpuRatios {
    private JsonCpuRatios() {
    }

    /**
     * Measures.
     *
     * @param args indicators (default 10 000), rounds (default 20; the first three are warm-up)
     */
    public static void main(String[] args) {
        int indicators = args.length > 0 ? Integer.parseInt(args[0]) : 10_000;
        int rounds = args.length > 1 ? Integer.parseInt(args[1]) : 20;
        byte[][] documents = NationalDataset.documents(indicators);
        Plan[] plans = Arrays.stream(documents).map(AlberoJson::read).toArray(Plan[]::new);
        JsonNode[] trees = Arrays.stream(documents).map(Anchors.EXACT::readTree).toArray(JsonNode[]::new);
        AlberoJsonReader unshared = AlberoJson.strict().withoutSharing();
        String[] names = {"read", "read, no sharing", "readTree exact", "write", "tree write"};
        LongSupplier[] work = {
            CpuRounds.read(documents),
            () -> {
                long n = 0;
                for (byte[] d : documents) {
                    n += unshared.read(d).missions().size();
                }
                return n;
            },
            CpuRounds.readTree(documents),
            () -> {
                Anchors.CountingSink sink = new Anchors.CountingSink();
                for (Plan p : plans) {
                    AlberoJson.write(p, sink);
                }
                return sink.count;
            },
            () -> {
                Anchors.CountingSink sink = new Anchors.CountingSink();
                for (JsonNode t : trees) {
                    Anchors.EXACT_WRITER.writeValue(sink, t);
                }
                return sink.count;
            }
        };
        CpuRounds measured = CpuRounds.run(names, work, rounds, name -> true);
        measured.ratio("read / readTree exact", 0, 2);
        measured.ratio("read, no sharing / readTree exact", 1, 2);
        measured.ratio("write / tree write", 3, 4);
        measured.footer(indicators);
    }
}
