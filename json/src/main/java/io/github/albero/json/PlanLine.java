package io.github.albero.json;

import io.github.albero.model.Plan;
import java.util.Objects;
import java.util.Optional;

/**
 * One line of a JSON Lines file, read: either the plan it holds or the error that kept it from
 * being read, located by line number, JSON pointer and column. Immutable and thread-safe.
 *
 * <pre>{@code
 * try (Stream<PlanLine> lines = AlberoJson.strict().readEachLine(Files.newInputStream(Path.of("plans.jsonl")))) {
 *     lines.forEach(l -> l.plan().ifPresentOrElse(p -> System.out.println(p.administration().name()),
 *         () -> System.err.println("line " + l.line() + ": " + l.error().get().getMessage())));
 * }
 * }</pre>
 */
public final class PlanLine {
    private final long line;
    private final long bytes;
    private final Plan plan;
    private final AlberoJsonException error;

    private PlanLine(long line, long bytes, Plan plan, AlberoJsonException error) {
        this.line = line;
        this.bytes = bytes;
        this.plan = plan;
        this.error = error;
    }

    /**
     * {@return a line that held a plan}
     *
     * @param line the 1-based line number
     * @param bytes the line's length in bytes, without its end
     * @param plan the plan read
     */
    public static PlanLine of(long line, long bytes, Plan plan) {
        return new PlanLine(line, bytes, Objects.requireNonNull(plan, "plan"), null);
    }

    /**
     * {@return a line that could not be read}
     *
     * @param line the 1-based line number
     * @param bytes the line's length in bytes, without its end
     * @param error why it could not be read; its {@link AlberoJsonException#line()} is {@code line}
     */
    public static PlanLine failed(long line, long bytes, AlberoJsonException error) {
        return new PlanLine(line, bytes, null, Objects.requireNonNull(error, "error"));
    }

    /** {@return the 1-based line number in the file} */
    public long line() {
        return line;
    }

    /** {@return the length of the line in bytes, without its end} */
    public long bytes() {
        return bytes;
    }

    /** {@return the plan, when the line held a valid one} */
    public Optional<Plan> plan() {
        return Optional.ofNullable(plan);
    }

    /** {@return the error, when the line could not be read} */
    public Optional<AlberoJsonException> error() {
        return Optional.ofNullable(error);
    }

    /** {@return true when the line held a valid plan} */
    public boolean isPlan() {
        return plan != null;
    }

    /** {@return a readable one-line description, for logs and JShell} */
    @Override
    public String toString() {
        return "line " + line + ": " + (plan != null ? plan.toString() : error.getMessage());
    }
}
