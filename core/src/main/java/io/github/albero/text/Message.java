package io.github.albero.text;

import io.github.albero.InvalidValueException;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

/**
 * A text not yet written (<i>messaggio</i>): a key of a {@link Catalog} and its typed arguments
 * (money, percentages, quantities, numbers, years, counts, paths, other messages), written only
 * when {@link #render(Locale) rendered}, in that language and with its number notation. A
 * message built and never shown costs no formatting.
 *
 * <pre>{@code
 * Catalog catalog = Catalog.of("io.github.albero.validation.messages", ResourceBundle::getBundle);
 * Message m = catalog.message("report.summary", Map.of("errors", 1, "warnings", 18, "infos", 16));
 * m.render(Locale.ITALIAN);   // "1 errore, 18 avvisi, 16 note"
 * m.render(Locale.ENGLISH);   // "1 error, 18 warnings, 16 notes"
 * m.toString();               // "1 error, 18 warnings, 16 notes": English words, canonical numbers
 * }</pre>
 *
 * <p>Immutable and thread-safe when its arguments are (every Albero value type is). Arguments
 * may be null, written as nothing.
 */
public final class Message {
    private final Catalog catalog;
    private final String key;
    private final Object[] positional;
    private final Map<String, Object> named;

    private Message(Catalog catalog, String key, Object[] positional, Map<String, Object> named) {
        this.catalog = catalog;
        this.key = key;
        this.positional = positional;
        this.named = named;
    }

    static Message positional(Catalog catalog, String key, Object[] arguments) {
        check(catalog, key);
        return new Message(catalog, key, arguments == null ? new Object[0] : arguments.clone(), null);
    }

    static Message named(Catalog catalog, String key, Map<String, ?> arguments) {
        check(catalog, key);
        Map<String, Object> copy = new LinkedHashMap<>();
        if (arguments != null) {
            copy.putAll(arguments);
        }
        return new Message(catalog, key, null, Collections.unmodifiableMap(copy));
    }

    private static void check(Catalog catalog, String key) {
        if (catalog == null) {
            throw new InvalidValueException("catalog", null, "is required");
        }
        if (key == null || key.isBlank()) {
            throw new InvalidValueException("key", key, "must not be blank");
        }
    }

    /** {@return the catalog the message comes from} */
    public Catalog catalog() {
        return catalog;
    }

    /** {@return the message key} */
    public String key() {
        return key;
    }

    /** {@return the positional arguments, in order; empty for a message with named arguments} */
    public List<Object> arguments() {
        return positional == null ? List.of() : Collections.unmodifiableList(Arrays.asList(positional));
    }

    /** {@return the named arguments; empty for a message with positional arguments} */
    public Map<String, Object> namedArguments() {
        return named == null ? Map.of() : named;
    }

    /**
     * {@return the text in that language, its arguments in that language's notation}
     *
     * @param locale Italian for an Italian-language locale, English otherwise
     */
    public String render(Locale locale) {
        return write(catalog.template(locale, key), Formatter.of(locale));
    }

    /**
     * {@return the text in a notation: English words for {@link Formatter#canonical()}}
     *
     * @param formatter the notation (and with it the language)
     */
    public String render(Formatter formatter) {
        return write(catalog.template(formatter.locale(), key), formatter);
    }

    private String write(String template, Formatter f) {
        if (positional != null) {
            return Catalog.fill(template, f, name -> Catalog.argument(positional, name));
        }
        return Catalog.fill(template, f, name -> named.containsKey(name) ? named.get(name) : Catalog.MISSING);
    }

    /** {@return true when {@code o} is a message of the same catalog, key and arguments} */
    @Override
    public boolean equals(Object o) {
        if (!(o instanceof Message m)) {
            return false;
        }
        return m.catalog.baseName().equals(catalog.baseName()) && m.key.equals(key) && Arrays.equals(m.positional, positional)
                && Objects.equals(m.named, named);
    }

    /** {@return a hash code consistent with {@link #equals(Object)}} */
    @Override
    public int hashCode() {
        return Objects.hash(catalog.baseName(), key, Arrays.hashCode(positional), named);
    }

    /** {@return the text in English with canonical, locale-neutral numbers ({@code EUR 5000.00}, {@code 98.75%})} */
    @Override
    public String toString() {
        return render(Formatter.canonical());
    }
}
