package io.github.albero.validation.internal;

/**
 * Flattens white space and cuts a text for a finding's message: one implementation for the
 * messages and the rules, allocation-free when the text needs no change.
 */
public final class Abbreviation {
    private Abbreviation() {
    }

    /**
     * Flattens runs of white space to one space, trims, and cuts to {@code max} characters.
     *
     * @param text the text, not null
     * @param max the longest result, at least 2
     * @return the text, flattened and cut with an ellipsis when longer than {@code max}
     */
    public static String abbreviate(String text, int max) {
        // without a regular expression: this runs for most findings of a national dataset
        StringBuilder sb = null;
        int n = text.length();
        boolean space = false;
        int start = 0;
        while (start < n && Character.isWhitespace(text.charAt(start))) {
            start++;
        }
        int end = n;
        while (end > start && Character.isWhitespace(text.charAt(end - 1))) {
            end--;
        }
        for (int i = start; i < end; i++) {
            char c = text.charAt(i);
            // the white space of the regular expression \s, as before
            if (c == ' ' || c == '\t' || c == '\n' || c == '\u000B' || c == '\f' || c == '\r') {
                if (sb == null) {
                    if (c == ' ' && !space) {
                        space = true;
                        continue;
                    }
                    sb = new StringBuilder(end - start).append(text, start, i);
                }
                if (!space) {
                    sb.append(' ');
                }
                space = true;
            } else {
                if (sb != null) {
                    sb.append(c);
                }
                space = false;
            }
        }
        String flat = sb == null ? text.substring(start, end) : sb.toString();
        return flat.length() <= max ? flat : flat.substring(0, max - 1) + "…";
    }
}
