package io.github.albero.model;

import io.github.albero.InvalidValueException;
import io.github.albero.internal.Numbers;
import io.github.albero.measure.Percentage;
import io.github.albero.measure.Quantity;
import io.github.albero.measure.Unit;
import java.math.BigDecimal;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the texts of targets and results, as Italian performance documents write them, into
 * structured readings (<i>lettura dei testi</i>). It never guesses: a text it cannot read gives
 * an empty result, and the original text is kept by {@link Target} and {@link Result} either
 * way. Placeholders and rating scales are those of {@link Vocabulary}. Figures written in the
 * digits of other scripts (fullwidth {@code "１２０"}, Arabic-Indic {@code "١٢٠"}) are read as
 * their values; a figure in exponent form ({@code "1e10"}) gives no reading, targets and results
 * alike.
 *
 * <p>Targets, in this order:
 * <ul>
 * <li>a {@linkplain Vocabulary#isPlaceholder placeholder} ({@code "___"}, {@code "n.d."}) →
 *     no reading (no target that year);</li>
 * <li>a baseline ("Baseline: 800 servizi qualificati", "aumento del 25% rispetto alla baseline")
 *     → no reading: a baseline is the starting point, not a year a reading can name;</li>
 * <li>a bare value ({@code "5%"}, {@code "53‰"}, {@code "3"}, {@code "2.9 gg"},
 *     {@code "€ 5.000"}, {@code "9M€"}, {@code "2 eventi"}), or a share of something with no
 *     other figure ("30% dei musei da accreditare") → exactly that value, operator <b>inferred</b>:
 *     the polarity decides which way is better;</li>
 * <li>a date ({@code "entro il 30/06/2017"}, {@code "entro il 30 giugno 2017"},
 *     {@code "31/12/2017"}) → a deadline;</li>
 * <li>a change against a base ("incremento del 5% rispetto al 2016", "riduzione rispetto
 *     all'anno precedente", "+10% sul 2018") → increase or decrease over that year (none: the
 *     year before);
 *     "mantenimento del valore 2016" → maintain;</li>
 * <li>{@code tra X e Y}, {@code compreso tra X e Y} → between;</li>
 * <li>{@code almeno}, {@code non inferiore a}, {@code non meno di}, {@code superiore a},
 *     {@code maggiore di}, {@code oltre}, {@code ≥}, {@code >=}, {@code >} → at least;
 *     {@code non superiore a}, {@code al massimo}, {@code inferiore a}, {@code minore di},
 *     {@code ≤}, {@code <=}, {@code <}, {@code entro N giorni/ore} → at most;
 *     {@code =}, {@code pari a}, {@code uguale a} → exactly; {@code > o =} and {@code < o =}
 *     as written in some tables; all <b>stated</b>. Documents
 *     write {@code >} and {@code <} for thresholds: the bound is read as inclusive. A small
 *     number in words after the comparison counts as its digits ("almeno due iniziative" → at
 *     least 2); two different bounds outside brackets ("almeno 70 amministrazioni … e almeno 600
 *     soggetti") are two targets, and a change whose base cannot be read ("incremento di almeno
 *     80 amministrazioni") has no bound: no reading for either;</li>
 * <li>a unit after the number: {@code %}, {@code ‰}, {@code gg}/{@code giorni},
 *     {@code ore}, {@code €}/{@code euro}, otherwise a noun ("2 eventi") → a count
 *     ({@code n}); a rating scale anywhere → a score;</li>
 * <li>{@code SI}, {@code ON}, or a text with no number at all ("report", "Realizzazione del
 *     progetto …") → a milestone, unless it only states a direction ("Riduzione dei costi …"),
 *     which has no figure to compare with;</li>
 * <li>anything else (numbers without a recognised comparison) → no reading; so do a bound that is
 *     a fraction or a rank ("≥ 1/3", "≥ 75° percentile"), a figure in thousands or millions, in
 *     percentage points or a day without its year ("10 k€", "1,2 mln", "+2 p.p.", "30 giugno"), a year
 *     after an article ("maggiore del 2023": that year's value, not given), and a comparison or a
 *     value named without a figure ("≥ valore 2023", "in linea con la media nazionale", "↑",
 *     "da definire"), none of which is a milestone. A share followed by a time limit ("100% delle
 *     pratiche evase entro 30 gg") is that share.</li>
 * </ul>
 *
 * <p>Results:
 * <ul>
 * <li>a placeholder → nothing reported;</li>
 * <li>a whole-text percentage ({@code "100%"}, {@code "‐4,1%"}) → a percentage;</li>
 * <li>a number with an optional unit ({@code "2.9 gg"}, {@code "4.7"}, {@code "n. 2"},
 *     {@code "54,24 ‰"}, {@code "€ 5.000"}), or a text that starts with a count
 *     ({@code "n. 3 campagne …"}) → a number;</li>
 * <li>words followed by one figure and its unit ("tempo medio di lavorazione delle pratiche
 *     2.3 gg") → that number;</li>
 * <li>a date ({@code "15/06/2017"}, "approvato il 28/06/2017") → a date;</li>
 * <li>words: {@code parzial…} → partially achieved; {@code rinviat…}, {@code posticipat…} →
 *     postponed; {@code non raggiunt…}, {@code non realizzat…}, {@code NO}, {@code OFF} → not
 *     achieved; {@code raggiunt…}, {@code realizzat…}, {@code completat…}, {@code SI},
 *     {@code ON} → achieved;</li>
 * <li>anything else → no reading.</li>
 * </ul>
 */
public final class TextReader {
    private static final String NUM = "([+\\-\u2010\u2011\u2013\u2212]?\\s?\\d[\\d.]*(?:,\\d+)?)";
    // "≥ 1/3", "almeno 4/5": a fraction, whose numerator alone would be a wrong bound; "≥ 75° percentile": a rank, not a value
    // (the figure must be whole: without "\\d|[.,]\\d" the pattern would back off to "7" of "75°", "1" of "12/5")
    private static final String NOT_FRACTION = "(?!\\d|[.,]\\d|\\s?/\\s?\\d|\\s?[°º])";
    private static final String UNIT = "\\s*(%|‰|€|gg\\.?|[a-zà-ù]{2,30})?";
    private static final String ARTICLE = "(?:n\\.\\s*|il\\s+|l['’]\\s*|dell['’]\\s*|del\\s+|della\\s+|al\\s+|all['’]\\s*)?";
    private static final Pattern AT_LEAST = Pattern.compile(
            "(?:almeno|non inferiore a(?:l(?:la|lo|l['’])?)?|non meno d(?:i|el(?:la)?)|pari o superiore a(?:l)?|superiore o uguale a(?:l)?"
                    + "|maggiore o uguale a(?:l)?|(?<!non )superiore a(?:l(?:la)?)?|(?<!non )maggiore d(?:i|el)|(?<!non )oltre(?: il)?"
                    + "|(?<!non )più di|minimo|≥|>\\s?o\\s?=|>\\s?=|=>|>)\\s*" + ARTICLE + NUM + NOT_FRACTION + UNIT);
    private static final Pattern AT_MOST = Pattern.compile(
            "(?:non superiore a(?:l(?:la|lo|l['’])?)?|al massimo|massimo|non oltre(?: il)?|pari o inferiore a(?:l)?|inferiore o uguale a(?:l)?"
                    + "|minore o uguale a(?:l)?|(?<!non )inferiore a(?:l(?:la)?)?|(?<!non )minore d(?:i|el)|non più di|(?<!non )meno di|≤|<\\s?o\\s?=|<\\s?=|=<|<)\\s*"
                    + ARTICLE + NUM + NOT_FRACTION + UNIT);
    private static final Pattern EQUALS = Pattern.compile("(?:(?<![<>≤≥=])=(?![<>=])|(?<!o )pari a(?:l(?:la)?)?|uguale a(?:l(?:la)?)?)\\s*"
            + ARTICLE + NUM + NOT_FRACTION + UNIT);
    private static final Pattern WITHIN = Pattern.compile("entro\\s+(?:i\\s+|il\\s+)?(?:massimo\\s+|max\\.?\\s+)?" + NUM + "\\s*(gg\\.?|giorni|ore|h)\\b");
    private static final Pattern BETWEEN = Pattern.compile("(?:tra|fra)\\s+(?:il\\s+|l['’])?" + NUM + "\\s*%?\\s+e\\s+(?:il\\s+|l['’])?" + NUM + UNIT);
    private static final Pattern NUMERIC_DATE = Pattern.compile("(?<![\\d/])(\\d{1,2})\\s?[/.\\-]\\s?(\\d{1,2})\\s?[/.\\-]\\s?(\\d{4}|\\d{2})(?![\\d/])");
    private static final Pattern WORD_DATE = Pattern.compile(
            "(?<!\\d)(\\d{1,2})(?:°|º)?\\s+(gennaio|febbraio|marzo|aprile|maggio|giugno|luglio|agosto|settembre|ottobre|novembre|dicembre)\\s+(\\d{4})\\b");
    private static final Map<String, Integer> MONTHS = Map.ofEntries(Map.entry("gennaio", 1), Map.entry("febbraio", 2), Map.entry("marzo", 3),
            Map.entry("aprile", 4), Map.entry("maggio", 5), Map.entry("giugno", 6), Map.entry("luglio", 7), Map.entry("agosto", 8),
            Map.entry("settembre", 9), Map.entry("ottobre", 10), Map.entry("novembre", 11), Map.entry("dicembre", 12));
    private static final Pattern TRAILING_STOPS = Pattern.compile("[.;:]+$");
    private static final Pattern TRAILING_STOPS_OF_RESULT = Pattern.compile("[.;]+$");
    private static final Pattern TRAILING_STOPS_OF_STATUS = Pattern.compile("[.!]+$");
    private static final String DATE = "(?:\\d{1,2}\\s?[/.\\-]\\s?\\d{1,2}\\s?[/.\\-]\\s?(?:\\d{4}|\\d{2})|\\d{1,2}(?:°|º)?\\s+[a-z]+\\s+\\d{4})";
    private static final Pattern DEADLINE = Pattern.compile("^(?:(?:da realizzare|da completare|realizzazione|completamento|adozione|approvazione|"
            + "trasmissione|pubblicazione|presentazione|[a-zà-ù ]{0,40}?)\\s+)?(?:entro|non oltre|prima)\\s+(?:il|la data del|del|la data)?\\s*(" + DATE + ")\\.?$");
    private static final Pattern DATE_RESULT = Pattern.compile("^(?:[a-zà-ù]+\\s+(?:in data|il|al)\\s+)?(" + DATE + ")\\.?$");
    private static final Pattern CHANGE = Pattern.compile(
            "(?:^|:\\s*)(?<word>incremento|aumento|crescita|miglioramento|incrementare|aumentare|riduzione|diminuzione|decremento|contrazione|ridurre|diminuire)\\b"
                    + "(?:\\s+(?:del|di|pari al|pari a|almeno(?: il| del)?|di almeno(?: il)?|non inferiore al|minimo(?: del)?)\\s+(?<num>"
                    + "[+\\-\u2010\u2011\u2013\u2212]?\\s?\\d[\\d.]*(?:,\\d+)?)\\s*(?<unit>%|‰|punti percentuali)?)?"
                    + "(?<filler>\\s+[^.;]{0,120}?)?\\s+(?:rispetto|in confronto|sul|sui|nei confronti)\\s*(?:a|al|all['’]|allo|ai|del|dei)?\\s*"
                    + "(?:(?:valore|dato|anno|livello|risultato)\\s+(?:del\\s+|dell['’]anno\\s+|dell['’]\\s*)?)?"
                    + "(?:(?:anno|esercizio)\\s+)?(?:precedente|(?:l['’])?anno precedente|(?<year>\\d{4})\\b)");
    private static final Pattern MAINTAIN = Pattern.compile(
            "^(?:mantenimento|mantenere|conferma|confermare)\\s+(?:del|dello|dei|il|lo)\\s+(?:valore|livello|dato|standard|risultato|risultati)"
                    + "\\s*(?:raggiunt[oi]\\s+)?(?:del|dell['’]|nel|nell['’]|al|relativ[oi] al)?\\s*(?:(?:anno|esercizio)\\s+)?(?:(\\d{4})|(precedente))\\b.*");
    // "riduzione dei costi": a direction without a figure is neither a milestone nor a value
    private static final Pattern DIRECTION = Pattern.compile(
            "^(riduzione|ridurre|incremento|incrementare|aumento|aumentare|contenimento|contenere|miglioramento|diminuzione|mantenimento del valore)\\b.*");
    // "tempo medio di lavorazione delle pratiche 2.3 gg": words, then one figure with its unit
    // ("realizzato all'80%": the figure may follow an apostrophe; read as "status achieved" it scored 100)
    private static final Pattern LABELLED_QUANTITY = Pattern.compile("^[a-zà-ù'’ ]{3,120}?[\\s'’](\\d[\\d.]*(?:,\\d+)?)\\s*(gg\\.?|giorni|ore|%|‰|€|euro)$");
    private static final Pattern LEADING_COUNT = Pattern.compile("^(?:n\\.|nr\\.?)\\s*(\\d[\\d.]*(?:,\\d+)?)\\b.*", Pattern.DOTALL);
    // "+10% sul 2018", "+ 20% rispetto al 2018": a signed change against a base year
    private static final Pattern SIGNED_CHANGE = Pattern.compile(
            "^([+\\-\u2010\u2011\u2013\u2212])\\s?(\\d[\\d.]*(?:,\\d+)?)\\s*(%|‰)?\\s+(?:sul|rispetto al|rispetto all['’]anno|vs\\.?|su)\\s+(\\d{4})$");
    // "9M€", "5 mln di euro": millions of euros
    private static final Pattern MILLION_EURO = Pattern.compile("^(\\d[\\d.]*(?:,\\d+)?)\\s*(?:m|mln|milioni)\\.?\\s*(?:€|euro|di euro|eur)$");
    private static final Pattern LEADING_EURO = Pattern.compile("^(?:€|eur|euro)\\s*(\\d[\\d.]*(?:,\\d+)?)$");
    // "Baseline: 800 servizi qualificati": the starting point the targets are set against, not a target
    private static final Pattern BASELINE = Pattern.compile("^baseline\\b.*|.*\\brispetto (?:alla|al valore di|al valore della) baseline\\b.*",
            Pattern.DOTALL);
    // "almeno due iniziative": a number written in words after a comparison, read as its digits
    private static final Pattern NUMBER_WORD = Pattern.compile(
            "\\b(almeno|minimo|non meno di|non inferiore a|massimo|al massimo|non più di|non oltre|pari a|uguale a)\\s+"
                    + "(un|uno|una|due|tre|quattro|cinque|sei|sette|otto|nove|dieci)\\b");
    private static final Map<String, String> NUMBER_WORDS = Map.ofEntries(Map.entry("un", "1"), Map.entry("uno", "1"),
            Map.entry("una", "1"), Map.entry("due", "2"), Map.entry("tre", "3"), Map.entry("quattro", "4"), Map.entry("cinque", "5"),
            Map.entry("sei", "6"), Map.entry("sette", "7"), Map.entry("otto", "8"), Map.entry("nove", "9"), Map.entry("dieci", "10"));
    private static final Pattern BRACKETED = Pattern.compile("\\([^()]*\\)");
    // "incremento di almeno 80 …", "riduzione del 10 …": the change's own amount right after the change word
    private static final Pattern CHANGE_AMOUNT = Pattern.compile("(?:incremento|aumento|crescita|riduzione|diminuzione|decremento|contrazione"
            + "|incrementare|aumentare|ridurre|diminuire),?\\s+(?:di|del|dello|della|dell['’])\\s*(?:almeno\\s+|non meno di\\s+|minimo\\s+)?"
            + "(?:altri\\s+|altre\\s+)?[+\\-‐‑–−]?\\s?\\d");
    // "100% dei comuni subentrati in ANPR": a share of a population, then only words
    // "95% delle fatture pagate entro 30 giorni", "100% entro 30 gg": the share is the target, the time limit only says which ones count
    private static final Pattern SHARE_OF = Pattern.compile("^(\\d[\\d.]*(?:,\\d+)?)\\s*(%|‰)\\s+(?:(?:dei|delle|degli|del|della|dello)\\s+\\D*)?"
            + "(?:\\bentro\\s+(?:i\\s+|il\\s+)?(?:massimo\\s+|max\\.?\\s+)?\\d+\\s*(?:gg\\.?|giorni|ore|h)\\b\\D*)?$");
    // "10 k€", "1,2 mln", "2 mila": a figure in thousands, millions or billions, which no reading scales (only "9M€" is read);
    // "+2 p.p.": percentage points; "30 giugno": a day without its year. None of them is a count of things
    private static final Pattern MAGNITUDE = Pattern.compile("\\d\\s*(?:k|keur|mila|migliaia|mln|milioni|mld|miliardi|p\\.\\s?p\\.?|pp"
            + "|gennaio|febbraio|marzo|aprile|maggio|giugno|luglio|agosto|settembre|ottobre|novembre|dicembre)(?![a-zà-ù])");

    // a figure in exponent form (see hasExponent)
    private static final Pattern EXPONENT = Pattern.compile("(?<![\\p{L}\\d.,])\\d+(?:[.,]\\d+)?e[+\\-]?\\d+(?![\\p{L}\\d])");

    // one table of the readings of recent texts for every caller (readers, validation): see TextMemo for its bounds
    private static final TextMemo<Optional<TargetReading>> TARGETS = new TextMemo<>(13, 9, TextReader::readTargetAfresh);
    private static final TextMemo<Optional<ResultReading>> RESULTS = new TextMemo<>(13, 9, TextReader::readResultAfresh);

    // what each pattern cannot match without: a text lacking all of them is not scanned by it
    private static final String[] DEADLINE_WORDS = {"entro", "oltre", "prima"};
    private static final String[] CHANGE_WORDS = {"incremen", "aument", "crescita", "miglioramento", "riduzione", "ridurre", "diminu",
        "decremento", "contrazione"};
    private static final String[] DIRECTION_WORDS = {"rid", "incremen", "aument", "conten", "miglioramento", "diminuzione", "mantenimento"};
    // where each alternative of these patterns holds a word of its own: "non inferiore a" holds "inferiore" 4
    // characters after its start, "pari o superiore a" holds "superiore" 7 after, "=>" holds ">" 1 after
    private static final Search BETWEEN_SEARCH = new Search(BETWEEN, "tra", 0, "fra", 0);
    private static final Search AT_LEAST_SEARCH = new Search(AT_LEAST, "almeno", 0, "inferiore", 4, "meno d", 4, "superiore", 7,
            "superiore", 0, "maggiore", 0, "oltre", 0, "più di", 0, "minimo", 0, "≥", 0, ">", 0, ">", 1);
    private static final Search AT_MOST_SEARCH = new Search(AT_MOST, "superiore", 4, "massimo", 3, "massimo", 0, "oltre", 4, "inferiore", 7,
            "inferiore", 0, "minore", 0, "più di", 4, "meno di", 0, "≤", 0, "<", 0, "<", 1);
    private static final Search EQUALS_SEARCH = new Search(EQUALS, "=", 0, "pari a", 0, "uguale a", 0);
    private static final Search WITHIN_SEARCH = new Search(WITHIN, "entro", 0);
    private static final String[] NUMBER_WORD_COMPARISONS = {"almeno", "minimo", "meno di", "inferiore a", "massimo", "più di", "oltre",
        "pari a", "uguale a"};
    private static final String[] NUMBER_WORD_STARTS = {"un", "due", "tre", "quattro", "cinque", "sei", "sette", "otto", "nove", "dieci"};

    private TextReader() {
    }

    /**
     * Reads a target's text. Equal texts give the same reading: a text met recently is not read
     * again (a bounded, thread-safe table of about 20 MB at worst, shared by every caller).
     *
     * @param text a target's text, or null
     * @return its reading, or empty when the text does not allow one
     */
    public static Optional<TargetReading> readTarget(String text) {
        return text == null ? Optional.empty() : TARGETS.of(text);
    }

    /** Reads a target's text without the table of recent readings: a common form at once, any other by the grammar. */
    static Optional<TargetReading> readTargetAfresh(String text) {
        Optional<TargetReading> common = CommonForms.target(text);
        return common != null ? common : readTargetByGrammar(text);
    }

    /** Reads a target's text by the general grammar alone (what {@link CommonForms} must agree with). */
    static Optional<TargetReading> readTargetByGrammar(String text) {
        // "almeno １２０", "١٢٫٥٪": figures in other scripts' digits read as their values, not as texts without a figure
        String s = Vocabulary.asciiDigits(Vocabulary.normalize(text));
        if (s.isEmpty() || Vocabulary.isPlaceholder(s)) {
            return Optional.empty();
        }
        if (hasExponent(s)) {
            // no reading rather than a wrong one
            return Optional.empty();
        }
        try {
            return target(s);
        } catch (InvalidValueException | DateTimeException outOfBounds) {
            // a number too large or too precise, a 31st of February: no reading rather than a wrong one
            return Optional.empty();
        }
    }

    private static Optional<TargetReading> target(String s) {
        // every pattern below is tried only when the text holds the words or marks it needs (a cheap
        // search), so that a text is not scanned by a dozen regular expressions that cannot match it
        boolean[] scale = new boolean[1];
        String body = withoutTrailing(Vocabulary.withoutScale(s, scale).strip(), TRAILING_STOPS, ".;:").strip();
        boolean score = scale[0];
        if (body.contains("baseline") && BASELINE.matcher(body).matches()) {
            return Optional.empty();
        }
        body = numbersInWords(body);
        Optional<Quantity> whole = wholeQuantity(body);
        if (whole.isPresent()) {
            return Optional.of(TargetReading.exactly(withScore(whole.get(), score)).inferred());
        }
        boolean digitFirst = !body.isEmpty() && isDigit(body.charAt(0));
        Matcher share = digitFirst ? SHARE_OF.matcher(body) : null;
        if (share != null && share.matches()) {
            return Optional.of(TargetReading.exactly(Quantity.of(number(share.group(1)), Unit.of(share.group(2)))).inferred());
        }
        Matcher signed = !body.isEmpty() && Numbers.isSign(body.charAt(0)) ? SIGNED_CHANGE.matcher(body) : null;
        if (signed != null && signed.matches()) {
            Unit u = signed.group(3) == null ? null : Unit.of(signed.group(3));
            TargetOperator op = signed.group(1).equals("+") ? TargetOperator.INCREASE : TargetOperator.DECREASE;
            return Optional.of(TargetReading.relative(op, Quantity.of(number(signed.group(2)), u), Integer.valueOf(signed.group(4))));
        }
        if (body.equals("si") || body.equals("sì") || body.equals("on")) {
            return Optional.of(TargetReading.milestone());
        }
        Optional<LocalDate> date = digitFirst ? onlyDate(body) : Optional.empty();
        if (date.isPresent()) {
            return Optional.of(TargetReading.deadline(date.get()).inferred());
        }
        Matcher m;
        // a deadline ends with its date's last digit (and perhaps a full stop)
        if (endsLikeADate(body) && containsAny(body, DEADLINE_WORDS)) {
            m = DEADLINE.matcher(body);
            if (m.matches()) {
                Optional<LocalDate> d = date(m.group(1));
                return d.map(TargetReading::deadline);
            }
        }
        // maintaining and changing both name their base: a year, or "precedente"
        boolean base = hasDigit(body) || body.contains("precedente");
        if (base && (body.startsWith("manten") || body.startsWith("conferm"))) {
            m = MAINTAIN.matcher(body);
            if (m.matches()) {
                return Optional.of(TargetReading.relative(TargetOperator.MAINTAIN, null, m.group(1) == null ? null : Integer.valueOf(m.group(1))));
            }
        }
        // the change must be what the text asks for, at its start or after a colon, not a remark in brackets
        // (without a colon only the start can match: no scan of a long text at every position)
        boolean colon = body.indexOf(':') >= 0;
        if (base && (colon ? containsAny(body, CHANGE_WORDS) : startsWithAny(body, CHANGE_WORDS))) {
            m = CHANGE.matcher(body);
            if (colon ? m.find() : m.lookingAt()) {
                return change(m);
            }
            if (CHANGE_AMOUNT.matcher(body).lookingAt()) {
                // "Incremento di almeno 80 amministrazioni …": the figure is the size of a change whose base is not readable, no bound
                return Optional.empty();
            }
        }
        // the forms below all need a figure (NUM): a text without digits is not scanned for them
        if (!hasDigit(body)) {
            return isDirection(body) || comparesWithoutFigure(body) ? Optional.empty() : Optional.of(TargetReading.milestone());
        }
        if (statesMagnitude(body)) {
            return Optional.empty();
        }
        m = BETWEEN_SEARCH.first(body);
        if (m != null) {
            Unit unit = unit(m.group(3), score);
            BigDecimal low = number(m.group(1));
            BigDecimal high = number(m.group(2));
            return high.compareTo(low) >= 0 ? Optional.of(TargetReading.between(low, high, unit)) : Optional.empty();
        }
        m = AT_LEAST_SEARCH.first(body);
        if (m != null) {
            if (namesABaseYear(body, m)) {
                return Optional.empty();
            }
            Quantity bound = Quantity.of(number(m.group(1)), unit(m.group(2), score));
            return secondBound(AT_LEAST_SEARCH, m, body, bound, score) ? Optional.empty() : Optional.of(TargetReading.atLeast(bound));
        }
        m = AT_MOST_SEARCH.first(body);
        if (m != null) {
            if (namesABaseYear(body, m)) {
                return Optional.empty();
            }
            Quantity bound = Quantity.of(number(m.group(1)), unit(m.group(2), score));
            return secondBound(AT_MOST_SEARCH, m, body, bound, score) ? Optional.empty() : Optional.of(TargetReading.atMost(bound));
        }
        m = EQUALS_SEARCH.first(body);
        if (m != null) {
            return Optional.of(TargetReading.exactly(Quantity.of(number(m.group(1)), unit(m.group(2), score))));
        }
        m = WITHIN_SEARCH.first(body);
        if (m != null) {
            return Optional.of(TargetReading.atMost(Quantity.of(number(m.group(1)), Unit.of(m.group(2)))));
        }
        if (!hasNumberOtherThanYears(body) && !isDirection(body) && !comparesWithoutFigure(body)) {
            return Optional.of(TargetReading.milestone());
        }
        return Optional.empty();
    }

    /**
     * Tells whether a text states a second, different bound of the same kind outside brackets
     * ("almeno 70 amministrazioni … e almeno 600 soggetti"): two targets in one text, which no one
     * reading holds. A remark in brackets ("di cui almeno 1 …") and a repeated equal bound do not count.
     */
    private static boolean secondBound(Search kind, Matcher found, String body, Quantity first, boolean score) {
        // without brackets the text is searched as it was: go on from the first bound rather than find it again
        boolean brackets = body.indexOf('(') >= 0;
        String text = brackets ? BRACKETED.matcher(body).replaceAll(" ") : body;
        int bounds = brackets ? 0 : 1;
        for (Matcher m = brackets ? kind.first(text) : kind.next(found, text); m != null; m = kind.next(m, text)) {
            Quantity q = Quantity.of(number(m.group(1)), unit(m.group(2), score));
            if (++bounds > 1 && (q.value().compareTo(first.value()) != 0 || !q.unit().equals(first.unit()))) {
                return true;
            }
        }
        return false;
    }

    private static String numbersInWords(String body) {
        if (!mayHoldNumberWord(body)) {
            return body;
        }
        Matcher m = NUMBER_WORD.matcher(body);
        if (!m.find()) {
            return body;
        }
        StringBuilder sb = new StringBuilder();
        do {
            m.appendReplacement(sb, m.group(1) + " " + NUMBER_WORDS.get(m.group(2)));
        } while (m.find());
        return m.appendTail(sb).toString();
    }

    private static Optional<TargetReading> change(Matcher m) {
        String word = m.group("word");
        boolean up = word.startsWith("incr") || word.startsWith("aum") || word.startsWith("cresc") || word.startsWith("migl");
        String filler = m.group("filler");
        if (filler != null && hasNumberOtherThanYears(filler)) {
            // a figure the pattern did not place: rather no reading than one that drops it
            return Optional.empty();
        }
        if (word.startsWith("migl") && m.group("num") == null) {
            // "miglioramento rispetto al 2016" says better, not which way the number goes
            return Optional.empty();
        }
        if ("punti percentuali".equals(m.group("unit"))) {
            // a change in percentage points is absolute, not relative: not one of the readings
            return Optional.empty();
        }
        Quantity change = null;
        if (m.group("num") != null) {
            String u = m.group("unit");
            change = Quantity.of(number(m.group("num")).abs(), u == null ? null : Unit.of(u));
        }
        Integer base = m.group("year") == null ? null : Integer.valueOf(m.group("year"));
        return Optional.of(TargetReading.relative(up ? TargetOperator.INCREASE : TargetOperator.DECREASE, change, base));
    }

    /**
     * Tells whether a text is only a placeholder mark; the same as
     * {@link Vocabulary#isPlaceholder(String)}.
     *
     * @param text a target's or result's text
     * @return true for a placeholder mark
     */
    public static boolean isPlaceholder(String text) {
        return Vocabulary.isPlaceholder(text);
    }

    /**
     * Reads a result's text. Equal texts give the same reading: a text met recently is not read
     * again (the same bounded table as targets').
     *
     * @param text a result's text, or null
     * @return its reading, or empty when the text does not allow one
     */
    public static Optional<ResultReading> readResult(String text) {
        return text == null ? Optional.empty() : RESULTS.of(text);
    }

    /** Reads a result's text without the table of recent readings: a common form at once, any other by the grammar. */
    static Optional<ResultReading> readResultAfresh(String text) {
        Optional<ResultReading> common = CommonForms.result(text);
        return common != null ? common : readResultByGrammar(text);
    }

    /** Reads a result's text by the general grammar alone (what {@link CommonForms} must agree with). */
    static Optional<ResultReading> readResultByGrammar(String text) {
        // "almeno １２０", "١٢٫٥٪": figures in other scripts' digits read as their values, not as texts without a figure
        String s = Vocabulary.asciiDigits(Vocabulary.normalize(text));
        if (s.isEmpty()) {
            return Optional.empty();
        }
        if (Vocabulary.isPlaceholder(s)) {
            return Optional.of(ResultReading.nothingReported());
        }
        if (hasExponent(s)) {
            // no reading rather than a wrong one
            return Optional.empty();
        }
        try {
            // a text that Percentage.parse would refuse is known without the exception it throws
            if (s.endsWith("%") && numberCharsOnly(s, 0, s.length() - 1)) {
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
            // the forms below all hold a figure
            if (hasDigit(s)) {
                Matcher count = s.startsWith("n") ? LEADING_COUNT.matcher(s) : null;
                if (count != null && count.matches()) {
                    return Optional.of(ResultReading.number(Quantity.of(number(count.group(1)), Unit.COUNT)));
                }
                String body = withoutTrailing(s, TRAILING_STOPS_OF_RESULT, ".;");
                Matcher labelled = LABELLED_QUANTITY.matcher(body);
                if (labelled.matches()) {
                    return Optional.of(ResultReading.number(Quantity.of(number(labelled.group(1)), Unit.of(labelled.group(2).replace(".", "")))));
                }
                Matcher d = DATE_RESULT.matcher(body);
                if (d.matches()) {
                    Optional<LocalDate> date = date(d.group(1));
                    if (date.isPresent()) {
                        return date.map(ResultReading::date);
                    }
                }
            }
        } catch (InvalidValueException | DateTimeException outOfBounds) {
            return Optional.empty();
        }
        return status(s).map(ResultReading::status);
    }

    private static Optional<ResultStatus> status(String s) {
        String t = withoutTrailing(s, TRAILING_STOPS_OF_STATUS, ".!");
        if (t.contains("parzial")) {
            return Optional.of(ResultStatus.PARTIALLY_ACHIEVED);
        }
        if (t.contains("rinviat") || t.contains("posticipat")) {
            return Optional.of(ResultStatus.POSTPONED);
        }
        if (t.equals("no") || t.equals("off") || t.contains("non raggiunt") || t.contains("non realizzat") || t.contains("non conseguit")) {
            return Optional.of(ResultStatus.NOT_ACHIEVED);
        }
        if (t.equals("si") || t.equals("sì") || t.equals("on") || t.startsWith("raggiunt") || t.startsWith("realizzat")
                || t.startsWith("completat") || t.startsWith("conseguit") || t.equals("obiettivo raggiunto")) {
            return Optional.of(ResultStatus.ACHIEVED);
        }
        return Optional.empty();
    }

    private static Optional<LocalDate> onlyDate(String body) {
        Matcher m = NUMERIC_DATE.matcher(body);
        if (m.matches()) {
            return date(body);
        }
        m = WORD_DATE.matcher(body);
        return m.matches() ? date(body) : Optional.empty();
    }

    /** Reads "30/06/2017", "30.06.17", "30 giugno 2017"; an impossible date throws DateTimeException. */
    private static Optional<LocalDate> date(String text) {
        Matcher m = NUMERIC_DATE.matcher(text);
        if (m.find()) {
            int year = Integer.parseInt(m.group(3));
            if (m.group(3).length() == 2) {
                year += 2000;
            }
            return Optional.of(LocalDate.of(year, Integer.parseInt(m.group(2)), Integer.parseInt(m.group(1))));
        }
        m = WORD_DATE.matcher(text);
        if (m.find()) {
            return Optional.of(LocalDate.of(Integer.parseInt(m.group(3)), MONTHS.get(m.group(2)), Integer.parseInt(m.group(1))));
        }
        return Optional.empty();
    }

    private static Optional<Quantity> wholeQuantity(String s) {
        String t = s.strip();
        Matcher millions = !t.isEmpty() && isDigit(t.charAt(0)) ? MILLION_EURO.matcher(t) : null;
        if (millions != null && millions.matches()) {
            return Optional.of(Quantity.of(number(millions.group(1)).multiply(BigDecimal.valueOf(1_000_000)), Unit.EURO));
        }
        Matcher euro = t.startsWith("€") || t.startsWith("eur") ? LEADING_EURO.matcher(t) : null;
        if (euro != null && euro.matches()) {
            return Optional.of(Quantity.of(number(euro.group(1)), Unit.EURO));
        }
        if (t.isEmpty() || !(Character.isDigit(t.charAt(0)) || Numbers.isSign(t.charAt(0)) || t.startsWith("n.") || t.startsWith("nr"))) {
            return Optional.empty();
        }
        if (!mayBeQuantity(t) || NUMERIC_DATE.matcher(t).find() || statesMagnitude(t)) {
            return Optional.empty();
        }
        try {
            Quantity q = Quantity.parse(t);
            if (q.unit().isPresent() && !isUnitWord(q.unit().get())) {
                // "2 eventi": a count of things
                return Optional.of(Quantity.of(q.value(), Unit.COUNT));
            }
            return Optional.of(q);
        } catch (InvalidValueException notAQuantity) {
            return Optional.empty();
        }
    }

    /**
     * False for a text that {@link Quantity#parse} certainly refuses, known without the exception
     * it throws: a count ("n. 3 …") whose figure is followed by anything but a number's characters,
     * or a figure followed by more than one run of white space (a number and at most one word).
     */
    private static boolean mayBeQuantity(String t) {
        char last = t.isEmpty() ? 0 : t.charAt(t.length() - 1);
        if (last == '\n' || last == '\r' || last == '\u0085' || last == '\u2028' || last == '\u2029') {
            // the patterns' $ also matches before a final line terminator: left to Quantity.parse
            return true;
        }
        int digit = 0;
        while (digit < t.length() && !isDigit(t.charAt(digit))) {
            digit++;
        }
        if (digit == t.length()) {
            return false;
        }
        char first = t.charAt(0);
        if (first == 'n' || first == 'N') {
            // COUNT_PREFIX: the figure after "n."/"nr" goes whole to Numbers.parse
            return numberCharsOnly(t, digit, t.length());
        }
        // NUMBER_UNIT: digits, then white space and a unit or one word; no other white space after the figure
        int runs = 0;
        for (int i = digit + 1; i < t.length(); i++) {
            if (isRegexSpace(t.charAt(i)) && !isRegexSpace(t.charAt(i - 1)) && ++runs > 1) {
                return false;
            }
        }
        return true;
    }

    /** Whether every character in [from, to) may belong to a number as Numbers.parse reads it: digits, marks, signs, spaces. */
    private static boolean numberCharsOnly(String s, int from, int to) {
        for (int i = from; i < to; i++) {
            char c = s.charAt(i);
            if (!(isDigit(c) || c == '.' || c == ',' || Numbers.isSign(c) || c == '\u00A0' || c == '\u202F' || Character.isWhitespace(c))) {
                return false;
            }
        }
        return true;
    }

    private static boolean isUnitWord(Unit u) {
        return u.equals(Unit.PERCENT) || u.equals(Unit.PER_MILLE) || u.equals(Unit.DAYS) || u.equals(Unit.HOURS) || u.equals(Unit.COUNT)
                || u.equals(Unit.EURO) || u.equals(Unit.SCORE);
    }

    private static Quantity withScore(Quantity q, boolean score) {
        return score && q.unit().isEmpty() ? Quantity.of(q.value(), Unit.SCORE) : q;
    }

    private static Unit unit(String word, boolean score) {
        Unit u = word == null ? null : Unit.of(word);
        if (u != null && isUnitWord(u) && !u.equals(Unit.COUNT) && !u.equals(Unit.SCORE)) {
            return u;
        }
        // "non inferiore a 3 (scala da 1 a 5) sul servizio": the scale decides, not the next word
        if (score) {
            return Unit.SCORE;
        }
        return u == null ? null : isUnitWord(u) ? u : Unit.COUNT;
    }

    private static BigDecimal number(String digits) {
        return Numbers.parse("reading.value", digits.replace(" ", ""), 6);
    }

    /**
     * The text without its trailing run of those marks: what {@code stops.matcher(s).replaceFirst("")}
     * gives for a pattern {@code [marks]+$}, written out; a text that ends in a line terminator, where
     * {@code $} also matches before it, is left to the pattern.
     */
    private static String withoutTrailing(String s, Pattern stops, String marks) {
        int end = s.length();
        if (end > 0) {
            char last = s.charAt(end - 1);
            if (last == '\n' || last == '\r' || last == '\u0085' || last == '\u2028' || last == '\u2029') {
                return stops.matcher(s).replaceFirst("");
            }
        }
        while (end > 0 && marks.indexOf(s.charAt(end - 1)) >= 0) {
            end--;
        }
        return end == s.length() ? s : s.substring(0, end);
    }

    /** Whether a comparison is followed by white space and what may be a number in words: NUMBER_WORD's precondition. */
    private static boolean mayHoldNumberWord(String body) {
        for (String w : NUMBER_WORD_COMPARISONS) {
            for (int i = body.indexOf(w); i >= 0; i = body.indexOf(w, i + 1)) {
                int k = i + w.length();
                while (k < body.length() && isRegexSpace(body.charAt(k))) {
                    k++;
                }
                if (k > i + w.length()) {
                    for (String n : NUMBER_WORD_STARTS) {
                        if (body.startsWith(n, k)) {
                            return true;
                        }
                    }
                }
            }
        }
        return false;
    }

    /** A character of the regular expressions' {@code \s}. */
    private static boolean isRegexSpace(char c) {
        return c == ' ' || c >= '\t' && c <= '\r';
    }

    private static boolean containsAny(String s, String[] words) {
        for (String w : words) {
            if (s.contains(w)) {
                return true;
            }
        }
        return false;
    }

    private static boolean startsWithAny(String s, String[] words) {
        for (String w : words) {
            if (s.startsWith(w)) {
                return true;
            }
        }
        return false;
    }

    /** Whether a figure is followed by a word of magnitude ("10 k€", "1,2 mln"), percentage points or a month: read as a count it would be a wrong number. */
    private static boolean statesMagnitude(String s) {
        return MAGNITUDE.matcher(s).find();
    }

    /**
     * Whether a comparison's figure is a year after an article ("maggiore del 2023", "superiore al
     * 2022"): the value of that year, which the text does not give, not a bound of 2023.
     */
    private static boolean namesABaseYear(String body, Matcher m) {
        String n = m.group(1);
        if (m.group(2) != null || n.length() != 4 || !(n.startsWith("19") || n.startsWith("20")) || !isDigit(n.charAt(2)) || !isDigit(n.charAt(3))) {
            return false;
        }
        String before = body.substring(m.start(), m.start(1));
        return before.endsWith("del ") || before.endsWith("al ") || before.endsWith("dell'") || before.endsWith("all'")
                || before.endsWith("dell’") || before.endsWith("all’");
    }

    /**
     * Whether a text compares without a figure to compare with ("≥ valore 2023", "> anno precedente",
     * "maggiore del valore 2022"): a bound on a value the text does not give, not a milestone.
     */
    private static boolean comparesWithoutFigure(String body) {
        for (int i = 0; i < body.length(); i++) {
            char c = body.charAt(i);
            // (an arrow states a direction, as "riduzione dei costi" does, not a milestone)
            if (c == '≥' || c == '≤' || c == '>' || c == '<' || c == '=' || c == '↑' || c == '↓') {
                return true;
            }
        }
        return body.contains("maggiore d") || body.contains("superiore a") || body.contains("inferiore a") || body.contains("minore d")
                // a value the text names but does not give: "in linea con la media nazionale", "≥ 75° percentile", "valore baseline"
                || body.contains("media nazionale") || body.contains("media regionale") || body.contains("percentile")
                || body.contains("quartile") || body.contains("baseline")
                // no target yet: "da definire", "TBD", "in corso di definizione"
                || body.startsWith("da defin") || body.startsWith("da determin") || body.startsWith("da rilev") || body.startsWith("da quantific")
                || body.startsWith("in corso di defin") || body.equals("tbd");
    }

    private static boolean isDirection(String body) {
        return startsWithAny(body, DIRECTION_WORDS) && DIRECTION.matcher(body).matches();
    }

    private static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }

    /**
     * Whether a text may end as DEADLINE requires, with a date and perhaps a full stop: its last
     * character (before one full stop) is a digit, or it ends in a line terminator, where {@code $}
     * also matches before it (left to the pattern).
     */
    private static boolean endsLikeADate(String s) {
        int end = s.length();
        if (end == 0) {
            return false;
        }
        char last = s.charAt(end - 1);
        if (last == '\n' || last == '\r' || last == '\u0085' || last == '\u2028' || last == '\u2029') {
            return true;
        }
        if (last == '.') {
            end--;
        }
        return end > 0 && isDigit(s.charAt(end - 1));
    }

    /**
     * Whether a text writes a figure in exponent form ({@code 1e10}, {@code 1,5E+03}, as a
     * spreadsheet may export it): read as Italian, its mantissa alone would be taken for the figure
     * ("almeno 1e3 pratiche" as at least 1) or the text for one without a figure (a milestone).
     */
    static boolean hasExponent(String s) {
        // the text is lower case: an "e" between a digit and a digit or a sign, checked by the pattern only then
        for (int i = s.indexOf('e', 1); i > 0 && i < s.length() - 1; i = s.indexOf('e', i + 1)) {
            char next = s.charAt(i + 1);
            if (isDigit(s.charAt(i - 1)) && (isDigit(next) || (next == '+' || next == '-') && i + 2 < s.length() && isDigit(s.charAt(i + 2)))) {
                return EXPONENT.matcher(s).find();
            }
        }
        return false;
    }

    private static boolean hasDigit(String s) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c >= '0' && c <= '9') {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether a text holds a number that is not a year: a match of
     * {@code (?<![\w])\d+(?:[.,]\d+)*(?![\w])} other than {@code (19|20)\d\d}, searched as
     * {@code Matcher.find} would, written out (TextReaderTest holds it to the pattern).
     */
    static boolean hasNumberOtherThanYears(String s) {
        int n = s.length();
        int i = 0;
        while (i < n) {
            if (!isDigit(s.charAt(i)) || i > 0 && isWordChar(s.charAt(i - 1))) {
                i++;
                continue;
            }
            // greedy digits and groups of [.,] and digits
            int k = digitsEnd(s, i);
            int lastMark = -1;
            while (k + 1 < n && (s.charAt(k) == '.' || s.charAt(k) == ',') && isDigit(s.charAt(k + 1))) {
                lastMark = k;
                k = digitsEnd(s, k + 1);
            }
            int end;
            if (k == n || !isWordChar(s.charAt(k))) {
                end = k;
            } else if (lastMark >= 0) {
                // backtracking gives up the last group: then a mark, not a word character, follows
                end = lastMark;
            } else {
                i++;
                continue;
            }
            boolean year = end - i == 4 && (s.startsWith("19", i) || s.startsWith("20", i)) && isDigit(s.charAt(i + 2)) && isDigit(s.charAt(i + 3));
            if (!year) {
                return true;
            }
            i = end;
        }
        return false;
    }

    private static int digitsEnd(String s, int i) {
        while (i < s.length() && isDigit(s.charAt(i))) {
            i++;
        }
        return i;
    }

    /** A character of the regular expressions' {@code \w}: an ASCII letter or digit, or an underscore. */
    private static boolean isWordChar(char c) {
        return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || c == '_';
    }

    /**
     * A pattern searched only where it can match: each of its alternatives holds one of its cue
     * words at a fixed distance from its start, so a match can start only that far before an
     * occurrence of the word; trying those positions in order finds what {@link Matcher#find()}
     * finds, without trying every position of a long text. A text without any of the words is not
     * scanned at all.
     */
    private static final class Search {
        private final Pattern pattern;
        private final String[] words;
        private final int[] offsets;
        private final int lead;

        /** @param cues each cue word followed by its distance from the start of its alternatives */
        Search(Pattern pattern, Object... cues) {
            this.pattern = pattern;
            this.words = new String[cues.length / 2];
            this.offsets = new int[cues.length / 2];
            int max = 0;
            for (int i = 0; i < words.length; i++) {
                words[i] = (String) cues[2 * i];
                offsets[i] = (Integer) cues[2 * i + 1];
                max = Math.max(max, offsets[i]);
            }
            this.lead = max;
        }

        /** The first match in the text, or null. */
        Matcher first(String text) {
            return next(null, text);
        }

        /**
         * The match after the one {@code m} holds (the first when {@code m} is null), or null: the
         * leftmost match, as {@code find()} gives it, tried only at the positions where a cue word
         * lies at its distance.
         */
        Matcher next(Matcher m, String text) {
            int n = text.length();
            Matcher found = m;
            for (int p = m == null ? 0 : m.end(); p < n; ) {
                int word = firstWord(text, p);
                if (word < 0) {
                    return null;
                }
                // no match starts in [p, word - lead): its cue word would lie before `word`
                for (int q = Math.max(p, word - lead); q <= word; q++) {
                    if (!cued(text, q)) {
                        continue;
                    }
                    if (found == null) {
                        // transparent bounds: look-behinds and \b see the text before the position tried
                        found = pattern.matcher(text).useTransparentBounds(true).useAnchoringBounds(false);
                    }
                    if (found.region(q, n).lookingAt()) {
                        return found;
                    }
                }
                p = word + 1;
            }
            return null;
        }

        private boolean cued(String text, int q) {
            for (int i = 0; i < words.length; i++) {
                if (text.startsWith(words[i], q + offsets[i])) {
                    return true;
                }
            }
            return false;
        }

        private int firstWord(String text, int from) {
            int first = -1;
            for (String w : words) {
                int i = text.indexOf(w, from);
                if (i >= 0 && (first < 0 || i < first)) {
                    first = i;
                }
            }
            return first;
        }
    }
}
