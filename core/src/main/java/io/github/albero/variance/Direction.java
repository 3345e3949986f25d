package io.github.albero.variance;

/**
 * Whether a variance is good news for the administration (<i>scostamento favorevole</i> or
 * <i>sfavorevole</i>): revenues above budget and costs or investments below budget are
 * favourable; an actual equal to budget is neutral.
 */
public enum Direction {
    /** <i>Favorevole</i>: more revenues, or less spending, than budgeted. */
    FAVOURABLE,
    /** <i>Sfavorevole</i>: less revenues, or more spending, than budgeted. */
    UNFAVOURABLE,
    /** Actual equal to budget. */
    NEUTRAL;

    /** {@return a lowercase label such as {@code "favourable"}} */
    public String label() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}
