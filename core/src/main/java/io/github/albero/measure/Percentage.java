package io.github.albero.measure;

import io.github.albero.internal.Problems;
import io.github.albero.InvalidValueException;
import io.github.albero.internal.Numbers;
import java.io.Serializable;
import java.math.BigDecimal;
import java.util.Objects;

/**
 * A percentage, held exactly in percentage points: {@code Percentage.of(100)} is 100 %.
 *
 * <p>The value is kept in its normal form (no trailing zeros), so {@code 4,10%} equals
 * {@code 4,1%}. At most 6 decimals, magnitude below 10^15. Negative percentages are allowed
 * (a change of −4,1 %).
 *
 * <pre>{@code
 * Percentage.parse("4,1%");        // 4.1%
 * Percentage.parse("‐4,1 %");      // -4.1% (U+2010 hyphen)
 * Percentage.parse("100%").fraction();  // 1
 * }</pre>
 *
 * <p>Immutable and thread-safe. Arguments must not be null; no method returns null (an absent
 * value is an empty {@code Optional}).
 */
public final class Percentage implements Comparable<Percentage>, Serializable {
    private static final long serialVersionUID = 1L;
    /** Most decimals a percentage may have. */
    public static final int MAX_SCALE = 6;
    /** 0 %. */
    public static final Percentage ZERO = new Percentage(BigDecimal.ZERO);
    /** 100 %. */
    public static final Percentage HUNDRED = new Percentage(BigDecimal.valueOf(100));

    private final BigDecimal points;

    private Percentage(BigDecimal points) {
        this.points = points;
    }

    /**
     * {@return the percentage}
     *
     * @param points the value in percentage points (100 = 100 %)
     * @throws InvalidValueException when null, with more than 6 decimals or too large
     */
    public static Percentage of(BigDecimal points) {
        return new Percentage(Numbers.normalize(Numbers.check("percentage", points, MAX_SCALE)));
    }

    /**
     * {@return the percentage}
     *
     * @param points whole percentage points
     */
    public static Percentage of(long points) {
        return of(BigDecimal.valueOf(points));
    }

    /**
     * Returns the percentage equal to a fraction: {@code ofFraction(0.5)} is 50 %.
     *
     * @param fraction the fraction (1 = 100 %), at most 8 decimals
     * @return the percentage
     */
    public static Percentage ofFraction(BigDecimal fraction) {
        Objects.requireNonNull(fraction, "fraction");
        return of(fraction.movePointRight(2));
    }

    /**
     * Parses {@code "100%"}, {@code "4,1%"}, {@code "4.1 %"}, {@code "‐4,1%"} or a bare number
     * ({@code "4,1"}), in Italian or plain notation.
     *
     * @param text the text
     * @return the percentage
     * @throws InvalidValueException when the text is not a percentage
     */
    public static Percentage parse(String text) {
        if (text == null) {
            throw new InvalidValueException("percentage", null, Problems.of("required"));
        }
        String s = Numbers.stripSpaces(text);
        if (s.endsWith("%")) {
            s = s.substring(0, s.length() - 1);
        }
        try {
            return of(Numbers.parse("percentage", s, MAX_SCALE));
        } catch (InvalidValueException e) {
            throw new InvalidValueException("percentage", text, e.message().key().equals("numberFormat")
                    ? Problems.of("percentageFormat") : e.message());
        }
    }

    /** {@return the value in percentage points, in normal form (100 for 100 %)} */
    public BigDecimal points() {
        return points;
    }

    /** {@return the value as a fraction (1 for 100 %), exact} */
    public BigDecimal fraction() {
        return Numbers.normalize(points.movePointLeft(2));
    }

    /** {@return −1, 0 or 1 as the percentage is negative, zero or positive} */
    public int signum() {
        return points.signum();
    }

    /** {@return the percentage in Italian notation, e.g. {@code "4,1%"}} */
    public String format() {
        return Numbers.formatItalian(points) + "%";
    }

    /**
     * {@return a negative number, zero or a positive number as this {@code Percentage} comes before,
     * together with or after {@code o}}
     */
    @Override
    public int compareTo(Percentage o) {
        return points.compareTo(o.points);
    }

    /** {@return true when {@code o} is a {@code Percentage} equal to this one} */
    @Override
    public boolean equals(Object o) {
        return o instanceof Percentage other && other.points.equals(points);
    }

    /** {@return a hash code consistent with {@link #equals(Object)}} */
    @Override
    public int hashCode() {
        return points.hashCode();
    }

    /**
     * {@return e.g. {@code "4.1%"} or {@code "98.75%"}: canonical and locale-neutral, which
     * {@link #parse(String)} reads back (language-specific notations: {@code io.github.albero.text.Formatter})}
     */
    @Override
    public String toString() {
        return Numbers.canonical(points) + "%";
    }
}
