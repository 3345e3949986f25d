package io.github.albero.model;

/** Whether a period's figure covers all the data it should (<i>completezza del dato</i>). */
public enum Completeness {
    /** Every source has reported. */
    COMPLETE,
    /** Some sources are still missing: the figure is partial. */
    PARTIAL
}
