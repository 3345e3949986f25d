package io.github.albero.model;

import io.github.albero.internal.Problems;
import io.github.albero.InvalidValueException;
import io.github.albero.internal.Numbers;
import io.github.albero.measure.Quantity;
import io.github.albero.measure.Ratio;
import io.github.albero.measure.Unit;
import io.github.albero.period.MonitoringPeriod;
import io.github.albero.period.YearRange;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import org.immutables.value.Value;

/**
 * An indicator's monitoring of one year (<i>monitoraggio</i>): its figures by period, which lie
 * in that year and do not overlap. The periods are kept ordered by start whatever order they
 * were given in, so two monitorings with the same periods are equal. Immutable and thread-safe.
 *
 * <pre>{@code
 * Monitoring m = Monitoring.builder().year(2023).
 *     addPeriods(PeriodResult.of(MonitoringPeriod.half(2023, 1), Result.parse("n. 2"))).
 *     addPeriods(PeriodResult.of(MonitoringPeriod.half(2023, 2), Result.parse("n. 3"))).
 *     build();
 * m.derive(PeriodAggregation.SUM, Optional.empty(), LocalDate.of(2023, 12, 31));   // Optional["5 n" [number 5 n]]
 * }</pre>
 */
@Value.Immutable
abstract class AbstractMonitoring {
    private static final int SCALE = 6;

    /** {@return the year monitored} */
    public abstract int year();

    /** {@return the periods' figures, ordered by period} */
    public abstract List<PeriodResult> periods();

    /**
     * {@return the periods that ended on or before it, in order}
     *
     * @param day a day of the year
     */
    public List<PeriodResult> upTo(LocalDate day) {
        return periods().stream().filter(p -> !p.period().end().isAfter(day)).collect(Collectors.toUnmodifiableList());
    }

    /** {@return true when every period has a final and complete result} */
    public boolean settled() {
        return periods().stream().allMatch(p -> p.result().isPresent() && p.settled());
    }

    /**
     * Derives the result as of a day from the periods that ended by then and have a numeric
     * result (periods with nothing reported or without a result are skipped):
     * {@link PeriodAggregation#LAST} takes the latest; {@link PeriodAggregation#SUM} adds the
     * values, {@link PeriodAggregation#MEAN} averages them (exactly, rounded half-even to 6
     * decimals); for a ratio indicator whose periods all give their parts, both add the parts
     * (Σnumerators ÷ Σdenominators). Percentages cannot be summed, and values in different
     * units or qualitative statuses cannot be combined: the result is then empty.
     *
     * @param how the aggregation
     * @param ratio the indicator's ratio definition, if any
     * @param day the day as of which to derive: the end of a period or of the year
     * @return the derived result, or empty when nothing can be derived
     */
    public Optional<Result> derive(PeriodAggregation how, Optional<RatioDefinition> ratio, LocalDate day) {
        List<Result> used = contributing(day);
        if (used.isEmpty()) {
            return Optional.empty();
        }
        if (how == PeriodAggregation.LAST) {
            return Optional.of(used.get(used.size() - 1));
        }
        if (ratio.isPresent() && used.stream().allMatch(r -> r.parts().isPresent())) {
            Ratio sum = Ratio.sum(() -> used.stream().map(r -> r.parts().get()).iterator());
            return Optional.of(Result.ofParts(sum, ratio.get().scale()));
        }
        List<ResultReading> readings = used.stream().map(r -> r.reading().orElse(null)).collect(Collectors.toList());
        if (readings.stream().anyMatch(r -> r == null || r.kind() == ResultKind.STATUS)) {
            return Optional.empty();
        }
        ResultKind kind = readings.get(0).kind();
        Optional<Unit> unit = readings.get(0).unit();
        if (readings.stream().anyMatch(r -> r.kind() != kind || !r.unit().equals(unit))
                || kind == ResultKind.PERCENTAGE && how == PeriodAggregation.SUM) {
            return Optional.empty();
        }
        BigDecimal sum = readings.stream().map(r -> r.value().get()).reduce(BigDecimal.ZERO, BigDecimal::add);
        BigDecimal value = how == PeriodAggregation.SUM ? sum
                : sum.divide(BigDecimal.valueOf(readings.size()), SCALE, RoundingMode.HALF_EVEN);
        value = Numbers.normalize(value);
        ResultReading reading = kind == ResultKind.PERCENTAGE
                ? ResultReading.percentage(io.github.albero.measure.Percentage.of(value))
                : ResultReading.number(Quantity.of(value, unit.orElse(null)));
        return Optional.of(Result.of(reading.quantity().get().toString(), reading));
    }

    /**
     * {@return the results that {@link #derive} combines as of that day, in period order}
     *
     * @param day a day of the year
     */
    public List<Result> contributing(LocalDate day) {
        List<Result> used = new ArrayList<>();
        for (PeriodResult p : upTo(day)) {
            p.result().filter(r -> !r.isNothingReported() && (r.reading().isPresent() || r.parts().isPresent())).ifPresent(used::add);
        }
        return used;
    }

    /**
     * {@return the period that ends on that day, when it sets its own target}
     *
     * @param day a day of the year
     */
    public Optional<PeriodResult> periodTarget(LocalDate day) {
        return periods().stream().filter(p -> p.period().end().equals(day) && p.target().isPresent()).findFirst();
    }

    @Value.Check
    AbstractMonitoring check() {
        YearRange.checkYear("year", year());
        List<PeriodResult> given = periods();
        for (int i = 0; i < given.size(); i++) {
            MonitoringPeriod p = given.get(i).period();
            if (p.year() != year()) {
                throw new InvalidValueException(NodePath.root().member("periods", i).member("period"), p, Problems.of("outsideYear", year()));
            }
            for (int j = 0; j < i; j++) {
                if (given.get(j).period().overlaps(p)) {
                    throw new InvalidValueException(NodePath.root().member("periods", i).member("period"), p, Problems.of("overlapsPeriod", given.get(j).period()));
                }
            }
        }
        List<PeriodResult> sorted = new ArrayList<>(given);
        sorted.sort(Comparator.comparing(PeriodResult::period));
        return sorted.equals(given) ? this : Monitoring.builder().from(this).periods(sorted).build();
    }

    /** {@return e.g. {@code "Monitoring[2023: 2023-01-01/2023-06-30, 2023-07-01/2023-12-31]"}} */
    @Override
    public String toString() {
        return "Monitoring[" + year() + ": " + periods().stream().map(p -> p.period().toString()).collect(Collectors.joining(", ")) + "]";
    }
}
