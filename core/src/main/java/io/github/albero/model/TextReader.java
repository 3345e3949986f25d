package io.github.albero.model;

import io.github.albero.InvalidValueException;
import io.github.albero.internal.Numbers;
import io.github.albero.measure.Percentage;
import io.github.albero.measure.Quantity;
import io.github.albero.measure.Unit;
import java.math.BigDecimal;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the texts of targets and results, as Italian performance documents write them, into
 * structured readings. It never guesses: a text it cannot read gives an empty result, and the
 * original text is kept by {@link Target} and {@link Result} either way.
 *
 * <p>Targets:
 * <ul>
 * <li>a whole-text percentage ({@code "100%"}) → at least that percentage;</li>
 * <li>{@code almeno}, {@code non inferiore a}, {@code non meno di}, {@code ≥} + number →
 *     at least; {@code non superiore a}, {@code al massimo}, {@code ≤} + number, or
 *     {@code entro} + number of days → at most; {@code tra X e Y} → between;</li>
 * <li>a unit after the number: {@code %}, {@code gg}/{@code giorni}, otherwise a noun
 *     ("2 eventi") → a count ({@code n}); a {@code (scala da 1 a 5)} anywhere → a score;</li>
 * <li>a bare number ({@code "3"}, {@code "2.9 gg"}) → exactly that value;</li>
 * <li>a text with no number at all ({@code "report"}, "Realizzazione del progetto …") →
 *     a milestone, unless it only states a direction ("Riduzione dei costi …", "Incremento …"),
 *     which has no figure to compare with;</li>
 * <li>anything else (numbers without a recognised comparison, underscores) → no reading.</li>
 * </ul>
 *
 * <p>Results:
 * <ul>
 * <li>only underscores or dashes ({@code "_____"}), {@code "n.d."} → nothing reported;</li>
 * <li>a whole-text percentage ({@code "100%"}, {@code "‐4,1%"}) → a percentage;</li>
 * <li>a number with an optional unit ({@code "2.9 gg"}, {@code "4.7"}, {@code "n. 2"}), or a
 *     text that starts with a count ({@code "n. 3 campagne …"}) → a number;</li>
 * <li>words: {@code parzial…} → partially achieved; {@code rinviat…}, {@code posticipat…} →
 *     postponed; {@code non raggiunt…}, {@code non realizzat…}, {@code NO} → not achieved;
 *     {@code raggiunt…}, {@code realizzat…}, {@code completat…}, {@code SI} → achieved;</li>
 * <li>anything else → no reading.</li>
 * </ul>
 */
public final class TextReader {
    private static final String NUM = "([+\\-\u2010\u2011\u2013\u2212]?\\s?\\d[\\d.]*(?:,\\d+)?)";
    private static final String UNIT = "\\s*(%|gg\\.?|giorni|[a-zà-ù]{2,30})?";
    private static final Pattern SCALE = Pattern.compile("\\(?\\s*scala da \\d+ a \\d+\\s*\\)?");
    private static final Pattern AT_LEAST = Pattern.compile(
            "(?:almeno|non inferiore a(?:l(?:la|lo)?)?|non meno di|pari o superiore a|superiore o uguale a|minimo|≥|>=)\\s*(?:n\\.\\s*|dell['’]\\s*|del\\s+|della\\s+)?" + NUM + UNIT);
    private static final Pattern AT_MOST = Pattern.compile(
            "(?:non superiore a(?:l(?:la|lo)?)?|al massimo|massimo|non oltre|pari o inferiore a|inferiore o uguale a|≤|<=)\\s*(?:n\\.\\s*)?" + NUM + UNIT);
    private static final Pattern WITHIN_DAYS = Pattern.compile("entro\\s+(?:i\\s+)?" + NUM + "\\s*(gg\\.?|giorni)");
    private static final Pattern BETWEEN = Pattern.compile("(?:tra|fra)\\s+" + NUM + "\\s*%?\\s+e\\s+" + NUM + UNIT);
    private static final Pattern ANY_NUMBER = Pattern.compile("(?<![\\w])\\d+(?:[.,]\\d+)*(?![\\w])");
    private static final Pattern YEAR = Pattern.compile("(19|20)\\d\\d");
    private static final Pattern NOTHING = Pattern.compile("^[_\\-\u2010\u2011\u2013\u2014\\s]+$|^n\\.?\\s?d\\.?$");
    // "riduzione dei costi": a direction without a figure is neither a milestone nor a value
    private static final Pattern DIRECTION = Pattern.compile("^(riduzione|ridurre|incremento|incrementare|aumento|aumentare|contenimento|contenere|miglioramento)\\b.*");
    private static final Pattern LEADING_COUNT = Pattern.compile("^(?:n\\.|nr\\.?)\\s*(\\d[\\d.]*(?:,\\d+)?)\\b.*", Pattern.DOTALL);

    private TextReader() {
    }

    /**
     * {@return its reading, or empty when the text does not allow one}
     *
     * @param text a target's text
     */
    public static Optional<TargetReading> readTarget(String text) {
        if (text == null) {
            return Optional.empty();
        }
        String s = normalize(text);
        if (s.isEmpty() || NOTHING.matcher(s).matches()) {
            return Optional.empty();
        }
        try {
            boolean score = SCALE.matcher(s).find();
            String body = SCALE.matcher(s).replaceAll(" ");
            Optional<Quantity> whole = wholeQuantity(body);
            if (whole.isPresent()) {
                Quantity q = withScore(whole.get(), score);
                return Optional.of(q.unit().filter(Unit.PERCENT::equals).isPresent()
                        ? TargetReading.atLeast(q) : TargetReading.exactly(q));
            }
            Matcher m = BETWEEN.matcher(body);
            if (m.find()) {
                Unit unit = unit(m.group(3), score);
                BigDecimal low = number(m.group(1));
                BigDecimal high = number(m.group(2));
                return high.compareTo(low) >= 0 ? Optional.of(TargetReading.between(low, high, unit)) : Optional.empty();
            }
            m = AT_LEAST.matcher(body);
            if (m.find()) {
                return Optional.of(TargetReading.atLeast(Quantity.of(number(m.group(1)), unit(m.group(2), score))));
            }
            m = AT_MOST.matcher(body);
            if (m.find()) {
                return Optional.of(TargetReading.atMost(Quantity.of(number(m.group(1)), unit(m.group(2), score))));
            }
            m = WITHIN_DAYS.matcher(body);
            if (m.find()) {
                return Optional.of(TargetReading.atMost(Quantity.of(number(m.group(1)), Unit.DAYS)));
            }
            if (!hasNumberOtherThanYears(body) && !DIRECTION.matcher(body).matches()) {
                return Optional.of(TargetReading.milestone());
            }
        } catch (InvalidValueException outOfBounds) {
            // a number too large or too precise: no reading rather than a wrong one
        }
        return Optional.empty();
    }

    /**
     * Tells whether a text is only a placeholder mark: underscores or dashes ({@code "_____"})
     * or {@code "n.d."}. As a result it means nothing was reported; as a target, that the year
     * has no target (not applicable).
     *
     * @param text a target's or result's text
     * @return true for a placeholder mark
     */
    public static boolean isPlaceholder(String text) {
        return text != null && NOTHING.matcher(normalize(text)).matches();
    }

    /**
     * {@return its reading, or empty when the text does not allow one}
     *
     * @param text a result's text
     */
    public static Optional<ResultReading> readResult(String text) {
        if (text == null) {
            return Optional.empty();
        }
        String s = normalize(text);
        if (s.isEmpty()) {
            return Optional.empty();
        }
        if (NOTHING.matcher(s).matches()) {
            return Optional.of(ResultReading.nothingReported());
        }
        try {
            if (s.endsWith("%")) {
                try {
                    return Optional.of(ResultReading.percentage(Percentage.parse(s)));
                } catch (InvalidValueException notAPercentage) {
                    // fall through to the other forms
                }
            }
            Optional<Quantity> whole = wholeQuantity(s);
            if (whole.isPresent()) {
                return whole.map(ResultReading::number);
            }
            Matcher count = LEADING_COUNT.matcher(s);
            if (count.matches()) {
                return Optional.of(ResultReading.number(Quantity.of(number(count.group(1)), Unit.COUNT)));
            }
        } catch (InvalidValueException outOfBounds) {
            return Optional.empty();
        }
        return status(s).map(ResultReading::status);
    }

    private static Optional<ResultStatus> status(String s) {
        if (s.contains("parzial")) {
            return Optional.of(ResultStatus.PARTIALLY_ACHIEVED);
        }
        if (s.contains("rinviat") || s.contains("posticipat")) {
            return Optional.of(ResultStatus.POSTPONED);
        }
        if (s.equals("no") || s.contains("non raggiunt") || s.contains("non realizzat") || s.contains("non conseguit")) {
            return Optional.of(ResultStatus.NOT_ACHIEVED);
        }
        if (s.equals("si") || s.equals("sì") || s.startsWith("raggiunt") || s.startsWith("realizzat")
                || s.startsWith("completat") || s.startsWith("conseguit") || s.equals("obiettivo raggiunto")) {
            return Optional.of(ResultStatus.ACHIEVED);
        }
        return Optional.empty();
    }

    private static Optional<Quantity> wholeQuantity(String s) {
        String t = s.strip();
        if (t.isEmpty() || !(Character.isDigit(t.charAt(0)) || Numbers.isSign(t.charAt(0)) || t.startsWith("n.") || t.startsWith("nr"))) {
            return Optional.empty();
        }
        try {
            Quantity q = Quantity.parse(t);
            if (q.unit().isPresent() && !isUnitWord(q.unit().get().symbol())) {
                // "2 eventi": a count of things
                return Optional.of(Quantity.of(q.value(), Unit.COUNT));
            }
            return Optional.of(q);
        } catch (InvalidValueException notAQuantity) {
            return Optional.empty();
        }
    }

    private static boolean isUnitWord(String symbol) {
        return symbol.equals("%") || symbol.equals("gg") || symbol.equals("n") || symbol.equals("EUR") || symbol.equals("score");
    }

    private static Quantity withScore(Quantity q, boolean score) {
        return score && q.unit().isEmpty() ? Quantity.of(q.value(), Unit.SCORE) : q;
    }

    private static Unit unit(String word, boolean score) {
        Unit u = word == null ? null : Unit.of(word);
        if (u != null && (u.equals(Unit.PERCENT) || u.equals(Unit.DAYS))) {
            return u;
        }
        // "non inferiore a 3 (scala da 1 a 5) sul servizio": the scale decides, not the next word
        if (score) {
            return Unit.SCORE;
        }
        return u == null ? null : isUnitWord(u.symbol()) ? u : Unit.COUNT;
    }

    private static BigDecimal number(String digits) {
        return Numbers.parse("reading.value", digits.replace(" ", ""), 6);
    }

    private static boolean hasNumberOtherThanYears(String s) {
        Matcher m = ANY_NUMBER.matcher(s);
        while (m.find()) {
            if (!YEAR.matcher(m.group()).matches()) {
                return true;
            }
        }
        return false;
    }

    private static String normalize(String text) {
        return text.replace('\u00A0', ' ').replaceAll("\\s+", " ").strip().toLowerCase(Locale.ITALIAN);
    }
}
