package io.github.albero.model;

/** How a target's value is to be met. */
public enum TargetOperator {
    /** At least the value (<i>almeno</i>, <i>non inferiore a</i>, ≥). */
    AT_LEAST,
    /** At most the value (<i>entro</i>, <i>non superiore a</i>, ≤). */
    AT_MOST,
    /** Exactly the value. */
    EXACTLY,
    /** Between the value and the upper bound, both inclusive. */
    BETWEEN,
    /** A milestone: an activity to carry out, a report to deliver; no value. */
    MILESTONE
}
