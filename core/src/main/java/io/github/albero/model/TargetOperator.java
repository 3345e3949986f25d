package io.github.albero.model;

/** How a target's value is to be met (<i>operatore del risultato atteso</i>). */
public enum TargetOperator {
    /** At least the value (<i>almeno</i>, <i>non inferiore a</i>, ≥, &gt;). */
    AT_LEAST,
    /** At most the value (<i>non superiore a</i>, <i>entro 30 giorni</i>, ≤, &lt;). */
    AT_MOST,
    /** The value itself (<i>pari a</i>, <i>uguale a</i>, =, or a bare value). */
    EXACTLY,
    /** Between the value and the upper bound, both inclusive (<i>tra 3 e 5</i>). */
    BETWEEN,
    /** A milestone: an activity to carry out, a report to deliver; no value. */
    MILESTONE,
    /** Done by a date (<i>entro il 30/06/2017</i>): the reading's deadline. */
    DEADLINE,
    /**
     * An increase over a base year's value (<i>incremento del 5% rispetto al 2016</i>), by the
     * value when there is one; no base year means the year before.
     */
    INCREASE,
    /**
     * A decrease from a base year's value (<i>riduzione rispetto all'anno precedente</i>), by the
     * value when there is one; no base year means the year before.
     */
    DECREASE,
    /** Keeping a base year's value (<i>mantenimento del valore 2016</i>); no base year means the year before. */
    MAINTAIN
}
