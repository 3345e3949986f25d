package io.github.albero.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.albero.InvalidValueException;
import io.github.albero.period.MonitoringPeriod;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class TargetRevisionTest {
    private static final TargetRevision JULY = TargetRevision.builder().from(TargetRevision.parse(LocalDate.of(2023, 7, 15), "almeno 3 eventi"))
            .reason("minori risorse assegnate").act("delibera di Giunta n. 45 del 15/07/2023").build();
    private static final TargetRevision OCTOBER = TargetRevision.parse(LocalDate.of(2023, 10, 2), "almeno 4 eventi");
    private static final Target REVISED = Target.builder().from(Target.parse("almeno 5 eventi")).addRevisions(JULY, OCTOBER).build();

    @Test
    void theTargetInForceIsTheLatestRevisionOnOrBeforeTheDay() {
        assertEquals("almeno 4 eventi", REVISED.inForce(LocalDate.of(2023, 12, 31)).target().text());
        TargetInForce september = REVISED.inForce(LocalDate.of(2023, 9, 30));
        assertEquals("almeno 3 eventi", september.target().text());
        assertEquals(JULY, september.revision().get());
        assertEquals(1, september.laterRevisions());
        assertEquals("almeno 3 eventi", REVISED.inForce(LocalDate.of(2023, 7, 15)).target().text());
    }

    @Test
    void beforeAnyRevisionTheOriginalIsInForce() {
        TargetInForce june = REVISED.inForce(LocalDate.of(2023, 6, 30));
        assertFalse(june.revised());
        assertEquals(Target.parse("almeno 5 eventi"), june.target());
        assertEquals(2, june.laterRevisions());
    }

    @Test
    void theOriginalIsKeptBesideItsRevisions() {
        assertEquals("almeno 5 eventi", REVISED.text());
        assertTrue(REVISED.toString().endsWith("revised 2 times"), REVISED.toString());
    }

    @Test
    void revisionsOutOfOrderAreRejectedNamingThePlace() {
        InvalidValueException e = assertThrows(InvalidValueException.class,
                () -> Target.builder().from(Target.parse("almeno 5 eventi")).addRevisions(OCTOBER, JULY).build());
        assertEquals("revisions[1].date", e.field());
        assertEquals("revisions[1].date: must be after the previous revision's date 2023-10-02: revisions are listed in the order"
                + " they were adopted (got \"2023-07-15\")", e.getMessage());
    }

    @Test
    void aPeriodsOwnTargetWinsOverTheYearlyOneAtTheEndOfThatPeriod() {
        Indicator i = Indicator.builder().name("Eventi").polarity(Polarity.HIGHER_IS_BETTER).putTargets(2023, REVISED)
                .putMonitoring(2023, Monitoring.builder().year(2023).addPeriods(PeriodResult.builder()
                        .period(MonitoringPeriod.half(2023, 1)).result(Result.parse("n. 1")).target(Target.parse("almeno 2 eventi")).build()).build())
                .build();
        TargetInForce june = i.targetAsOf(LocalDate.of(2023, 6, 30)).get();
        assertEquals("almeno 2 eventi", june.target().text());
        assertEquals(MonitoringPeriod.half(2023, 1), june.period().get());
        assertEquals("almeno 4 eventi", i.targetAsOf(LocalDate.of(2023, 12, 31)).get().target().text());
        assertEquals("almeno 5 eventi", i.targetAsOf(LocalDate.of(2023, 5, 31)).get().target().text());
        assertEquals("almeno 3 eventi", i.targetAsOf(LocalDate.of(2023, 9, 30)).get().target().text());
    }
}
