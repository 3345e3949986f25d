package io.github.albero.model;

/**
 * The three lines of a chamber of commerce's resources (DPR 254/2005), and which way a
 * difference from budget is favourable.
 */
public enum ResourceLine {
    /** <i>Proventi correnti</i>: current revenues; more than budget is favourable. */
    REVENUES("proventi correnti", true),
    /** <i>Oneri correnti</i>: current costs; less than budget is favourable. */
    COSTS("oneri correnti", false),
    /** <i>Investimenti</i>: investments; spending, so less than budget counts as favourable. */
    INVESTMENTS("investimenti", false);

    private final String italianName;
    private final boolean moreIsFavourable;

    ResourceLine(String italianName, boolean moreIsFavourable) {
        this.italianName = italianName;
        this.moreIsFavourable = moreIsFavourable;
    }

    /** {@return the name used in Italian documents, e.g. "oneri correnti"} */
    public String italianName() {
        return italianName;
    }

    /** {@return true when an actual above budget is favourable (revenues)} */
    public boolean moreIsFavourable() {
        return moreIsFavourable;
    }
}
