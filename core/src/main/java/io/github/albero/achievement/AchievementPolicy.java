package io.github.albero.achievement;

import io.github.albero.InvalidValueException;
import io.github.albero.measure.Percentage;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Objects;

/**
 * The choices of a measurement system (<i>Sistema di misurazione e valutazione della
 * performance</i>, SMVP) that turn targets and results into achievement (<i>grado di
 * raggiungimento</i>). There is no single official formula: every choice is a field here, with
 * a documented default, and every computed value's explanation names the choices it used.
 *
 * <p>{@link #defaults()} follows common practice in the reports of Italian chambers of
 * commerce:
 * <ul>
 * <li>cap at 100%: over-achievement does not offset under-achievement elsewhere;</li>
 * <li>the {@link Formula#RATIO ratio} formula;</li>
 * <li>a partially achieved milestone (<i>parziale realizzazione</i>) counts 50%, the midpoint
 *     between done and not done, since the documents give no share;</li>
 * <li>a postponed milestone (<i>rinviato</i>) counts 0%: it was not done in the year;</li>
 * <li>"nothing reported" ({@code _____}) and missing results are left out, and the siblings'
 *     weights are renormalised; a year without a target is not applicable and always left
 *     out;</li>
 * <li>outside a target range is 0%;</li>
 * <li>the three bands of {@link BandTable#defaults()}: ≥ 90% achieved, ≥ 70% partially
 *     achieved, otherwise not achieved;</li>
 * <li>the {@link RollupRule#WEIGHTED_MEAN weighted mean} rollup.</li>
 * </ul>
 *
 * <p>Scores are percentages in percentage points with {@value #SCALE} decimals, rounded
 * {@link RoundingMode#HALF_EVEN half-even}, at every node: a parent is computed from its
 * children's published (rounded) scores and exact weights, so that every figure can be
 * re-derived from the figures printed beside it.
 *
 * <pre>{@code
 * AchievementPolicy p = AchievementPolicy.defaults().
 *     withCap(Percentage.of(120)).             // over-achievement up to 120%
 *     withMissingResult(Treatment.COUNT_AS_ZERO).
 *     withRollup(RollupRule.WORST_CHILD);
 * }</pre>
 */
public final class AchievementPolicy {
    /** Decimals of every score, in percentage points: 2 (so 66,67%). */
    public static final int SCALE = 2;
    /** How scores are rounded: half-even, unbiased over many figures. */
    public static final RoundingMode ROUNDING = RoundingMode.HALF_EVEN;
    /** The highest cap a policy may set: 1000%. */
    public static final Percentage MAX_CAP = Percentage.of(1000);

    private static final AchievementPolicy DEFAULTS = new AchievementPolicy(Percentage.HUNDRED, Formula.RATIO, Percentage.of(50),
            Percentage.ZERO, Treatment.EXCLUDE, Treatment.EXCLUDE, RangeRule.ZERO, BandTable.defaults(), RollupRule.WEIGHTED_MEAN);

    private final Percentage cap;
    private final Formula formula;
    private final Percentage partiallyAchieved;
    private final Percentage postponed;
    private final Treatment nothingReported;
    private final Treatment missingResult;
    private final RangeRule outsideRange;
    private final BandTable bands;
    private final RollupRule rollup;

    private AchievementPolicy(Percentage cap, Formula formula, Percentage partiallyAchieved, Percentage postponed,
            Treatment nothingReported, Treatment missingResult, RangeRule outsideRange, BandTable bands, RollupRule rollup) {
        this.cap = between("cap", cap, Percentage.HUNDRED, MAX_CAP);
        this.formula = required("formula", formula);
        this.partiallyAchieved = between("partiallyAchieved", partiallyAchieved, Percentage.ZERO, Percentage.HUNDRED);
        this.postponed = between("postponed", postponed, Percentage.ZERO, Percentage.HUNDRED);
        this.nothingReported = required("nothingReported", nothingReported);
        this.missingResult = required("missingResult", missingResult);
        this.outsideRange = required("outsideRange", outsideRange);
        this.bands = required("bands", bands);
        this.rollup = required("rollup", rollup);
    }

    private static <T> T required(String field, T value) {
        if (value == null) {
            throw new InvalidValueException(field, null, "is required");
        }
        return value;
    }

    static Percentage between(String field, Percentage p, Percentage min, Percentage max) {
        required(field, p);
        if (p.compareTo(min) < 0 || p.compareTo(max) > 0) {
            throw new InvalidValueException(field, p, "must lie between " + min + " and " + max);
        }
        if (p.points().scale() > SCALE) {
            throw new InvalidValueException(field, p, "must have at most " + SCALE + " decimals");
        }
        return p;
    }

    /** {@return the defaults described above, following common chamber practice} */
    public static AchievementPolicy defaults() {
        return DEFAULTS;
    }

    /** {@return the highest achievement of an indicator, 100% by default; above 100% allows over-achievement} */
    public Percentage cap() {
        return cap;
    }

    /** {@return the formula for numeric targets, {@link Formula#RATIO} by default} */
    public Formula formula() {
        return formula;
    }

    /** {@return what a partially achieved milestone counts, 50% by default} */
    public Percentage partiallyAchieved() {
        return partiallyAchieved;
    }

    /** {@return what a postponed milestone counts, 0% by default} */
    public Percentage postponed() {
        return postponed;
    }

    /** {@return what a result of "nothing reported" does, left out by default} */
    public Treatment nothingReported() {
        return nothingReported;
    }

    /** {@return what a missing result (a target but no result for the year) does, left out by default} */
    public Treatment missingResult() {
        return missingResult;
    }

    /** {@return what a result outside a target range counts, 0% by default} */
    public RangeRule outsideRange() {
        return outsideRange;
    }

    /** {@return the band table giving each score its status} */
    public BandTable bands() {
        return bands;
    }

    /** {@return how parents are computed from children, weighted mean by default} */
    public RollupRule rollup() {
        return rollup;
    }

    /**
     * {@return this policy with that cap}
     *
     * @param cap the highest achievement of an indicator, from 100% (no over-achievement) to
     * {@link #MAX_CAP}, with at most 2 decimals
     */
    public AchievementPolicy withCap(Percentage cap) {
        return new AchievementPolicy(cap, formula, partiallyAchieved, postponed, nothingReported, missingResult, outsideRange, bands, rollup);
    }

    /**
     * {@return this policy with that formula}
     *
     * @param formula the formula for numeric targets
     */
    public AchievementPolicy withFormula(Formula formula) {
        return new AchievementPolicy(cap, formula, partiallyAchieved, postponed, nothingReported, missingResult, outsideRange, bands, rollup);
    }

    /**
     * {@return this policy with that value}
     *
     * @param value what a partially achieved milestone counts, from 0% to 100%
     */
    public AchievementPolicy withPartiallyAchieved(Percentage value) {
        return new AchievementPolicy(cap, formula, value, postponed, nothingReported, missingResult, outsideRange, bands, rollup);
    }

    /**
     * {@return this policy with that value}
     *
     * @param value what a postponed milestone counts, from 0% to 100%
     */
    public AchievementPolicy withPostponed(Percentage value) {
        return new AchievementPolicy(cap, formula, partiallyAchieved, value, nothingReported, missingResult, outsideRange, bands, rollup);
    }

    /**
     * {@return this policy with that treatment}
     *
     * @param treatment what a result of "nothing reported" does
     */
    public AchievementPolicy withNothingReported(Treatment treatment) {
        return new AchievementPolicy(cap, formula, partiallyAchieved, postponed, treatment, missingResult, outsideRange, bands, rollup);
    }

    /**
     * {@return this policy with that treatment}
     *
     * @param treatment what a missing result does
     */
    public AchievementPolicy withMissingResult(Treatment treatment) {
        return new AchievementPolicy(cap, formula, partiallyAchieved, postponed, nothingReported, treatment, outsideRange, bands, rollup);
    }

    /**
     * {@return this policy with that rule}
     *
     * @param rule what a result outside a target range counts
     */
    public AchievementPolicy withOutsideRange(RangeRule rule) {
        return new AchievementPolicy(cap, formula, partiallyAchieved, postponed, nothingReported, missingResult, rule, bands, rollup);
    }

    /**
     * {@return this policy with that table}
     *
     * @param bands the band table
     */
    public AchievementPolicy withBands(BandTable bands) {
        return new AchievementPolicy(cap, formula, partiallyAchieved, postponed, nothingReported, missingResult, outsideRange, bands, rollup);
    }

    /**
     * {@return this policy with that rule}
     *
     * @param rollup how parents are computed from children
     */
    public AchievementPolicy withRollup(RollupRule rollup) {
        return new AchievementPolicy(cap, formula, partiallyAchieved, postponed, nothingReported, missingResult, outsideRange, bands, rollup);
    }

    /**
     * Rounds a value in percentage points to the policy's scale.
     *
     * @param points a value in percentage points
     * @return the value with {@value #SCALE} decimals, rounded {@link #ROUNDING}
     */
    static BigDecimal round(BigDecimal points) {
        return points.setScale(SCALE, ROUNDING);
    }

    /** {@return true when {@code o} is an {@code AchievementPolicy} equal to this one} */
    @Override
    public boolean equals(Object o) {
        if (!(o instanceof AchievementPolicy)) {
            return false;
        }
        AchievementPolicy p = (AchievementPolicy) o;
        return cap.equals(p.cap) && formula == p.formula && partiallyAchieved.equals(p.partiallyAchieved) && postponed.equals(p.postponed)
                && nothingReported == p.nothingReported && missingResult == p.missingResult && outsideRange == p.outsideRange
                && bands.equals(p.bands) && rollup == p.rollup;
    }

    /** {@return a hash code consistent with {@link #equals(Object)}} */
    @Override
    public int hashCode() {
        return Objects.hash(cap, formula, partiallyAchieved, postponed, nothingReported, missingResult, outsideRange, bands, rollup);
    }

    /** {@return every choice on one line} */
    @Override
    public String toString() {
        return "AchievementPolicy[cap " + cap.format() + ", " + label(formula) + ", partially achieved " + partiallyAchieved.format()
                + ", postponed " + postponed.format() + ", nothing reported " + label(nothingReported) + ", missing result "
                + label(missingResult) + ", outside range " + (outsideRange == RangeRule.ZERO ? "0%" : "distance-based") + ", bands " + bands + ", " + label(rollup) + "]";
    }

    private static String label(Treatment t) {
        return t == Treatment.EXCLUDE ? "left out" : "counted as 0%";
    }

    private static String label(Enum<?> e) {
        return e.name().toLowerCase(java.util.Locale.ROOT).replace('_', ' ');
    }
}
