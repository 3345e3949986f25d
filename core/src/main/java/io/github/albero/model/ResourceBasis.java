package io.github.albero.model;

/** Which statement a resource figure comes from. */
public enum ResourceBasis {
    /** <i>Preventivo</i>: the budget adopted before the year. */
    BUDGET,
    /** <i>Preventivo aggiornato</i>: the budget as revised during the year. */
    REVISED_BUDGET,
    /** <i>Consuntivo</i>: the actual figures. */
    ACTUAL
}
