package io.github.albero.money;

import io.github.albero.internal.Problems;
import io.github.albero.InvalidValueException;
import io.github.albero.internal.Numbers;
import java.io.Serializable;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Objects;
import java.util.Optional;

/**
 * An exact amount of euros with two decimals, as found in a budget (<i>preventivo</i>) or in the
 * actual accounts (<i>consuntivo</i>).
 *
 * <p>The scale is always 2, so {@code Money.of("5000")} equals {@code Money.of("5000.00")}.
 * Amounts may be negative, because differences such as actual − budget are money too; the
 * model's resource lines reject negative amounts themselves. The magnitude is below 10^15.
 *
 * <pre>{@code
 * Money budget = Money.parse("€ 257.143,00");
 * Money actual = Money.parse("€ 229.720,66");
 * actual.minus(budget);            // EUR -27422.34
 * budget.format();                 // "€ 257.143,00"
 * }</pre>
 *
 * <p>Immutable and thread-safe. Arguments must not be null; no method returns null (an absent
 * value is an empty {@code Optional}).
 */
public final class Money implements Comparable<Money>, Serializable {
    private static final long serialVersionUID = 1L;

    /** The currency of every amount: Albero models euros only. */
    public static final String CURRENCY = "EUR";
    /** Zero euros. */
    public static final Money ZERO = new Money(BigDecimal.ZERO.setScale(2));
    /** The number of decimals of every amount. */
    public static final int SCALE = 2;

    private final BigDecimal amount;

    private Money(BigDecimal amount) {
        this.amount = amount;
    }

    /**
     * Returns the amount of euros {@code amount}, which must have at most two decimals.
     *
     * @param amount the amount, e.g. {@code new BigDecimal("5000.00")}
     * @return the money
     * @throws InvalidValueException when null, with more than two decimals or too large
     */
    public static Money of(BigDecimal amount) {
        Numbers.check("amount", amount, SCALE);
        // amounts are mostly zero (resources): one zero is kept
        return amount.signum() == 0 ? ZERO : new Money(amount.setScale(SCALE, RoundingMode.UNNECESSARY));
    }

    /**
     * Returns the amount written in plain notation, e.g. {@code "5000.00"} or {@code "-12.5"}.
     *
     * @param amount the amount as plain decimal text
     * @return the money
     * @throws InvalidValueException when the text is not a plain decimal number
     */
    public static Money of(String amount) {
        return parse(amount);
    }

    /**
     * Returns a whole number of euros.
     *
     * @param euros the euros
     * @return the money
     */
    public static Money ofEuros(long euros) {
        return of(BigDecimal.valueOf(euros));
    }

    /**
     * Parses an amount as written in Italian documents or in plain notation:
     * {@code "€ 257.143,00"}, {@code "257.143,00 €"}, {@code "EUR 1.234,56"}, {@code "0,00"},
     * {@code "‐ 160.238,64"} (with the U+2010 hyphen), {@code "1234.56"}.
     *
     * @param text the text
     * @return the money
     * @throws InvalidValueException when the text is not an amount with at most two decimals
     */
    public static Money parse(String text) {
        if (text == null) {
            throw new InvalidValueException("amount", null, Problems.of("required"));
        }
        String s = Numbers.stripSpaces(text);
        String sign = "";
        if (!s.isEmpty() && Numbers.isSign(s.charAt(0))) {
            sign = s.substring(0, 1);
            s = Numbers.stripSpaces(s.substring(1));
        }
        if (s.startsWith("€")) {
            s = s.substring(1);
        } else if (s.startsWith(CURRENCY)) {
            s = s.substring(CURRENCY.length());
        } else if (s.endsWith("€")) {
            s = s.substring(0, s.length() - 1);
        } else if (s.endsWith(CURRENCY)) {
            s = s.substring(0, s.length() - CURRENCY.length());
        }
        try {
            return of(Numbers.parse("amount", sign + Numbers.stripSpaces(s), SCALE));
        } catch (InvalidValueException e) {
            throw new InvalidValueException("amount", text, e.message());
        }
    }

    /**
     * Returns the sum of the given amounts, zero when there are none. Sums are exact.
     *
     * @param amounts the amounts
     * @return their sum
     */
    public static Money sum(Iterable<Money> amounts) {
        Objects.requireNonNull(amounts, "amounts");
        BigDecimal total = BigDecimal.ZERO;
        for (Money m : amounts) {
            total = total.add(m.amount);
        }
        return of(total);
    }

    /** {@return the amount with scale 2} */
    public BigDecimal amount() {
        return amount;
    }

    /**
     * {@return this + other}
     *
     * @param other the amount to add
     */
    public Money plus(Money other) {
        return of(amount.add(other.amount));
    }

    /**
     * {@return this − other}
     *
     * @param other the amount to subtract
     */
    public Money minus(Money other) {
        return of(amount.subtract(other.amount));
    }

    /** {@return −this} */
    public Money negated() {
        return new Money(amount.negate());
    }

    /** {@return −1, 0 or 1 as this amount is negative, zero or positive} */
    public int signum() {
        return amount.signum();
    }

    /** {@return true when the amount is zero} */
    public boolean isZero() {
        return amount.signum() == 0;
    }

    /** {@return true when the amount is below zero} */
    public boolean isNegative() {
        return amount.signum() < 0;
    }

    /**
     * Divides this amount by another, for ratios such as utilisation (actual / budget).
     *
     * @param divisor the amount to divide by
     * @param scale the number of decimals of the result
     * @param rounding how the result is rounded
     * @return the ratio, or empty when the divisor is zero
     */
    public Optional<BigDecimal> divide(Money divisor, int scale, RoundingMode rounding) {
        if (divisor.isZero()) {
            return Optional.empty();
        }
        return Optional.of(amount.divide(divisor.amount, scale, rounding));
    }

    /**
     * Formats the amount in Italian notation, as the documents do.
     *
     * @return e.g. {@code "€ 257.143,00"} or {@code "-€ 27.422,34"}
     */
    public String format() {
        String digits = Numbers.formatItalian(amount.abs());
        return (amount.signum() < 0 ? "-€ " : "€ ") + digits;
    }

    /**
     * {@return a negative number, zero or a positive number as this {@code Money} comes before,
     * together with or after {@code other}}
     */
    @Override
    public int compareTo(Money other) {
        return amount.compareTo(other.amount);
    }

    /** {@return true when {@code o} is a {@code Money} equal to this one} */
    @Override
    public boolean equals(Object o) {
        return o instanceof Money other && other.amount.equals(amount);
    }

    /** {@return a hash code consistent with {@link #equals(Object)}} */
    @Override
    public int hashCode() {
        return amount.hashCode();
    }

    /** {@return {@code "EUR 257143.00"}; {@link #parse(String)} reads it back} */
    @Override
    public String toString() {
        return CURRENCY + " " + amount.toPlainString();
    }

    private Object readResolve() {
        return of(Objects.requireNonNull(amount));
    }
}
