package io.github.albero.sheets;

/**
 * Cell formats and the formula-injection guard. Exported text that starts with a character a
 * spreadsheet would take as the start of a formula ({@code =}, {@code +}, {@code -}, {@code @},
 * tab, carriage return) gets a leading apostrophe, as OWASP recommends for CSV injection; so
 * does text that already starts with an apostrophe, and text that spells a spreadsheet error
 * ({@code #N/A}, which CSV reading reports as an error), so that reading removes exactly one and
 * every text comes back unchanged.
 */
final class Formats {
    private Formats() {
    }

    static boolean isTrigger(char c) {
        return c == '=' || c == '+' || c == '-' || c == '@' || c == '\t' || c == '\r';
    }

    /**
     * {@return whether a cell's text holds nothing but white space} The no-break spaces (U+00A0,
     * U+2007, U+202F, pasted from web pages), U+0085 and U+FEFF count, as in core's texts: such a
     * cell is empty, not a text core would refuse as blank.
     */
    static boolean isBlank(String text) {
        for (int i = 0, n = text.length(); i < n; i++) {
            char c = text.charAt(i);
            if (!(Character.isWhitespace(c) || Character.isSpaceChar(c) || c == '\u0085' || c == '\uFEFF')) {
                return false;
            }
        }
        return true;
    }

    /** {@return the text, with a leading apostrophe when a spreadsheet could execute it or read it as one of its errors} */
    static String neutralise(String text) {
        if (!text.isEmpty() && (isTrigger(text.charAt(0)) || text.charAt(0) == '\'' || isErrorLiteral(text))) {
            return "'" + text;
        }
        return text;
    }

    /** {@return the text without the apostrophe {@link #neutralise} adds} */
    static String unneutralise(String text) {
        if (text.length() > 1 && text.charAt(0) == '\''
                && (isTrigger(text.charAt(1)) || text.charAt(1) == '\'' || isErrorLiteral(text.substring(1)))) {
            return text.substring(1);
        }
        return text;
    }

    /**
     * {@return true for a spreadsheet's error as a CSV file saves it: Excel's {@code #DIV/0!},
     * {@code #N/A}, {@code #VALUE!} …, LibreOffice's {@code Err:502}}
     */
    static boolean isErrorLiteral(String text) {
        if (text.length() < 4 || text.length() > 14) {
            return false;
        }
        if (text.charAt(0) == '#') {
            switch (text) {
                case "#NULL!", "#DIV/0!", "#VALUE!", "#REF!", "#NAME?", "#NUM!", "#N/A", "#GETTING_DATA", "#SPILL!", "#CALC!",
                        "#FIELD!", "#BLOCKED!", "#CONNECT!", "#BUSY!", "#UNKNOWN!":
                    return true;
                default:
                    return false;
            }
        }
        return text.startsWith("Err:") && text.length() == 7 && text.chars().skip(4).allMatch(c -> c >= '0' && c <= '9');
    }

    /** {@return true when a number format shows a date: the built-in date formats, or d, m, y, h, s outside quotes and brackets} */
    static boolean isDate(Integer id, String format) {
        if (id != null && ((id >= 14 && id <= 22) || (id >= 27 && id <= 36) || (id >= 45 && id <= 47) || (id >= 50 && id <= 58))) {
            return true;
        }
        if (format == null || format.equalsIgnoreCase("general")) {
            return false;
        }
        boolean quoted = false;
        int bracket = 0;
        for (int i = 0; i < format.length(); i++) {
            char c = format.charAt(i);
            if (c == '"') {
                quoted = !quoted;
            } else if (c == '\\') {
                i++;
            } else if (!quoted && c == '[') {
                bracket++;
            } else if (!quoted && c == ']') {
                bracket--;
            } else if (!quoted && bracket == 0 && "dmyhsDMYHS".indexOf(c) >= 0) {
                return true;
            }
        }
        return false;
    }

    private static final java.util.regex.Pattern ESCAPED = java.util.regex.Pattern.compile("_x([0-9A-Fa-f]{4})_");

    /**
     * Escapes what XML 1.0 cannot hold (control characters other than tab, line feed and
     * carriage return) as OOXML does, {@code _xHHHH_}; a literal {@code _xHHHH_} in the text has its
     * underscore escaped ({@code _x005F_}) so that decoding gives it back.
     */
    static String escapeXml(String text) {
        StringBuilder sb = null;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            boolean control = c < 0x20 && c != '\t' && c != '\n' && c != '\r' || c == 0xFFFE || c == 0xFFFF;
            boolean literal = c == '_' && ESCAPED.matcher(text).region(i, text.length()).lookingAt();
            if (control || literal) {
                if (sb == null) {
                    sb = new StringBuilder(text.substring(0, i));
                }
                sb.append(String.format("_x%04X_", (int) c));
            } else if (sb != null) {
                sb.append(c);
            }
        }
        return sb == null ? text : sb.toString();
    }

    /** {@return the text with every {@code _xHHHH_} decoded} */
    static String unescapeXml(String text) {
        if (text.indexOf("_x") < 0) {
            return text;
        }
        java.util.regex.Matcher m = ESCAPED.matcher(text);
        StringBuilder sb = new StringBuilder();
        while (m.find()) {
            m.appendReplacement(sb, java.util.regex.Matcher.quoteReplacement(String.valueOf((char) Integer.parseInt(m.group(1), 16))));
        }
        m.appendTail(sb);
        return sb.toString();
    }
}
