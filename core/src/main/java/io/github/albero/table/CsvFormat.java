package io.github.albero.table;

import java.util.Locale;
import java.util.Objects;

/**
 * The CSV conventions of a spreadsheet's language (<i>formato CSV</i>). Every field is quoted,
 * quotes are doubled, line breaks inside a field are kept (inside the quotes), records end with
 * CRLF.
 */
public enum CsvFormat {
    /** Italian spreadsheets: {@code ;} between fields, decimal comma, a UTF-8 byte order mark so Excel reads accents. */
    ITALIAN(';', true, Locale.ITALIAN),
    /** English spreadsheets: {@code ,} between fields, decimal point, no byte order mark. */
    ENGLISH(',', false, Locale.ENGLISH);

    private final char separator;
    private final boolean byteOrderMark;
    private final Locale locale;

    CsvFormat(char separator, boolean byteOrderMark, Locale locale) {
        this.separator = separator;
        this.byteOrderMark = byteOrderMark;
        this.locale = locale;
    }

    /**
     * Returns the format for a language.
     *
     * @param locale Italian for an Italian-language locale, English otherwise
     * @return the format
     */
    public static CsvFormat of(Locale locale) {
        Objects.requireNonNull(locale, "locale");
        return "it".equals(locale.getLanguage()) ? ITALIAN : ENGLISH;
    }

    /** {@return the field separator} */
    public char separator() {
        return separator;
    }

    /** {@return true when the text starts with a UTF-8 byte order mark (U+FEFF)} */
    public boolean byteOrderMark() {
        return byteOrderMark;
    }

    /** {@return the language of the labels and numbers} */
    public Locale locale() {
        return locale;
    }
}
