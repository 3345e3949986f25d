package io.github.albero.testkit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.albero.InvalidValueException;
import io.github.albero.code.MissionCode;
import io.github.albero.model.LocatedIndicator;
import io.github.albero.model.NodePath;
import io.github.albero.model.Plan;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class PlansTest {
    @Test
    void aRewriteThatChangesNothingReturnsTheSamePlan() {
        for (long seed = 0; seed < 50; seed++) {
            Plan plan = Generators.plan(seed);
            assertSame(plan, Plans.mapIndicators(plan, (path, i) -> i));
            assertSame(plan, Plans.mapOperationalObjectives(plan, (path, o) -> o));
            assertSame(plan, Plans.mapStrategicObjectives(plan, (path, o) -> o));
            assertSame(plan, Plans.mapPrograms(plan, (path, p) -> p));
            assertSame(plan, Plans.mapMissions(plan, (path, m) -> m));
        }
    }

    @Test
    void indicatorsAreVisitedWithThePathsThePlanReports() {
        for (long seed = 0; seed < 50; seed++) {
            Plan plan = Generators.plan(seed);
            List<NodePath> visited = new ArrayList<>();
            Plans.mapIndicators(plan, (path, i) -> {
                visited.add(path);
                return i;
            });
            List<NodePath> reported = plan.indicators().stream().map(LocatedIndicator::path).toList();
            assertEquals(reported.size(), visited.size());
            assertTrue(visited.containsAll(reported));
        }
    }

    @Test
    void updateIndicatorChangesExactlyTheIndicatorAtThePath() {
        Plan plan = Generators.plan(8L, Size.exactly(2, 2, 2, 2, 1, 2, 3));
        LocatedIndicator target = plan.indicators().get(5);
        Plan edited = Plans.updateIndicator(plan, target.path(), i -> i.withName("Nome modificato"));
        assertNotEquals(plan, edited);
        for (int k = 0; k < plan.indicators().size(); k++) {
            LocatedIndicator before = plan.indicators().get(k);
            LocatedIndicator after = edited.indicators().get(k);
            assertEquals(before.path(), after.path());
            if (k == 5) {
                assertEquals("Nome modificato", after.indicator().name());
            } else {
                assertEquals(before.indicator(), after.indicator());
            }
        }
    }

    @Test
    void updateIndicatorRejectsAPathWithNoIndicatorNamingIt() {
        NodePath nowhere = NodePath.root().mission(io.github.albero.code.MissionCode.parse("999"), 0).indicator(0);
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> Plans.updateIndicator(Fixtures.minimalPlan(), nowhere, i -> i));
        assertTrue(e.getMessage().contains(nowhere.toString()), e.getMessage());
    }

    @Test
    void aRewriteCanProduceAPlanTheValidationModuleShouldFlag() {
        // the shape of a later defect: valid plan in, one named problem out
        Plan plan = Fixtures.minimalPlan();
        Plan withoutTargets = Plans.mapIndicators(plan, (path, i) -> i.withTargets(Map.of()));
        assertTrue(withoutTargets.indicators().stream().allMatch(li -> li.indicator().targets().isEmpty()));
        assertEquals(plan.indicators().size(), withoutTargets.indicators().size());
    }

    @Test
    void aRewriteBreakingAConstructionInvariantFailsWithTheCoreException() {
        Plan plan = Generators.plan(1L, Size.exactly(2, 1, 1, 1, 0, 0, 1));
        MissionCode first = plan.missions().get(0).code();
        assertThrows(InvalidValueException.class, () -> Plans.mapMissions(plan, (path, m) -> m.withCode(first)));
    }
}
