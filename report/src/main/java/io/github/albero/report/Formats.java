package io.github.albero.report;

import io.github.albero.measure.Percentage;
import io.github.albero.money.Money;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Number formats of the reports (<i>formati numerici</i>): Italian {@code 1.234,56} and
 * {@code 4,1%}, or English {@code 1,234.56} and {@code 4.1%}. Values are formatted from their
 * exact {@link BigDecimal}, never through a double.
 */
final class Formats {
    // an Italian number as a validation message writes it: 1.234,56 or 66,67 (a comma between digits)
    private static final Pattern ITALIAN_NUMBER = Pattern.compile("(?<![\\d.,])\\d{1,3}(?:\\.\\d{3})*,\\d+(?![\\d,])"
            + "|(?<![\\d.,])\\d{1,3}(?:\\.\\d{3})+(?![\\d,.])");

    private final Locale locale;
    private final DecimalFormat money;
    private final DecimalFormat percent;

    private Formats(Locale locale) {
        this.locale = locale;
        DecimalFormatSymbols symbols = new DecimalFormatSymbols(Locale.ROOT);
        boolean italian = "it".equals(locale.getLanguage());
        symbols.setDecimalSeparator(italian ? ',' : '.');
        symbols.setGroupingSeparator(italian ? '.' : ',');
        symbols.setMinusSign('-');
        this.money = new DecimalFormat("#,##0.00", symbols);
        this.money.setRoundingMode(RoundingMode.UNNECESSARY);
        this.percent = new DecimalFormat("#,##0.##", symbols);
        this.percent.setRoundingMode(RoundingMode.HALF_EVEN);
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
        return "it".equals(locale.getLanguage());
    }

    /**
     * {@return e.g. {@code 257.143,00} or {@code -27.422,34} (Italian)}
     *
     * @param m an amount
     */
    String amount(Money m) {
        return money.format(m.amount());
    }

    /**
     * {@return e.g. {@code € 257.143,00} or {@code -€ 27.422,34} (Italian)}
     *
     * @param m an amount
     */
    String euros(Money m) {
        return (m.isNegative() ? "-€ " : "€ ") + money.format(m.amount().abs());
    }

    /**
     * {@return e.g. {@code 4,1%} or {@code 66,67%} (Italian), at most 2 decimals}
     *
     * @param p a percentage
     */
    String percent(Percentage p) {
        return percent.format(p.points()) + "%";
    }

    /**
     * {@return the number with at most 2 decimals}
     *
     * @param value a number
     */
    String number(BigDecimal value) {
        return percent.format(value);
    }

    /**
     * Rewrites the Italian numbers of a validation message ({@code € 5.000,00}) for this locale.
     * Quoted document text is left as it is. Achievement explanations need no rewriting: they
     * render in the locale themselves ({@code Explanation.render(Locale)}).
     *
     * @param text a message whose numbers are written in Italian
     * @return the text with this locale's numbers
     */
    String localizeNumbers(String text) {
        if (italian()) {
            return text;
        }
        StringBuilder out = new StringBuilder();
        boolean quoted = false;
        int start = 0;
        for (int i = 0; i <= text.length(); i++) {
            if (i == text.length() || text.charAt(i) == '"') {
                String part = text.substring(start, i);
                out.append(quoted ? part : rewrite(part));
                if (i < text.length()) {
                    out.append('"');
                }
                quoted = !quoted;
                start = i + 1;
            }
        }
        return out.toString();
    }

    private String rewrite(String part) {
        Matcher m = ITALIAN_NUMBER.matcher(part);
        StringBuilder sb = new StringBuilder();
        while (m.find()) {
            BigDecimal value = new BigDecimal(m.group().replace(".", "").replace(',', '.'));
            String decimals = m.group().contains(",") ? m.group().substring(m.group().indexOf(',') + 1) : "";
            DecimalFormat f = (DecimalFormat) percent.clone();
            f.setMinimumFractionDigits(decimals.length());
            f.setMaximumFractionDigits(decimals.length());
            m.appendReplacement(sb, Matcher.quoteReplacement(f.format(value)));
        }
        m.appendTail(sb);
        return sb.toString();
    }
}
