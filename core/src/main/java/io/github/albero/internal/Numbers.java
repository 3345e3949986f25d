package io.github.albero.internal;

import io.github.albero.InvalidValueException;
import java.math.BigDecimal;
import java.util.regex.Pattern;

/**
 * Number parsing and bounds shared by the value types. Not exported.
 *
 * <p>Accepted forms, as found in real documents: Italian {@code 1.234,56} (dots group
 * thousands, comma separates decimals), plain {@code 1234.56}, and a single dot followed by
 * one, two or four or more digits ({@code 2.9}, {@code 4.59}) read as a decimal point. A single
 * dot followed by exactly three digits ({@code 1.234}) is Italian grouping, i.e. one thousand
 * two hundred thirty-four. Signs may be {@code -}, {@code +}, the Unicode hyphen U+2010, the
 * non-breaking hyphen U+2011, the en dash U+2013 or the minus sign U+2212, optionally followed
 * by spaces. Spaces, including non-breaking ones, around the number are ignored.
 */
public final class Numbers {
    /** Largest magnitude any Albero number may have: 10^15 (a quadrillion). */
    public static final BigDecimal MAX_MAGNITUDE = BigDecimal.TEN.pow(15);
    /** Longest text a number may be written with. */
    public static final int MAX_TEXT_LENGTH = 64;

    private static final Pattern ITALIAN = Pattern.compile("(\\d{1,3}(\\.\\d{3})+|\\d+),\\d+|\\d{1,3}(\\.\\d{3})+");
    private static final Pattern PLAIN = Pattern.compile("\\d+(\\.\\d+)?");

    private Numbers() {
    }

    /**
     * Parses a decimal number in Italian or plain notation.
     *
     * @param field the field name for the error message
     * @param text the text
     * @param maxScale the largest number of decimals allowed
     * @return the exact value
     * @throws InvalidValueException when the text is not a number or is out of bounds
     */
    public static BigDecimal parse(String field, String text, int maxScale) {
        if (text == null) {
            throw new InvalidValueException(field, null, Problems.of("required"));
        }
        if (text.length() > MAX_TEXT_LENGTH) {
            throw new InvalidValueException(field, text, Problems.of("numberTooLong", MAX_TEXT_LENGTH));
        }
        String s = stripSpaces(text);
        boolean negative = false;
        if (!s.isEmpty() && isSign(s.charAt(0))) {
            negative = s.charAt(0) != '+';
            s = stripSpaces(s.substring(1));
        }
        String canonical;
        if (allDigits(s)) {
            // what the branches below give for digits alone (ITALIAN needs a dot or comma, PLAIN matches), without them
            canonical = s;
        } else if (ITALIAN.matcher(s).matches() && (s.indexOf(',') >= 0 || !PLAIN.matcher(s).matches() || groupsOfThree(s))) {
            canonical = s.replace(".", "").replace(',', '.');
        } else if (PLAIN.matcher(s).matches()) {
            canonical = s;
        } else {
            throw new InvalidValueException(field, text, Problems.of("numberFormat"));
        }
        BigDecimal value = new BigDecimal(canonical);
        return check(field, negative ? value.negate() : value, maxScale);
    }

    private static boolean allDigits(String s) {
        for (int i = 0; i < s.length(); i++) {
            if (s.charAt(i) < '0' || s.charAt(i) > '9') {
                return false;
            }
        }
        return !s.isEmpty();
    }

    // "1.234" is Italian grouping; "2.9" and "4.59" are decimals
    private static boolean groupsOfThree(String s) {
        int dot = s.indexOf('.');
        return dot > 0 && s.length() - dot - 1 == 3;
    }

    /**
     * Checks magnitude and scale of a value before any arithmetic is done with it.
     *
     * @param field the field name for the error message
     * @param value the value
     * @param maxScale the largest number of decimals allowed (trailing zeros not counted)
     * @return the value, unchanged
     */
    public static BigDecimal check(String field, BigDecimal value, int maxScale) {
        if (value == null) {
            throw new InvalidValueException(field, null, Problems.of("required"));
        }
        // precision - scale bounds the integer digits without materialising huge numbers
        if (value.precision() - value.scale() > 16 || value.abs().compareTo(MAX_MAGNITUDE) >= 0) {
            throw new InvalidValueException(field, value.toString(), Problems.of("magnitude"));
        }
        // stripping trailing zeros only lowers the scale: a scale within the limit needs no stripping
        BigDecimal stripped = value.scale() <= maxScale ? value : value.signum() == 0 ? BigDecimal.ZERO : value.stripTrailingZeros();
        if (stripped.scale() > maxScale) {
            // a scale of 10^9 would print a billion digits: show such values in exponent form
            String shown = stripped.scale() > 100 ? value.toString() : value.toPlainString();
            throw new InvalidValueException(field, shown, Problems.of("atMostDecimals", maxScale));
        }
        return value;
    }

    /**
     * Returns the value without trailing zeros and with a scale of at least zero, so that
     * {@code 2.90} and {@code 2.9} are the same value.
     *
     * @param value a checked value
     * @return its normal form
     */
    public static BigDecimal normalize(BigDecimal value) {
        if (value.signum() == 0) {
            return BigDecimal.ZERO;
        }
        // already normal (no decimals, or a last decimal other than 0): most values, kept without a copy
        int scale = value.scale();
        if (scale == 0 || scale > 0 && value.precision() <= 18 && value.scaleByPowerOfTen(scale).longValue() % 10 != 0) {
            return value;
        }
        BigDecimal s = value.stripTrailingZeros();
        return s.scale() < 0 ? s.setScale(0) : s;
    }

    /**
     * Formats a value in Italian notation: dots group thousands, a comma separates decimals,
     * and the scale of the value is kept.
     *
     * @param value the value
     * @return e.g. {@code 257.143,00} or {@code -4,1}
     */
    public static String formatItalian(BigDecimal value) {
        String plain = value.abs().toPlainString();
        int dot = plain.indexOf('.');
        String integer = dot < 0 ? plain : plain.substring(0, dot);
        String decimals = dot < 0 ? "" : plain.substring(dot + 1);
        StringBuilder sb = new StringBuilder();
        if (value.signum() < 0) {
            sb.append('-');
        }
        int first = integer.length() % 3 == 0 ? 3 : integer.length() % 3;
        sb.append(integer, 0, first);
        for (int i = first; i < integer.length(); i += 3) {
            sb.append('.').append(integer, i, i + 3);
        }
        if (!decimals.isEmpty()) {
            sb.append(',').append(decimals);
        }
        return sb.toString();
    }

    /**
     * Formats a value with a decimal comma and no grouping ({@code 1234,567}): the one form
     * that {@link #parse} never reads as grouping, so it round-trips whatever the scale.
     *
     * @param value the value
     * @return the text
     */
    public static String plainItalian(BigDecimal value) {
        return value.toPlainString().replace('.', ',');
    }

    /**
     * Formats a value in the canonical, locale-neutral notation of every {@code toString}: a
     * point for decimals, no grouping, the scale kept ({@code 1234.50}, {@code -4.1}). A value
     * with exactly three decimals and at most three integer digits gets a fourth zero
     * ({@code 1.2340}), because {@link #parse} reads {@code 1.234} as Italian grouping: so
     * {@code parse(canonical(v))} is always {@code v}.
     *
     * @param value the value
     * @return the text
     */
    public static String canonical(BigDecimal value) {
        String plain = value.toPlainString();
        int dot = plain.indexOf('.');
        int integerDigits = value.signum() < 0 ? dot - 1 : dot;
        return dot > 0 && plain.length() - dot - 1 == 3 && integerDigits <= 3 ? plain + "0" : plain;
    }

    /**
     * {@return its camelCase name, {@code atLeast}, as used in JSON and in {@code toString}}
     *
     * @param constant an enum constant such as {@code AT_LEAST}
     */
    public static String camelCase(Enum<?> constant) {
        String[] parts = constant.name().toLowerCase(java.util.Locale.ROOT).split("_");
        StringBuilder sb = new StringBuilder(parts[0]);
        for (int i = 1; i < parts.length; i++) {
            sb.append(Character.toUpperCase(parts[i].charAt(0))).append(parts[i].substring(1));
        }
        return sb.toString();
    }

    /**
     * Tells whether a character is one of the accepted signs.
     *
     * @param c a character
     * @return true for + - and the Unicode hyphens, dashes and minus
     */
    public static boolean isSign(char c) {
        return c == '-' || c == '+' || c == '\u2010' || c == '\u2011' || c == '\u2013' || c == '\u2212';
    }

    /**
     * Trims ASCII and Unicode spaces (including non-breaking ones) at both ends.
     *
     * @param s a string
     * @return the trimmed string
     */
    public static String stripSpaces(String s) {
        return s.replace('\u00A0', ' ').replace('\u202F', ' ').strip();
    }
}
