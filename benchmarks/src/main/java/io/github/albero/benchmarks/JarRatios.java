package io.github.albero.benchmarks;

import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Path;
import java.util.function.LongSupplier;

/**
 * Compares Albero's JSON read of two builds in one JVM, in thread CPU time: each benchmarks jar
 * (say main's, copied aside, and a branch's) is loaded by its own class loader, and one thread
 * alternates, round after round, the default read of each, the read without sharing of each, and
 * Jackson's exact {@code readTree} of the same bytes, every other round in the reverse order. On a
 * loaded machine the load then falls
 * on both builds alike, which separate runs of {@link JsonCpuRatios} cannot promise. Prints each
 * measure's mean and best round and the ratios to the tree.
 *
 * <pre>{@code java -cp benchmarks/target/benchmarks.jar io.github.albero.benchmarks.JarRatios 10000 24 /tmp/before.jar /tmp/after.jar}</pre>
 */
public final class JarRatios {
    private JarRatios() {
    }

    /**
     * Measures.
     *
     * @param args indicators, rounds (the first three are warm-up), then the jars to compare
     * @throws Exception when a jar cannot be loaded or lacks Albero's JSON reader
     */
    public static void main(String[] args) throws Exception {
        if (args.length < 3) {
            System.err.println("usage: JarRatios <indicators> <rounds> <benchmarks.jar>...");
            System.exit(2);
        }
        int indicators = Integer.parseInt(args[0]);
        int rounds = Integer.parseInt(args[1]);
        int jars = args.length - 2;
        byte[][] documents = NationalDataset.documents(indicators);
        String[] names = new String[2 * jars + 1];
        LongSupplier[] work = new LongSupplier[names.length];
        for (int j = 0; j < jars; j++) {
            String jar = Path.of(args[2 + j]).getFileName().toString();
            ClassLoader loader = loader(args[2 + j]);
            Class<?> json = loader.loadClass("io.github.albero.json.AlberoJson");
            Class<?> readerType = loader.loadClass("io.github.albero.json.AlberoJsonReader");
            Object strict = json.getMethod("strict").invoke(null);
            Object unshared = readerType.getMethod("withoutSharing").invoke(strict);
            MethodHandle read = MethodHandles.publicLookup().findVirtual(readerType, "read",
                    MethodType.methodType(loader.loadClass("io.github.albero.model.Plan"), byte[].class));
            names[j] = "read " + jar;
            work[j] = reads(read.bindTo(strict), documents);
            names[jars + j] = "unshared " + jar;
            work[jars + j] = reads(read.bindTo(unshared), documents);
        }
        names[2 * jars] = "readTree exact";
        work[2 * jars] = CpuRounds.readTree(documents);
        // every other round in the reverse order: the jar measured second would otherwise gain about 2 %
        CpuRounds measured = CpuRounds.run(names, work, rounds, name -> true, round -> {
        }, true);
        for (int j = 0; j < 2 * jars; j++) {
            measured.ratio(names[j] + " / tree", j, 2 * jars);
        }
        measured.footer(indicators);
    }

    private static LongSupplier reads(MethodHandle read, byte[][] documents) {
        return () -> {
            long n = 0;
            try {
                for (byte[] d : documents) {
                    n += read.invoke(d) == null ? 0 : 1;
                }
            } catch (Throwable e) {
                throw new IllegalStateException("a read failed: " + e, e);
            }
            return n;
        };
    }

    /**
     * {@return a class loader of the jar alone (over the platform's), so that two builds of Albero live side by side}
     *
     * @param jar the jar's path
     * @throws java.net.MalformedURLException never for a path
     */
    static ClassLoader loader(String jar) throws java.net.MalformedURLException {
        return new URLClassLoader(new URL[] {Path.of(jar).toUri().toURL()}, ClassLoader.getPlatformClassLoader());
    }
}
