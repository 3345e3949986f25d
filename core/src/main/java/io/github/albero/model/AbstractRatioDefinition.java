package io.github.albero.model;

import java.util.Optional;
import org.immutables.value.Value;

/**
 * How a ratio indicator is computed (<i>numeratore / denominatore</i>): what each part counts,
 * in which unit, and the scale of the quotient, e.g. "pratiche evase entro 5 giorni" ÷
 * "pratiche ricevute", in percent.
 *
 * <p>An indicator with a definition takes its results as parts ({@link Result#parts()}); its
 * value is computed exactly from them, and rollups add the parts (Σnumerators ÷ Σdenominators)
 * instead of averaging percentages. Immutable and thread-safe.
 *
 * <pre>{@code
 * RatioDefinition.of("pratiche evase entro 5 giorni", "pratiche ricevute");   // percent
 * }</pre>
 */
@Value.Immutable
abstract class AbstractRatioDefinition {
    /** {@return what the numerator counts} */
    public abstract String numerator();

    /** {@return the numerator's unit as written, e.g. "pratiche"} */
    public abstract Optional<String> numeratorUnit();

    /** {@return what the denominator counts} */
    public abstract String denominator();

    /** {@return the denominator's unit as written} */
    public abstract Optional<String> denominatorUnit();

    /** {@return the scale of the quotient; percent unless given} */
    @Value.Default
    public RatioScale scale() {
        return RatioScale.PERCENT;
    }

    /**
     * {@return a definition in percent without units}
     *
     * @param numerator what the numerator counts
     * @param denominator what the denominator counts
     */
    public static RatioDefinition of(String numerator, String denominator) {
        return RatioDefinition.builder().numerator(numerator).denominator(denominator).build();
    }

    @Value.Check
    void check() {
        Texts.requireText("numerator", numerator());
        Texts.requireText("denominator", denominator());
        numeratorUnit().ifPresent(u -> Texts.requireText("numeratorUnit", u));
        denominatorUnit().ifPresent(u -> Texts.requireText("denominatorUnit", u));
    }

    /** {@return e.g. {@code "RatioDefinition[pratiche evase entro 5 giorni / pratiche ricevute, percent]"}} */
    @Override
    public String toString() {
        return "RatioDefinition[" + Texts.abbreviate(numerator(), 60) + " / " + Texts.abbreviate(denominator(), 60) + ", "
                + scale().name().toLowerCase(java.util.Locale.ROOT).replace('_', ' ') + "]";
    }
}
