package io.github.albero.measure;

import io.github.albero.internal.Problems;
import io.github.albero.InvalidValueException;
import io.github.albero.internal.Numbers;
import java.io.Serializable;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The two parts of a ratio indicator's value (<i>numeratore / denominatore</i>), kept exactly:
 * {@code 15/100}, {@code 0/0}.
 *
 * <p>Ratios are summed part by part ({@link #plus(Ratio)}: Σnumerators / Σdenominators), never by
 * averaging their quotients, so that {@code 1/2 + 99/100 = 100/102}. A zero denominator is a
 * legal value whose quotient is undefined ({@link #quotient()} is empty), because offices
 * report "0 requests received"; a negative denominator or numerator is rejected. Each part is
 * kept in normal form (no trailing zeros), at most 6 decimals, magnitude below 10^15.
 *
 * <p>Immutable and thread-safe.
 *
 * <pre>{@code
 * Ratio.of(15, 100).percentage();           // Optional[15%]
 * Ratio.parse("15/100").plus(Ratio.of(5, 100));   // 20/200
 * Ratio.of(3, 0).quotient();                // Optional.empty: not measurable
 * }</pre>
 */
public final class Ratio implements Serializable {
    private static final long serialVersionUID = 1L;
    /** Most decimals a part, and a computed quotient, may have. */
    public static final int MAX_SCALE = 6;
    /** Rounding of computed quotients: half-even at {@value #MAX_SCALE} decimals. */
    public static final RoundingMode ROUNDING = RoundingMode.HALF_EVEN;
    /** {@code 0/0}, the neutral element of {@link #plus(Ratio)}. */
    public static final Ratio ZERO = new Ratio(BigDecimal.ZERO, BigDecimal.ZERO);

    private static final Pattern PARTS = Pattern.compile("^([^/]+)/([^/]+)$");

    private final BigDecimal numerator;
    private final BigDecimal denominator;

    private Ratio(BigDecimal numerator, BigDecimal denominator) {
        this.numerator = numerator;
        this.denominator = denominator;
    }

    /**
     * {@return the ratio}
     *
     * @param numerator the numerator, not negative
     * @param denominator the denominator, not negative (0 allowed: the quotient is then undefined)
     * @throws InvalidValueException naming {@code numerator} or {@code denominator} when a part
     * is missing, negative, too large or too precise
     */
    public static Ratio of(BigDecimal numerator, BigDecimal denominator) {
        return new Ratio(part("numerator", numerator), part("denominator", denominator));
    }

    /**
     * {@return the ratio}
     *
     * @param numerator the numerator, not negative
     * @param denominator the denominator, not negative
     */
    public static Ratio of(long numerator, long denominator) {
        return of(BigDecimal.valueOf(numerator), BigDecimal.valueOf(denominator));
    }

    /**
     * Parses {@code "15/100"} or {@code "1.234,5 / 2.000"} (Italian or plain numbers).
     *
     * @param text the text
     * @return the ratio
     * @throws InvalidValueException when the text is not two numbers separated by a slash
     */
    public static Ratio parse(String text) {
        if (text == null) {
            throw new InvalidValueException("ratio", null, Problems.of("required"));
        }
        Matcher m = PARTS.matcher(text.strip());
        if (!m.matches()) {
            throw new InvalidValueException("ratio", text, Problems.of("ratioFormat"));
        }
        try {
            return of(Numbers.parse("numerator", Numbers.stripSpaces(m.group(1)), MAX_SCALE),
                    Numbers.parse("denominator", Numbers.stripSpaces(m.group(2)), MAX_SCALE));
        } catch (InvalidValueException e) {
            throw new InvalidValueException("ratio", text, Problems.of("fieldProblem", e.field(), e.message()));
        }
    }

    /**
     * Sums ratios part by part: Σnumerators / Σdenominators.
     *
     * @param ratios the ratios
     * @return their sum, {@link #ZERO} for none
     */
    public static Ratio sum(Iterable<Ratio> ratios) {
        Objects.requireNonNull(ratios, "ratios");
        Ratio total = ZERO;
        for (Ratio r : ratios) {
            total = total.plus(r);
        }
        return total;
    }

    private static BigDecimal part(String field, BigDecimal value) {
        BigDecimal v = Numbers.normalize(Numbers.check(field, value, MAX_SCALE));
        if (v.signum() < 0) {
            throw new InvalidValueException(field, v.toPlainString(), Problems.of("notNegative"));
        }
        return v;
    }

    /** {@return the numerator, in normal form} */
    public BigDecimal numerator() {
        return numerator;
    }

    /** {@return the denominator, in normal form} */
    public BigDecimal denominator() {
        return denominator;
    }

    /** {@return true when the denominator is 0 and the quotient undefined} */
    public boolean hasZeroDenominator() {
        return denominator.signum() == 0;
    }

    /**
     * {@return (n₁ + n₂) / (d₁ + d₂)}
     *
     * @param other another ratio
     */
    public Ratio plus(Ratio other) {
        return of(numerator.add(other.numerator), denominator.add(other.denominator));
    }

    /** {@return numerator ÷ denominator, rounded half-even to 6 decimals; empty when the denominator is 0} */
    public Optional<BigDecimal> quotient() {
        return scaled(BigDecimal.ONE);
    }

    /** {@return the quotient as a percentage ({@code 15/100} → 15 %); empty when the denominator is 0} */
    public Optional<Percentage> percentage() {
        return scaled(BigDecimal.valueOf(100)).map(Percentage::of);
    }

    /**
     * {@return numerator × factor ÷ denominator, rounded half-even to 6 decimals, in normal form;
     * empty when the denominator is 0}
     *
     * @param factor what the quotient is multiplied by: 100 for a percentage, 1000 per mille
     */
    public Optional<BigDecimal> scaled(BigDecimal factor) {
        if (hasZeroDenominator()) {
            return Optional.empty();
        }
        return Optional.of(Numbers.normalize(numerator.multiply(factor).divide(denominator, MAX_SCALE, ROUNDING)));
    }

    /** {@return true when {@code o} is a {@code Ratio} equal to this one} */
    @Override
    public boolean equals(Object o) {
        return o instanceof Ratio other && other.numerator.equals(numerator) && other.denominator.equals(denominator);
    }

    /** {@return a hash code consistent with {@link #equals(Object)}} */
    @Override
    public int hashCode() {
        return Objects.hash(numerator, denominator);
    }

    /** {@return e.g. {@code "15/100"} or {@code "2.5/10"}, canonical and locale-neutral, which {@link #parse(String)} reads back} */
    @Override
    public String toString() {
        return Numbers.canonical(numerator) + "/" + Numbers.canonical(denominator);
    }
}
