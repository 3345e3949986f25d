package io.github.albero.model;

/**
 * How an indicator's yearly result follows from its monitoring periods
 * (<i>modalità di aggregazione</i>).
 *
 * <p>For a ratio indicator, {@link #SUM} and {@link #MEAN} both add the parts (Σnumerators ÷
 * Σdenominators): averaging the periods' percentages would weigh a month with 2 files like a
 * month with 2 000.
 */
public enum PeriodAggregation {
    /** The value of the latest period: stocks and values measured to date. */
    LAST,
    /** The sum of the periods' values: flows such as events held or files handled. */
    SUM,
    /** The mean of the periods' values: levels such as satisfaction scores. */
    MEAN
}
