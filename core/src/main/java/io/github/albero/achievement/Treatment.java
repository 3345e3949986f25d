package io.github.albero.achievement;

/** What an indicator without a usable result for the year counts as. */
public enum Treatment {
    /** Left out (<i>non valutabile</i>): the siblings' weights are renormalised without it. */
    EXCLUDE,
    /** Counted as 0% achieved. */
    COUNT_AS_ZERO
}
