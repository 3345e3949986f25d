package io.github.albero.model;

import io.github.albero.internal.Problems;
import io.github.albero.InvalidValueException;
import io.github.albero.measure.Percentage;
import io.github.albero.measure.Quantity;
import io.github.albero.measure.Ratio;
import io.github.albero.measure.Unit;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.immutables.value.Value;

/**
 * An indicator's result for one year (<i>risultato anno</i>): the original text, always, its
 * structured reading when the text allows one, and an optional comment explaining a gap
 * (<i>scostamento</i>). A ratio indicator's result also keeps its numerator and denominator
 * ({@link #parts()}); any result may be broken down by dimensions ({@link #breakdowns()}).
 *
 * <pre>{@code
 * Result.parse("100%").reading();     // Optional[percentage 100%]
 * Result.parse("_____").reading();    // Optional[nothingReported]
 * Result.ofParts(Ratio.of(15, 100), RatioScale.PERCENT);   // "15 % (15/100)" [percentage 15%]
 * }</pre>
 *
 * <p>Immutable and thread-safe; build one with {@code builder()}, change one with the {@code
 * with…} methods, which return a copy. Never null: a required attribute left unset or given as
 * null, or a null element, throws {@link io.github.albero.InvalidValueException} naming the
 * attribute; optional attributes are {@code Optional}, collections are never null.
 */
@Value.Immutable
abstract class AbstractResult {
    /** {@return the original text, verbatim} */
    public abstract String text();

    /** {@return the structured reading, when there is one} */
    public abstract Optional<ResultReading> reading();

    /** {@return a comment explaining the result or its gap from target} */
    public abstract Optional<String> comment();

    /** {@return the numerator and denominator, for a ratio indicator (<i>numeratore / denominatore</i>)} */
    public abstract Optional<Ratio> parts();

    /** {@return the result broken down by dimensions (<i>disaggregazioni</i>), each dimension once} */
    public abstract List<Breakdown> breakdowns();

    /**
     * The result of a ratio indicator given as its parts: the text and the reading are computed
     * exactly from them; with a zero denominator there is no reading (not measurable).
     *
     * @param parts the numerator and denominator
     * @param scale the indicator's scale
     * @return e.g. {@code "15 % (15/100)" [percentage 15%]}
     */
    public static Result ofParts(Ratio parts, RatioScale scale) {
        return Result.builder().text(scale.display(parts)).reading(readingOf(parts, scale)).parts(parts).build();
    }

    /**
     * {@return the reading of its value: a percentage, a number per mille, or a bare number;
     * empty when the denominator is 0}
     *
     * @param parts a ratio
     * @param scale its scale
     */
    static Optional<ResultReading> readingOf(Ratio parts, RatioScale scale) {
        return scale.value(parts).map(v -> {
            switch (scale) {
                case PERCENT:
                    return ResultReading.percentage(Percentage.of(v));
                case PER_MILLE:
                    return ResultReading.number(Quantity.of(v, Unit.of("\u2030")));
                default:
                    return ResultReading.number(Quantity.of(v));
            }
        });
    }

    /**
     * {@return the breakdown along it}
     *
     * @param dimension a dimension, e.g. "genere"
     */
    public Optional<Breakdown> breakdown(String dimension) {
        return breakdowns().stream().filter(b -> b.dimension().equals(dimension)).findFirst();
    }

    /**
     * {@return a result with that text and no reading}
     *
     * @param text the original text
     */
    public static Result of(String text) {
        return Result.builder().text(text).build();
    }

    /**
     * {@return a result with that text and reading}
     *
     * @param text the original text
     * @param reading its reading
     */
    public static Result of(String text, ResultReading reading) {
        return Result.builder().text(text).reading(reading).build();
    }

    /**
     * {@return a result with that text and the reading {@link TextReader} finds in it}
     *
     * @param text the original text
     */
    public static Result parse(String text) {
        return Result.builder().text(text).reading(TextReader.readResult(text)).build();
    }

    /** {@return true when the reading says nothing was reported for the year} */
    public boolean isNothingReported() {
        return reading().filter(r -> r.kind() == ResultKind.NOTHING_REPORTED).isPresent();
    }

    @Value.Check
    void check() {
        Texts.requireText("text", text());
        comment().ifPresent(c -> Texts.requireText("comment", c));
        Set<String> dimensions = new HashSet<>();
        for (int i = 0; i < breakdowns().size(); i++) {
            if (!dimensions.add(breakdowns().get(i).dimension())) {
                throw new InvalidValueException(NodePath.root().member("breakdowns", i).member("dimension"), breakdowns().get(i).dimension(),
                        Problems.of("uniqueInResult"));
            }
        }
    }

    /** {@return a readable one-line description, for logs and JShell} */
    @Override
    public String toString() {
        return '"' + Texts.abbreviate(text(), 60) + '"' + reading().map(r -> " [" + r + "]").orElse("");
    }
}
