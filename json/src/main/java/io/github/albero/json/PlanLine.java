package io.github.albero.json;

import io.github.albero.model.Plan;
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
 *
 * @param line the 1-based line number in the file
 * @param bytes the length of the line in bytes, without its end
 * @param plan the plan, when the line held a valid one
 * @param error the error, when the line could not be read
 */
public record PlanLine(long line, long bytes, Optional<Plan> plan, Optional<AlberoJsonException> error) {
    /**
     * Checks that the line holds exactly one of a plan and an error.
     *
     * @param line the 1-based line number in the file
     * @param bytes the length of the line in bytes, without its end
     * @param plan the plan, when the line held a valid one
     * @param error the error, when the line could not be read
     */
    public PlanLine {
        if (plan == null || error == null || plan.isPresent() == error.isPresent()) {
            throw new IllegalArgumentException("line " + line + ": a line holds either a plan or an error, not " + plan + " and " + error);
        }
    }

    /**
     * {@return a line that held a plan}
     *
     * @param line the 1-based line number
     * @param bytes the line's length in bytes, without its end
     * @param plan the plan read
     */
    public static PlanLine of(long line, long bytes, Plan plan) {
        return new PlanLine(line, bytes, Optional.ofNullable(plan), Optional.empty());
    }

    /**
     * {@return a line that could not be read}
     *
     * @param line the 1-based line number
     * @param bytes the line's length in bytes, without its end
     * @param error why it could not be read; its {@link AlberoJsonException#line()} is {@code line}
     */
    public static PlanLine failed(long line, long bytes, AlberoJsonException error) {
        return new PlanLine(line, bytes, Optional.empty(), Optional.ofNullable(error));
    }

    /** {@return true when the line held a valid plan} */
    public boolean isPlan() {
        return plan.isPresent();
    }

    /** {@return a readable one-line description, for logs and JShell} */
    @Override
    public String toString() {
        return "line " + line + ": " + (plan.isPresent() ? plan.get().toString() : error.get().getMessage());
    }
}
