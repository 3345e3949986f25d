package io.github.albero.period;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;

import io.github.albero.InvalidValueException;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class YearRangeTest {
    @ParameterizedTest
    @ValueSource(strings = {"2016-2018", "2016–2018", "2016‐2018", "2016 - 2018", "2016/2018"})
    void parsesTheHorizonInEveryDashStyle(String text) {
        assertEquals(YearRange.of(2016, 2018), YearRange.parse(text));
    }

    @Test
    void aSingleYearIsARangeOfLengthOne() {
        assertEquals(1, YearRange.parse("2017").length());
        assertEquals("2017", YearRange.of(2017).toString());
    }

    @Test
    void rejectsAnInvertedRangeNamingTheLastYear() {
        InvalidValueException e = assertThrows(InvalidValueException.class, () -> YearRange.of(2018, 2016));
        assertEquals("last", e.field());
        assertEquals("2016", e.value());
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "17", "2016-18", "anno 2017", "1899", "3000-3001"})
    void rejectsWhatIsNotARangeOfPlausibleYears(String text) {
        assertThrows(InvalidValueException.class, () -> YearRange.parse(text));
    }

    @Test
    void containsAndIteratesItsYears() {
        YearRange r = YearRange.of(2016, 2018);
        assertTrue(r.contains(2017));
        assertFalse(r.contains(2019));
        assertTrue(r.contains(YearRange.of(2017, 2018)));
        assertEquals(List.of(2016, 2017, 2018), StreamSupport.stream(r.spliterator(), false).collect(Collectors.toList()));
    }

    @Test
    void parseReadsBackToString() {
        qt().forAll(integers().between(1900, 2999), integers().between(0, 50)).checkAssert((first, len) -> {
            YearRange r = YearRange.of(first, Math.min(2999, first + len));
            assertEquals(r, YearRange.parse(r.toString()));
        });
    }

    @Test
    void aTimeframeKeepsItsLabelAndReadsTheDurationFromIt() {
        Timeframe biennio = Timeframe.of("Biennio");
        assertEquals("Biennio", biennio.label());
        assertEquals(Optional.empty(), biennio.years());
        assertEquals(Optional.of(2), biennio.durationYears());
        assertEquals(Optional.of(3), Timeframe.of("Triennio").durationYears());
        assertEquals(Optional.of(YearRange.of(2017, 2018)), Timeframe.of("2017-2018").years());
        assertEquals(Optional.empty(), Timeframe.of("pluriennale").durationYears());
        assertThrows(InvalidValueException.class, () -> Timeframe.of(" "));
    }
}
