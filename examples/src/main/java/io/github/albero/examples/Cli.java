package io.github.albero.examples;

import io.github.albero.text.Catalog;
import java.util.ResourceBundle;
import java.util.Locale;

/**
 * The example program's own messages (<i>messaggi</i>: usage, help, progress, errors) in
 * Italian or English, from {@code cli.properties} and {@code cli_it.properties} through core's
 * one {@link Catalog} mechanism. The report's words come from {@code albero-report}.
 */
final class Cli {
    private static final Catalog CATALOG = Catalog.of("io.github.albero.examples.cli", ResourceBundle::getBundle);

    private final Locale locale;

    private Cli(Locale locale) {
        this.locale = locale;
    }

    static Cli of(Locale locale) {
        return new Cli(locale);
    }

    /**
     * {@return the message}
     *
     * @param key a message key
     * @param args the values of its {@code {0}}, {@code {1}} … placeholders, typed
     */
    String get(String key, Object... args) {
        return CATALOG.format(locale, key, args);
    }
}
