package io.github.albero.variance;

import java.util.Locale;

/**
 * Whether an indicator got better or worse between two years (<i>andamento</i>), judged with its
 * polarity: a fall in processing days is an improvement, a fall in satisfied users is not.
 * {@link io.github.albero.render.Render#trend(Trend)} gives its label in a language.
 */
public enum Trend {
    /** Better in the later year (<i>migliorato</i>). */
    IMPROVED,
    /** Worse in the later year (<i>peggiorato</i>). */
    WORSENED,
    /** As good in both years (<i>invariato</i>). */
    UNCHANGED,
    /** The two years cannot be compared: a result missing or unread, units that differ, no range (<i>non confrontabile</i>). */
    NOT_COMPARABLE;

    /** {@return the name in lower case with spaces, e.g. {@code "not comparable"}: locale-neutral} */
    @Override
    public String toString() {
        return name().toLowerCase(Locale.ROOT).replace('_', ' ');
    }
}
