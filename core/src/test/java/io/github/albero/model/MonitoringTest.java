package io.github.albero.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;

import io.github.albero.InvalidValueException;
import io.github.albero.measure.Ratio;
import io.github.albero.period.MonitoringPeriod;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.quicktheories.generators.SourceDSL;

class MonitoringTest {
    private static final LocalDate END = LocalDate.of(2023, 12, 31);
    private static final LocalDate JUNE = LocalDate.of(2023, 6, 30);
    private static final RatioDefinition FILES = RatioDefinition.of("pratiche evase entro 5 giorni", "pratiche ricevute");

    private static PeriodResult quarter(int q, String result) {
        return PeriodResult.of(MonitoringPeriod.quarter(2023, q), Result.parse(result));
    }

    private static Monitoring quarters(String... results) {
        Monitoring.Builder b = Monitoring.builder().year(2023);
        for (int i = 0; i < results.length; i++) {
            b.addPeriods(quarter(i + 1, results[i]));
        }
        return b.build();
    }

    @Test
    void theYearFollowsFromTheQuartersByLastSumOrMean() {
        Monitoring m = quarters("n. 2", "n. 3", "n. 1", "n. 4");
        assertEquals("n. 4", m.derive(PeriodAggregation.LAST, Optional.empty(), END).get().text());
        assertEquals("10 n", m.derive(PeriodAggregation.SUM, Optional.empty(), END).get().text());
        // (2 + 3 + 1 + 4) / 4 = 2.5
        assertEquals("2.5 n", m.derive(PeriodAggregation.MEAN, Optional.empty(), END).get().text());
    }

    @Test
    void asOfThirtyJuneOnlyTheFirstHalfCounts() {
        Monitoring m = quarters("n. 2", "n. 3", "n. 1", "n. 4");
        assertEquals("5 n", m.derive(PeriodAggregation.SUM, Optional.empty(), JUNE).get().text());
        assertEquals("n. 3", m.derive(PeriodAggregation.LAST, Optional.empty(), JUNE).get().text());
        assertEquals(Optional.empty(), m.derive(PeriodAggregation.SUM, Optional.empty(), LocalDate.of(2023, 3, 30)));
    }

    @Test
    void aMeanThatDoesNotTerminateIsRoundedToSixDecimals() {
        // (1 + 1 + 2) / 3 = 1.333333…
        assertEquals("1.333333", quarters("1", "1", "2").derive(PeriodAggregation.MEAN, Optional.empty(), END).get().text());
    }

    @Test
    void ratioPeriodsAddTheirPartsUnderSumAndMean() {
        Monitoring m = Monitoring.builder().year(2023)
                .addPeriods(PeriodResult.of(MonitoringPeriod.half(2023, 1), Result.ofParts(Ratio.of(1, 2), RatioScale.PERCENT)))
                .addPeriods(PeriodResult.of(MonitoringPeriod.half(2023, 2), Result.ofParts(Ratio.of(99, 100), RatioScale.PERCENT)))
                .build();
        Result sum = m.derive(PeriodAggregation.SUM, Optional.of(FILES), END).get();
        assertEquals(Optional.of(Ratio.of(100, 102)), sum.parts());
        assertEquals("98,039216 % (100/102)", sum.text());
        assertEquals(sum, m.derive(PeriodAggregation.MEAN, Optional.of(FILES), END).get());
        assertEquals("99 % (99/100)", m.derive(PeriodAggregation.LAST, Optional.of(FILES), END).get().text());
    }

    @Test
    void percentagesCannotBeSummedNorUnitsMixed() {
        assertEquals(Optional.empty(), quarters("40%", "60%").derive(PeriodAggregation.SUM, Optional.empty(), END));
        assertEquals("50%", quarters("40%", "60%").derive(PeriodAggregation.MEAN, Optional.empty(), END).get().text());
        assertEquals(Optional.empty(), quarters("3 gg", "n. 2").derive(PeriodAggregation.SUM, Optional.empty(), END));
    }

    @Test
    void nothingReportedAndMissingResultsAreSkipped() {
        Monitoring m = Monitoring.builder().year(2023).addPeriods(quarter(1, "n. 2"), quarter(2, "_____"))
                .addPeriods(PeriodResult.builder().period(MonitoringPeriod.quarter(2023, 3)).status(ReportingStatus.PROVISIONAL).build())
                .build();
        assertEquals("n. 2", m.derive(PeriodAggregation.LAST, Optional.empty(), END).get().text());
        assertFalse(m.settled());
    }

    @Test
    void aFinalCompleteYearIsSettled() {
        assertTrue(quarters("1", "2").settled());
        Monitoring partial = Monitoring.builder().year(2023).addPeriods(PeriodResult.builder().from(quarter(1, "1"))
                .completeness(Completeness.PARTIAL).build()).build();
        assertFalse(partial.settled());
    }

    @Test
    void overlappingPeriodsAreRejectedNamingThem() {
        InvalidValueException e = assertThrows(InvalidValueException.class, () -> Monitoring.builder().year(2023)
                .addPeriods(PeriodResult.of(MonitoringPeriod.half(2023, 1), Result.parse("1")), quarter(2, "2")).build());
        assertEquals("periods[1].period", e.field());
        assertEquals("periods[1].period: overlaps the period 2023-01-01/2023-06-30: each day belongs to one period"
                + " (got \"2023-04-01/2023-06-30\")", e.getMessage());
    }

    @Test
    void aPeriodOutsideTheYearIsRejectedNamingIt() {
        InvalidValueException e = assertThrows(InvalidValueException.class, () -> Monitoring.builder().year(2023)
                .addPeriods(quarter(1, "1"), PeriodResult.of(MonitoringPeriod.quarter(2024, 1), Result.parse("1"))).build());
        assertEquals("periods[1].period: lies outside the year 2023 (got \"2024-01-01/2024-03-31\")", e.getMessage());
    }

    @Test
    void theOrderOfPeriodsIsIrrelevant() {
        List<String> values = List.of("n. 2", "n. 3", "n. 1", "n. 4");
        Monitoring ordered = quarters(values.toArray(String[]::new));
        qt().forAll(SourceDSL.longs().all()).checkAssert(seed -> {
            List<PeriodResult> shuffled = new ArrayList<>(ordered.periods());
            Collections.shuffle(shuffled, new Random(seed));
            Monitoring m = Monitoring.builder().year(2023).addAllPeriods(shuffled).build();
            assertEquals(ordered, m);
            for (PeriodAggregation how : PeriodAggregation.values()) {
                assertEquals(ordered.derive(how, Optional.empty(), END), m.derive(how, Optional.empty(), END));
                assertEquals(ordered.derive(how, Optional.empty(), JUNE), m.derive(how, Optional.empty(), JUNE));
            }
        });
    }
}
