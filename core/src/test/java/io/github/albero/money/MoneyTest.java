package io.github.albero.money;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.longs;
import static org.quicktheories.generators.SourceDSL.integers;

import io.github.albero.InvalidValueException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.quicktheories.core.Gen;

class MoneyTest {
    private static final long MAX_CENTS = 99_999_999_999_999_99L;

    static Gen<Money> money() {
        return longs().between(-MAX_CENTS, MAX_CENTS).map(c -> Money.of(BigDecimal.valueOf(c, 2)));
    }

    @ParameterizedTest(name = "\"{0}\" is {1}")
    @CsvSource(delimiter = '|', value = {
        "€ 257.143,00|257143.00", "€ 0,00|0.00", "€ 5.000,00|5000.00", "€ 6.231,50|6231.50",
        "€ 229.720,66|229720.66", "€ 19.376,81|19376.81", "€ 130.000,00|130000.00",
        "€\u00A06.231,50|6231.50", "‐ 160.238,64|-160238.64", "- € 1,00|-1.00", "257.143,00 €|257143.00",
        "EUR 1.234,56|1234.56", "EUR -27422.34|-27422.34", "1234.56|1234.56", "1.234|1234.00", "12|12.00", "0,5|0.50"})
    void parsesEveryAmountFormatOfTheSeed(String text, String expected) {
        assertEquals(new BigDecimal(expected), Money.parse(text).amount());
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "€", "abc", "€ 12,3,4", "1.23.4", "1,234.56", "€ 1,234", "1e5", "NaN", "12 34", "--1", "€ 0,001"})
    void rejectsGarbageNamingTheFieldAndTheValue(String text) {
        InvalidValueException e = assertThrows(InvalidValueException.class, () -> Money.parse(text));
        assertEquals("amount", e.field());
        assertEquals(text, e.value());
        assertTrue(e.getMessage().startsWith("amount: "), e.getMessage());
    }

    @Test
    void rejectsMoreThanTwoDecimalsInsteadOfRounding() {
        assertThrows(InvalidValueException.class, () -> Money.of(new BigDecimal("1.005")));
        assertEquals(Money.of(new BigDecimal("1.50")), Money.of(new BigDecimal("1.5000")));
    }

    @Test
    void keepsOneZeroWhateverTheScaleOfTheZeroGiven() {
        // resources are mostly zero: every zero read is the same object (the JSON reader relies on it for heap)
        assertTrue(Money.of(new BigDecimal("0")) == Money.ZERO);
        assertTrue(Money.of(new BigDecimal("0.00")) == Money.ZERO);
        assertTrue(Money.of(new BigDecimal("-0.0")) == Money.ZERO);
    }

    @Test
    void rejectsAmountsOfAQuadrillionOrMore() {
        assertThrows(InvalidValueException.class, () -> Money.of(new BigDecimal("1E15")));
        assertThrows(InvalidValueException.class, () -> Money.of(new BigDecimal("1E999999999")));
        assertEquals("EUR 999999999999999.99", Money.of(new BigDecimal("999999999999999.99")).toString());
        InvalidValueException tiny = assertThrows(InvalidValueException.class, () -> Money.of(new BigDecimal("1E-999999999")));
        assertEquals("1E-999999999", tiny.value());
    }

    @Test
    void hasScaleTwoSoEqualityIgnoresTrailingZeros() {
        assertEquals(Money.parse("5000"), Money.parse("5.000,00"));
        assertEquals(Money.parse("5000").hashCode(), Money.parse("5.000,00").hashCode());
        assertNotEquals(Money.parse("5000.01"), Money.parse("5000"));
        assertEquals(2, Money.ofEuros(7).amount().scale());
    }

    @Test
    void formatsInItalianAndPrintsPlainInToString() {
        assertEquals("€ 257.143,00", Money.parse("257143").format());
        assertEquals("-€ 27.422,34", Money.parse("-27422.34").format());
        assertEquals("€ 0,00", Money.ZERO.format());
        assertEquals("EUR 229720.66", Money.parse("€ 229.720,66").toString());
    }

    @Test
    void dividesToAnEmptyResultWhenTheDivisorIsZero() {
        assertTrue(Money.ofEuros(10).divide(Money.ZERO, 4, RoundingMode.HALF_EVEN).isEmpty());
        assertEquals(new BigDecimal("0.8934"),
                Money.parse("229.720,66").divide(Money.parse("257.143,00"), 4, RoundingMode.HALF_EVEN).get());
    }

    @Test
    void sumsExactly() {
        assertEquals(Money.parse("0.30"), Money.sum(List.of(Money.parse("0.10"), Money.parse("0.20"))));
        assertEquals(Money.ZERO, Money.sum(List.of()));
    }

    @Test
    void parseReadsBackBothFormatAndToString() {
        qt().forAll(money()).checkAssert(m -> {
            assertEquals(m, Money.parse(m.format()));
            assertEquals(m, Money.parse(m.toString()));
        });
    }

    @Test
    void additionAndSubtractionAreExactAndInverse() {
        Gen<Money> half = longs().between(-MAX_CENTS / 2, MAX_CENTS / 2).map(c -> Money.of(BigDecimal.valueOf(c, 2)));
        qt().forAll(half, half).checkAssert((a, b) -> {
            assertEquals(a, a.plus(b).minus(b));
            assertEquals(a.plus(b), b.plus(a));
            assertEquals(a.amount().add(b.amount()), a.plus(b).amount());
        });
    }

    @Test
    void orderingAgreesWithTheAmountsAndWithSubtraction() {
        Gen<Money> half = longs().between(-MAX_CENTS / 2, MAX_CENTS / 2).map(c -> Money.of(BigDecimal.valueOf(c, 2)));
        qt().forAll(half, half).checkAssert((a, b) -> {
            assertEquals(Integer.signum(a.compareTo(b)), a.minus(b).signum());
            assertEquals(-Integer.signum(a.compareTo(b)), Integer.signum(b.compareTo(a)));
        });
    }

    @Test
    void negationIsItsOwnInverse() {
        qt().forAll(money(), integers().between(0, 1)).checkAssert((m, ignored) -> assertEquals(m, m.negated().negated()));
    }
}
