package io.github.albero.achievement;

import io.github.albero.internal.Problems;
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
 * Immutable and thread-safe; every {@code with…} method returns a new policy.
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
 * <li>the {@link RollupRule#WEIGHTED_MEAN weighted mean} rollup (equal weights when none are
 *     given), from the children's rounded scores;</li>
 * <li>scores with 2 decimals, rounded {@link RoundingMode#HALF_EVEN half-even};</li>
 * <li>no minimum threshold, no score scale (the score is the achievement ratio), a missed
 *     deadline counts 0%.</li>
 * </ul>
 *
 * <p>What a measurement system may state instead, each a {@code with…} method:
 * <ul>
 * <li>no cap at all ({@link #withoutCap()}) or another cap ({@link #withCap});</li>
 * <li>the rollup: weighted mean, explicit simple mean ({@link RollupRule#SIMPLE_MEAN}, weights
 *     ignored) or worst child ({@link #withRollup});</li>
 * <li>the rounding: decimals and mode ({@link #withRounding}), e.g. 0 or 1 decimal
 *     {@link RoundingMode#HALF_UP half away from zero} as a spreadsheet's ROUND does; each score
 *     is computed exactly and rounded once; with {@link #withRollupFromExactValues()} parents
 *     are computed from their children's exact values and only displayed rounded;</li>
 * <li>a minimum threshold (<i>soglia minima</i>, {@link #withMinimumThreshold}): an achievement
 *     ratio below it scores 0;</li>
 * <li>a score scale ({@link #withScoreScale}): steps with scores, or linear from a floor to the
 *     target ({@link ScoreScale});</li>
 * <li>deadlines: on time 100%, late 0% or less a number of points per day late
 *     ({@link #withLateDeadlineDecline}).</li>
 * </ul>
 *
 * <p>A document may state its method itself: {@link io.github.albero.model.Plan#method()} (JSON
 * member {@code method}, format 1.1) carries a policy whose unstated choices are these defaults,
 * and {@link AchievementCalculator#evaluate(io.github.albero.model.Plan, int)} then computes with
 * it instead of its own policy, so that a document computes the same anywhere. Whichever policy
 * applies, every node's explanation states each choice that shaped it (cap or none, mean, rounding,
 * threshold, scale, deadline rule, left-out children).
 *
 * <pre>{@code
 * AchievementPolicy p = AchievementPolicy.defaults().withoutCap();
 * p = p.withRounding(1, RoundingMode.HALF_UP);         // 6/11 → 54,5%
 * p = p.withRollup(RollupRule.SIMPLE_MEAN);
 * p = p.withMinimumThreshold(Percentage.of(50));
 * p = p.withScoreScale(ScoreScale.steps(0, 0, 50, 50, 100, 75, 120, 100));
 * }</pre>
 */
public final class AchievementPolicy {
    /** Decimals of every score by default, in percentage points: 2 (so 66,67%). */
    public static final int SCALE = 2;
    /** How scores are rounded by default: half-even, unbiased over many figures. */
    public static final RoundingMode ROUNDING = RoundingMode.HALF_EVEN;
    /** The highest cap a policy may set: 1000%. */
    public static final Percentage MAX_CAP = Percentage.of(1000);
    /** Most decimals a policy may ask for: 6. */
    public static final int MAX_SCALE = 6;

    private static final AchievementPolicy DEFAULTS = new Builder().build();

    private final Percentage cap;
    private final Formula formula;
    private final Percentage partiallyAchieved;
    private final Percentage postponed;
    private final Treatment nothingReported;
    private final Treatment missingResult;
    private final RangeRule outsideRange;
    private final BandTable bands;
    private final RollupRule rollup;
    private final boolean capped;
    private final int scale;
    private final RoundingMode rounding;
    private final boolean exactRollups;
    private final Percentage threshold;
    private final ScoreScale scoreScale;
    private final Percentage lateDecline;

    private AchievementPolicy(Builder b) {
        this.cap = between("cap", b.cap, Percentage.HUNDRED, MAX_CAP);
        this.formula = required("formula", b.formula);
        this.partiallyAchieved = between("partiallyAchieved", b.partiallyAchieved, Percentage.ZERO, Percentage.HUNDRED);
        this.postponed = between("postponed", b.postponed, Percentage.ZERO, Percentage.HUNDRED);
        this.nothingReported = required("nothingReported", b.nothingReported);
        this.missingResult = required("missingResult", b.missingResult);
        this.outsideRange = required("outsideRange", b.outsideRange);
        this.bands = required("bands", b.bands);
        this.rollup = required("rollup", b.rollup);
        this.capped = b.capped;
        if (b.scale < 0 || b.scale > MAX_SCALE) {
            throw new InvalidValueException("scale", b.scale, Problems.of("scaleRange", MAX_SCALE));
        }
        this.scale = b.scale;
        this.rounding = required("rounding", b.rounding);
        if (rounding == RoundingMode.UNNECESSARY) {
            throw new InvalidValueException("rounding", rounding, Problems.of("mustRound", RoundingMode.UNNECESSARY));
        }
        this.exactRollups = b.exactRollups;
        this.threshold = b.threshold == null ? null : between("minimumThreshold", b.threshold, Percentage.ZERO, MAX_CAP);
        this.scoreScale = b.scoreScale;
        this.lateDecline = b.lateDecline == null ? null : between("lateDeadlineDecline", b.lateDecline, Percentage.ZERO, Percentage.HUNDRED);
    }

    private static <T> T required(String field, T value) {
        if (value == null) {
            throw new InvalidValueException(field, null, Problems.of("required"));
        }
        return value;
    }

    static Percentage between(String field, Percentage p, Percentage min, Percentage max) {
        required(field, p);
        if (p.compareTo(min) < 0 || p.compareTo(max) > 0) {
            throw new InvalidValueException(field, p, Problems.of("between", String.valueOf(min), String.valueOf(max)));
        }
        if (p.points().scale() > SCALE) {
            throw new InvalidValueException(field, p, Problems.of("atMostDecimals", SCALE));
        }
        return p;
    }

    /**
     * Starts a policy from {@link #defaults()}: each choice a measurement system states is set
     * on the builder, in any order, and every rule is checked once by {@link Builder#build()}.
     * This is how a document's reader turns the choices it found into a policy.
     *
     * <pre>{@code
     * AchievementPolicy.Builder b = AchievementPolicy.builder().capped(false).cap(Percentage.of(120));
     * AchievementPolicy p = b.scale(1).rounding(RoundingMode.HALF_UP).build();   // no cap, overrides up to 120%
     * }</pre>
     *
     * @return a builder holding the defaults
     */
    public static Builder builder() {
        return new Builder();
    }

    /** {@return a builder holding this policy's choices} */
    public Builder toBuilder() {
        Builder b = new Builder();
        b.cap = cap;
        b.formula = formula;
        b.partiallyAchieved = partiallyAchieved;
        b.postponed = postponed;
        b.nothingReported = nothingReported;
        b.missingResult = missingResult;
        b.outsideRange = outsideRange;
        b.bands = bands;
        b.rollup = rollup;
        b.capped = capped;
        b.scale = scale;
        b.rounding = rounding;
        b.exactRollups = exactRollups;
        b.threshold = threshold;
        b.scoreScale = scoreScale;
        b.lateDecline = lateDecline;
        return b;
    }

    /**
     * Gathers the choices of a measurement system (<i>SMVP</i>), starting from the defaults;
     * a choice not set keeps its default. Not thread-safe; {@link #build()} checks every rule
     * and throws an {@link InvalidValueException} naming the choice that breaks one ({@code cap},
     * {@code scale}, {@code minimumThreshold} …), so that a reader can locate it in its document.
     */
    public static final class Builder {
        private Percentage cap = Percentage.HUNDRED;
        private Formula formula = Formula.RATIO;
        private Percentage partiallyAchieved = Percentage.of(50);
        private Percentage postponed = Percentage.ZERO;
        private Treatment nothingReported = Treatment.EXCLUDE;
        private Treatment missingResult = Treatment.EXCLUDE;
        private RangeRule outsideRange = RangeRule.ZERO;
        private BandTable bands = BandTable.defaults();
        private RollupRule rollup = RollupRule.WEIGHTED_MEAN;
        private boolean capped = true;
        private int scale = SCALE;
        private RoundingMode rounding = ROUNDING;
        private boolean exactRollups;
        private Percentage threshold;
        private ScoreScale scoreScale;
        private Percentage lateDecline;

        private Builder() {
        }

        /**
         * {@return this builder}
         *
         * @param cap the highest achievement of an indicator (the bound of manual overrides also
         *     when uncapped), from 100% to {@link #MAX_CAP}, with at most 2 decimals
         */
        public Builder cap(Percentage cap) {
            this.cap = cap;
            return this;
        }

        /**
         * {@return this builder}
         *
         * @param capped false when the measurement system sets no cap at all
         */
        public Builder capped(boolean capped) {
            this.capped = capped;
            return this;
        }

        /**
         * {@return this builder}
         *
         * @param formula the formula for numeric targets
         */
        public Builder formula(Formula formula) {
            this.formula = formula;
            return this;
        }

        /**
         * {@return this builder}
         *
         * @param value what a partially achieved milestone counts, from 0% to 100%
         */
        public Builder partiallyAchieved(Percentage value) {
            this.partiallyAchieved = value;
            return this;
        }

        /**
         * {@return this builder}
         *
         * @param value what a postponed milestone counts, from 0% to 100%
         */
        public Builder postponed(Percentage value) {
            this.postponed = value;
            return this;
        }

        /**
         * {@return this builder}
         *
         * @param treatment what a result of "nothing reported" does
         */
        public Builder nothingReported(Treatment treatment) {
            this.nothingReported = treatment;
            return this;
        }

        /**
         * {@return this builder}
         *
         * @param treatment what a missing result does
         */
        public Builder missingResult(Treatment treatment) {
            this.missingResult = treatment;
            return this;
        }

        /**
         * {@return this builder}
         *
         * @param rule what a result outside a target range counts
         */
        public Builder outsideRange(RangeRule rule) {
            this.outsideRange = rule;
            return this;
        }

        /**
         * {@return this builder}
         *
         * @param bands the band table giving each score its status
         */
        public Builder bands(BandTable bands) {
            this.bands = bands;
            return this;
        }

        /**
         * {@return this builder}
         *
         * @param rollup how parents are computed from children
         */
        public Builder rollup(RollupRule rollup) {
            this.rollup = rollup;
            return this;
        }

        /**
         * {@return this builder}
         *
         * @param decimals the decimals of every score, 0 to {@value #MAX_SCALE}
         */
        public Builder scale(int decimals) {
            this.scale = decimals;
            return this;
        }

        /**
         * {@return this builder}
         *
         * @param mode how to round every score; not {@code UNNECESSARY}
         */
        public Builder rounding(RoundingMode mode) {
            this.rounding = mode;
            return this;
        }

        /**
         * {@return this builder}
         *
         * @param exact true to compute parents from their children's exact values, false from
         *     their rounded scores
         */
        public Builder rollupFromExactValues(boolean exact) {
            this.exactRollups = exact;
            return this;
        }

        /**
         * {@return this builder}
         *
         * @param threshold the minimum threshold (<i>soglia minima</i>) below which an achievement
         *     ratio scores 0, from 0% to {@link #MAX_CAP}; null for none
         */
        public Builder minimumThreshold(Percentage threshold) {
            this.threshold = threshold;
            return this;
        }

        /**
         * {@return this builder}
         *
         * @param scale the score scale turning achievement ratios into scores; null for none
         */
        public Builder scoreScale(ScoreScale scale) {
            this.scoreScale = scale;
            return this;
        }

        /**
         * {@return this builder}
         *
         * @param perDay the points a deadline met late loses per day late, from 0% to 100%; null
         *     for none (late scores 0%)
         */
        public Builder lateDeadlineDecline(Percentage perDay) {
            this.lateDecline = perDay;
            return this;
        }

        /**
         * {@return the policy}
         *
         * @throws InvalidValueException naming the first choice that breaks a rule
         */
        public AchievementPolicy build() {
            return new AchievementPolicy(this);
        }
    }

    /** {@return the defaults described above, following common chamber practice} */
    public static AchievementPolicy defaults() {
        return DEFAULTS;
    }

    /**
     * Returns the cap: the highest achievement of an indicator when {@link #isCapped()}.
     *
     * @return the highest achievement of an indicator when {@link #isCapped()}, 100% by default;
     *     above 100% allows over-achievement (the bound of manual overrides also when uncapped)
     */
    public Percentage cap() {
        return cap;
    }

    /** {@return false when the measurement system sets no cap at all ({@link #withoutCap()})} */
    public boolean isCapped() {
        return capped;
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

    /** {@return the decimals of every score, 2 by default} */
    public int scale() {
        return scale;
    }

    /** {@return how scores are rounded, half-even by default} */
    public RoundingMode rounding() {
        return rounding;
    }

    /** {@return true when parents are computed from their children's exact values, false (default) from their rounded scores} */
    public boolean rollsUpExactValues() {
        return exactRollups;
    }

    /** {@return the minimum threshold (<i>soglia minima</i>) below which an achievement ratio scores 0, if any} */
    public java.util.Optional<Percentage> minimumThreshold() {
        return java.util.Optional.ofNullable(threshold);
    }

    /** {@return the score scale turning achievement ratios into scores, if any} */
    public java.util.Optional<ScoreScale> scoreScale() {
        return java.util.Optional.ofNullable(scoreScale);
    }

    /** {@return the points a deadline loses per day late, if any; otherwise late scores 0%} */
    public java.util.Optional<Percentage> lateDeadlineDecline() {
        return java.util.Optional.ofNullable(lateDecline);
    }

    /**
     * {@return this policy with that cap}
     *
     * @param cap the highest achievement of an indicator, from 100% (no over-achievement) to
     * {@link #MAX_CAP}, with at most 2 decimals
     */
    public AchievementPolicy withCap(Percentage cap) {
        return toBuilder().cap(cap).capped(true).build();
    }

    /** {@return this policy without any cap: an indicator's score is its achievement, however high} */
    public AchievementPolicy withoutCap() {
        return toBuilder().capped(false).build();
    }

    /**
     * {@return this policy with that formula}
     *
     * @param formula the formula for numeric targets
     */
    public AchievementPolicy withFormula(Formula formula) {
        return toBuilder().formula(formula).build();
    }

    /**
     * {@return this policy with that value}
     *
     * @param value what a partially achieved milestone counts, from 0% to 100%
     */
    public AchievementPolicy withPartiallyAchieved(Percentage value) {
        return toBuilder().partiallyAchieved(value).build();
    }

    /**
     * {@return this policy with that value}
     *
     * @param value what a postponed milestone counts, from 0% to 100%
     */
    public AchievementPolicy withPostponed(Percentage value) {
        return toBuilder().postponed(value).build();
    }

    /**
     * {@return this policy with that treatment}
     *
     * @param treatment what a result of "nothing reported" does
     */
    public AchievementPolicy withNothingReported(Treatment treatment) {
        return toBuilder().nothingReported(treatment).build();
    }

    /**
     * {@return this policy with that treatment}
     *
     * @param treatment what a missing result does
     */
    public AchievementPolicy withMissingResult(Treatment treatment) {
        return toBuilder().missingResult(treatment).build();
    }

    /**
     * {@return this policy with that rule}
     *
     * @param rule what a result outside a target range counts
     */
    public AchievementPolicy withOutsideRange(RangeRule rule) {
        return toBuilder().outsideRange(rule).build();
    }

    /**
     * {@return this policy with that table}
     *
     * @param bands the band table
     */
    public AchievementPolicy withBands(BandTable bands) {
        return toBuilder().bands(bands).build();
    }

    /**
     * {@return this policy with that rule}
     *
     * @param rollup how parents are computed from children
     */
    public AchievementPolicy withRollup(RollupRule rollup) {
        return toBuilder().rollup(rollup).build();
    }

    /**
     * Returns this policy rounding every score once, that way.
     *
     * @param decimals the decimals of every score, 0 to {@value #MAX_SCALE}
     * @param mode how to round, e.g. {@link RoundingMode#HALF_UP} (half away from zero, as a
     *     spreadsheet's ROUND) or {@link RoundingMode#HALF_EVEN}; not {@code UNNECESSARY}
     * @return this policy rounding every score once, that way
     */
    public AchievementPolicy withRounding(int decimals, RoundingMode mode) {
        return toBuilder().scale(decimals).rounding(mode).build();
    }

    /** {@return this policy computing parents from their children's exact values, rounding only what it displays} */
    public AchievementPolicy withRollupFromExactValues() {
        return toBuilder().rollupFromExactValues(true).build();
    }

    /**
     * Returns this policy with that threshold.
     *
     * @param threshold the minimum threshold (<i>soglia minima</i>): an achievement ratio below it scores 0
     * @return this policy with that threshold
     */
    public AchievementPolicy withMinimumThreshold(Percentage threshold) {
        return toBuilder().minimumThreshold(required("minimumThreshold", threshold)).build();
    }

    /**
     * Returns this policy turning achievement ratios into scores with it.
     *
     * @param scale the score scale: steps or linear from a floor
     * @return this policy turning achievement ratios into scores with it
     */
    public AchievementPolicy withScoreScale(ScoreScale scale) {
        return toBuilder().scoreScale(required("scoreScale", scale)).build();
    }

    /**
     * Returns this policy with that decline.
     *
     * @param perDay the points a deadline met late loses per day late (a deadline met on time
     *     scores 100%), down to 0%
     * @return this policy with that decline
     */
    public AchievementPolicy withLateDeadlineDecline(Percentage perDay) {
        return toBuilder().lateDeadlineDecline(required("lateDeadlineDecline", perDay)).build();
    }

    /**
     * Rounds a value in percentage points to the default scale.
     *
     * @param points a value in percentage points
     * @return the value with {@value #SCALE} decimals, rounded {@link #ROUNDING}
     */
    static BigDecimal round(BigDecimal points) {
        return points.setScale(SCALE, ROUNDING);
    }

    /**
     * @param points a value in percentage points
     * @return the value with this policy's decimals and rounding
     */
    BigDecimal rounded(BigDecimal points) {
        return points.setScale(scale, rounding);
    }

    /** {@return true when {@code o} is an {@code AchievementPolicy} with the same choices} */
    @Override
    public boolean equals(Object o) {
        if (!(o instanceof AchievementPolicy)) {
            return false;
        }
        AchievementPolicy p = (AchievementPolicy) o;
        return cap.equals(p.cap) && formula == p.formula && partiallyAchieved.equals(p.partiallyAchieved) && postponed.equals(p.postponed)
                && nothingReported == p.nothingReported && missingResult == p.missingResult && outsideRange == p.outsideRange
                && bands.equals(p.bands) && rollup == p.rollup && capped == p.capped && scale == p.scale && rounding == p.rounding
                && exactRollups == p.exactRollups && Objects.equals(threshold, p.threshold) && Objects.equals(scoreScale, p.scoreScale)
                && Objects.equals(lateDecline, p.lateDecline);
    }

    /** {@return a hash code consistent with {@link #equals(Object)}} */
    @Override
    public int hashCode() {
        return Objects.hash(cap, formula, partiallyAchieved, postponed, nothingReported, missingResult, outsideRange, bands, rollup, capped,
                scale, rounding, exactRollups, threshold, scoreScale, lateDecline);
    }

    /** {@return every choice on one line} */
    @Override
    public String toString() {
        StringBuilder sb = new StringBuilder("AchievementPolicy[").append(capped ? "cap " + cap : "no cap").append(", ")
                .append(label(formula)).append(", partially achieved ").append(partiallyAchieved).append(", postponed ")
                .append(postponed).append(", nothing reported ").append(label(nothingReported)).append(", missing result ")
                .append(label(missingResult)).append(", outside range ").append(outsideRange == RangeRule.ZERO ? "0%" : "distance-based")
                .append(", bands ").append(bands).append(", ").append(label(rollup));
        if (scale != SCALE || rounding != ROUNDING) {
            sb.append(", ").append(scale).append(" decimals ").append(label(rounding));
        }
        if (exactRollups) {
            sb.append(", rollups from exact values");
        }
        if (threshold != null) {
            sb.append(", minimum threshold ").append(threshold);
        }
        if (scoreScale != null) {
            sb.append(", ").append(scoreScale);
        }
        if (lateDecline != null) {
            sb.append(", late deadline −").append(lateDecline).append(" a day");
        }
        return sb.append(']').toString();
    }

    private static String label(Treatment t) {
        return t == Treatment.EXCLUDE ? "left out" : "counted as 0%";
    }

    private static String label(Enum<?> e) {
        return e.name().toLowerCase(java.util.Locale.ROOT).replace('_', ' ');
    }
}
