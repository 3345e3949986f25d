package io.github.albero.report;

import io.github.albero.text.Catalog;
import java.util.ResourceBundle;
import io.github.albero.text.Formatter;
import java.util.Locale;

/**
 * The words of the reports, in Italian (the documents' language) or English, from
 * {@code labels.properties} and {@code labels_it.properties} beside this class, through core's one
 * {@link Catalog} mechanism: Italian for any Italian locale and English otherwise, never the
 * JVM's default locale.
 */
final class Labels {
    private static final Catalog CATALOG = Catalog.of("io.github.albero.report.labels", ResourceBundle::getBundle);

    private final Locale locale;
    private final boolean italian;

    private Labels(Locale locale) {
        this.italian = locale != null && Formatter.isItalian(locale);
        this.locale = italian ? Locale.ITALIAN : Locale.ENGLISH;
    }

    static Labels of(Locale locale) {
        return new Labels(locale);
    }

    Locale locale() {
        return locale;
    }

    boolean italian() {
        return italian;
    }

    /** {@return the language tag of the page, {@code "it"} or {@code "en"}} */
    String tag() {
        return italian ? "it" : "en";
    }

    static boolean has(String key) {
        return CATALOG.has(key);
    }

    /**
     * {@return the label}
     *
     * @param key a label key
     * @param args the values of its {@code {0}}, {@code {1}} … placeholders, typed
     * @throws IllegalArgumentException when the key is unknown (a programming error)
     */
    String get(String key, Object... args) {
        return CATALOG.format(locale, key, args);
    }

    /** {@return the label of {@code key}, or {@code fallback} when there is none} */
    String getOr(String key, String fallback) {
        return has(key) ? get(key) : fallback;
    }
}
