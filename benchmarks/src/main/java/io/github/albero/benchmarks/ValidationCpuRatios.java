package io.github.albero.benchmarks;

import io.github.albero.json.AlberoJson;
import io.github.albero.model.Indicator;
import io.github.albero.model.Plan;
import io.github.albero.model.Result;
import io.github.albero.model.Target;
import io.github.albero.testkit.Plans;
import io.github.albero.validation.PlanValidator;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Locale;
import java.util.TreeMap;
import java.util.function.LongSupplier;

/**
 * Validation against a read, in thread CPU time, on two mixes of texts: the national dataset as
 * it is (its target and result texts recur across reports, so core's table of recent readings
 * answers most of them), and the same dataset with <b>never-seen texts</b>: before every round,
 * outside the measured time, each target and result text gets a tag of its own, a few trailing
 * white-space characters (space, tab, line feed, carriage return: plain ASCII, so a text stays as
 * compact in memory as its original) that spell a number never used before. Reading a text normalises its spaces first, so a tagged text reads exactly as the
 * original (same readings, same findings), but no table has ever met it: every reading is paid.
 *
 * <p>Measures, alternating in one thread per round ({@link CpuRounds}):
 * <ul>
 * <li>{@code read}, {@code readTree}, {@code validate}: as {@link CpuTimeRatios}, the same plans
 *     validated every round;</li>
 * <li>{@code readFresh}: the read of this round's documents, whose every {@code "text"} member
 *     is tagged in the JSON bytes (the read derives every reading from a text it has never met);</li>
 * <li>{@code validateFresh}: validating this round's plans, whose target and result texts are
 *     tagged in the model (their readings kept, so nothing read them before validation does).</li>
 * </ul>
 *
 * <pre>{@code java -cp benchmarks/target/benchmarks.jar io.github.albero.benchmarks.ValidationCpuRatios 10000 20}</pre>
 */
public final class ValidationCpuRatios {
    private static final char[] TAG = {' ', '\t', '\n', '\r'};
    private static final String[] TAG_JSON = {" ", "\\t", "\\n", "\\r"};
    private static final int TAG_LENGTH = 12;
    private static final byte[] TEXT_MEMBER = "\"text\":\"".getBytes(StandardCharsets.UTF_8);

    private static long nextTag;

    private ValidationCpuRatios() {
    }

    /**
     * Measures.
     *
     * @param args indicators (default 10 000), rounds (default 13; the first three are warm-up), and
     *     optionally the measures to run, e.g. {@code read,validate,readFresh,validateFresh} (all by default;
     *     run the two mixes apart, {@code read,readTree,validate} and {@code readFresh,validateFresh}: never-seen
     *     texts push the dataset's recurring ones out of the readers' bounded table, as they would in a real stream)
     */
    public static void main(String[] args) {
        int indicators = args.length > 0 ? Integer.parseInt(args[0]) : 10_000;
        int rounds = args.length > 1 ? Integer.parseInt(args[1]) : 13;
        byte[][] documents = NationalDataset.documents(indicators);
        Plan[] plans = Arrays.stream(documents).map(AlberoJson::read).toArray(Plan[]::new);
        PlanValidator validator = PlanValidator.create();
        java.util.function.Predicate<String> selected = CpuRounds.selected(args);
        if (selected.test("validateFresh")) {
            // the tags must change nothing but the texts' novelty (checked apart from the rounds: a run of
            // the dataset alone is left with none of these texts in the readers' table)
            long findings = 0;
            long freshFindings = 0;
            for (Plan p : plans) {
                findings += validator.validate(p).findings().size();
                freshFindings += validator.validate(withFreshTexts(p)).findings().size();
            }
            System.out.printf(Locale.ROOT, "findings: %d on the dataset, %d with never-seen texts%n", findings, freshFindings);
            if (findings != freshFindings) {
                throw new IllegalStateException("the tagged texts do not validate as the originals: " + findings + " vs " + freshFindings);
            }
        }
        byte[][][] freshDocuments = new byte[1][][];
        Plan[][] freshPlans = new Plan[1][];
        String[] names = {"read", "readTree exact", "validate", "readFresh", "validateFresh"};
        LongSupplier[] work = {
            CpuRounds.read(documents),
            CpuRounds.readTree(documents),
            CpuRounds.validate(validator, plans),
            () -> CpuRounds.read(freshDocuments[0]).getAsLong(),
            () -> CpuRounds.validate(validator, freshPlans[0]).getAsLong()
        };
        CpuRounds measured = CpuRounds.run(names, work, rounds, selected, round -> {
            if (selected.test("readFresh")) {
                freshDocuments[0] = Arrays.stream(documents).map(ValidationCpuRatios::withFreshTexts).toArray(byte[][]::new);
            }
            if (selected.test("validateFresh")) {
                freshPlans[0] = Arrays.stream(plans).map(ValidationCpuRatios::withFreshTexts).toArray(Plan[]::new);
            }
        });
        measured.ratio("read / readTree exact", 0, 1);
        measured.ratio("validate / read", 2, 0);
        measured.ratio("readFresh / read", 3, 0);
        measured.ratio("validateFresh / readFresh", 4, 3);
        measured.ratio("validateFresh / read", 4, 0);
        measured.footer(indicators);
    }

    /** {@return the plan with a never-used tag after each target's and result's text, readings kept} */
    static Plan withFreshTexts(Plan plan) {
        return Plans.mapIndicators(plan, (path, i) -> fresh(i));
    }

    private static Indicator fresh(Indicator i) {
        TreeMap<Integer, Target> targets = new TreeMap<>();
        i.targets().forEach((y, t) -> targets.put(y, t.withText(t.text() + tag(nextTag++, TAG))));
        TreeMap<Integer, Result> results = new TreeMap<>();
        i.results().forEach((y, r) -> results.put(y, r.withText(r.text() + tag(nextTag++, TAG))));
        return i.withTargets(targets).withResults(results);
    }

    /** {@return the document with a never-used tag at the end of every {@code "text"} member} */
    static byte[] withFreshTexts(byte[] json) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(json.length + json.length / 8);
        int from = 0;
        for (int i = indexOf(json, TEXT_MEMBER, 0); i >= 0; i = indexOf(json, TEXT_MEMBER, i)) {
            int end = i + TEXT_MEMBER.length;
            while (json[end] != '"') {
                end += json[end] == '\\' ? 2 : 1;
            }
            out.write(json, from, end - from);
            out.writeBytes(tagJson(nextTag++).getBytes(StandardCharsets.UTF_8));
            from = end;
            i = end;
        }
        out.write(json, from, json.length - from);
        return out.toByteArray();
    }

    private static String tag(long n, char[] symbols) {
        char[] tag = new char[TAG_LENGTH];
        for (int k = 0; k < TAG_LENGTH; k++, n >>>= 2) {
            tag[k] = symbols[(int) (n & 3)];
        }
        return new String(tag);
    }

    private static String tagJson(long n) {
        StringBuilder sb = new StringBuilder();
        for (int k = 0; k < TAG_LENGTH; k++, n >>>= 2) {
            sb.append(TAG_JSON[(int) (n & 3)]);
        }
        return sb.toString();
    }

    private static int indexOf(byte[] bytes, byte[] what, int from) {
        outer:
        for (int i = from; i <= bytes.length - what.length; i++) {
            for (int k = 0; k < what.length; k++) {
                if (bytes[i + k] != what[k]) {
                    continue outer;
                }
            }
            return i;
        }
        return -1;
    }
}
