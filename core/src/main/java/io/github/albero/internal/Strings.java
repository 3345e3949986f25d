package io.github.albero.internal;

import java.util.regex.Pattern;

/** Text helpers for readable renderings. Not exported. */
public final class Strings {
    private static final Pattern WHITESPACE = Pattern.compile("\\s+");

    private Strings() {
    }

    /**
     * {@return the text on one line: runs of white space become one space, ends trimmed}
     *
     * @param text a text
     */
    public static String flatten(String text) {
        return WHITESPACE.matcher(text).replaceAll(" ").strip();
    }

    /**
     * {@return the text on one line, cut to {@code max} characters with a final "…" when longer}
     *
     * @param text a text
     * @param max the longest result, at least 2
     */
    public static String abbreviate(String text, int max) {
        String flat = flatten(text);
        return flat.length() <= max ? flat : flat.substring(0, max - 1) + "…";
    }
}
