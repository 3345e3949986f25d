package io.github.albero.measure;

import io.github.albero.internal.Problems;
import io.github.albero.InvalidValueException;
import io.github.albero.internal.Numbers;
import java.io.Serializable;
import java.math.BigDecimal;

/**
 * The weight (<i>peso</i>) of an objective or indicator among its siblings: a non-negative
 * exact number, in normal form (so {@code 50.0} equals {@code 50}). Weights are relative:
 * only their ratios matter, though documents usually make sibling weights sum to 100.
 *
 * <p>Immutable and thread-safe. Arguments must not be null; no method returns null (an absent
 * value is an empty {@code Optional}).
 */
public final class Weight implements Comparable<Weight>, Serializable {
    private static final long serialVersionUID = 1L;
    /** Most decimals a weight may have. */
    public static final int MAX_SCALE = 6;

    private final BigDecimal value;

    private Weight(BigDecimal value) {
        this.value = value;
    }

    /**
     * {@return the weight}
     *
     * @param value the weight, not negative
     * @throws InvalidValueException when negative, null, too precise or too large
     */
    public static Weight of(BigDecimal value) {
        Numbers.check("weight", value, MAX_SCALE);
        if (value.signum() < 0) {
            throw new InvalidValueException("weight", value.toPlainString(), Problems.of("notNegative"));
        }
        return new Weight(Numbers.normalize(value));
    }

    /**
     * {@return the weight}
     *
     * @param value a whole weight
     */
    public static Weight of(long value) {
        return of(BigDecimal.valueOf(value));
    }

    /**
     * Parses {@code "50"}, {@code "33,33"}, {@code "12.5"} or {@code "40%"}.
     *
     * @param text the text
     * @return the weight
     */
    public static Weight parse(String text) {
        try {
            return of(Percentage.parse(text).points());
        } catch (InvalidValueException e) {
            throw new InvalidValueException("weight", text, e.message().key().equals("percentageFormat")
                    ? Problems.of("weightFormat") : e.message());
        }
    }

    /** {@return the value in normal form} */
    public BigDecimal value() {
        return value;
    }

    /**
     * {@return a negative number, zero or a positive number as this {@code Weight} comes before,
     * together with or after {@code o}}
     */
    @Override
    public int compareTo(Weight o) {
        return value.compareTo(o.value);
    }

    /** {@return true when {@code o} is a {@code Weight} equal to this one} */
    @Override
    public boolean equals(Object o) {
        return o instanceof Weight other && other.value.equals(value);
    }

    /** {@return a hash code consistent with {@link #equals(Object)}} */
    @Override
    public int hashCode() {
        return value.hashCode();
    }

    /** {@return the plain value, e.g. {@code "50"}} */
    @Override
    public String toString() {
        return value.toPlainString();
    }
}
