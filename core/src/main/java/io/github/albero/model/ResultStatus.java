package io.github.albero.model;

/** A qualitative result (<i>raggiunto</i>, <i>parzialmente raggiunto</i>, …). */
public enum ResultStatus {
    /** <i>Raggiunto</i>, <i>realizzato</i>. */
    ACHIEVED,
    /** <i>Parzialmente raggiunto</i>, <i>parziale realizzazione</i>. */
    PARTIALLY_ACHIEVED,
    /** <i>Non raggiunto</i>. */
    NOT_ACHIEVED,
    /** <i>Rinviato</i>: postponed to a later year. */
    POSTPONED
}
