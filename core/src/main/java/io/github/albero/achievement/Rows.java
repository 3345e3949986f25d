package io.github.albero.achievement;

import io.github.albero.model.NodeKind;
import io.github.albero.table.CsvFormat;
import io.github.albero.table.Table;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.AbstractList;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.function.Predicate;

/**
 * The nodes of an achievement result as a flat list of {@link Row}s (<i>elenco</i>), with the
 * filters and orderings an analyst needs and one call to print it as a table or write it as
 * CSV. An unmodifiable list; immutable and thread-safe.
 *
 * <pre>{@code
 * AchievementReport report = AchievementCalculator.defaults().evaluate(plan, 2017);
 * report.objectives().worstFirst().table(Locale.ITALIAN);     // aligned, 100 columns
 * report.indicators().notMeasurable();                        // rows with reason(Locale)
 * report.indicators().inBand("raggiunto").size();
 * report.indicators().csv(CsvFormat.ITALIAN);                 // for Excel in Italian
 * }</pre>
 */
public final class Rows extends AbstractList<Row> {
    /** Lowest score first, then rows without a score, each group in document order. */
    public static final Comparator<Row> WORST_FIRST = Comparator.comparing((Row r) -> r.score().isEmpty())
            .thenComparing(r -> r.score().map(s -> s.points()).orElse(BigDecimal.ZERO));

    private final List<Row> rows;

    Rows(List<Row> rows) {
        this.rows = List.copyOf(rows);
    }

    /** {@return the row at that position} */
    @Override
    public Row get(int index) {
        return rows.get(index);
    }

    /** {@return how many rows the list holds} */
    @Override
    public int size() {
        return rows.size();
    }

    /**
     * Keeps the rows that match.
     *
     * @param predicate the test, not null
     * @return the matching rows, in this order
     */
    public Rows filter(Predicate<? super Row> predicate) {
        Objects.requireNonNull(predicate, "predicate");
        List<Row> kept = new ArrayList<>();
        rows.forEach(r -> {
            if (predicate.test(r)) {
                kept.add(r);
            }
        });
        return new Rows(kept);
    }

    /**
     * {@return the rows of that level}
     *
     * @param kind a level of the tree
     */
    public Rows ofKind(NodeKind kind) {
        return filter(r -> r.kind() == kind);
    }

    /** {@return the rows with a score} */
    public Rows measurable() {
        return filter(Row::measurable);
    }

    /** {@return the rows without a score, each with its {@link Row#reason(Locale)}} */
    public Rows notMeasurable() {
        return filter(r -> !r.measurable());
    }

    /**
     * {@return the rows in that band}
     *
     * @param label a band's label, in the policy's words or in Italian, case ignored
     * ({@code "achieved"}, {@code "raggiunto"})
     */
    public Rows inBand(String label) {
        return filter(r -> r.bandLabel().equalsIgnoreCase(label) || r.bandLabel(Locale.ITALIAN).equalsIgnoreCase(label));
    }

    /** {@return the rows, lowest score first and those without a score last} */
    public Rows worstFirst() {
        List<Row> sorted = new ArrayList<>(rows);
        sorted.sort(WORST_FIRST);
        return new Rows(sorted);
    }

    /**
     * Returns the rows as a table: for indicators the objective, name, target and result texts,
     * score and band; for other levels the code, name, score, band and, when not measurable,
     * the reason.
     *
     * @param locale the language of the headers, labels and numbers
     * @return the table; print it for aligned columns at most 100 wide
     */
    public Table table(Locale locale) {
        boolean it = "it".equals(locale.getLanguage());
        boolean indicators = !rows.isEmpty() && rows.stream().allMatch(r -> r.kind() == NodeKind.INDICATOR);
        List<List<String>> cells = new ArrayList<>();
        if (indicators) {
            rows.forEach(r -> cells.add(List.of(r.objectiveCode(), r.name(), r.targetText(), r.resultText(), r.scoreText(locale),
                    r.measurable() ? r.bandLabel(locale) : notMeasurable(it))));
            return Table.of(it ? List.of("Obiettivo", "Indicatore", "Target", "Risultato", "Punteggio", "Fascia")
                    : List.of("Objective", "Indicator", "Target", "Result", "Score", "Band"), cells);
        }
        rows.forEach(r -> cells.add(List.of(r.code(), r.name(), r.scoreText(locale),
                r.measurable() ? r.bandLabel(locale) : r.reason(locale))));
        return Table.of(it ? List.of("Codice", "Nome", "Punteggio", "Fascia") : List.of("Code", "Name", "Score", "Band"), cells);
    }

    /**
     * Writes every row with all its columns as CSV: level, path, code, objective, name, target
     * and result texts, score (a plain number with the spreadsheet's decimal mark), band,
     * measurable, reason.
     *
     * @param format the spreadsheet's conventions; its language is used for labels and numbers
     * @return the CSV text
     */
    public String csv(CsvFormat format) {
        return csvTable(format.locale()).csv(format);
    }

    /**
     * {@return the table {@link #csv(CsvFormat)} writes}
     *
     * @param format the spreadsheet's conventions
     */
    public Table csvTable(CsvFormat format) {
        return csvTable(format.locale());
    }

    private Table csvTable(Locale locale) {
        boolean it = "it".equals(locale.getLanguage());
        List<List<String>> cells = new ArrayList<>();
        for (Row r : rows) {
            String score = r.score().map(s -> s.points().setScale(2, RoundingMode.HALF_EVEN).toPlainString()).orElse("");
            cells.add(List.of(kindLabel(r.kind(), it), r.path().toString(), r.code(), r.objectiveCode(), r.name(), r.targetText(),
                    r.resultText(), it ? score.replace('.', ',') : score, r.bandLabel(locale),
                    r.measurable() ? (it ? "sì" : "yes") : "no", r.reason(locale)));
        }
        return Table.of(it ? List.of("Livello", "Percorso", "Codice", "Obiettivo", "Nome", "Target", "Risultato", "Punteggio (%)", "Fascia",
                "Misurabile", "Motivo") : List.of("Level", "Path", "Code", "Objective", "Name", "Target", "Result", "Score (%)", "Band",
                "Measurable", "Reason"), cells);
    }

    private static String notMeasurable(boolean it) {
        return it ? "non misurabile" : "not measurable";
    }

    static String kindLabel(NodeKind kind, boolean it) {
        if (!it) {
            return kind.label();
        }
        return switch (kind) {
            case PLAN -> "piano";
            case MISSION -> "missione";
            case PROGRAM -> "programma";
            case STRATEGIC_OBJECTIVE -> "obiettivo strategico";
            case OPERATIONAL_OBJECTIVE -> "obiettivo operativo";
            case INDICATOR -> "indicatore";
            case PUBLIC_VALUE_OBJECTIVE -> "obiettivo di valore pubblico";
        };
    }
}
