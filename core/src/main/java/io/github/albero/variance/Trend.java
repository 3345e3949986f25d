package io.github.albero.variance;

import java.util.Locale;

/**
 * Whether an indicator got better or worse between two years (<i>andamento</i>), judged with its
 * polarity: a fall in processing days is an improvement, a fall in satisfied users is not.
 */
public enum Trend {
    /** Better in the later year (<i>migliorato</i>). */
    IMPROVED("improved", "migliorato"),
    /** Worse in the later year (<i>peggiorato</i>). */
    WORSENED("worsened", "peggiorato"),
    /** As good in both years (<i>invariato</i>). */
    UNCHANGED("unchanged", "invariato"),
    /** The two years cannot be compared: a result missing or unread, units that differ, no range (<i>non confrontabile</i>). */
    NOT_COMPARABLE("not comparable", "non confrontabile");

    private final String english;
    private final String italian;

    Trend(String english, String italian) {
        this.english = english;
        this.italian = italian;
    }

    /**
     * Returns the label in a language.
     *
     * @param locale Italian for an Italian-language locale, English otherwise
     * @return e.g. {@code "migliorato"} or {@code "improved"}
     */
    public String label(Locale locale) {
        return "it".equals(locale.getLanguage()) ? italian : english;
    }

    /** {@return the English label, e.g. {@code "not comparable"}} */
    @Override
    public String toString() {
        return english;
    }
}
