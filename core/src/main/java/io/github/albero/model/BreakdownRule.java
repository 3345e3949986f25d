package io.github.albero.model;

/**
 * How the parts of an indicator's breakdowns must relate to its total (<i>coerenza della
 * disaggregazione</i>); without a rule the parts may overlap (a firm served on two channels).
 */
public enum BreakdownRule {
    /** The parts add up exactly to the total (gender, territory). */
    PARTS_EQUAL_TOTAL,
    /** The parts add up to at most the total (some cases unclassified). */
    PARTS_NOT_ABOVE_TOTAL
}
