package io.github.albero.measure;

import io.github.albero.internal.Problems;
import io.github.albero.InvalidValueException;
import io.github.albero.internal.Strings;
import java.io.Serializable;
import java.util.Locale;
import java.util.Map;

/**
 * A unit of measure of a target or result value (<i>unità di misura</i>), by its short symbol.
 *
 * <p>Known units have a canonical symbol and accept the aliases met in documents:
 * {@link #PERCENT} ({@code %}), {@link #PER_MILLE} ({@code ‰}, "per mille"), {@link #DAYS}
 * ({@code gg}, "giorni"), {@link #HOURS} ({@code h}, "ore"), {@link #COUNT}
 * ({@code n}, "n.", "nr", "numero"), {@link #EURO} ({@code EUR}, "€", "euro") and
 * {@link #SCORE} ({@code score}, "punteggio"). Any other symbol is kept as given, so that
 * no document is rejected for an unusual unit.
 *
 * <p>Immutable and thread-safe. Arguments must not be null; no method returns null (an absent
 * value is an empty {@code Optional}).
 */
public final class Unit implements Serializable {
    private static final long serialVersionUID = 1L;
    private static final int MAX_LENGTH = 40;

    /** Percentage points. */
    public static final Unit PERCENT = new Unit("%");
    /** Per mille (<i>per mille</i>, "‰"): tenths of a percentage point, never read as a count. */
    public static final Unit PER_MILLE = new Unit("‰");
    /** Hours (<i>ore</i>, "h"). */
    public static final Unit HOURS = new Unit("h");
    /** Days (<i>giorni</i>, "gg"). */
    public static final Unit DAYS = new Unit("gg");
    /** A count of things ("n."). */
    public static final Unit COUNT = new Unit("n");
    /** Euros. */
    public static final Unit EURO = new Unit("EUR");
    /** A score on a scale, such as a customer-satisfaction mark from 1 to 5. */
    public static final Unit SCORE = new Unit("score");

    private static final Map<String, Unit> ALIASES = Map.ofEntries(
            Map.entry("%", PERCENT), Map.entry("percentuale", PERCENT),
            Map.entry("‰", PER_MILLE), Map.entry("per mille", PER_MILLE), Map.entry("permille", PER_MILLE),
            Map.entry("h", HOURS), Map.entry("ore", HOURS), Map.entry("ora", HOURS), Map.entry("hours", HOURS),
            Map.entry("gg", DAYS), Map.entry("gg.", DAYS), Map.entry("giorni", DAYS), Map.entry("days", DAYS),
            Map.entry("n", COUNT), Map.entry("n.", COUNT), Map.entry("nr", COUNT), Map.entry("nr.", COUNT),
            Map.entry("numero", COUNT),
            Map.entry("eur", EURO), Map.entry("€", EURO), Map.entry("euro", EURO),
            Map.entry("score", SCORE), Map.entry("punteggio", SCORE));

    private final String symbol;

    private Unit(String symbol) {
        this.symbol = symbol;
    }

    /**
     * Returns the unit with this symbol, mapping known aliases to their canonical unit.
     *
     * @param symbol e.g. {@code "gg"}, {@code "%"}, {@code "eventi"}
     * @return the unit
     * @throws InvalidValueException when blank or longer than 40 characters
     */
    public static Unit of(String symbol) {
        if (symbol == null) {
            throw new InvalidValueException("unit", null, Problems.of("required"));
        }
        // the white space of every JSON Schema validator too: a unit of a lone U+FEFF or U+0085 is blank
        String s = Strings.strip(symbol);
        if (s.isEmpty() || s.length() > MAX_LENGTH) {
            throw new InvalidValueException("unit", symbol, Problems.of("lengthUpTo", MAX_LENGTH));
        }
        return ALIASES.getOrDefault(s.toLowerCase(Locale.ROOT), new Unit(s));
    }

    /** {@return the canonical symbol, e.g. {@code "gg"}} */
    public String symbol() {
        return symbol;
    }

    /**
     * {@return true when values in the two units can be compared directly}
     *
     * @param other another unit
     */
    public boolean isCompatibleWith(Unit other) {
        return symbol.equalsIgnoreCase(other.symbol);
    }

    /** {@return true when {@code o} is an {@code Unit} equal to this one} */
    @Override
    public boolean equals(Object o) {
        return o instanceof Unit other && other.symbol.equals(symbol);
    }

    /** {@return a hash code consistent with {@link #equals(Object)}} */
    @Override
    public int hashCode() {
        return symbol.hashCode();
    }

    /** {@return the symbol} */
    @Override
    public String toString() {
        return symbol;
    }
}
