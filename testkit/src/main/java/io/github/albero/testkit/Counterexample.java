package io.github.albero.testkit;

import io.github.albero.model.Plan;
import java.io.IOException;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;

/**
 * How a failing test shows a plan (<i>controesempio</i>): its seed, its shape in counts, and the
 * plan itself as Albero JSON in a file whose path is printed, so that a failure can be read,
 * reproduced and loaded in JShell. Framework-neutral: call {@link #describe(long, Plan)} from
 * any assertion message; the QuickTheories adapters use it for every plan they report.
 *
 * <p>The JSON is written with {@code albero-json} when it is on the test class or module path
 * (the testkit does not depend on it, because json's own tests use the testkit); without it the
 * description says so and shows {@code Plan.toString()}. Files go to the folder named by the
 * system property {@value #FOLDER_PROPERTY}, by default {@code target/albero-counterexamples},
 * created when missing.
 *
 * <pre>{@code
 * import io.github.albero.testkit.*;
 * Plan plan = Generators.plan(42L);
 * if (plan.indicators().size() > 5) {     // a property that does not hold
 *     System.out.println(Counterexample.describe(42L, plan));
 * }
 * // seed 42: report 2017, 2 missions, 3 programs, 4 objectives, 9 indicators; JSON: target/albero-counterexamples/plan-….json
 * }</pre>
 */
public final class Counterexample {
    /** The system property naming the folder the plans are written to. */
    public static final String FOLDER_PROPERTY = "albero.counterexamples";

    private Counterexample() {
    }

    /**
     * Describes a plan drawn from a seed.
     *
     * @param seed the seed the plan was generated from
     * @param plan the plan, not null
     * @return e.g. {@code seed 42: report 2017, 1 mission, …; JSON: target/albero-counterexamples/plan-1a2b3c4d.json}
     */
    public static String describe(long seed, Plan plan) {
        return "seed " + seed + ": " + describe(plan);
    }

    /**
     * Describes a plan: its shape and where its JSON was written.
     *
     * @param plan the plan, not null
     * @return e.g. {@code report 2017, 1 mission, 1 program, 1 objective, 4 indicators; JSON: target/…/plan-1a2b3c4d.json}
     */
    public static String describe(Plan plan) {
        Optional<Path> file = saveJson(plan);
        return shape(plan) + (file.isPresent() ? "; JSON: " + file.get().toAbsolutePath()
                : "; add io.github.albero:albero-json to the test path to get it as JSON: " + plan);
    }

    /**
     * Counts what a plan holds, the measure of how small a counterexample is.
     *
     * @param plan the plan, not null
     * @return e.g. {@code report 2017, 1 mission, 1 program, 1 objective, 4 indicators}
     */
    public static String shape(Plan plan) {
        long programs = plan.missions().stream().mapToLong(m -> m.programs().size()).sum();
        int operational = plan.objectives().stream().mapToInt(o -> o.operationalObjectives().size()).sum();
        return plan.kind().name().toLowerCase(Locale.ROOT) + " " + plan.referenceYear() + ", horizon " + plan.horizon() + ", "
                + count(plan.missions().size(), "mission") + ", " + count(programs, "program") + ", "
                + count(plan.objectives().size(), "objective")
                + (operational > 0 ? " (+ " + count(operational, "operational objective") + ")" : "") + ", "
                + count(plan.indicators().size(), "indicator");
    }

    /**
     * Writes a plan as pretty Albero JSON to the counterexample folder, named after its hash.
     *
     * @param plan the plan, not null
     * @return the file, or empty when {@code albero-json} is not on the path or the file cannot be written
     */
    public static Optional<Path> saveJson(Plan plan) {
        Optional<String> json = json(plan);
        if (json.isEmpty()) {
            return Optional.empty();
        }
        try {
            Path folder = Path.of(System.getProperty(FOLDER_PROPERTY, "target/albero-counterexamples"));
            Files.createDirectories(folder);
            Path file = folder.resolve(String.format(Locale.ROOT, "plan-%08x.json", plan.hashCode()));
            Files.writeString(file, json.get(), StandardCharsets.UTF_8);
            return Optional.of(file);
        } catch (IOException | RuntimeException e) {
            // a description must never fail the test for a reason of its own
            return Optional.empty();
        }
    }

    /** The plan as Albero JSON through albero-json, looked up at run time (it depends on the testkit for its tests). */
    static Optional<String> json(Plan plan) {
        try {
            Class<?> json = Class.forName("io.github.albero.json.AlberoJson", true, Counterexample.class.getClassLoader());
            Method write = json.getMethod("writePretty", Plan.class);
            return Optional.of((String) write.invoke(null, plan));
        } catch (ClassNotFoundException | NoSuchMethodException | IllegalAccessException | InvocationTargetException
                | LinkageError | ClassCastException e) {
            return Optional.empty();
        }
    }

    private static String count(long n, String noun) {
        return n + " " + noun + (n == 1 ? "" : "s");
    }
}
