package io.github.albero.achievement;

/** How a parent's achievement is made from its measurable children's. */
public enum RollupRule {
    /**
     * Σ child × relative weight, relative weight = weight / Σ weights of the measurable
     * siblings; equal weights when none are given.
     */
    WEIGHTED_MEAN,
    /** The simple mean of the measurable children (<i>media semplice</i>); declared weights are not used. */
    SIMPLE_MEAN,
    /** The worst measurable child decides; weights are not used. */
    WORST_CHILD
}
