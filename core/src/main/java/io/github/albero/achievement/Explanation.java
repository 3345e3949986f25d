package io.github.albero.achievement;

import io.github.albero.InvalidValueException;

/**
 * How a value was computed, as one readable line: the formula with the actual numbers, the
 * weights and the policy choices used, e.g. {@code "a/t = 3/2 = 150%, capped at 100% (cap
 * policy)"} or {@code "weighted mean of 3 of 4 children, equal weights: (0% + 100% + 100%) / 3
 * = 66,67%"}.
 */
public final class Explanation {
    private final String text;

    private Explanation(String text) {
        this.text = text;
    }

    /**
     * @param text the line
     * @return the explanation
     */
    public static Explanation of(String text) {
        if (text == null || text.isBlank()) {
            throw new InvalidValueException("explanation", text, "must not be blank");
        }
        return new Explanation(text.replaceAll("\\s+", " ").strip());
    }

    /** @return the line */
    public String text() {
        return text;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Explanation && ((Explanation) o).text.equals(text);
    }

    @Override
    public int hashCode() {
        return text.hashCode();
    }

    /** @return the line */
    @Override
    public String toString() {
        return text;
    }
}
