package io.github.albero.model;

/** What a result's text was read as. */
public enum ResultKind {
    /** A number, usually with a unit: {@code 2.9 gg}, {@code n. 3}, {@code 4.7}. */
    NUMBER,
    /** A percentage: {@code 100%}. */
    PERCENTAGE,
    /** A qualitative status: achieved, partially achieved, not achieved, postponed. */
    STATUS,
    /** Nothing to report for that year (the documents' {@code _____}). */
    NOTHING_REPORTED
}
