package io.github.albero.model;

/** Whether a document is a plan (<i>Piano della performance</i>) or a report (<i>Relazione sulla performance</i>). */
public enum PlanKind {
    /** <i>Piano della performance</i> (or the performance section of the PIAO): objectives and targets. */
    PLAN,
    /** <i>Relazione sulla performance</i>: the same tree with actual results and spending. */
    REPORT
}
