package io.github.albero.text;

import io.github.albero.InvalidValueException;
import java.util.Locale;
import java.util.Map;
import java.util.MissingResourceException;
import java.util.ResourceBundle;
import java.util.function.BiFunction;
import java.util.function.Function;

/**
 * A module's messages in English and Italian (<i>catalogo dei messaggi</i>): one
 * {@link ResourceBundle} of {@code .properties} files in that module, the English base bundle
 * ({@code messages.properties}) and its Italian variant ({@code messages_it.properties}), read in
 * UTF-8. Every module of Albero keeps its own bundle and makes its own catalog; core gives the one
 * way of filling a template, so that every text of the library is written by the same rules.
 *
 * <h2>Templates</h2>
 * <ul>
 * <li>{@code {0}} or {@code {name}}: an argument, written by {@link Formatter#format(Object)} in
 *     the language rendered (money, percentages and numbers in its notation, years and counts
 *     ungrouped, nested {@link Message}s in the same language). An argument that is not given is
 *     left as written.</li>
 * <li>{@code {count|one|other}}: the form for a count of one or for any other count, {@code #}
 *     standing for the count itself: {@code {errors|# errore|# errori}} gives {@code 1 errore} and
 *     {@code 2 errori}. Italian and English both use the singular for exactly one.</li>
 * <li>Any other brace, and apostrophes, are plain text (no {@code MessageFormat} quoting).</li>
 * </ul>
 *
 * <pre>{@code
 * // io/github/albero/validation/messages.properties and messages_it.properties
 * Catalog c = Catalog.of("io.github.albero.validation.messages", ResourceBundle::getBundle);
 * c.message("report.summary", Map.of("errors", 1, "warnings", 18, "infos", 16)).render(Locale.ITALIAN);   // "1 errore, 18 avvisi, 16 note"
 * }</pre>
 *
 * <p>The language is Italian for an Italian-language locale and English otherwise; the JVM's
 * default locale is never consulted. Immutable and thread-safe; the two bundles are loaded once,
 * on first use.
 */
public final class Catalog {
    private final String baseName;
    private final BiFunction<String, Locale, ResourceBundle> loader;
    private volatile ResourceBundle english;
    private volatile ResourceBundle italian;

    private Catalog(String baseName, BiFunction<String, Locale, ResourceBundle> loader) {
        this.baseName = baseName;
        this.loader = loader;
    }

    /**
     * Makes the catalog of a module's bundle. The module loads its own bundle: resources in a
     * named module are encapsulated, and {@code ResourceBundle.getBundle(String, Locale)} called
     * from the module finds them without opening any package.
     *
     * <pre>{@code
     * Catalog messages = Catalog.of("io.github.albero.validation.messages", ResourceBundle::getBundle);
     * }</pre>
     *
     * @param baseName the bundle's base name, e.g. {@code "io.github.albero.validation.messages"}
     * @param loader the module's bundle of a base name for a locale, normally
     *     {@code ResourceBundle::getBundle} written in that module; it is called once with
     *     {@link Locale#ROOT} (the English base bundle) and once with {@link Locale#ITALIAN}, on first use
     * @return the catalog
     */
    public static Catalog of(String baseName, BiFunction<String, Locale, ResourceBundle> loader) {
        if (baseName == null || baseName.isBlank()) {
            throw new InvalidValueException("baseName", baseName, "must not be blank");
        }
        if (loader == null) {
            throw new InvalidValueException("loader", null, "is required");
        }
        return new Catalog(baseName, loader);
    }

    /** {@return the bundle's base name, e.g. {@code "io.github.albero.validation.messages"}} */
    public String baseName() {
        return baseName;
    }

    private ResourceBundle bundle(Locale locale) {
        boolean it = Formatter.isItalian(locale);
        ResourceBundle b = it ? italian : english;
        if (b == null) {
            // ROOT, not ENGLISH: the base bundle is English, and ROOT never falls back on the default locale
            b = loader.apply(baseName, it ? Locale.ITALIAN : Locale.ROOT);
            if (b == null) {
                throw new IllegalStateException("no bundle for " + (it ? "Italian" : "English"));
            }
            if (it) {
                italian = b;
            } else {
                english = b;
            }
        }
        return b;
    }

    /**
     * {@return true when the catalog has that key}
     *
     * @param key a message key
     */
    public boolean has(String key) {
        return bundle(Locale.ROOT).containsKey(key);
    }

    /**
     * {@return the template of a key in a language, unfilled}
     *
     * @param locale the language
     * @param key a message key
     * @throws IllegalArgumentException when the key is unknown: a programming error
     */
    public String template(Locale locale, String key) {
        try {
            return bundle(locale).getString(key);
        } catch (MissingResourceException e) {
            throw new IllegalArgumentException("no message " + key + " in " + baseName, e);
        }
    }

    /**
     * {@return a message with positional arguments {@code {0}}, {@code {1}} …, rendered later}
     *
     * @param key a message key
     * @param arguments its arguments, typed (money, percentages, numbers, years, paths, messages…)
     */
    public Message message(String key, Object... arguments) {
        return Message.positional(this, key, arguments);
    }

    /**
     * {@return a message with named arguments {@code {name}}, rendered later}
     *
     * @param key a message key
     * @param arguments its arguments by name, typed
     */
    public Message message(String key, Map<String, ?> arguments) {
        return Message.named(this, key, arguments);
    }

    /**
     * Fills a template now: a shortcut for {@code message(key, arguments).render(locale)}.
     *
     * @param locale the language
     * @param key a message key
     * @param arguments its positional arguments
     * @return the text
     */
    public String format(Locale locale, String key, Object... arguments) {
        return fill(template(locale, key), Formatter.of(locale), i -> argument(arguments, i));
    }

    static Object argument(Object[] arguments, String name) {
        int i = index(name);
        return i >= 0 && i < arguments.length ? arguments[i] : MISSING;
    }

    private static int index(String name) {
        int n = 0;
        for (int i = 0; i < name.length(); i++) {
            char c = name.charAt(i);
            if (c < '0' || c > '9' || i > 6) {
                return -1;
            }
            n = n * 10 + (c - '0');
        }
        return n;
    }

    /** Marks an argument that was not given: its placeholder stays as written. */
    static final Object MISSING = new Object();

    /**
     * Fills a template.
     *
     * @param template the template
     * @param f the notation
     * @param arguments an argument by its name or position, or {@link #MISSING}
     * @return the text
     */
    static String fill(String template, Formatter f, Function<String, Object> arguments) {
        int open = template.indexOf('{');
        if (open < 0) {
            return template;
        }
        StringBuilder sb = new StringBuilder(template.length() + 32);
        int from = 0;
        while (open >= 0) {
            int close = template.indexOf('}', open);
            if (close < 0) {
                break;
            }
            String inside = template.substring(open + 1, close);
            int bar = inside.indexOf('|');
            String name = bar < 0 ? inside : inside.substring(0, bar);
            if (!isName(name)) {
                sb.append(template, from, open + 1);
                from = open + 1;
                open = template.indexOf('{', from);
                continue;
            }
            Object value = arguments.apply(name);
            sb.append(template, from, open);
            if (value == MISSING) {
                sb.append(template, open, close + 1);
            } else if (bar < 0) {
                sb.append(f.format(value));
            } else {
                sb.append(plural(inside.substring(bar + 1), value, f));
            }
            from = close + 1;
            open = template.indexOf('{', from);
        }
        return sb.append(template, from, template.length()).toString();
    }

    private static String plural(String forms, Object count, Formatter f) {
        int bar = forms.indexOf('|');
        String one = bar < 0 ? forms : forms.substring(0, bar);
        String other = bar < 0 ? forms : forms.substring(bar + 1);
        String form = isOne(count) ? one : other;
        int hash = form.indexOf('#');
        return hash < 0 ? form : form.substring(0, hash) + f.format(count) + form.substring(hash + 1);
    }

    private static boolean isOne(Object count) {
        if (count instanceof Number n) {
            return n instanceof java.math.BigDecimal d ? d.compareTo(java.math.BigDecimal.ONE) == 0 : n.longValue() == 1 && n.doubleValue() == 1;
        }
        return false;
    }

    private static boolean isName(String s) {
        if (s.isEmpty()) {
            return false;
        }
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (!(c >= '0' && c <= '9' || c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z')) {
                return false;
            }
        }
        return true;
    }

    /** {@return e.g. {@code "Catalog[io.github.albero.validation.messages]"}} */
    @Override
    public String toString() {
        return "Catalog[" + baseName + "]";
    }
}
