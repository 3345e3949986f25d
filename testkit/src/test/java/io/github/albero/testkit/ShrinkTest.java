package io.github.albero.testkit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.albero.model.Plan;
import java.util.function.Predicate;
import org.junit.jupiter.api.Test;

class ShrinkTest {
    private static final Predicate<Plan> FOUR_INDICATORS = p -> p.indicators().size() >= 4;

    /** Plans of the default size with at least two missions and four indicators spread over several objectives. */
    private static Plan bigPlan(long seed) {
        PlanGenerator g = PlanGenerator.withSize(Size.defaults());
        for (long s = seed; ; s++) {
            Plan p = g.generate(s);
            if (p.missions().size() >= 2 && p.objectives().size() >= 3 && p.indicators().size() >= 6) {
                return p;
            }
        }
    }

    @Test
    void aPropertyAboutFourIndicatorsShrinksToOneMissionOneProgramOneObjectiveAndFourIndicators() {
        for (long seed : new long[] {3L, 42L, 20_261_125L}) {
            Plan big = bigPlan(seed);
            Plan small = Shrink.plan(big, FOUR_INDICATORS);
            String shape = Counterexample.shape(small);
            System.out.println("seed " + seed + ": " + Counterexample.shape(big) + " shrunk to " + shape);
            assertEquals(4, small.indicators().size(), shape);
            assertEquals(1, small.missions().size(), shape);
            assertEquals(1, small.objectives().size(), shape);
            assertTrue(shape.contains(", 1 program,") || shape.contains(", 0 programs,"), shape);
            assertTrue(small.objectives().get(0).operationalObjectives().isEmpty(), shape);
        }
    }

    @Test
    void valuesShrinkAfterTheStructure() {
        Plan big = bigPlan(7L);
        Plan small = Shrink.plan(big, p -> p.indicators().stream().anyMatch(i -> !i.indicator().targets().isEmpty()));
        assertEquals(1, small.indicators().size(), Counterexample.shape(small));
        io.github.albero.model.Indicator left = small.indicators().get(0).indicator();
        assertEquals(1, left.targets().size(), left.toString());
        assertTrue(left.results().isEmpty() && left.baseline().isEmpty() && left.notes().isEmpty(), left.toString());
        assertTrue(small.objectives().get(0).resources().isEmpty(), small.toString());
    }

    @Test
    void aPropertyThatHoldsOnThePlanCannotBeShrunk() {
        Plan plan = bigPlan(1L);
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> Shrink.plan(plan, p -> false));
        assertTrue(e.getMessage().contains("does not fail"), e.getMessage());
    }

    @Test
    void anExceptionThrownByThePropertyCountsAsAFailure() {
        Plan small = Shrink.plan(bigPlan(5L), p -> {
            if (p.indicators().size() >= 2) {
                throw new IllegalStateException("two indicators");
            }
            return false;
        });
        assertEquals(2, small.indicators().size(), Counterexample.shape(small));
    }
}
