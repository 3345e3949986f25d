package io.github.albero.model;

/**
 * The level of a node in a calculator's result tree, from the whole plan down to an indicator.
 * Shared by the achievement and the variance results (<i>livello del nodo</i>).
 */
public enum NodeKind {
    /** The plan or report itself (<i>piano</i>, <i>relazione</i>). */
    PLAN,
    /** A mission (<i>missione</i>). */
    MISSION,
    /** A program (<i>programma</i>). */
    PROGRAM,
    /** A strategic objective (<i>obiettivo strategico</i>). */
    STRATEGIC_OBJECTIVE,
    /** An operational objective (<i>obiettivo operativo</i>). */
    OPERATIONAL_OBJECTIVE,
    /** An indicator (<i>indicatore</i>); only achievement results have this level. */
    INDICATOR,
    /**
     * A public-value objective of the PIAO (<i>obiettivo di valore pubblico</i>), above the plan's
     * tree; only achievement results have this level.
     */
    PUBLIC_VALUE_OBJECTIVE;

    /** {@return a short lowercase label such as {@code "strategic objective"}} */
    public String label() {
        return name().toLowerCase(java.util.Locale.ROOT).replace('_', ' ');
    }
}
