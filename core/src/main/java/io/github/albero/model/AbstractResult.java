package io.github.albero.model;

import java.util.Optional;
import org.immutables.value.Value;

/**
 * An indicator's result for one year (<i>risultato anno</i>): the original text, always, its
 * structured reading when the text allows one, and an optional comment explaining a gap
 * (<i>scostamento</i>).
 *
 * <pre>{@code
 * Result.parse("100%").reading();     // Optional[percentage 100%]
 * Result.parse("_____").reading();    // Optional[nothingReported]
 * }</pre>
 */
@Value.Immutable
abstract class AbstractResult {
    /** @return the original text, verbatim */
    public abstract String text();

    /** @return the structured reading, when there is one */
    public abstract Optional<ResultReading> reading();

    /** @return a comment explaining the result or its gap from target */
    public abstract Optional<String> comment();

    /**
     * @param text the original text
     * @return a result with that text and no reading
     */
    public static Result of(String text) {
        return Result.builder().text(text).build();
    }

    /**
     * @param text the original text
     * @param reading its reading
     * @return a result with that text and reading
     */
    public static Result of(String text, ResultReading reading) {
        return Result.builder().text(text).reading(reading).build();
    }

    /**
     * @param text the original text
     * @return a result with that text and the reading {@link TextReader} finds in it
     */
    public static Result parse(String text) {
        return Result.builder().text(text).reading(TextReader.readResult(text)).build();
    }

    /** @return true when the reading says nothing was reported for the year */
    public boolean isNothingReported() {
        return reading().filter(r -> r.kind() == ResultKind.NOTHING_REPORTED).isPresent();
    }

    @Value.Check
    void check() {
        Texts.requireText("text", text());
        comment().ifPresent(c -> Texts.requireText("comment", c));
    }

    @Override
    public String toString() {
        return '"' + Texts.abbreviate(text(), 60) + '"' + reading().map(r -> " [" + r + "]").orElse("");
    }
}
