package io.github.albero.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.github.albero.InvalidValueException;
import io.github.albero.measure.Ratio;
import java.math.BigDecimal;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class BreakdownTest {
    @Test
    void valuePartsAddUpToTheirTotal() {
        Breakdown gender = Breakdown.builder().dimension("genere")
                .addParts(BreakdownPart.of("donne", new BigDecimal("12.50")), BreakdownPart.of("uomini", BigDecimal.valueOf(8))).build();
        assertEquals(Optional.of(new BigDecimal("20.5")), gender.total());
        assertEquals(Optional.empty(), gender.ratioTotal());
        assertEquals("Breakdown[genere: donne 12.5, uomini 8]", gender.toString());
    }

    @Test
    void ratioPartsAddUpPartByPart() {
        Breakdown channel = Breakdown.builder().dimension("canale")
                .addParts(BreakdownPart.of("sportello", Ratio.of(40, 50)), BreakdownPart.of("online", Ratio.of(45, 50))).build();
        assertEquals(Optional.of(Ratio.of(85, 100)), channel.ratioTotal());
        assertEquals(Optional.empty(), channel.total());
    }

    @Test
    void aRepeatedLabelIsRejectedNamingIt() {
        InvalidValueException e = assertThrows(InvalidValueException.class, () -> Breakdown.builder().dimension("genere")
                .addParts(BreakdownPart.of("donne", BigDecimal.ONE), BreakdownPart.of("donne", BigDecimal.TEN)).build());
        assertEquals("parts[1].label: must be unique within the breakdown by genere (got \"donne\")", e.getMessage());
    }

    @Test
    void valuesAndRatiosCannotBeMixed() {
        InvalidValueException e = assertThrows(InvalidValueException.class, () -> Breakdown.builder().dimension("canale")
                .addParts(BreakdownPart.of("sportello", BigDecimal.ONE), BreakdownPart.of("online", Ratio.of(1, 2))).build());
        assertEquals("parts[1]", e.field());
    }

    @Test
    void aPartNeedsAValueOrItsPartsButNotBoth() {
        InvalidValueException e = assertThrows(InvalidValueException.class, () -> BreakdownPart.builder().label("x").build());
        assertEquals("value", e.field());
    }

    @Test
    void aResultListsEachDimensionOnce() {
        Breakdown b = Breakdown.builder().dimension("genere").addParts(BreakdownPart.of("donne", BigDecimal.ONE)).build();
        InvalidValueException e = assertThrows(InvalidValueException.class,
                () -> Result.builder().from(Result.parse("n. 1")).addBreakdowns(b, b).build());
        assertEquals("breakdowns[1].dimension", e.field());
    }
}
