package io.github.albero.testkit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.albero.model.Indicator;
import io.github.albero.model.LocatedIndicator;
import io.github.albero.model.Mission;
import io.github.albero.model.Plan;
import io.github.albero.model.PlanKind;
import io.github.albero.model.Program;
import io.github.albero.model.ResourceLine;
import io.github.albero.model.StrategicObjective;
import io.github.albero.model.YearResources;
import io.github.albero.reference.ReferenceProgram;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The clean profile, seen from the testkit: what the rulebook asks for is there. (The
 * validation module's tests check that its validator finds nothing in these plans.)
 */
class CleanPlansTest {
    @Test
    void cleanPlansAreSoundAndStayWithinTheirKnobs() {
        for (Plan plan : Generators.cleanPlans(Size.small()).sample(3L, 300)) {
            ValidityTest.checkPlan(plan, Size.small());
        }
    }

    @Test
    void cleanPlansStateEverythingTheRulebookAsksFor() {
        List<Plan> plans = new ArrayList<>(Generators.cleanPlans(Size.defaults()).sample(4L, 200));
        plans.addAll(Generators.cleanPlans(Size.exactly(0, 0, 0, 0, 0, 0, 1)).sample(4L, 20));
        for (Plan plan : plans) {
            assertFalse(plan.missions().isEmpty());
            for (Mission m : plan.missions()) {
                assertTrue(ReferenceProgram.missionTitle(m.code()).isPresent(), m.code().value());
                assertFalse(m.programs().isEmpty());
                for (Program p : m.programs()) {
                    ReferenceProgram rp = ReferenceProgram.of(m.code(), p.code()).orElseThrow();
                    assertTrue(rp.matchesTitle(p.title()), p.title());
                    assertFalse(p.objectives().isEmpty());
                    for (StrategicObjective o : p.objectives()) {
                        assertTrue(o.responsibleUnit().isPresent() && o.description().isPresent() && o.timeframe().isPresent());
                        assertTrue(o.allIndicators().findAny().isPresent(), o.code() + " has no indicator");
                    }
                }
            }
            for (LocatedIndicator li : plan.indicators()) {
                Indicator i = li.indicator();
                assertTrue(i.type().isPresent() && i.unit().isPresent() && i.algorithm().isPresent() && i.dataSource().isPresent()
                        && i.baseline().isPresent(), li.path().toString());
                i.targets().forEach((y, t) -> assertTrue(t.reading().isPresent(), t.text()));
                i.results().forEach((y, r) -> assertTrue(r.reading().isPresent(), r.text()));
                if (plan.kind() == PlanKind.REPORT) {
                    assertTrue(i.results().containsKey(plan.referenceYear()), li.path() + " has no result for the reference year");
                }
            }
            plan.objectives().stream().flatMap(o -> o.resources().stream()).flatMap(r -> r.years().entrySet().stream()).forEach(e -> {
                YearResources y = e.getValue();
                if (plan.kind() == PlanKind.REPORT && e.getKey() == plan.referenceYear()) {
                    assertTrue(y.actual().isPresent(), "no actual figures for the reference year");
                }
                y.actual().ifPresent(a -> {
                    for (ResourceLine line : ResourceLine.values()) {
                        assertEquals(y.budget().get().amount(line).isZero(), a.amount(line).isZero(), "spending off budget: " + y);
                    }
                });
            });
        }
    }

    @Test
    void theCleanProfileCarriesOverToOtherSizesAndKinds() {
        PlanGenerator clean = Generators.cleanPlans(Size.small());
        assertTrue(clean.isClean());
        assertTrue(clean.size(Size.large()).isClean());
        assertTrue(clean.kind(PlanKind.PLAN).isClean());
        assertFalse(Generators.plans(Size.small()).isClean());
        assertTrue(clean.toString().contains("clean"), clean.toString());
    }
}
