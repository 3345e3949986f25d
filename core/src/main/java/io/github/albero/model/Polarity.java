package io.github.albero.model;

/** Which way an indicator's values are good (<i>polarità</i>). */
public enum Polarity {
    /** More is better: achievement is actual / target. */
    HIGHER_IS_BETTER,
    /** Less is better, e.g. days to process a file: achievement is target / actual. */
    LOWER_IS_BETTER,
    /** The value should stay between two bounds. */
    TARGET_RANGE,
    /** Done or not done (<i>SI/NO</i>, "report", "realizzazione …"). */
    MILESTONE
}
