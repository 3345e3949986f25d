package io.github.albero.model;

import io.github.albero.internal.Problems;
import io.github.albero.InvalidValueException;
import io.github.albero.internal.Numbers;
import io.github.albero.measure.Ratio;
import java.math.BigDecimal;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * One part of a {@link Breakdown} (<i>voce della disaggregazione</i>): a label such as
 * "donne" or "Lucca" with a value, or with the numerator and denominator of a ratio indicator.
 * Exactly one of {@link #value()} and {@link #parts()} is given. Immutable and thread-safe.
 *
 * <pre>{@code
 * BreakdownPart.of("donne", new BigDecimal("12"));
 * BreakdownPart.of("sportello", Ratio.of(40, 50));
 * }</pre>
 */
@Value.Immutable
abstract class AbstractBreakdownPart {
    /** {@return the label, e.g. "donne"} */
    public abstract String label();

    /** {@return the value, exact and in normal form} */
    public abstract Optional<BigDecimal> value();

    /** {@return the numerator and denominator, for a ratio indicator} */
    public abstract Optional<Ratio> parts();

    /**
     * {@return a part with a value}
     *
     * @param label the label
     * @param value the value
     */
    public static BreakdownPart of(String label, BigDecimal value) {
        return BreakdownPart.builder().label(label).value(value).build();
    }

    /**
     * {@return a part of a ratio indicator}
     *
     * @param label the label
     * @param parts the numerator and denominator
     */
    public static BreakdownPart of(String label, Ratio parts) {
        return BreakdownPart.builder().label(label).parts(parts).build();
    }

    @Value.Check
    AbstractBreakdownPart check() {
        Texts.requireText("label", label());
        if (value().isPresent() == parts().isPresent()) {
            throw new InvalidValueException("value", value().map(BigDecimal::toPlainString).orElse(null),
                    Problems.of("valueOrParts"));
        }
        Optional<BigDecimal> v = value().map(x -> Numbers.normalize(Numbers.check("value", x, 6)));
        return v.equals(value()) ? this : BreakdownPart.builder().from(this).value(v).build();
    }

    /** {@return e.g. {@code "donne 12"} or {@code "sportello 40/50"}} */
    @Override
    public String toString() {
        return Texts.abbreviate(label(), 60) + " " + value().map(BigDecimal::toPlainString).orElseGet(() -> parts().get().toString());
    }
}
