package io.github.albero.variance;

import io.github.albero.internal.Problems;
import io.github.albero.InvalidValueException;
import io.github.albero.measure.Quantity;
import io.github.albero.model.Indicator;
import io.github.albero.model.Result;
import io.github.albero.model.ResultKind;
import io.github.albero.model.ResultReading;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * The change over time of an indicator's numeric results (<i>andamento</i>): year over year,
 * and against a base year. Only results read as a number or a percentage form the series;
 * statuses, "nothing reported" and unread texts are left out. Whether a change is an
 * improvement depends on the indicator's polarity: {@link #between(Indicator, int, int)} says
 * improved, worsened, unchanged or not comparable.
 *
 * <pre>{@code
 * Indicator indicator = report.indicators().get(20).indicator();
 * ChangeOverTime.yearOverYear(indicator);          // [2016 → 2017: …, 2017 → 2018: …]
 * ChangeOverTime.againstBaseYear(indicator, 2016); // [2016 → 2017: …, 2016 → 2018: …]
 * ChangeOverTime.between(indicator, 2016, 2017).trend();   // IMPROVED, WORSENED, UNCHANGED, NOT_COMPARABLE
 * }</pre>
 */
public final class ChangeOverTime {
    private ChangeOverTime() {
    }

    /**
     * {@return its numeric results by year, in year order (percentages in unit %)}
     *
     * @param indicator an indicator
     */
    public static SortedMap<Integer, Quantity> numericSeries(Indicator indicator) {
        if (indicator == null) {
            throw new InvalidValueException("indicator", null, Problems.of("required"));
        }
        SortedMap<Integer, Quantity> series = new TreeMap<>();
        for (Map.Entry<Integer, Result> e : indicator.results().entrySet()) {
            e.getValue().reading().filter(r -> r.kind() == ResultKind.NUMBER || r.kind() == ResultKind.PERCENTAGE)
                    .flatMap(ResultReading::quantity).ifPresent(q -> series.put(e.getKey(), q));
        }
        return Collections.unmodifiableSortedMap(series);
    }

    /**
     * The change from each year to the next calendar year, for every pair of consecutive years
     * that both have a numeric result (a year without one breaks the chain).
     *
     * @param indicator an indicator
     * @return the changes, in year order
     */
    public static List<Change> yearOverYear(Indicator indicator) {
        SortedMap<Integer, Quantity> series = numericSeries(indicator);
        List<Change> changes = new ArrayList<>();
        for (Map.Entry<Integer, Quantity> e : series.entrySet()) {
            Quantity previous = series.get(e.getKey() - 1);
            if (previous != null) {
                changes.add(Change.of(e.getKey() - 1, previous, e.getKey(), e.getValue()));
            }
        }
        return Collections.unmodifiableList(changes);
    }

    /**
     * The change from the base year to every other year with a numeric result.
     *
     * @param indicator an indicator
     * @param baseYear the base year, which must have a numeric result
     * @return the changes, in year order (years before the base included)
     * @throws InvalidValueException when the base year has no numeric result
     */
    public static List<Change> againstBaseYear(Indicator indicator, int baseYear) {
        SortedMap<Integer, Quantity> series = numericSeries(indicator);
        Quantity base = series.get(baseYear);
        if (base == null) {
            throw new InvalidValueException("baseYear", baseYear, series.isEmpty() ? Problems.of("noNumericResult", indicator.name())
                    : Problems.of("noNumericResultYears", indicator.name(), String.valueOf(series.keySet())));
        }
        List<Change> changes = new ArrayList<>();
        for (Map.Entry<Integer, Quantity> e : series.entrySet()) {
            if (e.getKey() != baseYear) {
                changes.add(Change.of(baseYear, base, e.getKey(), e.getValue()));
            }
        }
        return Collections.unmodifiableList(changes);
    }

    /**
     * Compares an indicator's results of two years with its polarity: improved, worsened,
     * unchanged or not comparable (see {@link IndicatorChange}).
     *
     * @param indicator the indicator, not null
     * @param fromYear the earlier year
     * @param toYear the later year
     * @return the change and its trend
     */
    public static IndicatorChange between(Indicator indicator, int fromYear, int toYear) {
        return IndicatorChange.of(indicator, fromYear, toYear);
    }
}
