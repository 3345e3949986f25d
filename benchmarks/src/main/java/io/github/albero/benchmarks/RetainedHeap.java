package io.github.albero.benchmarks;

import com.sun.management.HotSpotDiagnosticMXBean;
import io.github.albero.json.AlberoJson;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.lang.ref.Reference;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import javax.management.JMException;
import javax.management.ObjectName;
import java.util.function.Function;

/**
 * Retained heap per indicator of the dataset read into the model, beside the same documents
 * held as Jackson trees and as their UTF-8 bytes.
 *
 * <p>Method: the documents are loaded first (so they count in the baseline), everything is read
 * once to load classes and fill caches, then for each repetition the heap is settled (a full,
 * compacting {@code System.gc()} three times, as G1 and the parallel collector do on request),
 * its used size taken from the {@link MemoryMXBean}, every document read and the results held
 * in one array, the heap settled again and the used size taken again. The difference is what the
 * read dataset retains, every object reachable from the plans (missions, objectives, texts,
 * numbers, maps) included; divided by the number of indicators it gives bytes per indicator, the
 * objectives' and plans' own share included. The median of the repetitions is reported. It is
 * only meaningful with {@code -XX:+ExplicitGCInvokesConcurrent} off (the default).
 */
public final class RetainedHeap {
    private RetainedHeap() {
    }

    /** What one measurement found. */
    record Figures(int indicators, long jsonBytes, long[] modelSamples, long[] treeSamples, String vm, List<String[]> histogram) {
        double modelPerIndicator() {
            return median(modelSamples) / (double) indicators;
        }

        double treePerIndicator() {
            return median(treeSamples) / (double) indicators;
        }

        double jsonPerIndicator() {
            return jsonBytes / (double) indicators;
        }

        private static long median(long[] samples) {
            long[] s = samples.clone();
            Arrays.sort(s);
            return s[s.length / 2];
        }

        String render() {
            return String.format(Locale.ROOT,
                    "retained heap, %,d indicators (%s)%n"
                            + "  Albero model  %7.0f B/indicator   samples %s%n"
                            + "  Jackson tree  %7.0f B/indicator   samples %s (exact decimals)%n"
                            + "  JSON (UTF-8)  %7.0f B/indicator%n",
                    indicators, vm, modelPerIndicator(), Arrays.toString(modelSamples), treePerIndicator(),
                    Arrays.toString(treeSamples), jsonPerIndicator()) + renderHistogram();
        }

        /** {@return the classes retaining most of the model, per indicator} */
        String renderHistogram() {
            StringBuilder out = new StringBuilder(String.format(Locale.ROOT,
                    "%n| class (live objects held by the read model) | instances per indicator | B per indicator |%n|---|---:|---:|%n"));
            for (String[] row : histogram) {
                out.append("| ").append(row[0]).append(" | ").append(row[1]).append(" | ").append(row[2]).append(" |\n");
            }
            return out.toString();
        }
    }

    /**
     * {@return the figures}
     *
     * @param indicators the dataset's size
     * @param repetitions how many times to measure each
     */
    static Figures measure(int indicators, int repetitions) {
        byte[][] documents = NationalDataset.documents(indicators);
        long[] model = retained(documents, repetitions, AlberoJson::read);
        long[] tree = retained(documents, repetitions, Anchors.EXACT::readTree);
        return new Figures(indicators, NationalDataset.bytes(documents), model, tree, vm(), histogram(documents, 16));
    }

    /**
     * The live-object histogram of the JVM (the {@code GC.class_histogram} diagnostic command,
     * which collects first) while the model is held, minus the one before reading.
     */
    private static List<String[]> histogram(byte[][] documents, int top) {
        Map<String, long[]> before = classHistogram();
        Object[] held = readAll(documents, AlberoJson::read);
        Map<String, long[]> after = classHistogram();
        Reference.reachabilityFence(held);
        List<Map.Entry<String, long[]>> grown = new ArrayList<>();
        after.forEach((cls, v) -> {
            long[] b = before.getOrDefault(cls, new long[2]);
            grown.add(Map.entry(cls, new long[] {v[0] - b[0], v[1] - b[1]}));
        });
        grown.sort((x, y) -> Long.compare(y.getValue()[1], x.getValue()[1]));
        double n = documents.length == 0 ? 1 : Model.indicatorsOf(held);
        List<String[]> rows = new ArrayList<>();
        long shown = 0;
        long total = 0;
        for (Map.Entry<String, long[]> e : grown) {
            total += e.getValue()[1];
        }
        for (Map.Entry<String, long[]> e : grown.subList(0, Math.min(top, grown.size()))) {
            shown += e.getValue()[1];
            rows.add(new String[] {e.getKey(), String.format(Locale.ROOT, "%.2f", e.getValue()[0] / n),
                    String.format(Locale.ROOT, "%.0f", e.getValue()[1] / n)});
        }
        rows.add(new String[] {"(all other classes)", "", String.format(Locale.ROOT, "%.0f", (total - shown) / n)});
        rows.add(new String[] {"**total**", "", String.format(Locale.ROOT, "**%.0f**", total / n)});
        return rows;
    }

    private static Map<String, long[]> classHistogram() {
        String text;
        try {
            text = (String) ManagementFactory.getPlatformMBeanServer().invoke(new ObjectName("com.sun.management:type=DiagnosticCommand"),
                    "gcClassHistogram", new Object[] {new String[0]}, new String[] {String[].class.getName()});
        } catch (JMException e) {
            throw new IllegalStateException("cannot take a class histogram", e);
        }
        Map<String, long[]> classes = new HashMap<>();
        for (String line : text.split("\n")) {
            String[] f = line.trim().split("\\s+");
            if (f.length >= 4 && f[0].endsWith(":")) {
                classes.put(f[3], new long[] {Long.parseLong(f[1]), Long.parseLong(f[2])});
            }
        }
        return classes;
    }

    private static long[] retained(byte[][] documents, int repetitions, Function<byte[], Object> read) {
        readAll(documents, read); // class loading, caches
        long[] samples = new long[repetitions];
        for (int r = 0; r < repetitions; r++) {
            long before = settledHeap();
            Object[] held = readAll(documents, read);
            long after = settledHeap();
            Reference.reachabilityFence(held);
            samples[r] = after - before;
        }
        return samples;
    }

    private static Object[] readAll(byte[][] documents, Function<byte[], Object> read) {
        Object[] held = new Object[documents.length];
        for (int i = 0; i < documents.length; i++) {
            held[i] = read.apply(documents[i]);
        }
        return held;
    }

    private static long settledHeap() {
        MemoryMXBean memory = ManagementFactory.getMemoryMXBean();
        for (int i = 0; i < 3; i++) {
            System.gc();
            try {
                Thread.sleep(50);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        return memory.getHeapMemoryUsage().getUsed();
    }

    private static String vm() {
        HotSpotDiagnosticMXBean hs = ManagementFactory.getPlatformMXBean(HotSpotDiagnosticMXBean.class);
        String gc = ManagementFactory.getGarbageCollectorMXBeans().get(0).getName();
        return "JDK " + Runtime.version() + ", " + gc + ", compressed oops " + hs.getVMOption("UseCompressedOops").getValue()
                + ", max heap " + Runtime.getRuntime().maxMemory() / (1024 * 1024) + " MiB";
    }

    /**
     * Prints the retained heap per indicator.
     *
     * @param args the number of indicators (default 100 000) and of repetitions (default 5)
     */
    public static void main(String[] args) {
        int indicators = args.length > 0 ? Integer.parseInt(args[0].replace("_", "")) : 100_000;
        int repetitions = args.length > 1 ? Integer.parseInt(args[1]) : 5;
        System.out.print(measure(indicators, repetitions).render());
    }
}
