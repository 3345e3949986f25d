package io.github.albero.text;

import java.util.Objects;
import java.util.OptionalInt;

/**
 * The characters a text may hold but no reader should receive raw (<i>caratteri non sicuri</i>):
 * control characters, bidirectional embeddings, overrides and isolates, lone surrogates and
 * noncharacters. They come from copy-and-paste of PDFs and spreadsheets, or on purpose: an ESC
 * recolours a terminal, a U+202E reverses the text after it ("Trojan Source"), a NUL or a lone
 * surrogate makes an XML page or a UTF-8 file unwritable.
 *
 * <p>This is the one definition used by the validation rule that flags such texts and by every
 * renderer that neutralises them. Tab, line feed and carriage return are ordinary white space
 * and are not unsafe. {@link #visible(String)} replaces each unsafe character with a visible
 * stand-in: C0 controls with their Unicode control pictures ({@code ␛} for ESC, {@code ␀} for
 * NUL), DEL with {@code ␡}, every other one with its code in brackets ({@code ⟦U+202E⟧}), a lone
 * surrogate with {@code �}. Emoji and every other supplementary character pass unchanged.
 *
 * <p>Immutable and thread-safe (static methods only).
 */
public final class UnsafeText {
    private static final char DEL_PICTURE = '\u2421';

    private UnsafeText() {
    }

    /**
     * Tells whether a code point is unsafe.
     *
     * @param codePoint a Unicode code point (a lone surrogate is given as its own value)
     * @return true for C0 controls other than tab, line feed and carriage return, DEL, C1
     *     controls, bidirectional embeddings, overrides and isolates (U+202A–U+202E,
     *     U+2066–U+2069), surrogates and the noncharacters U+FFFE, U+FFFF
     */
    public static boolean isUnsafe(int codePoint) {
        if (codePoint < 0x20) {
            return codePoint != '\t' && codePoint != '\n' && codePoint != '\r';
        }
        return codePoint >= 0x7F && codePoint <= 0x9F
                || codePoint >= 0x202A && codePoint <= 0x202E
                || codePoint >= 0x2066 && codePoint <= 0x2069
                || codePoint >= 0xD800 && codePoint <= 0xDFFF
                || codePoint == 0xFFFE || codePoint == 0xFFFF;
    }

    /**
     * Finds the first unsafe character of a text.
     *
     * @param text a text
     * @return the char index of its first unsafe character, empty when there is none
     */
    public static OptionalInt firstUnsafe(CharSequence text) {
        Objects.requireNonNull(text, "text");
        // one scan on a String (a String's toString() is itself): a direct call per character, not through the interface
        String s = text.toString();
        for (int i = 0, n = s.length(); i < n; i++) {
            char c = s.charAt(i);
            // printable ASCII, one unsigned comparison: validation runs this on every text of a national dataset
            if ((char) (c - 0x20) < 0x5F) {
                continue;
            }
            // a well-formed surrogate pair is a supplementary code point, never unsafe
            if (Character.isHighSurrogate(c) && i + 1 < n && Character.isLowSurrogate(s.charAt(i + 1))) {
                i++;
                continue;
            }
            if (isUnsafe(c)) {
                return OptionalInt.of(i);
            }
        }
        return OptionalInt.empty();
    }

    /**
     * Counts the unsafe characters of a text.
     *
     * @param text a text
     * @return how many unsafe characters it holds
     */
    public static int count(CharSequence text) {
        Objects.requireNonNull(text, "text");
        return (int) text.codePoints().filter(UnsafeText::isUnsafe).count();
    }

    /**
     * Names a code point the way Unicode charts do.
     *
     * @param codePoint a code point
     * @return e.g. {@code "U+001B"} or {@code "U+1F600"}
     */
    public static String code(int codePoint) {
        return String.format(java.util.Locale.ROOT, "U+%04X", codePoint);
    }

    /**
     * Shows an unsafe character as visible, harmless text.
     *
     * @param codePoint a code point
     * @return its stand-in if it is unsafe ({@code ␛}, {@code ␡}, {@code ⟦U+202E⟧}, {@code �}),
     *     else the character itself
     */
    public static String standIn(int codePoint) {
        if (!isUnsafe(codePoint)) {
            return new String(Character.toChars(codePoint));
        }
        if (codePoint < 0x20) {
            return String.valueOf((char) (0x2400 + codePoint));
        }
        if (codePoint == 0x7F) {
            return String.valueOf(DEL_PICTURE);
        }
        if (codePoint >= 0xD800 && codePoint <= 0xDFFF) {
            return "\uFFFD";
        }
        return "\u27E6" + code(codePoint) + "\u27E7";
    }

    /**
     * Neutralises a text: every unsafe character replaced by its visible {@link #standIn(int)}.
     *
     * @param text a text
     * @return the same text when it is safe, else a copy with stand-ins
     */
    public static String visible(String text) {
        Objects.requireNonNull(text, "text");
        if (firstUnsafe(text).isEmpty()) {
            return text;
        }
        StringBuilder sb = new StringBuilder(text.length() + 16);
        for (int i = 0; i < text.length(); ) {
            int cp = text.codePointAt(i);
            sb.append(standIn(cp));
            i += Character.charCount(cp);
        }
        return sb.toString();
    }
}
