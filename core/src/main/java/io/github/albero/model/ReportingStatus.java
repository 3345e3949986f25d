package io.github.albero.model;

/** Whether a period's figure may still change (<i>dato provvisorio</i>) or is final (<i>dato definitivo</i>). */
public enum ReportingStatus {
    /** <i>Provvisorio</i>: may still be corrected. */
    PROVISIONAL,
    /** <i>Definitivo</i>: validated. */
    FINAL
}
