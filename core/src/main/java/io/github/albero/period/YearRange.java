package io.github.albero.period;

import io.github.albero.internal.Problems;
import io.github.albero.InvalidValueException;
import io.github.albero.internal.Numbers;
import java.io.Serializable;
import java.util.Iterator;
import java.util.NoSuchElementException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.IntStream;

/**
 * An inclusive range of calendar years, such as the horizon of a three-year plan
 * (2016–2018) or the timeframe of an objective. Years lie between {@value #MIN_YEAR} and
 * {@value #MAX_YEAR}.
 *
 * <pre>{@code
 * YearRange.parse("2016–2018").contains(2017);  // true
 * YearRange.of(2017).length();                  // 1
 * }</pre>
 *
 * <p>Immutable and thread-safe. Arguments must not be null; no method returns null (an absent
 * value is an empty {@code Optional}).
 */
public final class YearRange implements Comparable<YearRange>, Iterable<Integer>, Serializable {
    private static final long serialVersionUID = 1L;
    /** Earliest year accepted. */
    public static final int MIN_YEAR = 1900;
    /** Latest year accepted. */
    public static final int MAX_YEAR = 2999;

    private static final Pattern RANGE = Pattern.compile("^(\\d{4})(?:\\s*[-\u2010\u2011\u2013\u2014/]\\s*(\\d{4}))?$");

    private final int first;
    private final int last;

    private YearRange(int first, int last) {
        this.first = first;
        this.last = last;
    }

    /**
     * {@return the range}
     *
     * @param first the first year
     * @param last the last year, not before {@code first}
     * @throws InvalidValueException when a year is out of bounds or last precedes first
     */
    public static YearRange of(int first, int last) {
        checkYear("first", first);
        checkYear("last", last);
        if (last < first) {
            throw new InvalidValueException("last", last, Problems.of("notBeforeFirstYear", first));
        }
        return new YearRange(first, last);
    }

    /**
     * {@return the range of that single year}
     *
     * @param year a year
     */
    public static YearRange of(int year) {
        return of(year, year);
    }

    /**
     * Parses {@code "2016-2018"}, {@code "2016–2018"}, {@code "2016‐2018"}, {@code "2016/2018"}
     * or a single year {@code "2017"}.
     *
     * @param text the text
     * @return the range
     */
    public static YearRange parse(String text) {
        if (text == null) {
            throw new InvalidValueException("years", null, Problems.of("required"));
        }
        Matcher m = RANGE.matcher(Numbers.stripSpaces(text));
        if (!m.matches()) {
            throw new InvalidValueException("years", text, Problems.of("yearsFormat"));
        }
        int first = Integer.parseInt(m.group(1));
        return m.group(2) == null ? of(first) : of(first, Integer.parseInt(m.group(2)));
    }

    /**
     * Checks that a year is within the bounds Albero accepts.
     *
     * @param field the field name for the message
     * @param year the year
     * @return the year
     * @throws InvalidValueException when out of bounds
     */
    public static int checkYear(String field, int year) {
        if (year < MIN_YEAR || year > MAX_YEAR) {
            throw new InvalidValueException(field, year, Problems.of("yearBetween", MIN_YEAR, MAX_YEAR));
        }
        return year;
    }

    /** {@return the first year} */
    public int first() {
        return first;
    }

    /** {@return the last year (inclusive)} */
    public int last() {
        return last;
    }

    /** {@return the number of years, at least 1} */
    public int length() {
        return last - first + 1;
    }

    /**
     * {@return true when the year lies in the range}
     *
     * @param year a year
     */
    public boolean contains(int year) {
        return year >= first && year <= last;
    }

    /**
     * {@return true when every year of {@code other} lies in this range}
     *
     * @param other another range
     */
    public boolean contains(YearRange other) {
        return other.first >= first && other.last <= last;
    }

    /** {@return the years in order} */
    public IntStream years() {
        return IntStream.rangeClosed(first, last);
    }

    /** {@return the years from the first to the last, in order} */
    @Override
    public Iterator<Integer> iterator() {
        return new Iterator<>() {
            private int next = first;

            @Override
            public boolean hasNext() {
                return next <= last;
            }

            @Override
            public Integer next() {
                if (next > last) {
                    throw new NoSuchElementException();
                }
                return next++;
            }
        };
    }

    /**
     * {@return a negative number, zero or a positive number as this {@code YearRange} comes before,
     * together with or after {@code o}}
     */
    @Override
    public int compareTo(YearRange o) {
        return first != o.first ? Integer.compare(first, o.first) : Integer.compare(last, o.last);
    }

    /** {@return true when {@code o} is a {@code YearRange} equal to this one} */
    @Override
    public boolean equals(Object o) {
        return o instanceof YearRange other && other.first == first && other.last == last;
    }

    /** {@return a hash code consistent with {@link #equals(Object)}} */
    @Override
    public int hashCode() {
        return first * 31 + last;
    }

    /** {@return {@code "2016-2018"}, or {@code "2017"} for a single year} */
    @Override
    public String toString() {
        return first == last ? Integer.toString(first) : first + "-" + last;
    }
}
