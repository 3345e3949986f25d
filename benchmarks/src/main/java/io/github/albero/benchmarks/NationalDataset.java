package io.github.albero.benchmarks;

import io.github.albero.json.AlberoJson;
import io.github.albero.model.Administration;
import io.github.albero.model.Plan;
import io.github.albero.model.PlanKind;
import io.github.albero.testkit.PlanGenerator;
import io.github.albero.testkit.Size;
import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import java.util.SplittableRandom;
import java.util.stream.IntStream;
import java.util.stream.Stream;

/**
 * The synthetic national dataset: the performance reports (<i>Relazioni sulla performance</i>)
 * of many administrations on the horizon 2016–2018, {@value #INDICATORS_PER_ADMINISTRATION}
 * indicators each (5 missions × 2 programs × 2 strategic objectives × (1 direct indicator + 2
 * operational objectives × 2 indicators)), so {@code n} indicators make {@code ⌈n / 100⌉}
 * administrations, the last one smaller when {@code n} is not a multiple of 100.
 *
 * <p>Every plan is drawn by the testkit's {@link PlanGenerator} from a seed derived from
 * {@link #SEED} and the administration's index (Italian texts, readable and unreadable targets
 * and results, resources, weights, baselines, timeframes), then moved to 2016–2018 and given a
 * unique administration name and identifier. The same {@code n} always gives the same bytes.
 *
 * <p>The dataset is stored as JSON Lines, one compact report per administration per line,
 * under {@code benchmarks/target/dataset/}; it is written once and reused while its manifest
 * matches. It is not one big document on purpose: a national document would exceed the
 * reader's 32 MiB / 2 000 000-token limits, and JSON Lines is how the format streams many plans.
 */
public final class NationalDataset {
    /** The fixed seed of every dataset. */
    public static final long SEED = 20_170_630L;
    /** Indicators in every administration's report but the last. */
    public static final int INDICATORS_PER_ADMINISTRATION = 100;
    /** Change it when the generation changes, so that stored datasets are written again. */
    static final String VERSION = "1";
    static final int FIRST_YEAR = 2016;
    private static final Size SHAPE = Size.exactly(5, 2, 2, 1, 2, 2, 3);

    private static final List<String> KINDS = List.of("Comune di", "Camera di Commercio di", "Provincia di",
            "Azienda Sanitaria Locale di", "Università degli Studi di", "Prefettura di", "Azienda Ospedaliera di",
            "Consorzio di Bonifica di");
    private static final List<String> PLACES = List.of("Agrigento", "Alessandria", "Ancona", "Aosta", "Arezzo", "Ascoli Piceno",
            "Asti", "Avellino", "Bari", "Belluno", "Benevento", "Bergamo", "Biella", "Bologna", "Bolzano", "Brescia", "Brindisi",
            "Cagliari", "Caltanissetta", "Campobasso", "Caserta", "Catania", "Catanzaro", "Chieti", "Como", "Cosenza", "Cremona",
            "Crotone", "Cuneo", "Enna", "Ferrara", "Firenze", "Foggia", "Forlì‐Cesena", "Frosinone", "Genova", "Gorizia",
            "Grosseto", "Imperia", "Isernia", "L’Aquila", "La Spezia", "Latina", "Lecce", "Lecco", "Livorno", "Lodi", "Lucca",
            "Macerata", "Mantova", "Massa‐Carrara", "Matera", "Messina", "Milano", "Modena", "Napoli", "Novara", "Nuoro",
            "Oristano", "Padova", "Palermo", "Parma", "Pavia", "Perugia", "Pesaro e Urbino", "Pescara", "Piacenza", "Pisa",
            "Pistoia", "Pordenone", "Potenza", "Prato", "Ragusa", "Ravenna", "Reggio Calabria", "Reggio Emilia", "Rieti",
            "Rimini", "Roma", "Rovigo", "Salerno", "Sassari", "Savona", "Siena", "Siracusa", "Sondrio", "Taranto", "Teramo",
            "Terni", "Torino", "Trapani", "Trento", "Treviso", "Trieste", "Udine", "Varese", "Venezia", "Verbania", "Vercelli",
            "Verona", "Vibo Valentia", "Vicenza", "Viterbo");

    private NationalDataset() {
    }

    /**
     * {@return the number of administrations (one report each)}
     *
     * @param indicators the total number of indicators, at least 1
     */
    public static int administrations(int indicators) {
        checkIndicators(indicators);
        return (indicators + INDICATORS_PER_ADMINISTRATION - 1) / INDICATORS_PER_ADMINISTRATION;
    }

    /**
     * {@return the reports, generated lazily in order, with exactly that many indicators in all}
     *
     * @param indicators the total number of indicators, at least 1
     */
    public static Stream<Plan> plans(int indicators) {
        int n = administrations(indicators);
        return IntStream.range(0, n).mapToObj(i -> report(i, i < n - 1 ? INDICATORS_PER_ADMINISTRATION
                : indicators - (n - 1) * INDICATORS_PER_ADMINISTRATION));
    }

    /**
     * {@return its report on 2016–2018}
     *
     * @param index the administration's index, from 0
     * @param indicators its number of indicators, 1 to {@value #INDICATORS_PER_ADMINISTRATION}
     */
    static Plan report(int index, int indicators) {
        Size size = indicators == INDICATORS_PER_ADMINISTRATION ? SHAPE : Size.exactly(1, 1, 1, indicators, 0, 0, 3);
        long seed = new SplittableRandom(SEED ^ (0x9E3779B97F4A7C15L * (index + 1L))).nextLong();
        Plan plan = YearShift.toHorizonStarting(PlanGenerator.withSize(size).kind(PlanKind.REPORT).generate(seed), FIRST_YEAR);
        return plan.withAdministration(Administration.builder()
                .name(KINDS.get(index % KINDS.size()) + " " + PLACES.get((index / KINDS.size()) % PLACES.size())
                        + (index < KINDS.size() * PLACES.size() ? "" : " – ente " + (index / (KINDS.size() * PLACES.size()) + 1)))
                .identifier(String.format(Locale.ROOT, "8%010d", index))
                .build());
    }

    /**
     * Writes the dataset as JSON Lines.
     *
     * @param indicators the total number of indicators
     * @param out where to write; flushed, left open
     * @return the number of reports written
     */
    public static long write(int indicators, OutputStream out) {
        return AlberoJson.writeLines(plans(indicators), out);
    }

    /**
     * {@return the JSON Lines file of that dataset, written first unless a matching one is there}
     *
     * @param directory where datasets are stored
     * @param indicators the total number of indicators
     */
    public static Path file(Path directory, int indicators) {
        Path file = directory.resolve("national-" + indicators + ".jsonl");
        Path manifest = directory.resolve("national-" + indicators + ".properties");
        Properties expected = new Properties();
        expected.setProperty("version", VERSION);
        expected.setProperty("seed", Long.toString(SEED));
        expected.setProperty("indicators", Integer.toString(indicators));
        expected.setProperty("administrations", Integer.toString(administrations(indicators)));
        try {
            if (Files.exists(file) && Files.exists(manifest)) {
                Properties found = new Properties();
                try (InputStream in = Files.newInputStream(manifest)) {
                    found.load(in);
                }
                String bytes = found.getProperty("bytes");
                found.remove("bytes");
                if (found.equals(expected) && bytes != null && Long.parseLong(bytes) == Files.size(file)) {
                    return file;
                }
            }
            Files.createDirectories(directory);
            Path tmp = Files.createTempFile(directory, "national-" + indicators, ".tmp");
            try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(tmp), 1 << 16)) {
                write(indicators, out);
            }
            Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            expected.setProperty("bytes", Long.toString(Files.size(file)));
            try (OutputStream out = Files.newOutputStream(manifest)) {
                expected.store(out, "national dataset of the Albero benchmarks; regenerated when this does not match");
            }
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** {@return {@code benchmarks/target/dataset}, or the folder named by {@code -Dalbero.dataset.dir}} */
    public static Path defaultDirectory() {
        String dir = System.getProperty("albero.dataset.dir");
        if (dir != null) {
            return Path.of(dir);
        }
        // run from the project root or from benchmarks/
        Path benchmarks = Files.isDirectory(Path.of("benchmarks", "src")) ? Path.of("benchmarks") : Path.of(".");
        return benchmarks.resolve("target").resolve("dataset");
    }

    /**
     * Loads the documents of the dataset, written first if needed.
     *
     * @param indicators the total number of indicators
     * @return one UTF-8 document per administration
     */
    public static byte[][] documents(int indicators) {
        return lines(file(defaultDirectory(), indicators));
    }

    /**
     * {@return its non-empty lines, without the line feeds}
     *
     * @param file a JSON Lines file
     */
    static byte[][] lines(Path file) {
        List<byte[]> lines = new ArrayList<>();
        ByteArrayOutputStream line = new ByteArrayOutputStream(1 << 18);
        byte[] chunk = new byte[1 << 16];
        try (InputStream in = new BufferedInputStream(Files.newInputStream(file), 1 << 16)) {
            int n;
            while ((n = in.read(chunk)) > 0) {
                int start = 0;
                for (int i = 0; i < n; i++) {
                    if (chunk[i] == '\n') {
                        line.write(chunk, start, i - start);
                        if (line.size() > 0) {
                            lines.add(line.toByteArray());
                        }
                        line.reset();
                        start = i + 1;
                    }
                }
                line.write(chunk, start, n - start);
            }
            if (line.size() > 0) {
                lines.add(line.toByteArray());
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return lines.toArray(new byte[0][]);
    }

    /**
     * {@return their total size in bytes}
     *
     * @param documents documents
     */
    static long bytes(byte[][] documents) {
        long total = 0;
        for (byte[] d : documents) {
            total += d.length;
        }
        return total;
    }

    private static void checkIndicators(int indicators) {
        if (indicators < 1) {
            throw new IllegalArgumentException("indicators: must be at least 1 (got " + indicators + ")");
        }
    }

    /**
     * Writes the dataset of each size given (default 100 000) and prints its path and size.
     *
     * @param args sizes in indicators
     */
    public static void main(String[] args) {
        for (String a : args.length == 0 ? new String[] {"100000"} : args) {
            int n = Integer.parseInt(a.replace("_", ""));
            long t0 = System.nanoTime();
            Path f = file(defaultDirectory(), n);
            try {
                System.out.printf(Locale.ROOT, "%s: %d indicators, %d reports, %,d bytes (%.1f s)%n", f, n, administrations(n),
                        Files.size(f), (System.nanoTime() - t0) / 1e9);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }
}
