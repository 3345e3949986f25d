package io.github.albero.achievement;

import io.github.albero.internal.Numbers;
import io.github.albero.measure.Percentage;
import io.github.albero.measure.Quantity;
import io.github.albero.measure.Unit;
import java.math.BigDecimal;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

/**
 * The English and Italian phrases of explanations and rendered trees (<i>frasi</i>), with the
 * number notation that goes with them. Plain maps rather than a {@code ResourceBundle}: core
 * has no resources, and a template here is filled by {@link #get} without {@code MessageFormat},
 * whose quoting rules would eat the Italian apostrophes.
 *
 * <p>Three renderings: {@link #TEXT} (English words, numbers in the Italian notation of
 * {@link Percentage#format()}, the form of every {@code toString} of the library), and
 * {@link #of(Locale)}: Italian words and numbers ({@code 1.234,56}, {@code 4,1%}) for an Italian
 * locale, English words and numbers ({@code 1,234.56}, {@code 4.1%}) otherwise.
 */
final class Phrases {
    private static final Map<String, String> EN = new HashMap<>();
    private static final Map<String, String> IT = new HashMap<>();

    /** English words, Italian numbers: {@link Explanation#text()}. */
    static final Phrases TEXT = new Phrases(false, Notation.TEXT);
    private static final Phrases ENGLISH = new Phrases(false, Notation.ENGLISH);
    private static final Phrases ITALIAN = new Phrases(true, Notation.ITALIAN);

    private enum Notation { TEXT, ITALIAN, ENGLISH }

    static {
        // explanations of one indicator
        put("notMeasurable", "not measurable: {0}", "non valutabile: {0}");
        put("reason.NO_TARGET", "not applicable, no target for {0}", "non applicabile, nessun risultato atteso per il {0}");
        put("reason.PLACEHOLDER_TARGET", "not applicable, the target for {0} is \"{1}\"", "non applicabile, il risultato atteso del {0} è \"{1}\"");
        put("reason.UNREADABLE_TARGET", "the target \"{0}\" could not be read", "il risultato atteso \"{0}\" non è leggibile");
        put("reason.UNREADABLE_RESULT", "the result \"{0}\" could not be read", "il risultato conseguito \"{0}\" non è leggibile");
        put("reason.ZERO_DENOMINATOR", "the denominator is 0 ({0}), the ratio is undefined",
                "il denominatore è 0 ({0}), il rapporto non è definito");
        put("reason.MISSING_RESULT", "no result for {0}, left out (missing-result policy)",
                "nessun risultato conseguito per il {0}, escluso (criterio per i risultati mancanti)");
        put("reason.NOTHING_REPORTED", "nothing reported for {0}, left out (nothing-reported policy)",
                "nulla di rendicontato per il {0}, escluso (criterio per i risultati non rendicontati)");
        put("zero.MISSING_RESULT", "no result for {0}, counted as 0% (missing-result policy)",
                "nessun risultato conseguito per il {0}, contato come 0% (criterio per i risultati mancanti)");
        put("zero.NOTHING_REPORTED", "nothing reported for {0}, counted as 0% (nothing-reported policy)",
                "nulla di rendicontato per il {0}, contato come 0% (criterio per i risultati non rendicontati)");
        put("reason.NUMBER_AGAINST_MILESTONE",
                "a number ({0}) cannot be compared with a milestone target; a milestone needs a status or the share completed (e.g. {1})",
                "un numero ({0}) non è confrontabile con un traguardo; un traguardo richiede uno stato o la quota realizzata (es. {1})");
        put("reason.UNITS_DIFFER", "units differ: target in {0}, result in {1}",
                "unità di misura diverse: risultato atteso in {0}, risultato conseguito in {1}");
        put("unit.none", "no unit", "nessuna unità");
        put("previousYear", "the previous year", "l'anno precedente");
        put("reason.NO_BASE_VALUE", "no comparable value for the base year {0}", "nessun valore confrontabile per l'anno di riferimento {0}");
        put("reason.PERCENTAGE_AGAINST_CHANGE",
                "the result {0} may be the change itself or a level: it is not compared with an increase or decrease",
                "il risultato {0} può essere la variazione stessa o un livello: non è confrontato con un incremento o una riduzione");
        put("reason.DATE_MISMATCH", "a date and a target that is not a deadline (or a deadline and a result that is not a date) cannot be compared",
                "una data e un risultato atteso che non è una scadenza (o una scadenza e un risultato che non è una data) non sono confrontabili");
        put("deadline.met", "done on {0}, by the deadline {1} → {2}", "realizzato il {0}, entro la scadenza {1} → {2}");
        put("deadline.missed", "done on {0}, after the deadline {1} → {2}", "realizzato il {0}, oltre la scadenza {1} → {2}");
        put("direction.met", "a = {0} against {1} in the base year, in the stated direction (no amount stated) → {2}",
                "a = {0} rispetto a {1} nell'anno di riferimento, nella direzione indicata (nessuna entità indicata) → {2}");
        put("direction.missed", "a = {0} against {1} in the base year, not in the stated direction (no amount stated) → {2}",
                "a = {0} rispetto a {1} nell'anno di riferimento, non nella direzione indicata (nessuna entità indicata) → {2}");
        put("computedTarget", " (t computed from the base year's value {0})", " (t calcolato dal valore dell'anno di riferimento {0})");
        put("reason.ZERO_TARGET", "the target is 0, a/t is undefined", "il risultato atteso è 0, a/t non è definito");
        put("reason.NEGATIVE_TARGET", "the target {0} is negative, {1} is undefined", "il risultato atteso {0} è negativo, {1} non è definito");
        put("reason.TARGET_EQUALS_BASELINE", "the target equals the baseline ({0}), (a − b)/(t − b) is undefined",
                "il risultato atteso è uguale al valore di partenza ({0}), (a − b)/(t − b) non è definito");
        put("status.ACHIEVED", "status achieved → {0}", "stato raggiunto → {0}");
        put("status.PARTIALLY_ACHIEVED", "status partially achieved → {0} (partial-milestone policy)",
                "stato parzialmente raggiunto → {0} (criterio per i traguardi parzialmente realizzati)");
        put("status.NOT_ACHIEVED", "status not achieved → {0}", "stato non raggiunto → {0}");
        put("status.POSTPONED", "status postponed → {0} (postponed policy)", "stato rinviato → {0} (criterio per i traguardi rinviati)");
        put("share.milestoneTarget", "share completed {0} (milestone target)", "quota realizzata {0} (il risultato atteso è un traguardo)");
        put("share.milestoneIndicator", "share completed {0} (milestone indicator, target not in %)",
                "quota realizzata {0} (indicatore di traguardo, risultato atteso non in %)");
        put("negativeActual", "a = {0} is negative, counted as 0 → 0%", "a = {0} è negativo, contato come 0 → 0%");
        put("ratio", "a/t = {0}/{1} = {2}", "a/t = {0}/{1} = {2}");
        put("inverseRatio", "t/a = {0}/{1} = {2}", "t/a = {0}/{1} = {2}");
        put("notAbove", "a ≤ t: {0} ≤ {1} → 100%", "a ≤ t: {0} ≤ {1} → 100%");
        put("baseline", "(a − b)/(t − b) = ({0} − {1})/({2} − {1}) = {3} (baseline-aware formula)",
                "(a − b)/(t − b) = ({0} − {1})/({2} − {1}) = {3} (formula con il valore di partenza)");
        put("inverseBaseline", "(b − a)/(b − t) = ({0} − {1})/({0} − {2}) = {3} (baseline-aware formula)",
                "(b − a)/(b − t) = ({0} − {1})/({0} − {2}) = {3} (formula con il valore di partenza)");
        put("interval", "[{0}, {1}]", "[{0}; {1}]");
        put("range.within", "a within {0}: {1} → 100%", "a entro {0}: {1} → 100%");
        put("range.outside", "a outside {0}: {1} → 0% (range policy)", "a fuori da {0}: {1} → 0% (criterio per i valori fuori intervallo)");
        put("range.belowNonPositive", "a below {0} with a lower bound ≤ 0: {1} → 0% (distance policy)",
                "a sotto {0} con estremo inferiore ≤ 0: {1} → 0% (criterio della distanza)");
        put("range.below", "a below {0}: a/low = {1}/{2} = {3} (distance policy)",
                "a sotto {0}: a/inf = {1}/{2} = {3} (criterio della distanza)");
        put("range.aboveNonPositive", "a above {0} with an upper bound ≤ 0: {1} → 0% (distance policy)",
                "a sopra {0} con estremo superiore ≤ 0: {1} → 0% (criterio della distanza)");
        put("range.above", "a above {0}: 1 − (a − high)/high = 1 − ({1} − {2})/{2} = {3} (distance policy)",
                "a sopra {0}: 1 − (a − sup)/sup = 1 − ({1} − {2})/{2} = {3} (criterio della distanza)");
        put("range.noBaseline", " (baseline-aware formula does not apply to ranges)",
                " (la formula con il valore di partenza non si applica agli intervalli)");
        put("capped", ", capped at {0} (cap policy)", ", limitato {0} (tetto)");
        put("raised", ", raised to 0%", ", riportato a 0%");
        put("over", " (over-achievement allowed up to {0})", " (superamento ammesso fino {0})");
        put("noBaseline", " (no numeric baseline: ratio used)", " (nessun valore di partenza numerico: usato il rapporto)");
        put("operatorWins", " (the target says {0}, the indicator's polarity {1}: the target decides)",
                " (il risultato atteso dice {0}, la polarità dell'indicatore {1}: decide il risultato atteso)");
        put("operator.AT_LEAST", "at least", "almeno");
        put("operator.AT_MOST", "at most", "al massimo");
        put("operator.BETWEEN", "between", "tra due valori");
        put("polarity.HIGHER_IS_BETTER", "higher is better", "più alto è meglio");
        put("polarity.LOWER_IS_BETTER", "lower is better", "più basso è meglio");
        put("polarity.TARGET_RANGE", "target range", "intervallo obiettivo");
        put("polarity.MILESTONE", "milestone", "traguardo");
        // explanations of a rollup
        put("weightedMean", "weighted mean of {0} {1}{2}: ({3}) / {4} = {5}", "media ponderata di {0} {1}{2}: ({3}) / {4} = {5}");
        put("simpleMean", "simple mean of {0} {1}{2}: ({3}) / {0} = {4}", "media semplice di {0} {1}{2}: ({3}) / {0} = {4}");
        put("threshold", ", below the minimum threshold of {0} → 0%", ", sotto la soglia minima del {0} → 0%");
        put("scoreScale", ", score scale {0}", ", scala di punteggio {0}");
        put("lateDecline", ", {0} days late at {1} points a day", ", {0} giorni di ritardo a {1} punti al giorno");
        put("rounding.HALF_UP", " (rounded to {0} decimals, half away from zero)", " (arrotondato a {0} decimali, metà per eccesso)");
        put("rounding.HALF_EVEN", " (rounded to {0} decimals, half to even)", " (arrotondato a {0} decimali, metà al pari)");
        put("rounding.HALF_DOWN", " (rounded to {0} decimals, half towards zero)", " (arrotondato a {0} decimali, metà per difetto)");
        put("rounding.DOWN", " (truncated to {0} decimals)", " (troncato a {0} decimali)");
        put("rounding.UP", " (rounded up to {0} decimals)", " (arrotondato per eccesso a {0} decimali)");
        put("rounding.FLOOR", " (rounded down to {0} decimals)", " (arrotondato per difetto a {0} decimali)");
        put("rounding.CEILING", " (rounded up to {0} decimals)", " (arrotondato per eccesso a {0} decimali)");
        put("exact", " [exact {0}]", " [valore esatto {0}]");
        put("mean", "mean of {0} {1}{2}, equal weights ({3}): ({4}) / {0} = {5}", "media di {0} {1}{2}, pesi uguali ({3}): ({4}) / {0} = {5}");
        put("weights.none", "none given", "non indicati");
        put("weights.some", "weights given for only {0} of {1}", "pesi indicati solo per {0} su {1}");
        put("weights.zero", "all weights are 0", "tutti i pesi sono 0");
        put("leftOut.1", " ({0} left out)", " ({0} non valutabile)");
        put("leftOut.n", " ({0} left out)", " ({0} non valutabili)");
        put("worst", "worst of {0} {1}{2}: {3} ({4}) (worst-child rule)", "il peggiore di {0} {1}{2}: {3} ({4}) (regola del peggiore)");
        put("reason.NO_CHILDREN", "nothing to measure, no {0}", "niente da valutare, {0}");
        put("reason.NO_MEASURABLE_CHILD", "nothing measurable, none of its {0} {1} is measurable", "niente di valutabile tra {0} {1}");
        put("none.PLAN", "missions", "nessuna missione");
        put("none.MISSION", "programs", "nessun programma");
        put("none.PROGRAM", "strategic objectives", "nessun obiettivo strategico");
        put("none.STRATEGIC_OBJECTIVE", "indicators or operational objectives", "nessun indicatore né obiettivo operativo");
        put("none.OPERATIONAL_OBJECTIVE", "indicators", "nessun indicatore");
        put("none.INDICATOR", "indicators", "nessun indicatore");
        put("none.PUBLIC_VALUE_OBJECTIVE", "impact indicators or contributing objectives",
                "nessun indicatore di impatto né obiettivo che vi contribuisca");
        put("override", "overridden by hand to {0}: {1}; computed: {2}", "forzato a mano {0}: {1}; calcolato: {2}");
        // node kinds, singular and plural
        put("kind.PLAN.1", "plan", "piano");
        put("kind.PLAN.n", "plans", "piani");
        put("kind.MISSION.1", "mission", "missione");
        put("kind.MISSION.n", "missions", "missioni");
        put("kind.PROGRAM.1", "program", "programma");
        put("kind.PROGRAM.n", "programs", "programmi");
        put("kind.STRATEGIC_OBJECTIVE.1", "strategic objective", "obiettivo strategico");
        put("kind.STRATEGIC_OBJECTIVE.n", "strategic objectives", "obiettivi strategici");
        put("kind.OPERATIONAL_OBJECTIVE.1", "operational objective", "obiettivo operativo");
        put("kind.OPERATIONAL_OBJECTIVE.n", "operational objectives", "obiettivi operativi");
        put("kind.INDICATOR.1", "indicator", "indicatore");
        put("kind.INDICATOR.n", "indicators", "indicatori");
        put("kind.PUBLIC_VALUE_OBJECTIVE.1", "public-value objective", "obiettivo di valore pubblico");
        put("kind.PUBLIC_VALUE_OBJECTIVE.n", "public-value objectives", "obiettivi di valore pubblico");
        put("kind.CHILD.1", "child", "elemento");
        put("kind.CHILD.n", "children", "elementi");
        // nodes and reports
        put("node.notMeasurable", "not measurable", "non valutabile");
        put("node.weight", " (weight {0})", " (peso {0})");
        put("band.achieved", "achieved", "raggiunto");
        put("band.partially achieved", "partially achieved", "parzialmente raggiunto");
        put("band.not achieved", "not achieved", "non raggiunto");
        put("report.heading", "Achievement {0}, policy: {1}", "Grado di raggiungimento {0}, criteri: {1}");
        put("policy.summary", "cap {0}, {1}, partially achieved {2}, postponed {3}, nothing reported {4}, missing result {5}, "
                + "outside range {6}, bands {7}, {8}", "tetto {0}, {1}, parzialmente raggiunto {2}, rinviato {3}, nulla di rendicontato: {4}, "
                + "risultato mancante: {5}, fuori intervallo {6}, fasce {7}, {8}");
        put("policy.RATIO", "ratio", "rapporto");
        put("policy.BASELINE_AWARE", "baseline-aware", "con il valore di partenza");
        put("policy.EXCLUDE", "left out", "escluso");
        put("policy.COUNT_AS_ZERO", "counted as 0%", "contato come 0%");
        put("policy.ZERO", "0%", "0%");
        put("policy.DISTANCE", "distance-based", "secondo la distanza");
        put("policy.WEIGHTED_MEAN", "weighted mean", "media ponderata");
        put("policy.SIMPLE_MEAN", "simple mean", "media semplice");
        put("policy.WORST_CHILD", "worst child", "il peggiore");
    }

    private static void put(String key, String english, String italian) {
        EN.put(key, english);
        IT.put(key, italian);
    }

    private final boolean italian;
    private final Notation notation;

    private Phrases(boolean italian, Notation notation) {
        this.italian = italian;
        this.notation = notation;
    }

    /**
     * {@return Italian for an Italian-language locale, English otherwise}
     *
     * @param locale a locale, not null
     */
    static Phrases of(Locale locale) {
        if (locale == null) {
            throw new io.github.albero.InvalidValueException("locale", null, "is required");
        }
        return "it".equals(locale.getLanguage()) ? ITALIAN : ENGLISH;
    }

    /**
     * {@return the phrase}
     *
     * @param key a phrase key
     * @param args the values of its {@code {0}}, {@code {1}}, … placeholders, already formatted
     */
    String get(String key, Object... args) {
        String template = (italian ? IT : EN).get(key);
        if (template == null) {
            throw new IllegalStateException("no phrase " + key);
        }
        StringBuilder sb = new StringBuilder(template.length() + 32);
        for (int i = 0; i < template.length(); i++) {
            char c = template.charAt(i);
            int close = c == '{' ? template.indexOf('}', i) : -1;
            if (close > i + 1 && template.substring(i + 1, close).chars().allMatch(Character::isDigit)) {
                sb.append(args[Integer.parseInt(template.substring(i + 1, close))]);
                i = close;
            } else {
                sb.append(c);
            }
        }
        return sb.toString();
    }

    /** {@return true for the Italian phrases} */
    boolean italian() {
        return italian;
    }

    /**
     * {@return it in this notation without trailing zeros, e.g. {@code 1.234,5} or {@code 1,234.5}}
     *
     * @param v a value
     */
    String num(BigDecimal v) {
        String it = Numbers.formatItalian(Numbers.normalize(v));
        if (notation != Notation.ENGLISH) {
            return it;
        }
        StringBuilder sb = new StringBuilder(it.length());
        for (char c : it.toCharArray()) {
            sb.append(c == '.' ? ',' : c == ',' ? '.' : c);
        }
        return sb.toString();
    }

    /**
     * {@return e.g. {@code 66,67%} or {@code 66.67%}}
     *
     * @param points a value in percentage points
     */
    String pct(BigDecimal points) {
        return num(points) + "%";
    }

    /**
     * {@return e.g. {@code 66,67%} or {@code 66.67%}}
     *
     * @param p a percentage
     */
    String pct(Percentage p) {
        return pct(p.points());
    }

    /**
     * {@return the percentage after the preposition "to" / "a": in Italian with its article
     * ({@code al 100%}, {@code all'80%}, {@code allo 0%}), in English bare}
     *
     * @param points a value in percentage points
     */
    String toPct(BigDecimal points) {
        String p = pct(points);
        if (!italian) {
            return p;
        }
        String integer = Numbers.normalize(points).abs().toBigInteger().toString();
        // the article follows the sound of the number: "otto", "undici", "uno" and "zero" want all' / allo
        if (integer.equals("0")) {
            return "allo " + p;
        }
        if (integer.startsWith("8") || integer.equals("1") || integer.equals("11")) {
            return "all'" + p;
        }
        return "al " + p;
    }

    /**
     * {@return e.g. {@code 2,9 gg}, {@code 80%} or {@code 255.000 EUR}; in {@link #TEXT} as
     * {@link Quantity#toString()} writes it}
     *
     * @param value a value
     * @param unit its unit, if any
     */
    String quantity(BigDecimal value, java.util.Optional<Unit> unit) {
        if (notation == Notation.TEXT) {
            return unit.map(u -> Quantity.of(value, u)).orElseGet(() -> Quantity.of(value)).toString();
        }
        String n = num(value);
        return unit.map(u -> u.equals(Unit.PERCENT) ? n + "%" : n + " " + u).orElse(n);
    }
}
