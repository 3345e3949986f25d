package io.github.albero.report;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Properties;

/**
 * The words of the reports, in Italian (the documents' language) or English, from
 * {@code labels.properties} and {@code labels_it.properties} beside this class. Read directly
 * rather than through {@code ResourceBundle}: the choice is Italian for any Italian locale and
 * English otherwise, never the JVM's default locale.
 */
final class Labels {
    private static final Properties ENGLISH = load("labels.properties");
    private static final Properties ITALIAN = load("labels_it.properties");

    private final Locale locale;
    private final boolean italian;

    private Labels(Locale locale) {
        this.italian = locale != null && "it".equals(locale.getLanguage());
        this.locale = italian ? Locale.ITALIAN : Locale.ENGLISH;
    }

    static Labels of(Locale locale) {
        return new Labels(locale);
    }

    private static Properties load(String name) {
        Properties p = new Properties();
        try (InputStream in = Labels.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + name);
            }
            p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return p;
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
        return ENGLISH.containsKey(key);
    }

    /**
     * {@return the label}
     *
     * @param key a label key
     * @param args the values of its {@code %s} placeholders
     * @throws IllegalArgumentException when the key is unknown (a programming error)
     */
    String get(String key, Object... args) {
        String text = (italian ? ITALIAN : ENGLISH).getProperty(key);
        if (text == null) {
            throw new IllegalArgumentException("no label " + key);
        }
        return args.length == 0 ? text : String.format(Locale.ROOT, text, args);
    }

    /** {@return the label of {@code key}, or {@code fallback} when there is none} */
    String getOr(String key, String fallback) {
        return has(key) ? get(key) : fallback;
    }
}
