package io.github.albero.render;

import io.github.albero.InvalidValueException;
import io.github.albero.internal.Problems;
import io.github.albero.achievement.AchievementNode;
import io.github.albero.achievement.AchievementPolicy;
import io.github.albero.achievement.AchievementReport;
import io.github.albero.achievement.Band;
import io.github.albero.achievement.Explanation;
import io.github.albero.achievement.Row;
import io.github.albero.achievement.Rows;
import io.github.albero.model.NodeKind;
import io.github.albero.model.ResourceLine;
import io.github.albero.table.CsvFormat;
import io.github.albero.table.Table;
import io.github.albero.variance.IndicatorChange;
import io.github.albero.variance.Trend;
import io.github.albero.variance.VarianceNode;
import io.github.albero.variance.VarianceReport;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The text of the calculators' results in one language (<i>resa testuale</i>): explanations,
 * achievement and variance trees, summaries, flat views and indicator changes. The calculators
 * compute numbers and keep typed explanation data; this is the one place that turns them into
 * words, from the resource bundles beside this class, with the number notation of a
 * {@link io.github.albero.text.Formatter}.
 *
 * <pre>{@code
 * AchievementReport r = AchievementCalculator.defaults().evaluate(plan, 2017);
 * Render it = Render.of(Locale.ITALIAN);
 * it.report(r);                                        // the whole tree, explained, in Italian
 * it.explanation(r.find("011-005-004").get().explanation());
 * Render.canonical().node(r.root());                   // English words, canonical numbers
 * }</pre>
 *
 * <p>Three renderings: {@link #of(Locale)} gives Italian words and numbers ({@code 1.234,56},
 * {@code 4,1%}) for an Italian-language locale and English ones ({@code 1,234.56},
 * {@code 4.1%}) otherwise; {@link #canonical()} gives English words with canonical numbers
 * ({@code 1234.56}, {@code EUR 5000.00}). Text quoted from the document and the reason of a
 * manual override are kept as written. Immutable and thread-safe; arguments must not be null.
 */
public final class Render {
    private static final Render CANONICAL = new Render(Phrases.TEXT, "canonical");
    private static final Render ENGLISH = new Render(Phrases.of(Locale.ENGLISH), "en");
    private static final Render ITALIAN = new Render(Phrases.of(Locale.ITALIAN), "it");

    private final Phrases p;
    private final String name;

    private Render(Phrases p, String name) {
        this.p = p;
        this.name = name;
    }

    /**
     * {@return the rendering in a language: Italian for an Italian-language locale, English otherwise}
     *
     * @param locale a locale
     * @throws InvalidValueException when the locale is null
     */
    public static Render of(Locale locale) {
        if (locale == null) {
            throw new InvalidValueException("locale", null, Problems.of("required"));
        }
        return Phrases.of(locale).italian() ? ITALIAN : ENGLISH;
    }

    /** {@return English words with canonical, locale-neutral numbers ({@code 1234.5}, {@code 4.1%}, {@code EUR 5000.00})} */
    public static Render canonical() {
        return CANONICAL;
    }

    /**
     * {@return how a value was computed, on one line, e.g. {@code "a/t = 3/2 = 150%, capped at 100% (cap policy)"}}
     *
     * @param e an explanation
     */
    public String explanation(Explanation e) {
        return ExplanationText.of(required(e, "explanation"), p);
    }

    /**
     * {@return a node's own line, e.g. {@code "strategic objective 011-005-004 FAVORIRE …: 75% partially achieved (weight 25%) — mean of …"}}
     *
     * @param n an achievement node
     */
    public String node(AchievementNode n) {
        return AchievementText.line(required(n, "node"), p);
    }

    /**
     * {@return a node and its subtree as indented text, one node per line}
     *
     * @param n an achievement node
     */
    public String tree(AchievementNode n) {
        StringBuilder sb = new StringBuilder();
        AchievementText.tree(sb, required(n, "node"), p);
        return sb.toString();
    }

    /**
     * {@return why a node is not measurable, e.g. {@code "not applicable, no target for 2017"}; empty when it has a score}
     *
     * @param n an achievement node
     */
    public Optional<String> reason(AchievementNode n) {
        Explanation e = required(n, "node").explanation();
        return n.measurable() || e.reason().isEmpty() ? Optional.empty() : Optional.of(ExplanationText.reason(e, p));
    }

    /**
     * {@return the whole achievement tree as indented text after a heading naming the year and the policy}
     *
     * @param r an achievement report
     */
    public String report(AchievementReport r) {
        return AchievementText.report(required(r, "report"), p);
    }

    /**
     * {@return the policy's choices on one line, as the heading of {@link #report(AchievementReport)} names them}
     *
     * @param policy an achievement policy
     */
    public String policy(AchievementPolicy policy) {
        return AchievementText.policy(required(policy, "policy"), p);
    }

    /**
     * {@return a band's label, translated into Italian when it is one of the default table's}
     *
     * @param band a band
     */
    public String band(Band band) {
        return AchievementText.bandLabel(required(band, "band"), p);
    }

    /**
     * Summarises an achievement report: the headline score and what it averages, how many
     * objectives and indicators fall in each band, and which indicators are not measurable and why.
     *
     * @param r an achievement report
     * @return the summary, a few lines of text
     */
    public String summary(AchievementReport r) {
        return AchievementText.summary(required(r, "report"), p);
    }

    /**
     * Lays rows out as a table: for indicators the objective, name, target and result texts,
     * score and band; for other levels the code, name, score, band and, when not measurable, the reason.
     *
     * @param rows rows of an achievement report
     * @return the table; print it for aligned columns at most 100 wide
     */
    public Table table(Rows rows) {
        return AchievementText.table(required(rows, "rows"), p);
    }

    /**
     * Lays every row out with all its columns: level, path, code, objective, name, target and
     * result texts, score (a plain number with this language's decimal mark), band, measurable,
     * reason; {@code csvTable(rows).csv(CsvFormat.of(locale))} writes it for a spreadsheet.
     *
     * @param rows rows of an achievement report
     * @return the table
     */
    public Table csvTable(Rows rows) {
        return AchievementText.csvTable(required(rows, "rows"), p);
    }

    /**
     * {@return the rows as CSV in a spreadsheet's conventions, labels and numbers in its language}
     *
     * @param rows rows of an achievement report
     * @param format the spreadsheet's conventions
     */
    public static String csv(Rows rows, CsvFormat format) {
        return of(required(format, "format").locale()).csvTable(rows).csv(format);
    }

    /**
     * {@return a row's score rounded to at most two decimals, e.g. {@code "98,75%"}; {@code ""} when not measurable}
     *
     * @param row a row
     */
    public String score(Row row) {
        return AchievementText.scoreText(required(row, "row"), p);
    }

    /**
     * {@return a variance node's own line, e.g. {@code "program 011-005 …: costs € 257.143,00 → € 229.720,66: …"}, with its notes}
     *
     * @param n a variance node
     */
    public String node(VarianceNode n) {
        return VarianceText.line(required(n, "node"), p);
    }

    /**
     * {@return why a variance node's figures are missing, or how they were obtained}
     *
     * @param n a variance node
     */
    public List<String> notes(VarianceNode n) {
        return VarianceText.notes(required(n, "node"), p);
    }

    /**
     * {@return the whole variance tree as indented text after a heading naming the year and the budget compared}
     *
     * @param r a variance report
     */
    public String report(VarianceReport r) {
        return VarianceText.report(required(r, "report"), p);
    }

    /**
     * Lays the nodes of one level out as a table of one resource line: budget (or the other
     * basis), actual, difference and utilisation, one row per node in document order.
     *
     * @param r a variance report
     * @param kind the level, e.g. {@link NodeKind#MISSION}
     * @param line the line, e.g. {@link ResourceLine#COSTS}
     * @return the table; print it for aligned columns at most 100 wide, or write it as CSV
     */
    public Table table(VarianceReport r, NodeKind kind, ResourceLine line) {
        return VarianceText.table(required(r, "report"), required(kind, "kind"), required(line, "line"), p);
    }

    /**
     * {@return an indicator's change on one line, e.g. {@code "2016 → 2017: 2,3 gg → 2,9 gg, +0,6, peggiorato (più basso è meglio)"}}
     *
     * @param c an indicator change
     */
    public String change(IndicatorChange c) {
        return ChangeText.line(required(c, "change"), p);
    }

    /**
     * {@return why the two years are not comparable; empty when they are}
     *
     * @param c an indicator change
     */
    public Optional<String> reason(IndicatorChange c) {
        return ChangeText.reason(required(c, "change"), p);
    }

    /**
     * {@return the absolute change, labelled in percentage points between percentages, e.g. {@code "+3 punti percentuali"}}
     *
     * @param c an indicator change
     */
    public Optional<String> absolute(IndicatorChange c) {
        return ChangeText.absolute(required(c, "change"), p);
    }

    /**
     * {@return the trend's label, e.g. {@code "migliorato"} or {@code "improved"}}
     *
     * @param t a trend
     */
    public String trend(Trend t) {
        return ChangeText.trend(required(t, "trend"), p);
    }

    private static <T> T required(T value, String name) {
        if (value == null) {
            throw new InvalidValueException(name, null, Problems.of("required"));
        }
        return value;
    }

    /** {@return e.g. {@code "Render[it]"}} */
    @Override
    public String toString() {
        return "Render[" + name + "]";
    }
}
