package io.github.albero.testkit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.albero.model.Plan;
import io.github.albero.model.PlanKind;
import io.github.albero.model.Result;
import io.github.albero.model.ResultKind;
import io.github.albero.model.Target;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/**
 * The defects on their own; that each one yields exactly its rule's findings is checked by the
 * validation module's tests, which can see the rulebook.
 */
class DefectTest {
    @Test
    void everyDefectHasItsOwnWellFormedRuleCodeAndIsFoundByIt() {
        Set<String> codes = new HashSet<>();
        for (Defect d : Defect.all()) {
            assertTrue(d.ruleCode().matches("ALB-(STR|NUM|TIM|CON|RES|TXT)-\\d{3}"), d.ruleCode());
            assertTrue(codes.add(d.ruleCode()), d.ruleCode() + " twice");
            assertSame(d, Defect.of(d.ruleCode()));
            assertSame(d, Defect.of(" " + d.ruleCode().toLowerCase() + " "));
        }
        assertEquals(List.of(Defect.values()), Defect.all());
        assertEquals("ALB-CON-001 INDICATOR_COUNT_MISMATCH", Defect.INDICATOR_COUNT_MISMATCH.toString());
    }

    @Test
    void anUnknownRuleCodeIsRejectedNamingTheKnownOnes() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> Defect.of("ALB-XYZ-999"));
        assertTrue(e.getMessage().contains("ALB-XYZ-999") && e.getMessage().contains("ALB-STR-001"), e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> Defect.of(null));
    }

    @Test
    void everyDefectChangesTheCleanPlanItIsInjectedInto() {
        for (Defect d : Defect.all()) {
            PlanGenerator clean = Generators.cleanPlans(Size.small()).kind(d.requiredKind().orElse(PlanKind.REPORT));
            int injected = 0;
            for (long seed = 0; seed < 40; seed++) {
                Plan plan = clean.generate(seed);
                Optional<Plan> broken = d.inject(plan, new SplittableRandom(seed));
                if (broken.isPresent()) {
                    injected++;
                    assertNotEquals(plan, broken.get(), d + " seed " + seed);
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
        Defect d = Defect.of("ALB-TIM-005");
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
        assertTrue(e.getMessage().contains("ALB-TXT-002"), e.getMessage());
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
        assertTrue(g.toString().contains("ALB-STR-009"), g.toString());
        assertEquals(Optional.of(Defect.PLAN_EMPTY), g.size(Size.large()).defect());
        assertTrue(g.generate(3L).missions().isEmpty());
    }
}
