package io.github.albero.examples;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Properties;

/**
 * The example program's own messages (<i>messaggi</i>: usage, help, progress, errors) in
 * Italian or English, from {@code cli.properties} and {@code cli_it.properties}. The report's
 * words come from {@code albero-report}.
 */
final class Cli {
    private static final Properties ENGLISH = load("cli.properties");
    private static final Properties ITALIAN = load("cli_it.properties");

    private final boolean italian;

    private Cli(Locale locale) {
        this.italian = "it".equals(locale.getLanguage());
    }

    static Cli of(Locale locale) {
        return new Cli(locale);
    }

    private static Properties load(String name) {
        Properties p = new Properties();
        try (InputStream in = Cli.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + name);
            }
            p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return p;
    }

    /**
     * {@return the message}
     *
     * @param key a message key
     * @param args the values of its {@code %s} placeholders
     */
    String get(String key, Object... args) {
        String text = (italian ? ITALIAN : ENGLISH).getProperty(key);
        if (text == null) {
            throw new IllegalArgumentException("no message " + key);
        }
        return args.length == 0 ? text : String.format(Locale.ROOT, text, args);
    }
}
