package io.github.albero.achievement;

import io.github.albero.internal.Problems;
import io.github.albero.InvalidValueException;
import io.github.albero.model.NodePath;
import io.github.albero.internal.Numbers;
import io.github.albero.measure.Percentage;
import io.github.albero.internal.Strings;
import java.math.BigDecimal;
import java.util.Objects;
import java.util.Optional;

/**
 * A band (<i>fascia</i>) of achievement: a label such as "achieved" (<i>raggiunto</i>) for the
 * scores between two bounds, each explicitly inclusive or exclusive, and an optional score
 * that some measurement systems attach to the band.
 *
 * <pre>{@code
 * Band.atLeast("achieved", Percentage.of(90));                       // achieved [90%, +∞)
 * Band.between("partially achieved", Percentage.of(70), true, Percentage.of(90), false);  // [70%, 90%)
 * Band.below("not achieved", Percentage.of(70)).withScore(BigDecimal.ZERO);
 * }</pre>
 *
 * <p>Immutable and thread-safe. Arguments must not be null (but the bounds of
 * {@link #of}); no method returns null (an absent value is an empty {@code Optional}).
 */
public final class Band {
    private final String label;
    private final Percentage lower;
    private final boolean lowerInclusive;
    private final Percentage upper;
    private final boolean upperInclusive;
    private final BigDecimal score;

    private Band(String label, Percentage lower, boolean lowerInclusive, Percentage upper, boolean upperInclusive, BigDecimal score) {
        if (label == null || Strings.isBlank(label)) {
            throw new InvalidValueException(NodePath.of("band", "label"), label, Problems.of("notBlank"));
        }
        if (lower != null && upper != null) {
            int c = lower.compareTo(upper);
            if (c > 0 || (c == 0 && !(lowerInclusive && upperInclusive))) {
                throw new InvalidValueException(NodePath.of("band", label), render(lower, lowerInclusive, upper, upperInclusive),
                        Problems.of("emptyBand"));
            }
        }
        this.label = label.strip();
        this.lower = lower;
        this.lowerInclusive = lower != null && lowerInclusive;
        this.upper = upper;
        this.upperInclusive = upper != null && upperInclusive;
        this.score = score;
    }

    /**
     * {@return the band {@code [lower, +∞)}}
     *
     * @param label the band's label
     * @param lower the lowest score of the band, inclusive
     */
    public static Band atLeast(String label, Percentage lower) {
        return new Band(label, require("lower", lower), true, null, false, null);
    }

    /**
     * {@return the band {@code (lower, +∞)}}
     *
     * @param label the band's label
     * @param lower the bound, exclusive
     */
    public static Band above(String label, Percentage lower) {
        return new Band(label, require("lower", lower), false, null, false, null);
    }

    /**
     * {@return the band {@code (−∞, upper)}}
     *
     * @param label the band's label
     * @param upper the bound, exclusive
     */
    public static Band below(String label, Percentage upper) {
        return new Band(label, null, false, require("upper", upper), false, null);
    }

    /**
     * {@return the band {@code (−∞, upper]}}
     *
     * @param label the band's label
     * @param upper the highest score of the band, inclusive
     */
    public static Band atMost(String label, Percentage upper) {
        return new Band(label, null, false, require("upper", upper), true, null);
    }

    /**
     * {@return the band between the two bounds}
     *
     * @param label the band's label
     * @param lower the lower bound
     * @param lowerInclusive whether a score equal to the lower bound belongs to the band
     * @param upper the upper bound
     * @param upperInclusive whether a score equal to the upper bound belongs to the band
     * @throws InvalidValueException when the band would be empty
     */
    public static Band between(String label, Percentage lower, boolean lowerInclusive, Percentage upper, boolean upperInclusive) {
        return new Band(label, require("lower", lower), lowerInclusive, require("upper", upper), upperInclusive, null);
    }

    /**
     * {@return the band of every score, e.g. the last of a table}
     *
     * @param label the band's label
     */
    public static Band any(String label) {
        return new Band(label, null, false, null, false, null);
    }

    /**
     * {@return the band between two bounds, either of which may be absent} The one factory for a
     * band read from a document, where each bound is given or not; the others say the shape in
     * their name.
     *
     * @param label the band's label
     * @param lower the lower bound, or null for none ({@code −∞})
     * @param lowerInclusive whether a score equal to the lower bound belongs to the band
     *     (ignored without a lower bound)
     * @param upper the upper bound, or null for none ({@code +∞})
     * @param upperInclusive whether a score equal to the upper bound belongs to the band
     *     (ignored without an upper bound)
     * @throws InvalidValueException when the band would be empty or the label is blank
     */
    public static Band of(String label, Percentage lower, boolean lowerInclusive, Percentage upper, boolean upperInclusive) {
        return new Band(label, lower, lowerInclusive, upper, upperInclusive, null);
    }

    private static Percentage require(String field, Percentage p) {
        if (p == null) {
            throw new InvalidValueException(NodePath.of("band", field), null, Problems.of("required"));
        }
        return p;
    }

    /**
     * {@return this band with that score}
     *
     * @param score the score the measurement system gives to this band, e.g. 3 of 4
     */
    public Band withScore(BigDecimal score) {
        return new Band(label, lower, lowerInclusive, upper, upperInclusive, Numbers.normalize(Numbers.check("band.score", score, 6)));
    }

    /**
     * {@return true when the score lies in this band}
     *
     * @param p a score
     */
    public boolean contains(Percentage p) {
        if (lower != null) {
            int c = p.compareTo(lower);
            if (c < 0 || (c == 0 && !lowerInclusive)) {
                return false;
            }
        }
        if (upper != null) {
            int c = p.compareTo(upper);
            return c < 0 || (c == 0 && upperInclusive);
        }
        return true;
    }

    /** {@return the label, e.g. "achieved"} */
    public String label() {
        return label;
    }

    /** {@return the lower bound, empty when unbounded} */
    public Optional<Percentage> lower() {
        return Optional.ofNullable(lower);
    }

    /** {@return whether the lower bound belongs to the band} */
    public boolean lowerInclusive() {
        return lowerInclusive;
    }

    /** {@return the upper bound, empty when unbounded} */
    public Optional<Percentage> upper() {
        return Optional.ofNullable(upper);
    }

    /** {@return whether the upper bound belongs to the band} */
    public boolean upperInclusive() {
        return upperInclusive;
    }

    /** {@return the score attached to the band, if any} */
    public Optional<BigDecimal> score() {
        return Optional.ofNullable(score);
    }

    private static String render(Percentage lower, boolean lowerInclusive, Percentage upper, boolean upperInclusive) {
        return (lower == null ? "(−∞" : (lowerInclusive ? "[" : "(") + lower) + ", "
                + (upper == null ? "+∞)" : upper + (upperInclusive ? "]" : ")"));
    }

    /** {@return true when {@code o} is a {@code Band} equal to this one} */
    @Override
    public boolean equals(Object o) {
        if (!(o instanceof Band)) {
            return false;
        }
        Band b = (Band) o;
        return label.equals(b.label) && Objects.equals(lower, b.lower) && lowerInclusive == b.lowerInclusive
                && Objects.equals(upper, b.upper) && upperInclusive == b.upperInclusive && Objects.equals(score, b.score);
    }

    /** {@return a hash code consistent with {@link #equals(Object)}} */
    @Override
    public int hashCode() {
        return Objects.hash(label, lower, lowerInclusive, upper, upperInclusive, score);
    }

    /** {@return e.g. {@code "achieved [90%, +∞)"} or {@code "good [70%, 90%) score 3"}} */
    @Override
    public String toString() {
        return label + " " + render(lower, lowerInclusive, upper, upperInclusive)
                + (score == null ? "" : " score " + Numbers.canonical(score));
    }
}
