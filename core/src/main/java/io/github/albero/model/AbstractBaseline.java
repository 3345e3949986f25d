package io.github.albero.model;

import io.github.albero.internal.Problems;
import io.github.albero.InvalidValueException;
import io.github.albero.measure.Quantity;
import io.github.albero.period.YearRange;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * The last observed value of an indicator (<i>ultimo valore osservato</i>, baseline): its
 * original text, its value when it is a number, and the year it refers to when known. At least
 * the text or the value is present.
 *
 * <p>Immutable and thread-safe; build one with {@code builder()}, change one with the {@code
 * with…} methods, which return a copy. Never null: a required attribute left unset or given as
 * null, or a null element, throws {@link io.github.albero.InvalidValueException} naming the
 * attribute; optional attributes are {@code Optional}, collections are never null.
 */
@Value.Immutable
abstract class AbstractBaseline {
    /** {@return the original text, verbatim} */
    public abstract Optional<String> text();

    /** {@return the value, when the baseline is a number} */
    public abstract Optional<Quantity> value();

    /** {@return the year observed} */
    public abstract Optional<Integer> year();

    /**
     * {@return a baseline with only a text}
     *
     * @param text the original text
     */
    public static Baseline ofText(String text) {
        return Baseline.builder().text(text).build();
    }

    @Value.Check
    void check() {
        if (text().isEmpty() && value().isEmpty()) {
            throw new InvalidValueException("baseline", null, Problems.of("textOrValue"));
        }
        text().ifPresent(t -> Texts.requireText(Texts.BASELINE_TEXT, t));
        year().ifPresent(y -> Texts.checkYear(Texts.BASELINE_YEAR, y));
    }
}
