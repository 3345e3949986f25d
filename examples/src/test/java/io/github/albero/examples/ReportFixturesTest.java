package io.github.albero.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.albero.model.Plan;
import io.github.albero.testkit.Fixtures;
import org.junit.jupiter.api.Test;

class ReportFixturesTest {
    @Test
    void theRealReportIsATestkitFixtureWhenTheExamplesAreOnTheClassPath() {
        assertTrue(Fixtures.names().contains(ReportFixtures.NAME), Fixtures.names().toString());
        Plan report = Fixtures.named(ReportFixtures.NAME).orElseThrow();
        assertEquals(43, report.indicators().size());
        assertEquals(BundledReport.load(), report);
    }
}
