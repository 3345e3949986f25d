package io.github.albero.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.albero.model.Plan;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class PlanLineTest {
    private static final Plan PLAN = SamplePlans.full();
    private static final AlberoJsonException ERROR = AlberoJson.strict().readLine(3, "{}".getBytes()).error().orElseThrow();

    @Test
    void aLineHoldsEitherAPlanOrAnError() {
        IllegalArgumentException both = assertThrows(IllegalArgumentException.class,
                () -> new PlanLine(3, 2, Optional.of(PLAN), Optional.of(ERROR)));
        assertTrue(both.getMessage().startsWith("line 3: a line holds either a plan or an error"), both.getMessage());
        assertThrows(IllegalArgumentException.class, () -> new PlanLine(3, 2, Optional.empty(), Optional.empty()));
        assertThrows(IllegalArgumentException.class, () -> new PlanLine(3, 2, null, Optional.of(ERROR)));
        assertThrows(IllegalArgumentException.class, () -> PlanLine.of(3, 2, null));
        assertThrows(IllegalArgumentException.class, () -> PlanLine.failed(3, 2, null));
    }

    @Test
    void aFailedLineSaysItsLineNumberAndError() {
        PlanLine failed = PlanLine.failed(3, 2, ERROR);
        assertFalse(failed.isPlan());
        assertEquals(3, failed.error().orElseThrow().line());
        assertEquals("line 3: " + ERROR.getMessage(), failed.toString());
        assertTrue(PlanLine.of(1, 2, PLAN).isPlan());
    }
}
