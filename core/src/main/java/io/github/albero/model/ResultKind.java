package io.github.albero.model;

/** What a result's text was read as (<i>tipo di risultato</i>). */
public enum ResultKind {
    /** A number, usually with a unit: {@code 2.9 gg}, {@code n. 3}, {@code 4.7}. */
    NUMBER,
    /** A percentage: {@code 100%}. */
    PERCENTAGE,
    /** A qualitative status: achieved, partially achieved, not achieved, postponed. */
    STATUS,
    /** A date on which something was done: {@code 15/06/2017}, "approvato il 28/06/2017". */
    DATE,
    /** Nothing to report for that year (the documents' {@code _____}). */
    NOTHING_REPORTED
}
