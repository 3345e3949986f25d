package io.github.albero.model;

import io.github.albero.internal.Numbers;
import io.github.albero.measure.Percentage;
import io.github.albero.measure.Quantity;
import io.github.albero.measure.Unit;
import java.math.BigDecimal;
import java.util.Optional;

/**
 * The commonest ways of writing a target or a result, read by one scan of the text as given, with
 * no normalised copy and no regular expression (<i>forme comuni</i>): a bare number with an
 * optional {@code %} or {@code ‰} ({@code "100%"}, {@code "3"}, {@code "4,5"}) and, for targets,
 * the same after {@code ≥}, {@code >=}, {@code almeno}, {@code non inferiore a(l)}, {@code ≤},
 * {@code <=} or {@code non superiore a(l)}, optionally followed by a rating scale
 * {@code (scala da 1 a 5)}. Any other text, including these forms with capitals, a sign, a
 * thousands separator, white space other than normalisation's or trailing marks, gets null: {@link TextReader}'s general
 * grammar reads it. Where it answers, it gives what the grammar gives
 * ({@code CommonFormsTest}). Static methods only, thread-safe.
 */
final class CommonForms {
    // bounds that keep every accepted number within Numbers' magnitude and scale: no error to mirror
    private static final int MAX_INTEGER_DIGITS = 12;
    private static final int MAX_DECIMALS = 4;

    private CommonForms() {
    }

    /**
     * Reads a target written in a common form.
     *
     * @param text a target's text, as written
     * @return its reading (as the grammar gives it), or null when the text is not in a common form
     */
    static Optional<TargetReading> target(String text) {
        int n = text.length();
        int i = spaces(text, 0);
        TargetOperator op = null;
        int after = -1;
        if (i < n) {
            char c = text.charAt(i);
            if (c == '≥') {
                op = TargetOperator.AT_LEAST;
                after = i + 1;
            } else if (c == '≤') {
                op = TargetOperator.AT_MOST;
                after = i + 1;
            } else if ((c == '>' || c == '<') && i + 1 < n && text.charAt(i + 1) == '=') {
                op = c == '>' ? TargetOperator.AT_LEAST : TargetOperator.AT_MOST;
                after = i + 2;
            } else if (text.startsWith("almeno", i)) {
                op = TargetOperator.AT_LEAST;
                after = wordEnd(text, i + 6);
            } else if (text.startsWith("non inferiore a", i)) {
                op = TargetOperator.AT_LEAST;
                after = articleEnd(text, i + 15);
            } else if (text.startsWith("non superiore a", i)) {
                op = TargetOperator.AT_MOST;
                after = articleEnd(text, i + 15);
            } else if (!isDigit(c)) {
                return null;
            }
            if (op != null) {
                if (after < 0) {
                    return null;
                }
                i = spaces(text, after);
            }
        }
        int numberStart = i;
        int numberEnd = number(text, i);
        if (numberEnd < 0) {
            return null;
        }
        i = spaces(text, numberEnd);
        Unit unit = null;
        if (i < n && (text.charAt(i) == '%' || text.charAt(i) == '‰')) {
            unit = Unit.of(text.substring(i, i + 1));
            i = spaces(text, i + 1);
        }
        boolean score = false;
        if (unit == null && text.startsWith("(scala da ", i)) {
            i = scale(text, i + 10);
            if (i < 0) {
                return null;
            }
            score = true;
            i = spaces(text, i);
        }
        if (i != n) {
            return null;
        }
        String digits = text.substring(numberStart, numberEnd);
        if (op == null) {
            // the grammar: a whole quantity (Quantity.parse), a plain number on a scale being a score
            Quantity q = Quantity.of(Numbers.parse("quantity", digits, Quantity.MAX_SCALE), score ? Unit.SCORE : unit);
            return Optional.of(TargetReading.exactly(q).inferred());
        }
        if (unit == null && digits.length() == 4 && (digits.startsWith("19") || digits.startsWith("20"))
                && isDigit(digits.charAt(2)) && isDigit(digits.charAt(3))) {
            // "non inferiore al 2017": a bound that is a year may name a base year, the grammar's to judge
            return null;
        }
        // the grammar: a stated bound read by TextReader.number and TextReader.unit
        Quantity bound = Quantity.of(Numbers.parse("reading.value", digits, 6), score ? Unit.SCORE : unit);
        return Optional.of(op == TargetOperator.AT_LEAST ? TargetReading.atLeast(bound) : TargetReading.atMost(bound));
    }

    /**
     * Reads a result written in a common form: a bare number, a percentage or a per-mille figure.
     *
     * @param text a result's text, as written
     * @return its reading (as the grammar gives it), or null when the text is not in a common form
     */
    static Optional<ResultReading> result(String text) {
        int n = text.length();
        int i = spaces(text, 0);
        int numberStart = i;
        int numberEnd = number(text, i);
        if (numberEnd < 0) {
            return null;
        }
        i = spaces(text, numberEnd);
        char unit = i < n ? text.charAt(i) : 0;
        if (unit == '%' || unit == '‰') {
            i = spaces(text, i + 1);
        }
        if (i != n) {
            return null;
        }
        String digits = text.substring(numberStart, numberEnd);
        if (unit == '%') {
            // the grammar: a whole-text percentage (Percentage.parse)
            return Optional.of(ResultReading.percentage(Percentage.of(Numbers.parse("percentage", digits, Percentage.MAX_SCALE))));
        }
        // the grammar: a whole quantity (Quantity.parse)
        BigDecimal value = Numbers.parse("quantity", digits, Quantity.MAX_SCALE);
        return Optional.of(ResultReading.number(Quantity.of(value, unit == '‰' ? Unit.of("‰") : null)));
    }

    /**
     * The end of a number of 1 to 12 digits with an optional decimal part ({@code ,} or {@code .}
     * and 1 to 4 digits), not followed by another digit, dot or comma; -1 when there is none at
     * {@code i}. One separator at most: never a date, never a thousands group the grammar might
     * read otherwise.
     */
    private static int number(String text, int i) {
        int n = text.length();
        int j = digits(text, i);
        if (j == i || j - i > MAX_INTEGER_DIGITS) {
            return -1;
        }
        if (j < n && (text.charAt(j) == ',' || text.charAt(j) == '.')) {
            int k = digits(text, j + 1);
            if (k == j + 1 || k - j - 1 > MAX_DECIMALS) {
                return -1;
            }
            j = k;
        }
        return j < n && (text.charAt(j) == ',' || text.charAt(j) == '.') ? -1 : j;
    }

    /** After "(scala da ": "A a B)" with whole numbers A below B (1 or 2 digits each); the end, or -1. */
    private static int scale(String text, int i) {
        int lowEnd = digits(text, i);
        if (lowEnd == i || lowEnd - i > 2 || !text.startsWith(" a ", lowEnd)) {
            return -1;
        }
        int highStart = lowEnd + 3;
        int highEnd = digits(text, highStart);
        if (highEnd == highStart || highEnd - highStart > 2 || !text.startsWith(")", highEnd)) {
            return -1;
        }
        // a scale whose ends are reversed is no scale for the grammar: leave it to the grammar
        int low = Integer.parseInt(text, i, lowEnd, 10);
        int high = Integer.parseInt(text, highStart, highEnd, 10);
        return low < high ? highEnd + 1 : -1;
    }

    /** After a word: the index past the spaces that must follow it, or -1. */
    private static int wordEnd(String text, int i) {
        int j = spaces(text, i);
        return j > i ? j : -1;
    }

    /** After "non inferiore a"/"non superiore a": an optional "l", then spaces; the index past them, or -1. */
    private static int articleEnd(String text, int i) {
        return wordEnd(text, i < text.length() && text.charAt(i) == 'l' ? i + 1 : i);
    }

    /**
     * Past the spaces at {@code i}: the characters that normalisation makes one space (space, tab,
     * line breaks, no-break space), which every token of a common form may be separated by.
     */
    private static int spaces(String text, int i) {
        while (i < text.length() && Vocabulary.isSpace(text.charAt(i))) {
            i++;
        }
        return i;
    }

    private static int digits(String text, int i) {
        while (i < text.length() && isDigit(text.charAt(i))) {
            i++;
        }
        return i;
    }

    private static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }
}
