package io.github.albero.examples;

import java.util.ArrayList;
import java.util.List;

/** Small text helpers for aligned terminal output: flattening, abbreviating, padding, wrapping. */
final class Text {
    private Text() {
    }

    /**
     * @param s a text, possibly with line breaks and repeated spaces
     * @return the text on one line, single-spaced
     */
    static String flat(String s) {
        return s.replace('\u00A0', ' ').replaceAll("\\s+", " ").strip();
    }

    /**
     * @param s a text
     * @param max the most characters allowed
     * @return the flattened text, cut with "…" when longer than {@code max}
     */
    static String abbreviate(String s, int max) {
        String f = flat(s);
        return f.length() <= max ? f : f.substring(0, max - 1).stripTrailing() + "…";
    }

    /**
     * @param s a text
     * @param width the column width
     * @return the text padded with spaces on the right
     */
    static String left(String s, int width) {
        return s.length() >= width ? s : s + " ".repeat(width - s.length());
    }

    /**
     * @param s a text
     * @param width the column width
     * @return the text padded with spaces on the left
     */
    static String right(String s, int width) {
        return s.length() >= width ? s : " ".repeat(width - s.length()) + s;
    }

    /**
     * Wraps a text at word boundaries; a word longer than the width is cut.
     *
     * @param s the text
     * @param width the longest line
     * @return the lines, at least one
     */
    static List<String> wrap(String s, int width) {
        List<String> lines = new ArrayList<>();
        StringBuilder line = new StringBuilder();
        for (String word : flat(s).split(" ")) {
            while (word.length() > width) {
                if (line.length() > 0) {
                    lines.add(line.toString());
                    line.setLength(0);
                }
                lines.add(word.substring(0, width));
                word = word.substring(width);
            }
            if (line.length() > 0 && line.length() + 1 + word.length() > width) {
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

    /**
     * Wraps a text into at most {@code maxLines} lines, the last one abbreviated when the text
     * does not fit.
     *
     * @param s the text
     * @param width the longest line
     * @param maxLines the most lines
     * @return the lines
     */
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
