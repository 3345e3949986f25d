package io.github.albero.model;

import java.util.Optional;
import org.immutables.value.Value;

/**
 * An indicator's target for one year (<i>risultato atteso</i>): the original text, always,
 * and its structured reading when the text allows one.
 *
 * <pre>{@code
 * Target.parse("realizzazione di almeno 2 eventi").reading();  // Optional[atLeast 2 n]
 * Target.parse("report").reading();                            // Optional[milestone]
 * Target.of("___").reading();                                  // Optional.empty
 * }</pre>
 */
@Value.Immutable
abstract class AbstractTarget {
    /** @return the original text, verbatim */
    @Value.Parameter
    public abstract String text();

    /** @return the structured reading, when there is one */
    @Value.Parameter
    public abstract Optional<TargetReading> reading();

    /**
     * @param text the original text
     * @return a target with that text and no reading
     */
    public static Target of(String text) {
        return Target.of(text, Optional.empty());
    }

    /**
     * @param text the original text
     * @return a target with that text and the reading {@link TextReader} finds in it
     */
    public static Target parse(String text) {
        return Target.of(text, TextReader.readTarget(text));
    }

    /** @return true when the text is only a placeholder mark such as {@code "_____"}: no target that year */
    public boolean isPlaceholder() {
        return TextReader.isPlaceholder(text());
    }

    @Value.Check
    void check() {
        Texts.requireText("text", text());
    }

    @Override
    public String toString() {
        return '"' + Texts.abbreviate(text(), 60) + '"' + reading().map(r -> " [" + r + "]").orElse("");
    }
}
