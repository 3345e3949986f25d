package io.github.albero.model;

import io.github.albero.measure.Ratio;
import java.math.BigDecimal;
import java.util.Optional;

/**
 * What a ratio indicator's quotient is expressed in (<i>scala</i>): a percentage (the usual
 * case, {@code 15/100 → 15 %}), per mille, or the bare quotient.
 */
public enum RatioScale {
    /** Numerator × 100 ÷ denominator, shown {@code 15 % (15/100)}. */
    PERCENT(100, " %"),
    /** Numerator × 1000 ÷ denominator, shown {@code 53 ‰ (53/1000)}. */
    PER_MILLE(1000, " ‰"),
    /** Numerator ÷ denominator, shown {@code 2,5 (5/2)}: e.g. days per file. */
    QUOTIENT(1, "");

    private final BigDecimal factor;
    private final String suffix;

    RatioScale(int factor, String suffix) {
        this.factor = BigDecimal.valueOf(factor);
        this.suffix = suffix;
    }

    /** {@return what the quotient is multiplied by: 100, 1000 or 1} */
    public BigDecimal factor() {
        return factor;
    }

    /**
     * {@return the value on this scale, empty when the denominator is 0}
     *
     * @param parts the parts
     */
    public Optional<BigDecimal> value(Ratio parts) {
        return parts.scaled(factor);
    }

    /**
     * {@return the text documents use: {@code "15 % (15/100)"}; {@code "n.d. (3/0)"} (not available)
     * when the denominator is 0}
     *
     * @param parts the parts
     */
    public String display(Ratio parts) {
        return value(parts).map(v -> v.toPlainString().replace('.', ',') + suffix).orElse("n.d.") + " (" + parts + ")";
    }
}
