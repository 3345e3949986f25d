package io.github.albero.internal;

import java.util.regex.Pattern;

/** Text helpers for readable renderings. Not exported. */
public final class Strings {
    private static final Pattern WHITESPACE = Pattern.compile("\\s+");

    private Strings() {
    }

    /**
     * {@return whether a character is white space for any of Java, ECMAScript and Python} A
     * document is checked by all three (Albero, ajv, python-jsonschema): the no-break spaces
     * (U+00A0, U+2007, U+202F), U+0085 and the byte order mark U+FEFF count too.
     *
     * @param c a character
     */
    public static boolean isSpace(char c) {
        return Character.isWhitespace(c) || Character.isSpaceChar(c) || c == '\u0085' || c == '\uFEFF';
    }

    /**
     * {@return whether a text holds nothing but {@linkplain #isSpace white space}} A title of one
     * no-break space is as blank as an empty one.
     *
     * @param text a text
     */
    public static boolean isBlank(String text) {
        for (int i = 0, n = text.length(); i < n; i++) {
            if (!isSpace(text.charAt(i))) {
                return false;
            }
        }
        return true;
    }

    /**
     * {@return the text without the {@linkplain #isSpace white space} at its ends}
     *
     * @param text a text
     */
    public static String strip(String text) {
        int start = 0;
        int end = text.length();
        while (start < end && isSpace(text.charAt(start))) {
            start++;
        }
        while (end > start && isSpace(text.charAt(end - 1))) {
            end--;
        }
        return text.substring(start, end);
    }

    /**
     * {@return whether a text starts or ends with {@linkplain #isSpace white space}}
     *
     * @param text a text
     */
    public static boolean hasOuterSpace(String text) {
        return !text.isEmpty() && (isSpace(text.charAt(0)) || isSpace(text.charAt(text.length() - 1)));
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
