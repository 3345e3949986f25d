package io.github.albero.json;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.albero.measure.Quantity;
import io.github.albero.measure.Unit;
import io.github.albero.measure.Weight;
import io.github.albero.model.Baseline;
import io.github.albero.model.Indicator;
import io.github.albero.model.Plan;
import io.github.albero.model.Result;
import io.github.albero.model.ResultReading;
import io.github.albero.model.Target;
import io.github.albero.model.TargetReading;
import io.github.albero.period.YearRange;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * Plans built in Java with unusual but valid values write and read back equal, with the same
 * bytes on a second write; a plan the format cannot express fails on writing, saying why.
 */
class UnusualPlansRoundTripTest {
    /** {@return the full sample plan with this indicator in place of its objective's} */
    private static Plan with(Indicator indicator) {
        Plan full = SamplePlans.full();
        var mission = full.missions().get(0);
        var program = mission.programs().get(0);
        return full.withMissions(List.of(mission.withPrograms(List.of(program.withObjectives(List.of(
                SamplePlans.objective().withIndicators(List.of(indicator))))))));
    }

    private static void assertRoundTrip(Plan plan) {
        String written = AlberoJson.write(plan);
        assertEquals(plan, AlberoJson.read(written));
        assertEquals(plan, AlberoJson.read(AlberoJson.writePretty(plan)));
        byte[] bytes = AlberoJson.writeBytes(plan);
        assertArrayEquals(written.getBytes(StandardCharsets.UTF_8), bytes);
        assertArrayEquals(bytes, AlberoJson.writeBytes(AlberoJson.read(bytes)), "a second write gives the same bytes");
    }

    @Test
    void textsOfEveryKindOfCharacterComeBackAsWritten() {
        for (String title : List.of("famiglia 👨‍👩‍👧 e albero 🌳", "perche\u0301 combinato", "\u00a0spazi\u202finsecabili\u00a0",
                "Anagrafico\u2010certificativa \u2011 \u2013 \u2014", "riga\u2028separata\u2029paragrafo", "\u202eda destra",
                "tab\te a capo\r\n", "nul\u0000dentro", "\"virgolette\" e \\barra", "</script><!--", "x".repeat(1_000_000))) {
            assertRoundTrip(SamplePlans.full().withTitle(title));
        }
    }

    @Test
    void numbersAtTheEdgesOfTheFormatComeBackExactly() {
        for (String value : List.of("999999999999999.999999", "-999999999999999.999999", "0.000001", "-0.000001", "123456789.123456",
                "1E+3", "0.1000000", "0")) {
            BigDecimal v = new BigDecimal(value);
            Indicator i = SamplePlans.numericIndicator()
                    .withWeight(Optional.of(Weight.of(v.abs())))
                    .withBaseline(Optional.of(Baseline.builder().value(Quantity.of(v, Unit.COUNT)).build()))
                    .withTargets(Map.of(2017, Target.of("t", Optional.of(TargetReading.between(v, v.abs(), Unit.of("€/ab."))))))
                    .withResults(Map.of(2017, Result.of("r", ResultReading.number(Quantity.of(v, Unit.COUNT)))));
            assertRoundTrip(with(i));
        }
        assertRoundTrip(SamplePlans.full()); // money 999999999999999.99 and 0.10 among its amounts
    }

    @Test
    void yearsAndDaysAtTheBoundsAndEmptyOptionalPartsComeBack() {
        assertRoundTrip(SamplePlans.minimal().withHorizon(YearRange.of(1900, 2999)).withReferenceYear(2999));
        assertRoundTrip(with(SamplePlans.numericIndicator()
                .withTargets(Map.of(1900, Target.of("almeno 2"), 2999, Target.of("entro il 2999", Optional.of(
                        TargetReading.deadline(LocalDate.of(9999, 12, 31)))), 2000, Target.of("nessuna lettura", Optional.empty())))
                .withResults(Map.of(1900, Result.of("fatto", ResultReading.date(LocalDate.of(0, 2, 29))), 2999, Result.builder().text("?").build()))
                .withNotes(List.of())));
    }

    @Test
    void aDayTheFormatCannotWriteFailsOnWritingNamingItsPlace() {
        // LocalDate writes the year 10000 as "+10000": a document no reader of the format reads back
        Plan plan = with(SamplePlans.numericIndicator().withTargets(Map.of(2017, Target.of("entro il 10000", Optional.of(
                TargetReading.deadline(LocalDate.of(10000, 1, 1)))))));
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> AlberoJson.write(plan));
        assertEquals("cannot write /missions/0/programs/0/objectives/0/indicators/0/targets/2017/reading/deadline: the day "
                + "+10000-01-01 has no four-digit year (the format holds the days of the years 0000 to 9999)", e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> AlberoJson.writeBytes(plan));
        IllegalArgumentException mapped = assertThrows(IllegalArgumentException.class, () -> AlberoJson.mapper().writeValueAsString(plan));
        assertTrue(mapped.getMessage().contains("has no four-digit year"), mapped.getMessage());
        Plan bc = with(SamplePlans.numericIndicator().withResults(Map.of(2017, Result.of("fatto", ResultReading.date(LocalDate.of(-5, 1, 1))))));
        assertThrows(IllegalArgumentException.class, () -> AlberoJson.write(bc));
    }
}
