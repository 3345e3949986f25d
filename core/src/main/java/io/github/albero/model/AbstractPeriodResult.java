package io.github.albero.model;

import io.github.albero.period.MonitoringPeriod;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * An indicator's figure for one monitoring period within a year (<i>monitoraggio
 * infrannuale</i>): the result reached in the period, optionally the period's own target, and
 * whether the figure is provisional or final and complete or partial. Immutable and
 * thread-safe.
 *
 * <pre>{@code
 * PeriodResult.builder().period(MonitoringPeriod.half(2023, 1)).result(Result.parse("n. 2")).
 *     status(ReportingStatus.PROVISIONAL).build();
 * }</pre>
 */
@Value.Immutable
abstract class AbstractPeriodResult {
    /** {@return the period} */
    public abstract MonitoringPeriod period();

    /** {@return the result in the period; empty when not yet known} */
    public abstract Optional<Result> result();

    /** {@return the period's own target (<i>target intermedio</i>), when the plan sets one} */
    public abstract Optional<Target> target();

    /** {@return provisional or final; final unless given} */
    @Value.Default
    public ReportingStatus status() {
        return ReportingStatus.FINAL;
    }

    /** {@return complete or partial; complete unless given} */
    @Value.Default
    public Completeness completeness() {
        return Completeness.COMPLETE;
    }

    /**
     * {@return a final, complete figure}
     *
     * @param period the period
     * @param result its result
     */
    public static PeriodResult of(MonitoringPeriod period, Result result) {
        return PeriodResult.builder().period(period).result(result).build();
    }

    /** {@return true when the figure is final and complete} */
    public boolean settled() {
        return status() == ReportingStatus.FINAL && completeness() == Completeness.COMPLETE;
    }

    /** {@return e.g. {@code "2023-01-01/2023-06-30 \"n. 2\" [number 2 n] provisional"}} */
    @Override
    public String toString() {
        return period() + result().map(r -> " " + r).orElse(" no result") + target().map(t -> ", target " + t).orElse("")
                + (status() == ReportingStatus.PROVISIONAL ? " provisional" : "")
                + (completeness() == Completeness.PARTIAL ? " partial" : "");
    }
}
