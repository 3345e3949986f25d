package io.github.albero.achievement;

import io.github.albero.internal.Problems;
import io.github.albero.InvalidValueException;
import io.github.albero.measure.Percentage;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * How an indicator's achievement ratio becomes its score when a measurement system says so
 * (<i>scala di valutazione</i>): a step scale ("below 50 % of target → 0, below target → 50,
 * at target → 75, from 120 % → 100") or a linear scale from a floor to the target ("50 % of the
 * target or less → 0, target → 100, linear in between"). Immutable and thread-safe.
 *
 * <pre>{@code
 * ScoreScale.steps(0, 0, 50, 50, 100, 75, 120, 100);   // steps 0%→0%, 50%→50%, 100%→75%, 120%→100%
 * ScoreScale.linear(Percentage.of(50));                 // linear 50%→0%, 100%→100%
 * }</pre>
 */
public final class ScoreScale {
    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    private final List<BigDecimal[]> steps;
    private final BigDecimal floor;

    private ScoreScale(List<BigDecimal[]> steps, BigDecimal floor) {
        this.steps = steps;
        this.floor = floor;
    }

    /**
     * A step scale: pairs of (achievement ratio from which the step applies, score), in
     * percentage points, ratios strictly ascending, the first from 0. A ratio below 0 scores
     * the first step.
     *
     * @param fromAndScore achievement ratio and score, alternately, e.g. {@code 0, 0, 50, 50, 100, 75}
     * @return the scale
     * @throws InvalidValueException when the pairs are incomplete, unordered or out of 0–1000
     */
    public static ScoreScale steps(int... fromAndScore) {
        if (fromAndScore == null) {
            throw new InvalidValueException("scoreScale.steps", null, Problems.of("scoreSteps"));
        }
        BigDecimal[] values = new BigDecimal[fromAndScore.length];
        for (int i = 0; i < values.length; i++) {
            values[i] = BigDecimal.valueOf(fromAndScore[i]);
        }
        return steps(values);
    }

    /**
     * The same step scale with decimal ratios and scores, e.g. {@code 0, 0, 49.5, 50}.
     *
     * @param fromAndScore achievement ratio and score, alternately, in percentage points
     * @return the scale
     * @throws InvalidValueException when the pairs are incomplete, unordered or out of 0–1000
     */
    public static ScoreScale steps(BigDecimal... fromAndScore) {
        if (fromAndScore == null || fromAndScore.length < 2 || fromAndScore.length % 2 != 0) {
            throw new InvalidValueException("scoreScale.steps", fromAndScore == null ? null : fromAndScore.length,
                    Problems.of("scoreSteps"));
        }
        List<BigDecimal[]> list = new ArrayList<>();
        BigDecimal max = BigDecimal.valueOf(1000);
        for (int i = 0; i < fromAndScore.length; i += 2) {
            BigDecimal from = fromAndScore[i];
            BigDecimal score = fromAndScore[i + 1];
            if (from == null || score == null) {
                throw new InvalidValueException("scoreScale.steps[" + i / 2 + "]", null, Problems.of("scoreStep"));
            }
            if (from.signum() < 0 || from.compareTo(max) > 0 || score.signum() < 0 || score.compareTo(max) > 0) {
                throw new InvalidValueException("scoreScale.steps[" + i / 2 + "]", from.toPlainString() + "→" + score.toPlainString(),
                        Problems.of("scoreRange"));
            }
            if (i == 0 && from.signum() != 0) {
                throw new InvalidValueException("scoreScale.steps[0]", from.toPlainString(), Problems.of("firstStepZero"));
            }
            if (!list.isEmpty() && from.compareTo(list.get(list.size() - 1)[0]) <= 0) {
                throw new InvalidValueException("scoreScale.steps[" + i / 2 + "]", from.toPlainString(), Problems.of("stepsAscending"));
            }
            list.add(new BigDecimal[] {from, score});
        }
        return new ScoreScale(List.copyOf(list), null);
    }

    /**
     * One step of a step scale. Immutable and thread-safe.
     *
     * @param from the achievement ratio from which the step applies, in percentage points
     * @param score the score it gives, in percentage points
     */
    public record Step(BigDecimal from, BigDecimal score) {
        /** Checks the parts. */
        public Step {
            if (from == null || score == null) {
                throw new InvalidValueException("scoreScale.step", null, Problems.of("scoreStep"));
            }
        }

        /** {@return e.g. {@code 50%→75%}} */
        @Override
        public String toString() {
            return from.toPlainString() + "%→" + score.toPlainString() + "%";
        }
    }

    /**
     * A step scale from its steps, as {@link #steps(BigDecimal...)} checks them.
     *
     * @param steps the steps, ratios strictly ascending, the first from 0
     * @return the scale
     */
    public static ScoreScale of(List<Step> steps) {
        if (steps == null) {
            throw new InvalidValueException("scoreScale.steps", null, Problems.of("scoreSteps"));
        }
        BigDecimal[] values = new BigDecimal[steps.size() * 2];
        for (int i = 0; i < steps.size(); i++) {
            values[2 * i] = steps.get(i).from();
            values[2 * i + 1] = steps.get(i).score();
        }
        return steps(values);
    }

    /** {@return the steps of a step scale; empty for a linear scale} */
    public List<Step> steps() {
        List<Step> all = new ArrayList<>(steps.size());
        steps.forEach(x -> all.add(new Step(x[0], x[1])));
        return List.copyOf(all);
    }

    /** {@return the floor of a linear scale (the ratio that scores 0); empty for a step scale} */
    public java.util.Optional<Percentage> floor() {
        return java.util.Optional.ofNullable(floor).map(Percentage::of);
    }

    /**
     * A linear scale from a floor to the target: a ratio at or below the floor scores 0, the
     * target (100 %) scores 100, linearly in between; above the target the score keeps rising
     * on the same line (the cap, if any, then applies).
     *
     * @param floor the ratio that scores 0, from 0 % to below 100 %
     * @return the scale
     */
    public static ScoreScale linear(Percentage floor) {
        if (floor == null || floor.signum() < 0 || floor.compareTo(Percentage.HUNDRED) >= 0) {
            throw new InvalidValueException("scoreScale.floor", floor, Problems.of("floorRange"));
        }
        return new ScoreScale(List.of(), floor.points());
    }

    /** {@return true for a linear scale, false for a step scale} */
    public boolean isLinear() {
        return floor != null;
    }

    /**
     * @param ratio an achievement ratio in percentage points, exact
     * @return the score in percentage points, exact (a linear scale divides at 10 decimals)
     */
    BigDecimal apply(BigDecimal ratio) {
        if (floor != null) {
            if (ratio.compareTo(floor) <= 0) {
                return BigDecimal.ZERO;
            }
            return ratio.subtract(floor).multiply(HUNDRED).divide(HUNDRED.subtract(floor), 10, RoundingMode.HALF_EVEN);
        }
        BigDecimal score = steps.get(0)[1];
        for (BigDecimal[] s : steps) {
            if (ratio.compareTo(s[0]) >= 0) {
                score = s[1];
            }
        }
        return score;
    }

    /** {@return true when {@code o} is a {@code ScoreScale} with the same steps or the same linear floor} */
    @Override
    public boolean equals(Object o) {
        if (!(o instanceof ScoreScale)) {
            return false;
        }
        ScoreScale s = (ScoreScale) o;
        if (!Objects.equals(floor, s.floor) || steps.size() != s.steps.size()) {
            return false;
        }
        for (int i = 0; i < steps.size(); i++) {
            if (steps.get(i)[0].compareTo(s.steps.get(i)[0]) != 0 || steps.get(i)[1].compareTo(s.steps.get(i)[1]) != 0) {
                return false;
            }
        }
        return true;
    }

    /** {@return a hash code consistent with {@link #equals(Object)}} */
    @Override
    public int hashCode() {
        return Objects.hash(floor, steps.size());
    }

    /** {@return e.g. {@code "steps 0%→0%, 50%→50%, 100%→75%"} or {@code "linear 50%→0%, 100%→100%"}} */
    @Override
    public String toString() {
        if (floor != null) {
            return "linear " + floor.stripTrailingZeros().toPlainString() + "%→0%, 100%→100%";
        }
        StringBuilder sb = new StringBuilder("steps ");
        for (int i = 0; i < steps.size(); i++) {
            sb.append(i == 0 ? "" : ", ").append(steps.get(i)[0].toPlainString()).append("%→").append(steps.get(i)[1].toPlainString()).append('%');
        }
        return sb.toString();
    }
}
