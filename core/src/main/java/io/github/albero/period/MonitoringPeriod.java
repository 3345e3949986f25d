package io.github.albero.period;

import io.github.albero.internal.Problems;
import io.github.albero.InvalidValueException;
import java.io.Serializable;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.Month;
import java.time.YearMonth;

/**
 * A monitoring period within one year (<i>periodo di monitoraggio</i>): the days from
 * {@link #start()} to {@link #end()}, both included, e.g. the first half {@code 2023-01-01/2023-06-30}
 * (the 30 June check), a quarter or a month.
 *
 * <p>A period never crosses the end of a calendar year, and the periods of one indicator's year
 * do not overlap: each day's data belongs to one period (how periods add up to the year is the
 * indicator's {@code PeriodAggregation}). Immutable and thread-safe.
 *
 * <pre>{@code
 * MonitoringPeriod.half(2023, 1);                 // 2023-01-01/2023-06-30
 * MonitoringPeriod.quarter(2023, 4).end();        // 2023-12-31
 * MonitoringPeriod.parse("2023-01-01/2023-06-30").overlaps(MonitoringPeriod.month(2023, 6));  // true
 * }</pre>
 */
public final class MonitoringPeriod implements Comparable<MonitoringPeriod>, Serializable {
    private static final long serialVersionUID = 1L;

    private final LocalDate start;
    private final LocalDate end;

    private MonitoringPeriod(LocalDate start, LocalDate end) {
        this.start = start;
        this.end = end;
    }

    /**
     * {@return the period}
     *
     * @param start the first day, included
     * @param end the last day, included, in the same year and not before {@code start}
     * @throws InvalidValueException when a day is missing, the end precedes the start or the
     * period crosses the end of the year
     */
    public static MonitoringPeriod of(LocalDate start, LocalDate end) {
        if (start == null) {
            throw new InvalidValueException("period.start", null, Problems.of("required"));
        }
        if (end == null) {
            throw new InvalidValueException("period.end", null, Problems.of("required"));
        }
        YearRange.checkYear("period.start", start.getYear());
        if (end.isBefore(start)) {
            throw new InvalidValueException("period.end", end, Problems.of("notBeforeStart", start));
        }
        if (end.getYear() != start.getYear()) {
            throw new InvalidValueException("period.end", end, Problems.of("sameYearAsStart", start.getYear()));
        }
        return new MonitoringPeriod(start, end);
    }

    /**
     * {@return January–June or July–December}
     *
     * @param year the year
     * @param half 1 or 2
     */
    public static MonitoringPeriod half(int year, int half) {
        if (half != 1 && half != 2) {
            throw new InvalidValueException("period.half", half, Problems.of("oneOf", 1, 2));
        }
        return months(year, half * 6 - 5, 6);
    }

    /**
     * {@return the quarter}
     *
     * @param year the year
     * @param quarter 1 to 4
     */
    public static MonitoringPeriod quarter(int year, int quarter) {
        if (quarter < 1 || quarter > 4) {
            throw new InvalidValueException("period.quarter", quarter, Problems.of("fromTo", 1, 4));
        }
        return months(year, quarter * 3 - 2, 3);
    }

    /**
     * {@return the month}
     *
     * @param year the year
     * @param month 1 to 12
     */
    public static MonitoringPeriod month(int year, int month) {
        if (month < 1 || month > 12) {
            throw new InvalidValueException("period.month", month, Problems.of("fromTo", 1, 12));
        }
        return months(year, month, 1);
    }

    /**
     * {@return 1 January to 31 December}
     *
     * @param year the year
     */
    public static MonitoringPeriod year(int year) {
        return months(year, 1, 12);
    }

    private static MonitoringPeriod months(int year, int first, int count) {
        YearRange.checkYear("period.year", year);
        LocalDate start = LocalDate.of(year, first, 1);
        return of(start, YearMonth.of(year, Month.of(first + count - 1)).atEndOfMonth());
    }

    /**
     * Parses an ISO 8601 interval of two days, {@code 2023-01-01/2023-06-30}.
     *
     * @param text the text
     * @return the period
     * @throws InvalidValueException when the text is not such an interval or breaks a rule of {@link #of}
     */
    public static MonitoringPeriod parse(String text) {
        if (text == null) {
            throw new InvalidValueException("period", null, Problems.of("required"));
        }
        // exactly the form toString writes: " 2023-01-01/2023-06-30" is not the JSON Schema's form either
        String[] parts = text.split("/", -1);
        if (parts.length != 2) {
            throw new InvalidValueException("period", text, Problems.of("periodFormat"));
        }
        try {
            return of(LocalDate.parse(parts[0]), LocalDate.parse(parts[1]));
        } catch (DateTimeException e) {
            throw new InvalidValueException("period", text, Problems.of("periodFormat"));
        }
    }

    /** {@return the first day, included} */
    public LocalDate start() {
        return start;
    }

    /** {@return the last day, included} */
    public LocalDate end() {
        return end;
    }

    /** {@return the year the period lies in} */
    public int year() {
        return start.getYear();
    }

    /**
     * {@return true when the two share at least one day}
     *
     * @param other another period
     */
    public boolean overlaps(MonitoringPeriod other) {
        return !start.isAfter(other.end) && !other.start.isAfter(end);
    }

    /** Orders by start, then by end. */
    @Override
    public int compareTo(MonitoringPeriod o) {
        int c = start.compareTo(o.start);
        return c != 0 ? c : end.compareTo(o.end);
    }

    /** {@return true when {@code o} is a {@code MonitoringPeriod} equal to this one} */
    @Override
    public boolean equals(Object o) {
        return o instanceof MonitoringPeriod other && other.start.equals(start) && other.end.equals(end);
    }

    /** {@return a hash code consistent with {@link #equals(Object)}} */
    @Override
    public int hashCode() {
        return start.hashCode() * 31 + end.hashCode();
    }

    /** {@return the ISO interval, e.g. {@code 2023-01-01/2023-06-30}, which {@link #parse} reads back} */
    @Override
    public String toString() {
        return start + "/" + end;
    }
}
