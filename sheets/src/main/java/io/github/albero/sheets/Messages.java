package io.github.albero.sheets;

import io.github.albero.InvalidValueException;
import io.github.albero.text.Catalog;
import java.util.ResourceBundle;
import java.util.Locale;
import java.util.Map;

/**
 * The spreadsheet messages, Italian and English, through core's one {@link Catalog} mechanism
 * ({@code messages.properties} beside this class): named parameters {@code {name}}, plural forms
 * {@code {count|one|other}}, as in validation.
 */
final class Messages {
    static final Catalog CATALOG = Catalog.of("io.github.albero.sheets.messages", ResourceBundle::getBundle);

    private Messages() {
    }

    static String text(Locale locale, String key) {
        return CATALOG.template(locale, key);
    }

    static String render(Locale locale, String key, Map<String, ?> arguments) {
        return CATALOG.message(key, arguments).render(locale);
    }

    /**
     * {@return the "problem" argument of a core rule broken deep in an object, with its place}: its
     * message is typed, so that it is said in the language of the report
     *
     * @param e the core's exception
     */
    static Map<String, Object> located(InvalidValueException e) {
        return Map.of("problem", CATALOG.message("problem.located", Map.of("field", e.field(), "problem", e.message())));
    }

    static String abbreviate(String text, int max) {
        String flat = text.replaceAll("\\s+", " ").strip();
        return flat.length() <= max ? flat : flat.substring(0, max - 1) + "…";
    }
}
