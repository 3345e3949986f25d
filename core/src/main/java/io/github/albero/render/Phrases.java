package io.github.albero.render;

import io.github.albero.internal.Numbers;
import io.github.albero.measure.Percentage;
import io.github.albero.measure.Unit;
import java.math.BigDecimal;
import io.github.albero.text.Catalog;
import java.util.ResourceBundle;
import io.github.albero.text.Formatter;
import java.util.Locale;

/**
 * The English and Italian phrases of explanations and rendered trees (<i>frasi</i>), from
 * {@code phrases.properties} and {@code phrases_it.properties} beside this class through the one
 * {@link Catalog} mechanism, with the number notation of a {@link Formatter}.
 *
 * <p>Three renderings: {@link #TEXT} (English words, canonical numbers {@code 1234.5} and
 * {@code 4.1%}: the form of every {@code toString} of the library), and {@link #of(Locale)}:
 * Italian words and numbers ({@code 1.234,56}, {@code 4,1%}) for an Italian locale, English words
 * and numbers ({@code 1,234.56}, {@code 4.1%}) otherwise.
 */
final class Phrases {
    static final Catalog CATALOG = Catalog.of("io.github.albero.render.achievement", ResourceBundle::getBundle);
    /** The phrases of summaries, flat views, variance tables and indicator changes. */
    static final Catalog VIEWS = Catalog.of("io.github.albero.render.views", ResourceBundle::getBundle);
    /** The phrases of variance trees. */
    static final Catalog VARIANCE = Catalog.of("io.github.albero.render.variance", ResourceBundle::getBundle);

    /** English words, canonical numbers: {@link Render#canonical()}. */
    static final Phrases TEXT = new Phrases(Formatter.canonical());
    private static final Phrases ENGLISH = new Phrases(Formatter.of(Locale.ENGLISH));
    private static final Phrases ITALIAN = new Phrases(Formatter.of(Locale.ITALIAN));

    private final Formatter f;

    private Phrases(Formatter f) {
        this.f = f;
    }

    /**
     * {@return Italian for an Italian-language locale, English otherwise}
     *
     * @param locale a locale, not null
     */
    static Phrases of(Locale locale) {
        if (locale == null) {
            throw new io.github.albero.InvalidValueException("locale", null, io.github.albero.internal.Problems.of("required"));
        }
        return Formatter.isItalian(locale) ? ITALIAN : ENGLISH;
    }

    /**
     * {@return the phrase}
     *
     * @param key a phrase key
     * @param args the values of its {@code {0}}, {@code {1}}, … placeholders, already formatted
     */
    String get(String key, Object... args) {
        return CATALOG.message(key, args).render(f);
    }

    /**
     * {@return the phrase of the views' catalog}
     *
     * @param key a phrase key
     * @param args the values of its placeholders, typed: the notation formats them
     */
    String view(String key, Object... args) {
        return VIEWS.message(key, args).render(f);
    }

    /**
     * {@return the views' phrase split at {@code |}: a table's column headers}
     *
     * @param key a phrase key
     */
    java.util.List<String> views(String key) {
        return java.util.List.of(view(key).split("\\|"));
    }

    /**
     * {@return the phrase of the variance catalog}
     *
     * @param key a phrase key
     * @param args the values of its placeholders, typed: the notation formats them
     */
    String variance(String key, Object... args) {
        return VARIANCE.message(key, args).render(f);
    }

    /** {@return true for the Italian phrases} */
    boolean italian() {
        return f.italian();
    }

    /** {@return the notation of the numbers} */
    Formatter formatter() {
        return f;
    }

    /**
     * {@return it in this notation without trailing zeros, e.g. {@code 1.234,5} or {@code 1,234.5}}
     *
     * @param v a value
     */
    String num(BigDecimal v) {
        return f.number(v);
    }

    /**
     * {@return e.g. {@code 66,67%} or {@code 66.67%}}
     *
     * @param points a value in percentage points
     */
    String pct(BigDecimal points) {
        return num(points) + "%";
    }

    /**
     * {@return e.g. {@code 66,67%} or {@code 66.67%}}
     *
     * @param p a percentage
     */
    String pct(Percentage p) {
        return pct(p.points());
    }

    /**
     * {@return the percentage after the preposition "to" / "a": in Italian with its article
     * ({@code al 100%}, {@code all'80%}, {@code allo 0%}), in English bare}
     *
     * @param points a value in percentage points
     */
    String toPct(BigDecimal points) {
        String p = pct(points);
        if (!f.italian()) {
            return p;
        }
        String integer = Numbers.normalize(points).abs().toBigInteger().toString();
        // the article follows the sound of the number: "otto", "undici", "uno" and "zero" want all' / allo
        if (integer.equals("0")) {
            return "allo " + p;
        }
        if (integer.startsWith("8") || integer.equals("1") || integer.equals("11")) {
            return "all'" + p;
        }
        return "al " + p;
    }

    /**
     * {@return e.g. {@code 2,9 gg}, {@code 80%} or {@code 255.000 EUR}; in {@link #TEXT} as
     * {@link io.github.albero.measure.Quantity#toString()} writes it}
     *
     * @param value a value
     * @param unit its unit, if any
     */
    String quantity(BigDecimal value, java.util.Optional<Unit> unit) {
        return f.quantity(value, unit.orElse(null));
    }
}
