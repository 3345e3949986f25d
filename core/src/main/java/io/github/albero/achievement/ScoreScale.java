package io.github.albero.achievement;

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
        if (fromAndScore == null || fromAndScore.length < 2 || fromAndScore.length % 2 != 0) {
            throw new InvalidValueException("scoreScale.steps", fromAndScore == null ? null : fromAndScore.length,
                    "needs pairs of (achievement from, score), at least one");
        }
        List<BigDecimal[]> list = new ArrayList<>();
        for (int i = 0; i < fromAndScore.length; i += 2) {
            BigDecimal from = BigDecimal.valueOf(fromAndScore[i]);
            BigDecimal score = BigDecimal.valueOf(fromAndScore[i + 1]);
            if (from.signum() < 0 || from.compareTo(BigDecimal.valueOf(1000)) > 0 || score.signum() < 0
                    || score.compareTo(BigDecimal.valueOf(1000)) > 0) {
                throw new InvalidValueException("scoreScale.steps[" + i / 2 + "]", fromAndScore[i] + "→" + fromAndScore[i + 1],
                        "ratios and scores lie between 0 and 1000");
            }
            if (i == 0 && from.signum() != 0) {
                throw new InvalidValueException("scoreScale.steps[0]", fromAndScore[0], "the first step starts from 0");
            }
            if (!list.isEmpty() && from.compareTo(list.get(list.size() - 1)[0]) <= 0) {
                throw new InvalidValueException("scoreScale.steps[" + i / 2 + "]", fromAndScore[i], "ratios must be strictly ascending");
            }
            list.add(new BigDecimal[] {from, score});
        }
        return new ScoreScale(List.copyOf(list), null);
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
            throw new InvalidValueException("scoreScale.floor", floor, "must lie from 0% to below 100%");
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
