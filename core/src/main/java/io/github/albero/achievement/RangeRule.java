package io.github.albero.achievement;

/** The achievement of a result outside a target range {@code [low, high]}. */
public enum RangeRule {
    /** Outside the range is 0%. */
    ZERO,
    /**
     * Outside the range loses in proportion to the distance from the nearest bound: below,
     * {@code a / low}; above, {@code 1 − (a − high) / high}; never below 0%, and 0% when the
     * nearest bound is 0 or negative (the relative distance is then undefined).
     */
    DISTANCE
}
