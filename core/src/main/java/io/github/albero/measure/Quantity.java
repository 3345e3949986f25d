package io.github.albero.measure;

import io.github.albero.internal.Problems;
import io.github.albero.InvalidValueException;
import io.github.albero.internal.Numbers;
import java.io.Serializable;
import java.math.BigDecimal;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * An exact number with an optional unit: {@code 2.9 gg}, {@code n. 2}, {@code 4.7}.
 *
 * <p>The value is kept in normal form (no trailing zeros), at most 6 decimals, magnitude
 * below 10^15.
 *
 * <pre>{@code
 * Quantity.parse("2.9 gg");   // 2.9 gg
 * Quantity.parse("n. 2");     // 2 n
 * Quantity.parse("4,7");      // 4.7
 * }</pre>
 *
 * <p>Immutable and thread-safe. Arguments must not be null; no method returns null (an absent
 * value is an empty {@code Optional}).
 */
public final class Quantity implements Comparable<Quantity>, Serializable {
    private static final long serialVersionUID = 1L;
    /** Most decimals a quantity may have. */
    public static final int MAX_SCALE = 6;

    private static final Pattern COUNT_PREFIX = Pattern.compile("(?i)^(nr\\.?|n\\.?)\\s*(\\d.*)$");
    private static final Pattern NUMBER_UNIT = Pattern.compile("^([+\\-\u2010\u2011\u2013\u2212]?\\s*[0-9][0-9.,]*)(?:\\s*(%|€|‰)|\\s+(\\S{1,40}))?$");

    private final BigDecimal value;
    private final Unit unit;

    private Quantity(BigDecimal value, Unit unit) {
        this.value = value;
        this.unit = unit;
    }

    /**
     * {@return the quantity}
     *
     * @param value the value
     * @param unit the unit, or null for a plain number
     */
    public static Quantity of(BigDecimal value, Unit unit) {
        return new Quantity(Numbers.normalize(Numbers.check("quantity", value, MAX_SCALE)), unit);
    }

    /**
     * {@return a quantity without unit}
     *
     * @param value the value
     */
    public static Quantity of(BigDecimal value) {
        return of(value, null);
    }

    /**
     * Parses a number followed by an optional one-word unit ({@code "2.9 gg"}, {@code "100%"},
     * {@code "4,7"}), or a count written {@code "n. 2"}.
     *
     * @param text the text
     * @return the quantity
     * @throws InvalidValueException when the text is not of that shape
     */
    public static Quantity parse(String text) {
        if (text == null) {
            throw new InvalidValueException("quantity", null, Problems.of("required"));
        }
        String s = Numbers.stripSpaces(text);
        Matcher count = COUNT_PREFIX.matcher(s);
        if (count.matches()) {
            return of(number(text, count.group(2)), Unit.COUNT);
        }
        Matcher m = NUMBER_UNIT.matcher(s);
        if (!m.matches()) {
            throw new InvalidValueException("quantity", text, Problems.of("quantityFormat"));
        }
        String unit = m.group(2) != null ? m.group(2) : m.group(3);
        return of(number(text, m.group(1)), unit == null ? null : Unit.of(unit));
    }

    private static BigDecimal number(String text, String digits) {
        try {
            return Numbers.parse("quantity", digits, MAX_SCALE);
        } catch (InvalidValueException e) {
            throw new InvalidValueException("quantity", text, e.message());
        }
    }

    /** {@return the value in normal form} */
    public BigDecimal value() {
        return value;
    }

    /** {@return the unit, or empty for a plain number} */
    public Optional<Unit> unit() {
        return Optional.ofNullable(unit);
    }

    /**
     * Orders by value; quantities in different units are ordered by value alone.
     */
    @Override
    public int compareTo(Quantity o) {
        return value.compareTo(o.value);
    }

    /** {@return true when {@code o} is a {@code Quantity} equal to this one} */
    @Override
    public boolean equals(Object o) {
        return o instanceof Quantity other && other.value.equals(value) && Objects.equals(other.unit, unit);
    }

    /** {@return a hash code consistent with {@link #equals(Object)}} */
    @Override
    public int hashCode() {
        return Objects.hash(value, unit);
    }

    /**
     * {@return e.g. {@code "2.9 gg"} or {@code "4.7"}: canonical and locale-neutral, which
     * {@link #parse(String)} reads back (language-specific notations: {@code io.github.albero.text.Formatter})}
     */
    @Override
    public String toString() {
        String number = Numbers.canonical(value);
        if (unit == null) {
            return number;
        }
        return unit.equals(Unit.PERCENT) ? number + "%" : number + " " + unit;
    }
}
