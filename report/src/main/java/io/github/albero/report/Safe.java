package io.github.albero.report;

import io.github.albero.text.UnsafeText;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Text made safe for each output: unsafe characters shown visibly ({@link UnsafeText}), the
 * markup of the target escaped, and lengths counted in code points so that an emoji or any
 * other supplementary character is never cut in two.
 */
final class Safe {
    private static final Pattern WHITESPACE = Pattern.compile("[\\s\\u00A0]+");

    private Safe() {
    }

    /** {@return the text neutralised and on one line, single-spaced} */
    static String flat(String s) {
        return WHITESPACE.matcher(UnsafeText.visible(s)).replaceAll(" ").strip();
    }

    /** {@return the text neutralised and escaped for XML/HTML text and attribute values} */
    static String html(String s) {
        String v = UnsafeText.visible(s);
        StringBuilder sb = new StringBuilder(v.length() + 16);
        for (int i = 0; i < v.length(); i++) {
            char c = v.charAt(i);
            switch (c) {
                case '&':
                    sb.append("&amp;");
                    break;
                case '<':
                    sb.append("&lt;");
                    break;
                case '>':
                    sb.append("&gt;");
                    break;
                case '"':
                    sb.append("&quot;");
                    break;
                case '\'':
                    sb.append("&#39;");
                    break;
                case '\r':
                    // a bare carriage return would be normalised away; keep text on the line
                    sb.append(' ');
                    break;
                default:
                    sb.append(c);
            }
        }
        return sb.toString();
    }

    /** {@return the text neutralised, on one line and with every Markdown and HTML special character escaped} */
    static String markdown(String s) {
        String f = flat(s);
        StringBuilder sb = new StringBuilder(f.length() + 16);
        boolean digitsSoFar = true;
        for (int i = 0; i < f.length(); i++) {
            char c = f.charAt(i);
            boolean always = "\\`*_{}[]<>#!|~&".indexOf(c) >= 0;
            // a leading "-", "+" or "=" makes a list or a heading, "12." or "12)" an ordered list
            boolean leading = i == 0 && "-+=".indexOf(c) >= 0 || digitsSoFar && i > 0 && (c == '.' || c == ')');
            if (always || leading) {
                sb.append('\\');
            }
            digitsSoFar = digitsSoFar && c >= '0' && c <= '9';
            sb.append(c);
        }
        return sb.toString();
    }

    /** {@return the number of code points} */
    static int width(String s) {
        return s.codePointCount(0, s.length());
    }

    /** {@return the first {@code n} code points of {@code s} (all of it when shorter)} */
    static String take(String s, int n) {
        if (width(s) <= n) {
            return s;
        }
        return s.substring(0, s.offsetByCodePoints(0, Math.max(0, n)));
    }

    /** {@return the text neutralised, flat, cut to {@code max} code points with a final "…" when longer} */
    static String abbreviate(String s, int max) {
        String f = flat(s);
        return width(f) <= max ? f : take(f, max - 1).stripTrailing() + "…";
    }

    /** {@return {@code s} padded with spaces on the right to {@code width} code points} */
    static String left(String s, int width) {
        int w = width(s);
        return w >= width ? s : s + " ".repeat(width - w);
    }

    /** {@return {@code s} padded with spaces on the left to {@code width} code points} */
    static String right(String s, int width) {
        int w = width(s);
        return w >= width ? s : " ".repeat(width - w) + s;
    }

    /**
     * Wraps a neutralised, flattened text at word boundaries; a word longer than the width is
     * cut between code points.
     *
     * @param s the text
     * @param width the longest line, in code points
     * @return the lines, at least one
     */
    static List<String> wrap(String s, int width) {
        List<String> lines = new ArrayList<>();
        StringBuilder line = new StringBuilder();
        for (String word : flat(s).split(" ")) {
            while (width(word) > width) {
                if (line.length() > 0) {
                    lines.add(line.toString());
                    line.setLength(0);
                }
                String head = take(word, width);
                lines.add(head);
                word = word.substring(head.length());
            }
            if (line.length() > 0 && width(line.toString()) + 1 + width(word) > width) {
                lines.add(line.toString());
                line.setLength(0);
            }
            if (line.length() > 0) {
                line.append(' ');
            }
            line.append(word);
        }
        if (line.length() > 0 || lines.isEmpty()) {
            lines.add(line.toString());
        }
        return lines;
    }

    /** {@return the lines of {@link #wrap(String, int)}, at most {@code maxLines}, the last abbreviated} */
    static List<String> wrap(String s, int width, int maxLines) {
        List<String> all = wrap(s, width);
        if (all.size() <= maxLines) {
            return all;
        }
        List<String> some = new ArrayList<>(all.subList(0, maxLines - 1));
        some.add(abbreviate(String.join(" ", all.subList(maxLines - 1, all.size())), width));
        return some;
    }
}
