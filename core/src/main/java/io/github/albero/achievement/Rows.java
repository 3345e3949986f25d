package io.github.albero.achievement;

import io.github.albero.model.NodeKind;
import java.math.BigDecimal;
import java.util.AbstractList;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.function.Predicate;

/**
 * The nodes of an achievement result as a flat list of {@link Row}s (<i>elenco</i>), with the
 * filters and orderings an analyst needs; {@link io.github.albero.render.Render} prints it as a
 * table or writes it as CSV. An unmodifiable list; immutable and thread-safe.
 *
 * <pre>{@code
 * AchievementReport report = AchievementCalculator.defaults().evaluate(plan, 2017);
 * Render.of(Locale.ITALIAN).table(report.objectives().worstFirst());   // aligned, 100 columns
 * report.indicators().notMeasurable();                                 // rows without a score
 * report.indicators().inBand("raggiunto").size();
 * Render.csv(report.indicators(), CsvFormat.ITALIAN);                  // for Excel in Italian
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

    /** {@return the rows without a score; {@link io.github.albero.render.Render#reason(AchievementNode)} says why for each} */
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
        return filter(r -> r.bandLabel().equalsIgnoreCase(label)
                || r.node().band().filter(BandTable.defaults().bands()::contains).map(b -> ITALIAN_BANDS.get(b.label()))
                        .filter(label::equalsIgnoreCase).isPresent());
    }

    // the documents' own words for the default bands, accepted as a filter's input (renderings take theirs from the bundles)
    private static final java.util.Map<String, String> ITALIAN_BANDS = java.util.Map.of("achieved", "raggiunto",
            "partially achieved", "parzialmente raggiunto", "not achieved", "non raggiunto");

    /** {@return the rows, lowest score first and those without a score last} */
    public Rows worstFirst() {
        List<Row> sorted = new ArrayList<>(rows);
        sorted.sort(WORST_FIRST);
        return new Rows(sorted);
    }

}
