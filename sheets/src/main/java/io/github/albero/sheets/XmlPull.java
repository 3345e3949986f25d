package io.github.albero.sheets;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;

/**
 * A small pull parser over the UTF-8 bytes of one part of a workbook (a worksheet, the shared
 * strings), enough for the markup spreadsheets write: elements with attributes (namespace
 * prefixes dropped), character data with the five predefined entities and character references,
 * CDATA sections, comments and processing instructions skipped. It allocates no object per
 * element or attribute: names are compared as bytes and values decoded only when asked, which is
 * what makes a sheet of hundreds of thousands of cells cheap to read.
 *
 * <p>It is not a general XML parser: a DTD or an entity declaration is refused (the zip guard has
 * refused them already, see {@link ZipGuard}), and so is any encoding other than UTF-8 — the
 * encoding Excel, LibreOffice and Google Sheets write. Malformed markup is reported as an
 * {@link IOException} naming the byte offset.
 */
final class XmlPull {
    static final int START = 1;
    static final int END = 2;
    static final int TEXT = 3;
    static final int EOF = 4;

    private static final int MAX_ATTRIBUTES = 64;
    private static final int MAX_NAME = 256;
    private static final int MAX_ATTRIBUTE_VALUE = 32_767;

    private final InputStream in;
    private final byte[] buf = new byte[1 << 16];
    private int pos;
    private int lim;
    private long consumed;

    private int event;
    private boolean selfClosing;
    private boolean emptyPending;
    private boolean textPending;
    private final byte[] name = new byte[MAX_NAME];
    private int nameLength;

    private int attributes;
    private final byte[][] attributeNames = new byte[MAX_ATTRIBUTES][MAX_NAME];
    private final int[] attributeNameLengths = new int[MAX_ATTRIBUTES];
    private final StringBuilder[] attributeValues = new StringBuilder[MAX_ATTRIBUTES];

    XmlPull(InputStream in) throws IOException {
        this.in = in;
        for (int i = 0; i < MAX_ATTRIBUTES; i++) {
            attributeValues[i] = new StringBuilder();
        }
        fill();
        if (lim >= 3 && (buf[0] & 0xFF) == 0xEF && (buf[1] & 0xFF) == 0xBB && (buf[2] & 0xFF) == 0xBF) {
            pos = 3;
        } else if (lim >= 2 && ((buf[0] == (byte) 0xFE && buf[1] == (byte) 0xFF) || (buf[0] == (byte) 0xFF && buf[1] == (byte) 0xFE)
                || buf[0] == 0 || buf[1] == 0)) {
            throw new IOException("the part is not UTF-8 (UTF-16 parts are not read)");
        }
    }

    private boolean fill() throws IOException {
        consumed += lim;
        pos = 0;
        lim = 0;
        int n = in.read(buf, 0, buf.length);
        if (n > 0) {
            lim = n;
            return true;
        }
        return false;
    }

    /** {@return the next byte, or -1 at the end} */
    private int read() throws IOException {
        if (pos == lim && !fill()) {
            return -1;
        }
        return buf[pos++] & 0xFF;
    }

    private int peek() throws IOException {
        if (pos == lim && !fill()) {
            return -1;
        }
        return buf[pos] & 0xFF;
    }

    private IOException malformed(String what) {
        return new IOException(what + " at byte " + (consumed + pos));
    }

    /** {@return the next event: {@link #START}, {@link #END}, {@link #TEXT} or {@link #EOF}} */
    int next() throws IOException {
        if (emptyPending) {
            // <x/> is reported as a start then an end
            emptyPending = false;
            event = END;
            return event;
        }
        if (textPending) {
            skipText();
        }
        while (true) {
            int c = peek();
            if (c < 0) {
                event = EOF;
                return event;
            }
            if (c != '<') {
                textPending = true;
                event = TEXT;
                return event;
            }
            pos++;
            c = peek();
            if (c == '?') {
                skipPast("?>");
            } else if (c == '!') {
                pos++;
                if (peek() == '-') {
                    skipPast("-->");
                } else if (peek() == '[') {
                    // a CDATA section is text: read by appendText
                    skipLiteral("[CDATA[");
                    textPending = true;
                    cdata = true;
                    event = TEXT;
                    return event;
                } else {
                    throw malformed("a DTD or declaration");
                }
            } else if (c == '/') {
                pos++;
                readName();
                skipSpace();
                if (read() != '>') {
                    throw malformed("an unclosed end tag");
                }
                event = END;
                return event;
            } else {
                readName();
                readAttributes();
                event = START;
                emptyPending = selfClosing;
                return event;
            }
        }
    }

    private boolean cdata;

    private void skipLiteral(String literal) throws IOException {
        for (int i = 0; i < literal.length(); i++) {
            if (read() != literal.charAt(i)) {
                throw malformed("a malformed declaration");
            }
        }
    }

    private void skipPast(String end) throws IOException {
        int matched = 0;
        while (matched < end.length()) {
            int c = read();
            if (c < 0) {
                throw malformed("an unterminated " + end);
            }
            matched = c == end.charAt(matched) ? matched + 1 : (c == end.charAt(0) ? 1 : 0);
        }
    }

    private void skipSpace() throws IOException {
        int c;
        while ((c = peek()) == ' ' || c == '\n' || c == '\r' || c == '\t') {
            pos++;
        }
    }

    /** Reads a qualified name, keeping its local part. */
    private void readName() throws IOException {
        nameLength = readNameInto(name);
    }

    private int readNameInto(byte[] into) throws IOException {
        int n = 0;
        while (true) {
            int c = peek();
            if (c < 0 || c == ' ' || c == '\n' || c == '\r' || c == '\t' || c == '>' || c == '/' || c == '=') {
                break;
            }
            pos++;
            if (c == ':') {
                n = 0;
                continue;
            }
            if (n == into.length) {
                throw malformed("a name too long");
            }
            into[n++] = (byte) c;
        }
        if (n == 0) {
            throw malformed("a missing name");
        }
        return n;
    }

    private void readAttributes() throws IOException {
        attributes = 0;
        selfClosing = false;
        while (true) {
            skipSpace();
            int c = peek();
            if (c == '>') {
                pos++;
                return;
            }
            if (c == '/') {
                pos++;
                if (read() != '>') {
                    throw malformed("a malformed empty element");
                }
                selfClosing = true;
                return;
            }
            if (c < 0) {
                throw malformed("an unterminated tag");
            }
            if (attributes == MAX_ATTRIBUTES) {
                throw malformed("more than " + MAX_ATTRIBUTES + " attributes");
            }
            int a = attributes++;
            attributeNameLengths[a] = readNameInto(attributeNames[a]);
            skipSpace();
            if (read() != '=') {
                throw malformed("an attribute without value");
            }
            skipSpace();
            int quote = read();
            if (quote != '"' && quote != '\'') {
                throw malformed("an unquoted attribute value");
            }
            StringBuilder value = attributeValues[a];
            value.setLength(0);
            while (true) {
                int b = read();
                if (b == quote) {
                    break;
                }
                if (b < 0 || b == '<') {
                    throw malformed("an unterminated attribute value");
                }
                if (value.length() > MAX_ATTRIBUTE_VALUE) {
                    throw malformed("an attribute value longer than " + MAX_ATTRIBUTE_VALUE + " characters");
                }
                decode(b, value);
            }
        }
    }

    /** Appends the character starting with byte {@code b}: UTF-8, or an entity after {@code &}. */
    private void decode(int b, StringBuilder to) throws IOException {
        if (b < 0x80) {
            if (b == '&') {
                entity(to);
            } else {
                to.append((char) b);
            }
            return;
        }
        int code;
        int more;
        if ((b & 0xE0) == 0xC0) {
            code = b & 0x1F;
            more = 1;
        } else if ((b & 0xF0) == 0xE0) {
            code = b & 0x0F;
            more = 2;
        } else if ((b & 0xF8) == 0xF0) {
            code = b & 0x07;
            more = 3;
        } else {
            throw malformed("a byte that is not UTF-8");
        }
        for (int i = 0; i < more; i++) {
            int c = read();
            if (c < 0 || (c & 0xC0) != 0x80) {
                throw malformed("a byte that is not UTF-8");
            }
            code = (code << 6) | (c & 0x3F);
        }
        if (code > Character.MAX_CODE_POINT || (code >= Character.MIN_SURROGATE && code <= Character.MAX_SURROGATE)) {
            throw malformed("a byte sequence that is no character");
        }
        to.appendCodePoint(code);
    }

    private void entity(StringBuilder to) throws IOException {
        StringBuilder e = new StringBuilder(8);
        int c;
        while ((c = read()) != ';') {
            if (c < 0 || e.length() > 10) {
                throw malformed("an unterminated entity");
            }
            e.append((char) c);
        }
        String s = e.toString();
        switch (s) {
            case "lt":
                to.append('<');
                return;
            case "gt":
                to.append('>');
                return;
            case "amp":
                to.append('&');
                return;
            case "quot":
                to.append('"');
                return;
            case "apos":
                to.append('\'');
                return;
            default:
                try {
                    if (s.startsWith("#x") || s.startsWith("#X")) {
                        to.appendCodePoint(Integer.parseInt(s.substring(2), 16));
                        return;
                    }
                    if (s.startsWith("#")) {
                        to.appendCodePoint(Integer.parseInt(s.substring(1)));
                        return;
                    }
                } catch (IllegalArgumentException bad) {
                    throw malformed("a bad character reference &" + s + ";");
                }
                throw malformed("an undeclared entity &" + s + ";");
        }
    }

    /**
     * Appends the current character data (a text run or a CDATA section) to {@code to}, up to
     * {@code max} characters in {@code to}; past them the text is read and dropped (the caller,
     * seeing {@code max} exceeded, reports the cell as too long rather than hold it).
     */
    void appendText(StringBuilder to, int max) throws IOException {
        if (!textPending) {
            return;
        }
        textPending = false;
        if (cdata) {
            cdata = false;
            int matched = 0;
            while (true) {
                int c = read();
                if (c < 0) {
                    throw malformed("an unterminated CDATA section");
                }
                if (c == ']') {
                    if (matched < 2) {
                        matched++;
                    } else if (to.length() <= max) {
                        to.append(']');
                    }
                    continue;
                }
                if (c == '>' && matched == 2) {
                    return;
                }
                for (; matched > 0; matched--) {
                    to.append(']');
                }
                decodeRaw(c, to);
                if (to.length() > max) {
                    skipPast("]]>");
                    return;
                }
            }
        }
        int c;
        while ((c = peek()) >= 0 && c != '<') {
            pos++;
            decode(c, to);
            if (to.length() > max) {
                while ((c = peek()) >= 0 && c != '<') {
                    pos++;
                }
                return;
            }
        }
    }

    private void decodeRaw(int b, StringBuilder to) throws IOException {
        if (b == '&') {
            to.append('&');
        } else {
            decode(b, to);
        }
    }

    private void skipText() throws IOException {
        textPending = false;
        if (cdata) {
            cdata = false;
            skipPast("]]>");
            return;
        }
        int c;
        while ((c = peek()) >= 0 && c != '<') {
            pos++;
        }
    }

    /** {@return true when the current element's local name is {@code local} (ASCII)} */
    boolean is(String local) {
        if (nameLength != local.length()) {
            return false;
        }
        for (int i = 0; i < nameLength; i++) {
            if (name[i] != local.charAt(i)) {
                return false;
            }
        }
        return true;
    }

    /** {@return the value of the current start tag's attribute with that local name, or null; the builder is reused} */
    CharSequence attribute(String local) {
        for (int a = 0; a < attributes; a++) {
            if (attributeNameLengths[a] == local.length() && sameName(attributeNames[a], local)) {
                return attributeValues[a];
            }
        }
        return null;
    }

    private static boolean sameName(byte[] n, String local) {
        for (int i = 0; i < local.length(); i++) {
            if (n[i] != local.charAt(i)) {
                return false;
            }
        }
        return true;
    }

    /** {@return the local name of the current element, for messages} */
    String name() {
        return new String(name, 0, nameLength, StandardCharsets.US_ASCII);
    }
}
