package io.github.albero.model;

import io.github.albero.measure.Unit;
import java.math.BigDecimal;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The one answer to the domain questions that the reader, the calculators and the validation
 * rules all ask (<i>vocabolario</i>): what a placeholder mark is, what "nothing reported"
 * means, what a rating scale is, which units compare, and when a target's operator contradicts
 * an indicator's polarity. Every module asks here; nothing else defines these words.
 *
 * <p>All methods are static, pure and thread-safe; none accepts {@code null} unless it says so.
 */
public final class Vocabulary {
    // marks only (underscores, dashes, dots, slashes: "/" is "not applicable" in many tables), or "n.d."/"n.a." and their slash forms
    private static final Pattern PLACEHOLDER = Pattern.compile(
            "^[_\\-\u2010\u2011\u2012\u2013\u2014\u2212.\u2026/\\s]*[_\\-\u2010\u2011\u2012\u2013\u2014\u2212\u2026/][_\\-\u2010\u2011\u2012\u2013\u2014\u2212.\u2026/\\s]*$"
                    + "|^\\.{3,}$|^n\\s?[./]\\s?[da]\\.?$");
    private static final Pattern SCALE = Pattern.compile(
            "scala\\s+(?:di\\s+valutazione\\s+|di\\s+gradimento\\s+|likert\\s+)?(?:da\\s+)?(\\d+(?:[.,]\\d+)?)\\s*(?:a|-|\u2013)\\s*(\\d+(?:[.,]\\d+)?)",
            Pattern.CASE_INSENSITIVE);

    private Vocabulary() {
    }

    /**
     * Tells whether a text is only a placeholder mark (<i>segnaposto</i>): underscores, dashes or
     * dots or slashes ({@code "_____"}, {@code "‐"}, {@code "....."}, {@code "/"}), or {@code "n.d."}, {@code "n.a."},
     * {@code "n/d"}, {@code "n/a"}. As a target it means the year has no target; as a result,
     * that nothing was reported.
     *
     * @param text a target's or result's text, or null
     * @return true for a placeholder mark; false for null
     */
    public static boolean isPlaceholder(String text) {
        if (text == null) {
            return false;
        }
        // a placeholder holds only dashes, underscores, dots, ellipses and spaces, or is "n.d."/"n/a":
        // any other character settles it without normalising the text (this runs for every target)
        boolean marksOnly = true;
        boolean mark = false;
        for (int i = 0, n = text.length(); i < n; i++) {
            char c = text.charAt(i);
            boolean dash = c == '_' || c == '-' || c == '\u2026' || (c >= '\u2010' && c <= '\u2014') || c == '\u2212';
            if (!(dash || c == '.' || c == '/' || c == '\u00A0' || Character.isWhitespace(c)
                    || c == 'n' || c == 'N' || c == 'd' || c == 'D' || c == 'a' || c == 'A')) {
                return false;
            }
            mark |= dash;
            marksOnly &= dash || c == '.' || c == ' ' || c == '\u00A0' || c >= '\t' && c <= '\r';
        }
        // dashes, underscores or ellipses among dots and spaces: the pattern's first form, known without it
        return marksOnly && mark || matchesPlaceholder(text);
    }

    /** The placeholder pattern alone, without the shortcut above (which a test holds to it). */
    static boolean matchesPlaceholder(String text) {
        return PLACEHOLDER.matcher(normalize(text)).matches();
    }

    /**
     * Tells whether a result says that nothing was reported for its year (<i>non
     * rendicontato</i>): its reading is {@link ResultKind#NOTHING_REPORTED}, or it has no
     * reading and its text is a {@linkplain #isPlaceholder(String) placeholder}.
     *
     * @param result a result
     * @return true when nothing was reported
     */
    public static boolean isNothingReported(Result result) {
        Objects.requireNonNull(result, "result");
        return result.reading().map(r -> r.kind() == ResultKind.NOTHING_REPORTED).orElseGet(() -> isPlaceholder(result.text()));
    }

    /**
     * Finds the rating scale (<i>scala di valutazione</i>) a text declares:
     * "scala da 1 a 5", "scala di valutazione da 1 a 10", "(scala 1-5)".
     *
     * @param text a target's text
     * @return the scale, or empty when the text declares none (or a scale whose ends are reversed)
     */
    public static Optional<RatingScale> ratingScale(String text) {
        Objects.requireNonNull(text, "text");
        // "scala da １ a ５": the text as TextReader reads it (the same instance when nothing changes)
        String t = asciiDigits(text);
        int at = scaleWordAt(t);
        if (at < 0) {
            return Optional.empty();
        }
        // a match starts with the word: none before its first occurrence
        Matcher m = SCALE.matcher(t);
        for (boolean found = m.find(at); found; found = m.find()) {
            BigDecimal low = new BigDecimal(m.group(1).replace(',', '.'));
            BigDecimal high = new BigDecimal(m.group(2).replace(',', '.'));
            if (low.compareTo(high) < 0) {
                return Optional.of(new RatingScale(low, high));
            }
        }
        return Optional.empty();
    }

    /**
     * Finds the rating scale an indicator declares: the first one its target texts declare, in
     * year order.
     *
     * @param indicator an indicator
     * @return the scale, or empty
     */
    public static Optional<RatingScale> ratingScale(Indicator indicator) {
        Objects.requireNonNull(indicator, "indicator");
        for (Target t : indicator.targets().values()) {
            // most targets never mention a scale: skip the regular expression for them
            if (!mentionsScale(t.text())) {
                continue;
            }
            Optional<RatingScale> s = ratingScale(t.text());
            if (s.isPresent()) {
                return s;
            }
        }
        return Optional.empty();
    }

    private static boolean mentionsScale(String text) {
        return scaleWordAt(asciiDigits(text)) >= 0;
    }

    /**
     * Where the word "scala" first occurs in a text, in any case; -1 if nowhere. SCALE matches only
     * from such a place (it begins with the word, ASCII case ignored), so it is searched from there.
     */
    private static int scaleWordAt(String text) {
        // from one "s" or "S" to the next (indexOf is the JDK's fast search), not character by character
        int lower = scaleWordAt(text, 's');
        int upper = scaleWordAt(text, 'S');
        return lower < 0 ? upper : upper < 0 ? lower : Math.min(lower, upper);
    }

    private static int scaleWordAt(String text, char s) {
        int last = text.length() - 5;
        for (int i = text.indexOf(s); i >= 0 && i <= last; i = text.indexOf(s, i + 1)) {
            // "cala" in either case: what regionMatches(true, …) accepts for these letters, which have no other case forms
            if ((text.charAt(i + 1) | 0x20) == 'c' && (text.charAt(i + 2) | 0x20) == 'a' && (text.charAt(i + 3) | 0x20) == 'l'
                    && (text.charAt(i + 4) | 0x20) == 'a') {
                return i;
            }
        }
        return -1;
    }

    /**
     * Removes every rating-scale declaration from a text, so that its numbers are not read as
     * values.
     *
     * @param text a text
     * @return the text without "(scala da 1 a 5)" and the like
     */
    static String withoutScale(String text) {
        return withoutScale(text, null);
    }

    /**
     * Removes every rating-scale declaration from a text, and tells on the way whether it
     * declares a scale: {@link #withoutScale(String)} and {@code ratingScale(text).isPresent()}
     * in one search.
     *
     * @param text a text
     * @param declares where to say whether the text declares a scale (its first element), or null
     * @return the text without "(scala da 1 a 5)" and the like
     */
    static String withoutScale(String text, boolean[] declares) {
        // no scale without the word; a match starts with it, so none before its first occurrence
        int at = scaleWordAt(text);
        String t = text;
        Matcher m = at < 0 ? null : SCALE.matcher(text);
        if (m != null && m.find(at)) {
            // the matches that replaceAll replaces, which are those ratingScale goes through
            StringBuilder sb = new StringBuilder(text.length());
            do {
                if (declares != null && !declares[0]) {
                    declares[0] = new BigDecimal(m.group(1).replace(',', '.')).compareTo(new BigDecimal(m.group(2).replace(',', '.'))) < 0;
                }
                m.appendReplacement(sb, " ");
            } while (m.find());
            t = m.appendTail(sb).toString();
        }
        return withoutEmptyBrackets(t);
    }

    /** What {@code t.replaceAll("\\(\\s*\\)", " ")} gives, written out: each "(", white space and ")" becomes one space. */
    private static String withoutEmptyBrackets(String t) {
        StringBuilder sb = null;
        int copied = 0;
        for (int i = t.indexOf('('); i >= 0; i = t.indexOf('(', i + 1)) {
            int k = i + 1;
            while (k < t.length() && isRegexSpace(t.charAt(k))) {
                k++;
            }
            if (k < t.length() && t.charAt(k) == ')') {
                if (sb == null) {
                    sb = new StringBuilder(t.length());
                }
                sb.append(t, copied, i).append(' ');
                copied = k + 1;
                i = k;
            }
        }
        return sb == null ? t : sb.append(t, copied, t.length()).toString();
    }

    private static boolean isRegexSpace(char c) {
        return c == ' ' || c >= '\t' && c <= '\r';
    }

    /**
     * Tells whether a target value and a result value can be compared by dividing one by the
     * other. Equal units compare; a plain number (no unit) compares with another plain number,
     * a count ({@link Unit#COUNT}) or a score ({@link Unit#SCORE}), all pure numbers. A plain
     * number never compares with a percentage, days, euros or any other unit: "6" against
     * "66,7%" is not comparable, whatever either was meant to be.
     *
     * @param target the target's unit, or empty
     * @param result the result's unit, or empty
     * @return true when comparable
     */
    public static boolean comparable(Optional<Unit> target, Optional<Unit> result) {
        Objects.requireNonNull(target, "target");
        Objects.requireNonNull(result, "result");
        if (target.isPresent() && result.isPresent()) {
            return target.get().isCompatibleWith(result.get());
        }
        // without lambdas: the scorer asks this for nearly every indicator
        return (target.isEmpty() || isPureNumber(target.get())) && (result.isEmpty() || isPureNumber(result.get()));
    }

    /**
     * Returns true for the units of a pure number: a count or a score.
     *
     * @param unit a unit
     * @return true for the units of a pure number: a count or a score
     */
    public static boolean isPureNumber(Unit unit) {
        Objects.requireNonNull(unit, "unit");
        return unit.equals(Unit.COUNT) || unit.equals(Unit.SCORE);
    }

    /**
     * Tells whether a target's reading contradicts an indicator's polarity: "higher is better"
     * against a stated "at most", "lower is better" against a stated "at least", a target range
     * against either. Only an operator the text {@linkplain TargetReading#operatorStated()
     * states} can contradict; an operator the reader inferred never does, and the polarity
     * decides.
     *
     * @param polarity the indicator's polarity
     * @param reading the target's reading
     * @return true on a stated contradiction
     */
    public static boolean contradicts(Polarity polarity, TargetReading reading) {
        Objects.requireNonNull(polarity, "polarity");
        Objects.requireNonNull(reading, "reading");
        if (!reading.operatorStated()) {
            return false;
        }
        TargetOperator o = reading.operator();
        switch (polarity) {
            case HIGHER_IS_BETTER:
                return o == TargetOperator.AT_MOST || o == TargetOperator.DECREASE;
            case LOWER_IS_BETTER:
                return o == TargetOperator.AT_LEAST || o == TargetOperator.INCREASE;
            case TARGET_RANGE:
                return o == TargetOperator.AT_LEAST || o == TargetOperator.AT_MOST;
            default:
                return false;
        }
    }

    /**
     * Tells which way a reading says values are good, when its operator is stated: "at least"
     * and an increase mean higher is better; "at most" and a decrease, lower is better;
     * "between", a range. Otherwise (an inferred operator, "exactly", a milestone, a deadline,
     * "maintain") the indicator's polarity decides.
     *
     * @param polarity the indicator's polarity
     * @param reading the target's reading
     * @return the polarity that governs the comparison
     */
    public static Polarity governingPolarity(Polarity polarity, TargetReading reading) {
        Objects.requireNonNull(polarity, "polarity");
        Objects.requireNonNull(reading, "reading");
        if (!reading.operatorStated()) {
            return polarity;
        }
        switch (reading.operator()) {
            case AT_LEAST:
            case INCREASE:
                return Polarity.HIGHER_IS_BETTER;
            case AT_MOST:
            case DECREASE:
                return Polarity.LOWER_IS_BETTER;
            case BETWEEN:
                return Polarity.TARGET_RANGE;
            default:
                return polarity;
        }
    }

    /**
     * The reading a target's text gives, when the target's given reading contradicts it: the two
     * differ in value, upper bound, deadline or base year, in unit (when both have one), or in an
     * operator the text {@linkplain TargetReading#operatorStated() states}. A text that does not
     * read contradicts nothing (it is unread, not contradicted), nor does a target without a
     * reading; an operator the text only implies (a bare "5%") may be made precise by the reading.
     *
     * <pre>{@code
     * Vocabulary.textContradicting(Target.of("> 5 giorni", TargetReading.parse("atMost 5 gg")));
     * // Optional[atLeast 5 gg]
     * }</pre>
     *
     * @param target a target
     * @return what its text reads, when that contradicts its reading
     */
    public static Optional<TargetReading> textContradicting(Target target) {
        Objects.requireNonNull(target, "target");
        if (target.reading().isEmpty()) {
            return Optional.empty();
        }
        TargetReading given = target.reading().get();
        Optional<TargetReading> text = TextReader.readTarget(target.text());
        if (text.isEmpty()) {
            return Optional.empty();
        }
        TargetReading t = text.get();
        boolean differs = t.operatorStated() && t.operator() != given.operator()
                || !sameNumber(t.value(), given.value()) || !sameNumber(t.upperBound(), given.upperBound())
                || bothAndDiffer(t.unit(), given.unit()) || !t.deadline().equals(given.deadline())
                || t.baseYear().isPresent() && !t.baseYear().equals(given.baseYear());
        return differs ? text : Optional.empty();
    }

    /**
     * The reading a result's text gives, when the result's given reading contradicts it: another
     * kind, value, status or date, or another unit when both have one. As for targets, a text
     * that does not read or a result without a reading contradicts nothing, and a result computed
     * from its numerator and denominator is read from them, not from its text.
     *
     * @param result a result
     * @return what its text reads, when that contradicts its reading
     */
    public static Optional<ResultReading> textContradicting(Result result) {
        Objects.requireNonNull(result, "result");
        if (result.reading().isEmpty() || result.parts().isPresent()) {
            return Optional.empty();
        }
        ResultReading given = result.reading().get();
        Optional<ResultReading> text = TextReader.readResult(result.text());
        if (text.isEmpty()) {
            return Optional.empty();
        }
        ResultReading t = text.get();
        boolean differs = t.kind() != given.kind() || !sameNumber(t.value(), given.value()) || bothAndDiffer(t.unit(), given.unit())
                || !t.status().equals(given.status()) || !t.date().equals(given.date());
        return differs ? text : Optional.empty();
    }

    private static boolean sameNumber(Optional<java.math.BigDecimal> a, Optional<java.math.BigDecimal> b) {
        return a.isPresent() == b.isPresent() && (a.isEmpty() || a.get().compareTo(b.get()) == 0);
    }

    private static <T> boolean bothAndDiffer(Optional<T> a, Optional<T> b) {
        return a.isPresent() && b.isPresent() && !a.get().equals(b.get());
    }

    /**
     * The text as the readers compare it: every run of spaces, tabs, line breaks and no-break spaces
     * one space, no leading or trailing white space, lower case. Written out rather than as
     * {@code Pattern.compile("\\s+").matcher(text.replace('\u00A0', ' ')).replaceAll(" ").strip().toLowerCase(Locale.ITALIAN)},
     * which it equals ({@code VocabularyTest}), because every text read goes through it.
     */
    static String normalize(String text) {
        // one pass: runs of spaces become one space, and each character is lower-cased on the way (what
        // String.toLowerCase does for every character but these: it gives "i̇" for U+0130, a final sigma
        // by context for U+03A3, and reads surrogate pairs whole, so a text holding one goes the long way)
        int n = text.length();
        char[] out = null;
        int len = 0;
        for (int i = 0; i < n; i++) {
            char c = text.charAt(i);
            char lower;
            if (c < 0x80) {
                lower = c >= 'A' && c <= 'Z' ? (char) (c + 32) : c;
            } else {
                int lc = Character.toLowerCase((int) c);
                if (c == '\u0130' || c == '\u03A3' || Character.isSurrogate(c) || lc > Character.MAX_VALUE) {
                    return normalizeByParts(text);
                }
                lower = (char) lc;
            }
            if (isSpace(c)) {
                int end = i + 1;
                while (end < n && isSpace(text.charAt(end))) {
                    end++;
                }
                // a single plain space stays as it is: no copy of the text unless something changes
                if (out == null && (c != ' ' || end > i + 1)) {
                    out = copyOf(text, i);
                }
                if (out != null) {
                    out[len] = ' ';
                }
                len++;
                i = end - 1;
                continue;
            }
            if (out == null && lower != c) {
                out = copyOf(text, i);
            }
            if (out != null) {
                out[len] = lower;
            }
            len++;
        }
        // strip() after the spaces are merged: it also removes white space that \s does not know (U+2028, U+001C...)
        int from = 0;
        int to = len;
        if (out == null) {
            while (from < to && Character.isWhitespace(text.charAt(from))) {
                from++;
            }
            while (to > from && Character.isWhitespace(text.charAt(to - 1))) {
                to--;
            }
            return from == 0 && to == n ? text : text.substring(from, to);
        }
        while (from < to && Character.isWhitespace(out[from])) {
            from++;
        }
        while (to > from && Character.isWhitespace(out[to - 1])) {
            to--;
        }
        return new String(out, from, to - from);
    }

    private static char[] copyOf(String text, int upTo) {
        char[] out = new char[text.length()];
        text.getChars(0, upTo, out, 0);
        return out;
    }

    /**
     * The text with the digits of other scripts as ASCII digits of the same value: fullwidth
     * ({@code １２０}), Arabic-Indic ({@code ١٢٠}) and every other Unicode decimal digit, with the
     * marks written with them: the fullwidth forms of ASCII ({@code ％}, {@code ，}) and the Arabic
     * percent sign, decimal separator and thousands separator ({@code ٪ ٫ ٬} as {@code % , .}).
     * A figure so written is read as its value, as a reader sees it, not as a text without a
     * figure. Each digit stands for one digit of the same value, so the reading stays exact.
     */
    static String asciiDigits(String text) {
        int n = text.length();
        int i = 0;
        // most texts hold none: no copy then
        while (i < n && !mayMap(text.charAt(i))) {
            i++;
        }
        if (i == n) {
            return text;
        }
        StringBuilder sb = new StringBuilder(n).append(text, 0, i);
        while (i < n) {
            int cp = text.codePointAt(i);
            i += Character.charCount(cp);
            if (cp >= 0xFF01 && cp <= 0xFF5E) {
                sb.append((char) (cp - 0xFEE0));
            } else if (cp >= 0x066A && cp <= 0x066C) {
                sb.append(cp == 0x066A ? '%' : cp == 0x066B ? ',' : '.');
            } else if (cp > 0x7F && Character.isDigit(cp)) {
                sb.append((char) ('0' + Character.digit(cp, 10)));
            } else {
                sb.appendCodePoint(cp);
            }
        }
        return sb.toString();
    }

    private static boolean mayMap(char c) {
        // the first decimal digits beyond ASCII are Arabic-Indic (U+0660); a surrogate may start a supplementary digit
        return c >= 0x0660 && (c >= 0xFF01 && c <= 0xFF5E || c >= 0x066A && c <= 0x066C || Character.isDigit(c) || Character.isHighSurrogate(c));
    }

    /** The definition {@link #normalize} writes out: spaces merged, stripped, then lower-cased by the JDK. */
    static String normalizeByParts(String text) {
        int n = text.length();
        StringBuilder sb = null;
        for (int i = 0; i < n; i++) {
            char c = text.charAt(i);
            if (!isSpace(c)) {
                if (sb != null) {
                    sb.append(c);
                }
                continue;
            }
            int end = i + 1;
            while (end < n && isSpace(text.charAt(end))) {
                end++;
            }
            if (sb == null && (c != ' ' || end > i + 1)) {
                sb = new StringBuilder(n).append(text, 0, i);
            }
            if (sb != null) {
                sb.append(' ');
            }
            i = end - 1;
        }
        return (sb == null ? text : sb.toString()).strip().toLowerCase(Locale.ITALIAN);
    }

    /** A character of Java's {@code \s} ({@code [ \t\n\x0B\f\r]}) or a no-break space. */
    static boolean isSpace(char c) {
        return c == ' ' || c == '\u00A0' || c >= '\t' && c <= '\r';
    }

    /**
     * A rating scale from a lowest to a highest mark, such as 1 to 5; immutable and thread-safe.
     *
     * @param low the lowest mark
     * @param high the highest mark, above {@code low}
     */
    public record RatingScale(BigDecimal low, BigDecimal high) {
        /** Checks the ends. */
        public RatingScale {
            Objects.requireNonNull(low, "low");
            Objects.requireNonNull(high, "high");
        }

        /**
         * Returns true when the mark lies on the scale, ends included.
         *
         * @param value a mark
         * @return true when the mark lies on the scale, ends included
         */
        public boolean contains(BigDecimal value) {
            return value.compareTo(low) >= 0 && value.compareTo(high) <= 0;
        }

        /** {@return e.g. {@code "1..5"}} */
        @Override
        public String toString() {
            return low.stripTrailingZeros().toPlainString() + ".." + high.stripTrailingZeros().toPlainString();
        }
    }
}
