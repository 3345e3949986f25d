package io.github.albero.period;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.albero.InvalidValueException;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class MonitoringPeriodTest {
    @Test
    void halvesQuartersAndMonthsHaveTheirCalendarDays() {
        assertEquals("2023-01-01/2023-06-30", MonitoringPeriod.half(2023, 1).toString());
        assertEquals("2023-07-01/2023-12-31", MonitoringPeriod.half(2023, 2).toString());
        assertEquals("2024-01-01/2024-03-31", MonitoringPeriod.quarter(2024, 1).toString());
        assertEquals("2024-02-01/2024-02-29", MonitoringPeriod.month(2024, 2).toString());
        assertEquals(MonitoringPeriod.year(2023), MonitoringPeriod.parse("2023-01-01/2023-12-31"));
    }

    @Test
    void overlappingMeansSharingADay() {
        assertTrue(MonitoringPeriod.half(2023, 1).overlaps(MonitoringPeriod.month(2023, 6)));
        assertFalse(MonitoringPeriod.half(2023, 1).overlaps(MonitoringPeriod.half(2023, 2)));
    }

    @Test
    void aPeriodCrossingTheYearIsRejected() {
        InvalidValueException e = assertThrows(InvalidValueException.class,
                () -> MonitoringPeriod.of(LocalDate.of(2023, 12, 1), LocalDate.of(2024, 1, 31)));
        assertEquals("period.end", e.field());
        assertTrue(e.getMessage().contains("lies within one year"), e.getMessage());
    }

    @Test
    void anEndBeforeTheStartIsRejected() {
        InvalidValueException e = assertThrows(InvalidValueException.class, () -> MonitoringPeriod.parse("2023-06-30/2023-01-01"));
        assertEquals("period.end: must not be before the start 2023-06-30 (got \"2023-01-01\")", e.getMessage());
    }

    @Test
    void anUnreadableIntervalSaysWhatIsExpected() {
        InvalidValueException e = assertThrows(InvalidValueException.class, () -> MonitoringPeriod.parse("30/06/2023"));
        assertTrue(e.getMessage().startsWith("period: expected two ISO days"), e.getMessage());
    }

    @Test
    void onlyTheFormToStringWritesIsParsedSoThatTheJsonReaderAgreesWithTheSchema() {
        // the JSON Schema's pattern refuses spaces and line breaks around the days: so must the reader
        for (String text : new String[] {"2023-01-01/2023-06-30 ", "2023-01-01/2023-06-30\n", " 2023-01-01/2023-06-30",
            "2023-01-01 / 2023-06-30"}) {
            InvalidValueException e = assertThrows(InvalidValueException.class, () -> MonitoringPeriod.parse(text), text);
            assertTrue(e.getMessage().startsWith("period: expected two ISO days"), e.getMessage());
        }
    }
}
