package io.github.albero.text;

import io.github.albero.InvalidValueException;
import io.github.albero.measure.Percentage;
import io.github.albero.measure.Quantity;
import io.github.albero.measure.Ratio;
import io.github.albero.measure.Unit;
import io.github.albero.measure.Weight;
import io.github.albero.money.Money;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.LocalDate;
import java.time.Year;
import java.util.Locale;
import java.util.Objects;

/**
 * The one number notation of a language (<i>formattatore</i>): how money, percentages,
 * quantities, plain numbers, years, counts and dates are written in Italian, in English, or in
 * the canonical, locale-neutral form of every {@code toString} of the library.
 *
 * <table>
 * <caption>The three notations</caption>
 * <tr><th></th><th>Italian</th><th>English</th><th>canonical</th></tr>
 * <tr><td>{@link #number}</td><td>{@code 1.234,5}</td><td>{@code 1,234.5}</td><td>{@code 1234.5}</td></tr>
 * <tr><td>{@link #percent}</td><td>{@code 98,75%}</td><td>{@code 98.75%}</td><td>{@code 98.75%}</td></tr>
 * <tr><td>{@link #money}</td><td>{@code € 5.000,00}</td><td>{@code € 5,000.00}</td><td>{@code EUR 5000.00}</td></tr>
 * <tr><td>{@link #quantity}</td><td>{@code 2,9 gg}</td><td>{@code 2.9 gg}</td><td>{@code 2.9 gg}</td></tr>
 * <tr><td>{@link #date}</td><td>{@code 31/12/2017}</td><td>{@code 31/12/2017}</td><td>{@code 2017-12-31}</td></tr>
 * </table>
 *
 * <p>Years and counts ({@code int}, {@code long}, {@link Year}) are never grouped: {@code 2017},
 * not {@code 2.017}. Values are written from their exact {@link BigDecimal}, never through a
 * {@code double}; plain numbers, percentages and quantities lose their trailing zeros, money keeps
 * its two decimals.
 *
 * <pre>{@code
 * Formatter.of(Locale.ITALIAN).money(Money.of("5000"));    // "€ 5.000,00"
 * Formatter.of(Locale.ENGLISH).percent(Percentage.parse("4,1%")); // "4.1%"
 * Formatter.canonical().money(Money.of("5000"));           // "EUR 5000.00"
 * }</pre>
 *
 * <p>Immutable and thread-safe. Arguments must not be null unless said otherwise.
 */
public final class Formatter {
    private enum Style { ITALIAN, ENGLISH, CANONICAL }

    private static final Formatter ITALIAN = new Formatter(Style.ITALIAN, Locale.ITALIAN);
    private static final Formatter ENGLISH = new Formatter(Style.ENGLISH, Locale.ENGLISH);
    private static final Formatter CANONICAL = new Formatter(Style.CANONICAL, Locale.ROOT);

    private final Style style;
    private final Locale locale;

    private Formatter(Style style, Locale locale) {
        this.style = style;
        this.locale = locale;
    }

    /**
     * {@return the Italian notation for an Italian-language locale, the English one otherwise}
     *
     * @param locale a locale; the JVM's default locale is never consulted
     */
    public static Formatter of(Locale locale) {
        if (locale == null) {
            throw new InvalidValueException("locale", null, "is required");
        }
        return isItalian(locale) ? ITALIAN : ENGLISH;
    }

    /** {@return the canonical, locale-neutral notation of {@code toString}: {@code 1234.5}, {@code EUR 5000.00}} */
    public static Formatter canonical() {
        return CANONICAL;
    }

    /**
     * {@return true for an Italian-language locale: the one test of the library's two languages}
     *
     * @param locale a locale, not null
     */
    public static boolean isItalian(Locale locale) {
        Objects.requireNonNull(locale, "locale");
        return "it".equals(locale.getLanguage());
    }

    /** {@return {@link Locale#ITALIAN}, {@link Locale#ENGLISH} or, for the canonical notation, {@link Locale#ROOT}} */
    public Locale locale() {
        return locale;
    }

    /** {@return true for the Italian notation} */
    public boolean italian() {
        return style == Style.ITALIAN;
    }

    /** {@return true for the canonical notation of {@code toString}} */
    public boolean isCanonical() {
        return style == Style.CANONICAL;
    }

    /**
     * {@return the value without trailing zeros: {@code 1.234,5}, {@code 1,234.5} or {@code 1234.5}}
     *
     * @param value a value
     */
    public String number(BigDecimal value) {
        return digits(normalize(value));
    }

    /**
     * {@return the value with its own scale kept: {@code 257.143,00}, {@code 257,143.00} or {@code 257143.00}}
     *
     * @param value a value
     */
    public String decimal(BigDecimal value) {
        return digits(value);
    }

    /**
     * {@return e.g. {@code 66,67%} or {@code 66.67%}}
     *
     * @param points a value in percentage points
     */
    public String percent(BigDecimal points) {
        return number(points) + "%";
    }

    /**
     * {@return e.g. {@code 66,67%} or {@code 66.67%}}
     *
     * @param p a percentage
     */
    public String percent(Percentage p) {
        return percent(p.points());
    }

    /**
     * {@return the amount with its two decimals, without the currency: {@code 257.143,00} or {@code 257,143.00}}
     *
     * @param m an amount
     */
    public String amount(Money m) {
        return digits(m.amount());
    }

    /**
     * {@return e.g. {@code € 257.143,00}, {@code -€ 27.422,34}, {@code € 257,143.00} or, canonical, {@code EUR 257143.00}}
     *
     * @param m an amount
     */
    public String money(Money m) {
        if (style == Style.CANONICAL) {
            return Money.CURRENCY + " " + m.amount().toPlainString();
        }
        return (m.isNegative() ? "-€ " : "€ ") + digits(m.amount().abs());
    }

    /**
     * {@return e.g. {@code 2,9 gg}, {@code 80%} or {@code 255.000 EUR} in Italian; canonical as
     * {@link Quantity#toString()}}
     *
     * @param q a quantity
     */
    public String quantity(Quantity q) {
        return quantity(q.value(), q.unit().orElse(null));
    }

    /**
     * {@return a number with an optional unit, as {@link #quantity(Quantity)} writes it}
     *
     * @param value a value
     * @param unit its unit, or null for a plain number
     */
    public String quantity(BigDecimal value, Unit unit) {
        if (style == Style.CANONICAL) {
            return (unit == null ? Quantity.of(value) : Quantity.of(value, unit)).toString();
        }
        String n = number(value);
        return unit == null ? n : unit.equals(Unit.PERCENT) ? n + "%" : n + " " + unit;
    }

    /**
     * {@return {@code 31/12/2017} in both languages, {@code 2017-12-31} canonical}
     *
     * @param d a day
     */
    public String date(LocalDate d) {
        if (style == Style.CANONICAL) {
            return d.toString();
        }
        return String.format(Locale.ROOT, "%02d/%02d/%04d", d.getDayOfMonth(), d.getMonthValue(), d.getYear());
    }

    /**
     * Writes a message argument by its type: a {@link Message} rendered in this language, money,
     * percentages, quantities, ratios ({@code 2,5/10}), weights and {@link BigDecimal}s in this notation, years and counts
     * ({@code int}, {@code long}, {@link BigInteger}, {@link Year}) ungrouped, days with
     * {@link #date}, anything else with {@code String.valueOf}.
     *
     * @param argument an argument, or null (written as nothing)
     * @return its text
     */
    public String format(Object argument) {
        if (argument == null) {
            return "";
        }
        if (argument instanceof String s) {
            return s;
        }
        if (argument instanceof Message m) {
            return m.render(this);
        }
        if (argument instanceof Money m) {
            return money(m);
        }
        if (argument instanceof Percentage p) {
            return percent(p);
        }
        if (argument instanceof Quantity q) {
            return quantity(q);
        }
        if (argument instanceof Ratio r) {
            return number(r.numerator()) + "/" + number(r.denominator());
        }
        if (argument instanceof Weight w) {
            return number(w.value());
        }
        if (argument instanceof BigDecimal d) {
            return number(d);
        }
        if (argument instanceof LocalDate d) {
            return date(d);
        }
        if (argument instanceof Double || argument instanceof Float) {
            return number(new BigDecimal(argument.toString()));
        }
        return String.valueOf(argument);
    }

    private static BigDecimal normalize(BigDecimal value) {
        if (value.signum() == 0) {
            return BigDecimal.ZERO;
        }
        BigDecimal s = value.stripTrailingZeros();
        return s.scale() < 0 ? s.setScale(0) : s;
    }

    private String digits(BigDecimal value) {
        String plain = value.toPlainString();
        if (style == Style.CANONICAL) {
            return plain;
        }
        char group = style == Style.ITALIAN ? '.' : ',';
        char point = style == Style.ITALIAN ? ',' : '.';
        int start = value.signum() < 0 ? 1 : 0;
        int dot = plain.indexOf('.');
        int end = dot < 0 ? plain.length() : dot;
        StringBuilder sb = new StringBuilder(plain.length() + 6);
        sb.append(plain, 0, start);
        int first = (end - start) % 3 == 0 ? 3 : (end - start) % 3;
        sb.append(plain, start, start + first);
        for (int i = start + first; i < end; i += 3) {
            sb.append(group).append(plain, i, i + 3);
        }
        if (dot >= 0) {
            sb.append(point).append(plain, dot + 1, plain.length());
        }
        return sb.toString();
    }

    /** {@return e.g. {@code "Formatter[it]"} or {@code "Formatter[canonical]"}} */
    @Override
    public String toString() {
        return "Formatter[" + (style == Style.CANONICAL ? "canonical" : locale.getLanguage()) + "]";
    }
}
