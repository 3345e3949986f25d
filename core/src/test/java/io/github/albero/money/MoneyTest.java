package io.github.albero.money;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.albero.InvalidValueException;
import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

class MoneyTest {
    @Test
    void parsesTheItalianAmountsOfTheSeed() {
        assertEquals(new BigDecimal("257143.00"), Money.parse("€ 257.143,00").amount());
        assertEquals(new BigDecimal("0.00"), Money.parse("€ 0,00").amount());
        assertEquals(new BigDecimal("6231.50"), Money.parse("€\u00A06.231,50").amount());
        assertEquals(new BigDecimal("-160238.64"), Money.parse("‐ 160.238,64").amount());
    }

    @Test
    void rejectsGarbageWithTheFieldAndTheValue() {
        InvalidValueException e = assertThrows(InvalidValueException.class, () -> Money.parse("€ 12,3,4"));
        assertEquals("amount", e.field());
        assertTrue(e.getMessage().contains("12,3,4"), e.getMessage());
    }
}
