package io.github.albero.report;

import io.github.albero.measure.Percentage;
import io.github.albero.money.Money;
import io.github.albero.text.Formatter;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Locale;

/**
 * Number formats of the reports (<i>formati numerici</i>): core's one {@link Formatter} of the
 * language (Italian {@code 1.234,56} and {@code 4,1%}, or English {@code 1,234.56} and
 * {@code 4.1%}), with percentages and plain numbers shown with at most 2 decimals. Values are
 * formatted from their exact {@link BigDecimal}, never through a double. Messages need no
 * rewriting: their arguments are typed and written in the language they are rendered in.
 */
final class Formats {
    private static final int SHOWN_DECIMALS = 2;

    private final Formatter f;

    private Formats(Locale locale) {
        this.f = Formatter.of(locale);
    }

    /**
     * {@return the formats}
     *
     * @param locale Italian for any Italian locale, English otherwise
     */
    static Formats of(Locale locale) {
        return new Formats(locale);
    }

    /** {@return true for the Italian formats} */
    boolean italian() {
        return f.italian();
    }

    /**
     * {@return e.g. {@code 257.143,00} or {@code -27.422,34} (Italian)}
     *
     * @param m an amount
     */
    String amount(Money m) {
        return f.amount(m);
    }

    /**
     * {@return e.g. {@code € 257.143,00} or {@code -€ 27.422,34} (Italian)}
     *
     * @param m an amount
     */
    String euros(Money m) {
        return f.money(m);
    }

    /**
     * {@return e.g. {@code 4,1%} or {@code 66,67%} (Italian), at most 2 decimals}
     *
     * @param p a percentage
     */
    String percent(Percentage p) {
        return number(p.points()) + "%";
    }

    /**
     * {@return the day, {@code 31/12/2023}}
     *
     * @param d a day
     */
    String date(java.time.LocalDate d) {
        return f.date(d);
    }

    /**
     * {@return the number with at most 2 decimals}
     *
     * @param value a number
     */
    String number(BigDecimal value) {
        return f.number(value.scale() > SHOWN_DECIMALS ? value.setScale(SHOWN_DECIMALS, RoundingMode.HALF_EVEN) : value);
    }
}
