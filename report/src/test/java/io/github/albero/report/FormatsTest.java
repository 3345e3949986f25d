package io.github.albero.report;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.github.albero.measure.Percentage;
import io.github.albero.money.Money;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class FormatsTest {
    private final Formats italian = Formats.of(Locale.ITALIAN);
    private final Formats english = Formats.of(Locale.ENGLISH);

    @Test
    void amountsAreFormattedExactlyInEitherNotation() {
        assertEquals("257.143,00", italian.amount(Money.parse("€ 257.143,00")));
        assertEquals("257,143.00", english.amount(Money.parse("€ 257.143,00")));
        assertEquals("-27.422,34", italian.amount(Money.parse("-27422.34")));
        assertEquals("-€ 27.422,34", italian.euros(Money.parse("-27422.34")));
        assertEquals("0,00", italian.amount(Money.ZERO));
        assertEquals("999.999.999.999,99", italian.amount(Money.parse("999999999999.99")));
    }

    @Test
    void percentagesKeepAtMostTwoDecimals() {
        assertEquals("4,1%", italian.percent(Percentage.parse("4,1%")));
        assertEquals("4.1%", english.percent(Percentage.parse("4,1%")));
        assertEquals("-100%", italian.percent(Percentage.of(-100)));
        assertEquals("66,67%", italian.percent(Percentage.parse("66,666%")));
        assertEquals("1.250%", italian.percent(Percentage.of(1250)));
    }

    @Test
    void wrappingKeepsWordsWholeAndCutsOnlyWordsLongerThanTheLine() {
        assertEquals(List.of("uno due", "tre"), Safe.wrap("uno due tre", 7));
        assertEquals(List.of("abcde", "fg h"), Safe.wrap("abcdefg h", 5));
        assertEquals(List.of(""), Safe.wrap("", 5));
        assertEquals(List.of("uno due", "tre qua…"), Safe.wrap("uno due tre quattro cinque", 8, 2));
        assertEquals("RIORGANIZZAZIONE…", Safe.abbreviate("RIORGANIZZAZIONE DELL’ENTE.", 17));
    }
}
