package io.github.albero.testkit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.albero.model.Plan;
import io.github.albero.model.PlanKind;
import io.github.albero.model.Result;
import io.github.albero.model.ResultKind;
import io.github.albero.model.Target;
import java.util.List;
import java.util.Optional;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/**
 * The defects on their own; that each one yields exactly its rule's findings is checked by the
 * validation module's tests, which can see the rulebook.
 */
class DefectTest {
    @Test
    void theDefectsAreListedInTheRulebooksOrder() {
        assertEquals(List.of(Defect.values()), Defect.all());
        assertEquals("INDICATOR_COUNT_MISMATCH", Defect.INDICATOR_COUNT_MISMATCH.toString());
    }

    @Test
    void everyDefectChangesTheCleanPlanItIsInjectedInto() {
        for (Defect d : Defect.all()) {
            PlanGenerator clean = Generators.cleanPlans(Size.small()).kind(d.requiredKind().orElse(PlanKind.REPORT));
            int injected = 0;
            for (long seed = 0; seed < 40; seed++) {
                Plan plan = clean.generate(seed);
                Optional<Injected> broken = d.inject(plan, new SplittableRandom(seed));
                if (broken.isPresent()) {
                    injected++;
                    assertNotEquals(plan, broken.get().plan(), d + " seed " + seed);
                    assertEquals(PlanDiff.changedPath(plan, broken.get().plan()), broken.get().path());
                    assertFalse(broken.get().path().isRoot() && d != Defect.PLAN_EMPTY, d + " seed " + seed + " changed the whole plan");
                }
            }
            assertTrue(injected > 30, d + " found a place in only " + injected + " of 40 small reports");
        }
    }

    @Test
    void theSameSeedGivesTheSameDefectivePlan() {
        for (Defect d : Defect.all()) {
            PlanGenerator g = Generators.plansWith(d);
            assertEquals(g.sample(5L, 5), g.sample(5L, 5), d.toString());
        }
    }

    @Test
    void aDefectOnlyAReportCanShowMakesReportsAndRefusesPlans() {
        Defect d = Defect.RESULT_MISSING_FOR_REFERENCE_YEAR;
        assertEquals(Optional.of(PlanKind.REPORT), d.requiredKind());
        assertTrue(Generators.plansWith(d).sample(1L, 20).stream().allMatch(p -> p.kind() == PlanKind.REPORT));
        assertThrows(IllegalArgumentException.class, () -> Generators.plans(Size.small()).kind(PlanKind.PLAN).withDefect(d));
        assertThrows(IllegalArgumentException.class, () -> Generators.plansWith(d).kind(PlanKind.PLAN));
        Plan plan = Generators.cleanPlans(Size.small()).kind(PlanKind.PLAN).generate(1L);
        assertEquals(Optional.empty(), d.inject(plan, new SplittableRandom(1L)));
    }

    @Test
    void aGeneratorWhosePlansNeverOfferAPlaceFailsNamingTheDefect() {
        // a one-year plan has no year before its reference year, so no result to make unreadable
        PlanGenerator never = Generators.plans(Size.small().years(1, 1)).kind(PlanKind.PLAN).withDefect(Defect.RESULT_TEXT_UNREAD);
        IllegalStateException e = assertThrows(IllegalStateException.class, () -> never.generate(1L));
        assertTrue(e.getMessage().contains("RESULT_TEXT_UNREAD"), e.getMessage());
    }

    @Test
    void theReplacementTextsReadAsTheDefectsNeed() {
        for (String t : Injections.UNREADABLE_TARGETS) {
            assertEquals(Optional.empty(), Target.parse(t).reading(), t);
        }
        for (String t : Injections.UNREADABLE_RESULTS) {
            assertEquals(Optional.empty(), Result.parse(t).reading(), t);
        }
        for (String t : Injections.STATUS_RESULTS) {
            assertEquals(ResultKind.STATUS, Result.parse(t).reading().get().kind(), t);
        }
    }

    @Test
    void aDefectiveGeneratorSaysWhatItInjects() {
        PlanGenerator g = Generators.plansWith(Defect.PLAN_EMPTY, Size.small());
        assertTrue(g.isClean());
        assertEquals(Optional.of(Defect.PLAN_EMPTY), g.defect());
        assertTrue(g.toString().contains("PLAN_EMPTY"), g.toString());
        assertEquals(Optional.of(Defect.PLAN_EMPTY), g.size(Size.large()).defect());
        assertTrue(g.generate(3L).missions().isEmpty());
    }
}

class DefectPathTest {
    @Test
    void aDefectReportsTheDeepestNodeItChanged() {
        Plan plan = Fixtures.minimalPlan();
        Injected i = Defect.TARGET_TEXT_UNREAD.inject(plan, new SplittableRandom(1L)).orElseThrow();
        assertTrue(i.path().toString().matches("missions\\[011\\]\\.programs\\[005\\]\\.objectives\\[011-005-001\\]"
                + "\\.indicators\\[0\\]\\.targets\\[201[678]\\]"), i.path().toString());
        Injected count = Defect.INDICATOR_COUNT_MISMATCH.inject(plan, new SplittableRandom(1L)).orElseThrow();
        assertEquals("missions[011].programs[005].objectives[011-005-001].declaredIndicatorCount", count.path().toString());
        Injected mission = Defect.MISSION_UNKNOWN.inject(plan, new SplittableRandom(1L)).orElseThrow();
        assertTrue(mission.path().toString().matches("missions\\[\\d{3}\\]"), mission.path().toString());
    }

    @Test
    void theInjectionsGeneratorGivesThePlansOfTheSameSeed() {
        PlanGenerator g = Generators.plansWith(Defect.WEIGHT_ZERO, Size.small());
        assertEquals(g.generate(9L), g.injections().generate(9L).plan());
        assertThrows(IllegalStateException.class, () -> Generators.cleanPlans(Size.small()).injections());
    }
}
