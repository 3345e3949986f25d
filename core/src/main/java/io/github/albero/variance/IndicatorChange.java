package io.github.albero.variance;

import io.github.albero.internal.Problems;
import io.github.albero.InvalidValueException;
import io.github.albero.internal.Numbers;
import io.github.albero.measure.Quantity;
import io.github.albero.measure.Unit;
import io.github.albero.model.Indicator;
import io.github.albero.model.Polarity;
import io.github.albero.model.Result;
import io.github.albero.model.ResultKind;
import io.github.albero.model.ResultReading;
import io.github.albero.model.ResultStatus;
import io.github.albero.model.TargetOperator;
import io.github.albero.model.TargetReading;
import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * How an indicator's result changed between two years, and whether that is an improvement
 * (<i>variazione dell'indicatore</i>): the numeric {@link Change} when both results are numbers
 * or percentages, and a {@link Trend} judged with the indicator's polarity. Immutable and
 * thread-safe.
 *
 * <ul>
 *   <li>higher is better / lower is better: the sign of the change, turned for lower is better;
 *   <li>milestone: completion percentages capped at 100%, or statuses ranked achieved &gt;
 *       partially achieved &gt; postponed &gt; not achieved (a percentage of 100% counts as
 *       achieved, 0% as not achieved, any other as partially achieved);
 *   <li>target range: the distance from the later year's range (the earlier year's when the
 *       later has none), zero inside it;
 *   <li>anything else (a result missing, unread or "nothing reported", units that differ) is
 *       {@link Trend#NOT_COMPARABLE}, with the reason.
 * </ul>
 * Between two percentages the absolute change is in percentage points, and says so.
 *
 * <pre>{@code
 * Indicator indicator = report.indicators().get(20).indicator();
 * IndicatorChange c = IndicatorChange.of(indicator, 2016, 2017);
 * c.trend();                          // WORSENED for "2.3 gg" → "2.9 gg", lower is better
 * c.toString();                       // 2016 → 2017: 2.3 gg → 2.9 gg, +0.6, worsened (lower is better)
 * Render.of(Locale.ITALIAN).change(c); // 2016 → 2017: 2,3 gg → 2,9 gg, +0,6, peggiorato (più basso è meglio)
 * }</pre>
 */
public final class IndicatorChange {
    private final String indicator;
    private final Polarity polarity;
    private final int fromYear;
    private final int toYear;
    private final Change change;
    private final Trend trend;
    private final Reason reason;
    private final Object[] reasonArgs;

    /** Why two years are not comparable; {@link #reasonArguments()} holds what the reason names. */
    public enum Reason {
        /** No result for a year (the year). */
        NO_RESULT,
        /** A year's result was not read (the year, the result's text). */
        UNREAD,
        /** Nothing reported for a year (the year). */
        NOTHING_REPORTED,
        /** The units differ (the earlier unit and year, the later unit and year). */
        UNITS_DIFFER,
        /** A status in one year and a number in the other. */
        STATUS_AND_NUMBER,
        /** A target range indicator without a range to measure the distance from. */
        NO_RANGE
    }

    private IndicatorChange(Indicator indicator, int fromYear, int toYear, Change change, Trend trend, Reason reason, Object... args) {
        this.indicator = indicator.name();
        this.polarity = indicator.polarity();
        this.fromYear = fromYear;
        this.toYear = toYear;
        this.change = change;
        this.trend = trend;
        this.reason = reason;
        this.reasonArgs = args.clone();
    }

    /**
     * Compares an indicator's results of two years.
     *
     * @param indicator the indicator, not null
     * @param fromYear the earlier year
     * @param toYear the later year
     * @return the change; never throws for missing or unread results (they are not comparable)
     * @throws InvalidValueException when the indicator is null
     */
    public static IndicatorChange of(Indicator indicator, int fromYear, int toYear) {
        if (indicator == null) {
            throw new InvalidValueException("indicator", null, Problems.of("required"));
        }
        Optional<Result> a = indicator.result(fromYear);
        Optional<Result> b = indicator.result(toYear);
        for (int year : new int[] {fromYear, toYear}) {
            Optional<Result> r = year == fromYear ? a : b;
            if (r.isEmpty()) {
                return notComparable(indicator, fromYear, toYear, null, Reason.NO_RESULT, year);
            }
            if (r.get().reading().isEmpty()) {
                return notComparable(indicator, fromYear, toYear, null, Reason.UNREAD, year, r.get().text());
            }
            if (r.get().reading().get().kind() == ResultKind.NOTHING_REPORTED) {
                return notComparable(indicator, fromYear, toYear, null, Reason.NOTHING_REPORTED, year);
            }
        }
        ResultReading ra = a.get().reading().get();
        ResultReading rb = b.get().reading().get();
        Optional<Quantity> qa = ra.quantity();
        Optional<Quantity> qb = rb.quantity();
        Change change = qa.isPresent() && qb.isPresent() ? Change.of(fromYear, qa.get(), toYear, qb.get()) : null;
        if (change != null && change.notComparable().isPresent()) {
            return notComparable(indicator, fromYear, toYear, change, Reason.UNITS_DIFFER, qa.get().unit().get(), fromYear,
                    qb.get().unit().get(), toYear);
        }
        if (change == null) {
            // at least one status: only a milestone (or a status on both sides) compares
            Optional<Integer> sa = rank(ra);
            Optional<Integer> sb = rank(rb);
            boolean bothStatus = ra.kind() == ResultKind.STATUS && rb.kind() == ResultKind.STATUS;
            if (sa.isPresent() && sb.isPresent() && (bothStatus || indicator.polarity() == Polarity.MILESTONE)) {
                return new IndicatorChange(indicator, fromYear, toYear, null, trendOf(Integer.compare(sb.get(), sa.get())), null);
            }
            return notComparable(indicator, fromYear, toYear, null, Reason.STATUS_AND_NUMBER);
        }
        BigDecimal from = qa.get().value();
        BigDecimal to = qb.get().value();
        switch (indicator.polarity()) {
            case HIGHER_IS_BETTER:
                return new IndicatorChange(indicator, fromYear, toYear, change, trendOf(to.compareTo(from)), null);
            case LOWER_IS_BETTER:
                return new IndicatorChange(indicator, fromYear, toYear, change, trendOf(from.compareTo(to)), null);
            case MILESTONE:
                BigDecimal hundred = BigDecimal.valueOf(100);
                return new IndicatorChange(indicator, fromYear, toYear, change, trendOf(to.min(hundred).compareTo(from.min(hundred))), null);
            default:
                Optional<TargetReading> range = range(indicator, toYear).or(() -> range(indicator, fromYear));
                if (range.isEmpty()) {
                    return notComparable(indicator, fromYear, toYear, change, Reason.NO_RANGE);
                }
                BigDecimal low = range.get().value().get();
                BigDecimal high = range.get().upperBound().get();
                return new IndicatorChange(indicator, fromYear, toYear, change,
                        trendOf(distance(from, low, high).compareTo(distance(to, low, high))), null);
        }
    }

    private static IndicatorChange notComparable(Indicator i, int from, int to, Change change, Reason reason, Object... args) {
        return new IndicatorChange(i, from, to, change, Trend.NOT_COMPARABLE, reason, args);
    }

    private static Trend trendOf(int better) {
        return better > 0 ? Trend.IMPROVED : better < 0 ? Trend.WORSENED : Trend.UNCHANGED;
    }

    /** A milestone's progress as a rank: a status, or a completion percentage read as one. */
    private static Optional<Integer> rank(ResultReading r) {
        if (r.kind() == ResultKind.STATUS) {
            return r.status().map(IndicatorChange::rank);
        }
        if (r.kind() == ResultKind.PERCENTAGE) {
            return r.percentage().map(p -> p.points().compareTo(BigDecimal.valueOf(100)) >= 0 ? rank(ResultStatus.ACHIEVED)
                    : p.points().signum() == 0 ? rank(ResultStatus.NOT_ACHIEVED) : rank(ResultStatus.PARTIALLY_ACHIEVED));
        }
        return Optional.empty();
    }

    private static int rank(ResultStatus s) {
        return switch (s) {
            case ACHIEVED -> 3;
            case PARTIALLY_ACHIEVED -> 2;
            case POSTPONED -> 1;
            case NOT_ACHIEVED -> 0;
        };
    }

    private static Optional<TargetReading> range(Indicator indicator, int year) {
        return indicator.target(year).flatMap(t -> t.reading())
                .filter(r -> r.operator() == TargetOperator.BETWEEN && r.value().isPresent() && r.upperBound().isPresent());
    }

    private static BigDecimal distance(BigDecimal v, BigDecimal low, BigDecimal high) {
        return v.compareTo(low) < 0 ? low.subtract(v) : v.compareTo(high) > 0 ? v.subtract(high) : BigDecimal.ZERO;
    }

    /** {@return the indicator's name} */
    public String indicator() {
        return indicator;
    }

    /** {@return the polarity the trend was judged with} */
    public Polarity polarity() {
        return polarity;
    }

    /** {@return the earlier year} */
    public int fromYear() {
        return fromYear;
    }

    /** {@return the later year} */
    public int toYear() {
        return toYear;
    }

    /** {@return the numeric change, when both results are numbers or percentages} */
    public Optional<Change> change() {
        return Optional.ofNullable(change);
    }

    /** {@return improved, worsened, unchanged or not comparable} */
    public Trend trend() {
        return trend;
    }

    /** {@return true when both results are percentages, so the absolute change is in percentage points} */
    public boolean inPercentagePoints() {
        return change != null && change.from().unit().filter(Unit.PERCENT::equals).isPresent()
                && change.to().unit().filter(Unit.PERCENT::equals).isPresent();
    }

    /** {@return why the years are not comparable; empty unless the trend is {@link Trend#NOT_COMPARABLE}} */
    public Optional<Reason> reason() {
        return Optional.ofNullable(reason);
    }

    /** {@return what the reason names: years, a result's text, units, as {@link Reason}'s constants say; empty without a reason} */
    public List<Object> reasonArguments() {
        return List.of(reasonArgs);
    }

    /** A quantity with a point for decimals, whatever Quantity's own toString does. */
    private static String plain(Quantity q) {
        String n = q.value().stripTrailingZeros().toPlainString();
        return q.unit().map(u -> u.equals(Unit.PERCENT) ? n + "%" : n + " " + u.symbol()).orElse(n);
    }

    /**
     * {@return e.g. {@code 2016 → 2017: 2.3 gg → 2.9 gg, +0.6, worsened (lower is better)} or {@code 2016 → 2017: not
     * comparable (NO_RESULT 2016)}: the data, locale-neutral; {@link io.github.albero.render.Render#change(IndicatorChange)}
     * writes it in a language}
     */
    @Override
    public String toString() {
        StringBuilder sb = new StringBuilder().append(fromYear).append(" → ").append(toYear).append(": ");
        if (change != null) {
            sb.append(plain(change.from())).append(" → ").append(plain(change.to())).append(", ");
            change.absolute().ifPresent(d -> sb.append(d.signum() > 0 ? "+" : "").append(d.stripTrailingZeros().toPlainString())
                    .append(inPercentagePoints() ? " pp, " : ", "));
        }
        sb.append(trend);
        if (reason != null) {
            sb.append(" (").append(reason.name());
            for (Object a : reasonArgs) {
                sb.append(' ').append(a);
            }
            sb.append(')');
        } else {
            sb.append(" (").append(polarity.name().toLowerCase(Locale.ROOT).replace('_', ' ')).append(')');
        }
        return sb.toString();
    }
}
