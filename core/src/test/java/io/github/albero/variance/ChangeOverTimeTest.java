package io.github.albero.variance;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.albero.InvalidValueException;
import io.github.albero.measure.Percentage;
import io.github.albero.measure.Quantity;
import io.github.albero.model.Indicator;
import io.github.albero.model.Polarity;
import io.github.albero.model.Result;
import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class ChangeOverTimeTest {
    private static Indicator days(String... results) {
        Indicator.Builder b = Indicator.builder().name("Tempi medi di evasione").polarity(Polarity.LOWER_IS_BETTER);
        for (int i = 0; i < results.length; i++) {
            if (results[i] != null) {
                b.putResults(2014 + i, Result.parse(results[i]));
            }
        }
        return b.build();
    }

    @Test
    void computesYearOverYearChangesExactly() {
        List<Change> changes = ChangeOverTime.yearOverYear(days("3.2 gg", "2.9 gg", "2.9 gg", "4 gg"));
        assertEquals(3, changes.size());
        // 2.9 - 3.2 = -0.3; -0.3 / 3.2 = -9.375 % → -9.38 % (half-even: 9.375 → 9.38, the 7 is odd)
        assertEquals(2014, changes.get(0).fromYear());
        assertEquals(Optional.of(new BigDecimal("-0.3")), changes.get(0).absolute());
        assertEquals(Optional.of(Percentage.of(new BigDecimal("-9.38"))), changes.get(0).relative());
        assertEquals(Optional.of(BigDecimal.ZERO), changes.get(1).absolute());
        assertEquals(Optional.of(Percentage.ZERO), changes.get(1).relative());
        // 4 - 2.9 = 1.1; 1.1 / 2.9 = 37.931… %
        assertEquals(Optional.of(new BigDecimal("1.1")), changes.get(2).absolute());
        assertEquals(Optional.of(Percentage.of(new BigDecimal("37.93"))), changes.get(2).relative());
        assertEquals("2014 → 2015: 3.2 gg → 2.9 gg, -0.3 (-9.38%)", changes.get(0).toString());
    }

    @Test
    void aYearWithoutANumberBreaksTheYearOverYearChain() {
        List<Change> changes = ChangeOverTime.yearOverYear(days("3", "_____", "4", "rinviato"));
        assertEquals(List.of(), changes);
    }

    @Test
    void comparesEveryYearWithABaseYear() {
        List<Change> changes = ChangeOverTime.againstBaseYear(days("4", "_____", "5", "2"), 2014);
        assertEquals(2, changes.size());
        assertEquals(2016, changes.get(0).toYear());
        assertEquals(Optional.of(Percentage.of(25)), changes.get(0).relative());
        assertEquals(Optional.of(Percentage.of(-50)), changes.get(1).relative());
    }

    @Test
    void aZeroBaseGivesNoRelativeChange() {
        Change c = ChangeOverTime.againstBaseYear(days("0", "3"), 2014).get(0);
        assertEquals(Optional.of(new BigDecimal("3")), c.absolute());
        assertEquals(Optional.empty(), c.relative());
        assertEquals("2014 → 2015: 0 → 3, +3 (n/a)", c.toString());
    }

    @Test
    void aNegativeBaseIsComparedByItsMagnitudeSoThatARiseIsPositive() {
        // from -160238.64 to -80119.32: +80119.32, i.e. +50 % of |base|
        Change c = Change.of(2015, Quantity.of(new BigDecimal("-160238.64")), 2016, Quantity.of(new BigDecimal("-80119.32")));
        assertEquals(Optional.of(Percentage.of(50)), c.relative());
    }

    @Test
    void percentagesChangeInPercentagePoints() {
        Change c = ChangeOverTime.yearOverYear(days("80%", "90%")).get(0);
        assertEquals(Optional.of(BigDecimal.TEN), c.absolute());
        assertEquals(Optional.of(Percentage.of(new BigDecimal("12.5"))), c.relative());
    }

    @Test
    void valuesInDifferentUnitsAreNotComparedAndSaySo() {
        Change c = ChangeOverTime.yearOverYear(days("80%", "3 gg")).get(0);
        assertEquals(Optional.empty(), c.absolute());
        assertEquals(Optional.empty(), c.relative());
        assertEquals(Optional.of("units differ: % in 2014, gg in 2015"), c.notComparable());
    }

    @Test
    void rejectsABaseYearWithoutANumericResult() {
        InvalidValueException e = assertThrows(InvalidValueException.class, () -> ChangeOverTime.againstBaseYear(days("3", "_____"), 2015));
        assertEquals("baseYear", e.field());
        assertTrue(e.getMessage().contains("[2014]"), e.getMessage());
    }
}
