package io.github.albero.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.github.albero.InvalidValueException;
import io.github.albero.measure.Percentage;
import io.github.albero.measure.Quantity;
import io.github.albero.money.Money;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.ResourceBundle;
import java.util.Map;
import org.junit.jupiter.api.Test;

class MessageTest {
    private static final Catalog SAMPLE = Catalog.of("io.github.albero.text.sample", ResourceBundle::getBundle);

    private static Map<String, Object> counts(int errors, int warnings) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("errors", errors);
        m.put("warnings", warnings);
        return m;
    }

    @Test
    void oneIsSingularAndEveryOtherCountPluralInBothLanguages() {
        assertEquals("1 errore, 18 avvisi", SAMPLE.message("summary", counts(1, 18)).render(Locale.ITALIAN));
        assertEquals("1 error, 18 warnings", SAMPLE.message("summary", counts(1, 18)).render(Locale.ENGLISH));
        assertEquals("0 errori, 1 avviso", SAMPLE.message("summary", counts(0, 1)).render(Locale.ITALY));
        assertEquals("0 errors, 1 warning", SAMPLE.message("summary", counts(0, 1)).render(Locale.UK));
        assertEquals("2 errors, 1 warning", SAMPLE.message("summary", counts(2, 1)).toString());
    }

    @Test
    void typedArgumentsAreWrittenInTheLanguageRenderedNotWhenTheMessageIsMade() {
        Message m = SAMPLE.message("spent", Money.of("5000"), Money.of("257143"), Percentage.of(new BigDecimal("98.75")), 2017);
        assertEquals("Speso € 5.000,00 su € 257.143,00 (98,75%) nel 2017", m.render(Locale.ITALIAN));
        assertEquals("Spent € 5,000.00 of € 257,143.00 (98.75%) in 2017", m.render(Locale.ENGLISH));
        assertEquals("Spent EUR 5000.00 of EUR 257143.00 (98.75%) in 2017", m.toString());
        assertEquals(Money.of("5000"), m.arguments().get(0), "the argument keeps its type");
    }

    @Test
    void otherLanguagesGetEnglishAndTheDefaultLocaleIsNeverConsulted() {
        Locale before = Locale.getDefault();
        try {
            Locale.setDefault(Locale.ITALIAN);
            assertEquals("1 error, 2 warnings", SAMPLE.message("summary", counts(1, 2)).render(Locale.GERMAN));
            assertEquals("1 error, 2 warnings", SAMPLE.message("summary", counts(1, 2)).render(Locale.ROOT));
        } finally {
            Locale.setDefault(before);
        }
    }

    @Test
    void apostrophesAndBracesThatAreNoPlaceholderArePlainTextAndMissingArgumentsStayAsWritten() {
        Message m = SAMPLE.message("quoted", Map.of("name", "n.d."));
        assertEquals("Il \"n.d.\" non c'è {missing}; le graffe {come queste} e [{0}; {1}] restano", m.render(Locale.ITALIAN));
        assertEquals("[4.5; 8]", Catalog.fill("[{0}; {1}]", Formatter.canonical(), n -> Catalog.argument(new Object[] {new BigDecimal("4.50"), 8}, n)));
    }

    @Test
    void nestedMessagesRenderInTheSameLanguage() {
        Message inner = SAMPLE.message("summary", counts(1, 1));
        assertEquals("Nota: 1 errore, 1 avviso", SAMPLE.message("nested", inner).render(Locale.ITALIAN));
        assertEquals("Note: 1 error, 1 warning", SAMPLE.message("nested", inner).render(Locale.ENGLISH));
    }

    @Test
    void messagesAreEqualByCatalogKeyAndArguments() {
        assertEquals(SAMPLE.message("nested", 1), Catalog.of("io.github.albero.text.sample", ResourceBundle::getBundle).message("nested", 1));
        assertEquals(SAMPLE.message("nested", 1).hashCode(), SAMPLE.message("nested", 1).hashCode());
        assertNotEquals(SAMPLE.message("nested", 1), SAMPLE.message("nested", 2));
    }

    @Test
    void anUnknownKeyIsAProgrammingErrorNamedInTheException() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> SAMPLE.message("nope").render(Locale.ENGLISH));
        assertEquals("no message nope in io.github.albero.text.sample", e.getMessage());
        assertThrows(InvalidValueException.class, () -> SAMPLE.message(" "));
        assertThrows(InvalidValueException.class, () -> Formatter.of(null));
    }

    @Test
    void eachNotationWritesEveryValueType() {
        Formatter it = Formatter.of(Locale.ITALIAN);
        Formatter en = Formatter.of(Locale.ENGLISH);
        Formatter c = Formatter.canonical();
        BigDecimal n = new BigDecimal("-1234567.50");
        assertEquals("-1.234.567,5", it.number(n));
        assertEquals("-1,234,567.5", en.number(n));
        assertEquals("-1234567.5", c.number(n));
        assertEquals("-1.234.567,50", it.decimal(n));
        assertEquals("-€ 27.422,34", it.money(Money.of("-27422.34")));
        assertEquals("-€ 27,422.34", en.money(Money.of("-27422.34")));
        assertEquals("EUR -27422.34", c.money(Money.of("-27422.34")));
        assertEquals("2,9 gg", it.quantity(Quantity.parse("2.9 gg")));
        assertEquals("2.9 gg", en.quantity(Quantity.parse("2,9 gg")));
        assertEquals("80%", it.quantity(Quantity.parse("80%")));
        assertEquals("31/12/2017", it.date(LocalDate.of(2017, 12, 31)));
        assertEquals("2017-12-31", c.date(LocalDate.of(2017, 12, 31)));
        assertEquals("2017", it.format(2017), "years are never grouped");
        assertEquals("12345", en.format(12345L), "nor are counts");
        assertEquals("0", it.number(new BigDecimal("0.000")));
        assertEquals("100", en.number(new BigDecimal("1E+2")));
        assertEquals("", it.format(null));
    }
}
