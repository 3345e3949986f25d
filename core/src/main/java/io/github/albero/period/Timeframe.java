package io.github.albero.period;

import io.github.albero.internal.Problems;
import io.github.albero.InvalidValueException;
import io.github.albero.model.NodePath;
import io.github.albero.internal.Strings;
import java.io.Serializable;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

/**
 * The time an objective is planned to take (<i>arco temporale di realizzazione</i>): the
 * label the document uses ("Biennio", "Triennio", "Annuale", "2017-2018") kept verbatim, and
 * the years when the document gives them.
 *
 * <p>A label alone does not tell which years are meant ("Biennio" in a 2016–2018 plan may be
 * 2016–2017 or 2017–2018), so {@link #years()} stays empty unless given;
 * {@link #durationYears()} reads the length from the label when it can.
 *
 * <p>Immutable and thread-safe. Arguments must not be null; no method returns null (an absent
 * value is an empty {@code Optional}).
 */
public final class Timeframe implements Serializable {
    private static final long serialVersionUID = 1L;
    private static final int MAX_LABEL = 200;

    private final String label;
    private final YearRange years;

    private Timeframe(String label, YearRange years) {
        this.label = label;
        this.years = years;
    }

    /**
     * {@return the timeframe}
     *
     * @param label the label, verbatim and not blank
     * @param years the years, or null when the document does not give them
     */
    public static Timeframe of(String label, YearRange years) {
        if (label == null || Strings.isBlank(label) || label.length() > MAX_LABEL) {
            throw new InvalidValueException(NodePath.of("timeframe", "label"), label, Problems.of("lengthUpTo", MAX_LABEL));
        }
        return new Timeframe(label, years);
    }

    /**
     * {@return the timeframe}
     *
     * @param label the label, verbatim; when it is itself a year range ("2017-2018") the
     * years are read from it
     */
    public static Timeframe of(String label) {
        YearRange years = null;
        try {
            years = label == null ? null : YearRange.parse(label);
        } catch (InvalidValueException notARange) {
            // a word such as "Biennio": no years
        }
        return of(label, years);
    }

    /** {@return the label as written} */
    public String label() {
        return label;
    }

    /** {@return the years, when known} */
    public Optional<YearRange> years() {
        return Optional.ofNullable(years);
    }

    /**
     * {@return the number of years: from {@link #years()} when given, otherwise from a label
     * such as annuale (1), biennio/biennale (2), triennio/triennale (3); empty otherwise}
     */
    public Optional<Integer> durationYears() {
        if (years != null) {
            return Optional.of(years.length());
        }
        String l = label.toLowerCase(Locale.ITALIAN).strip();
        if (l.startsWith("annual") || l.equals("anno")) {
            return Optional.of(1);
        }
        if (l.startsWith("bienn")) {
            return Optional.of(2);
        }
        if (l.startsWith("trienn")) {
            return Optional.of(3);
        }
        return Optional.empty();
    }

    /** {@return true when {@code o} is a {@code Timeframe} equal to this one} */
    @Override
    public boolean equals(Object o) {
        return o instanceof Timeframe other && other.label.equals(label) && Objects.equals(other.years, years);
    }

    /** {@return a hash code consistent with {@link #equals(Object)}} */
    @Override
    public int hashCode() {
        return Objects.hash(label, years);
    }

    /** {@return e.g. {@code "Biennio"} or {@code "Biennio (2017-2018)"}} */
    @Override
    public String toString() {
        return years == null || label.equals(years.toString()) ? label : label + " (" + years + ")";
    }
}
