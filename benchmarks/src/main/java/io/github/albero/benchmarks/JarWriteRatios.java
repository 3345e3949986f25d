package io.github.albero.benchmarks;

import java.io.OutputStream;
import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.function.LongSupplier;
import tools.jackson.databind.JsonNode;

/**
 * Compares Albero's JSON write of two builds in one JVM, in thread CPU time, as {@link JarRatios}
 * does for the read: each benchmarks jar is loaded by its own class loader and reads the dataset
 * into its own plans, then one thread alternates, round after round, each build's compact write
 * of its plans and Jackson's write of the exact trees of the same documents. Prints each
 * measure's mean and best round and the ratios to the tree write.
 *
 * <pre>{@code java -cp benchmarks/target/benchmarks.jar io.github.albero.benchmarks.JarWriteRatios 10000 24 /tmp/before.jar /tmp/after.jar}</pre>
 */
public final class JarWriteRatios {
    private JarWriteRatios() {
    }

    /**
     * Measures.
     *
     * @param args indicators, rounds (the first three are warm-up), then the jars to compare
     * @throws Throwable when a jar cannot be loaded, lacks Albero's JSON writer or cannot read the dataset
     */
    public static void main(String[] args) throws Throwable {
        if (args.length < 3) {
            System.err.println("usage: JarWriteRatios <indicators> <rounds> <benchmarks.jar>...");
            System.exit(2);
        }
        int indicators = Integer.parseInt(args[0]);
        int rounds = Integer.parseInt(args[1]);
        int jars = args.length - 2;
        byte[][] documents = NationalDataset.documents(indicators);
        String[] names = new String[jars + 1];
        LongSupplier[] work = new LongSupplier[names.length];
        for (int j = 0; j < jars; j++) {
            String jar = Path.of(args[2 + j]).getFileName().toString();
            ClassLoader loader = JarRatios.loader(args[2 + j]);
            Class<?> json = loader.loadClass("io.github.albero.json.AlberoJson");
            Class<?> plan = loader.loadClass("io.github.albero.model.Plan");
            MethodHandle read = MethodHandles.publicLookup().findStatic(json, "read", MethodType.methodType(plan, byte[].class));
            MethodHandle write = MethodHandles.publicLookup().findStatic(json, "write",
                    MethodType.methodType(void.class, plan, OutputStream.class));
            Object[] plans = new Object[documents.length];
            for (int i = 0; i < documents.length; i++) {
                plans[i] = read.invoke(documents[i]);
            }
            names[j] = "write " + jar;
            work[j] = () -> {
                Anchors.CountingSink sink = new Anchors.CountingSink();
                try {
                    for (Object p : plans) {
                        write.invoke(p, sink);
                    }
                } catch (Throwable e) {
                    throw new IllegalStateException("a write failed: " + e, e);
                }
                return sink.count;
            };
        }
        JsonNode[] trees = Arrays.stream(documents).map(Anchors.EXACT::readTree).toArray(JsonNode[]::new);
        names[jars] = "tree write";
        work[jars] = () -> {
            Anchors.CountingSink sink = new Anchors.CountingSink();
            for (JsonNode t : trees) {
                Anchors.EXACT_WRITER.writeValue(sink, t);
            }
            return sink.count;
        };
        CpuRounds measured = CpuRounds.run(names, work, rounds, name -> true);
        for (int j = 0; j < jars; j++) {
            measured.ratio(names[j] + " / tree write", j, jars);
        }
        measured.footer(indicators);
    }
}
