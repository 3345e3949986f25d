package io.github.albero.testkit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.albero.model.Plan;
import java.util.EnumMap;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class EdgeCaseCoverageTest {
    private static final int PLANS = 500;

    @Test
    void everyEdgeCaseAppearsInAFewHundredDefaultPlans() {
        Map<EdgeCase, Integer> counts = new EnumMap<>(EdgeCase.class);
        for (EdgeCase e : EdgeCase.values()) {
            counts.put(e, 0);
        }
        for (long seed = 0; seed < PLANS; seed++) {
            for (EdgeCase e : EdgeCase.foundIn(Generators.plan(seed))) {
                counts.merge(e, 1, Integer::sum);
            }
        }
        Set<EdgeCase> missing = counts.entrySet().stream().filter(e -> e.getValue() == 0).map(Map.Entry::getKey)
                .collect(Collectors.toSet());
        assertTrue(missing.isEmpty(), "never generated in " + PLANS + " plans: " + missing + "; counts " + counts);
    }

    @Test
    void theDetectorSeesTheFixturesForWhatTheyAre() {
        Set<EdgeCase> zero = EdgeCase.foundIn(Fixtures.oneObjectiveWithZeroBudget());
        assertTrue(zero.contains(EdgeCase.ZERO_BUDGET), zero.toString());
        assertTrue(EdgeCase.foundIn(Fixtures.emptyPlan()).contains(EdgeCase.EMPTY_PLAN));
        Set<EdgeCase> missing = EdgeCase.foundIn(Fixtures.reportWithMissingAndUnreadableResults());
        assertTrue(missing.containsAll(Set.of(EdgeCase.MISSING_RESULT, EdgeCase.UNREADABLE_RESULT, EdgeCase.NOTHING_REPORTED,
                EdgeCase.UNREADABLE_TARGET)), missing.toString());
        Set<EdgeCase> weighted = EdgeCase.foundIn(Fixtures.weightedPlan());
        assertTrue(weighted.containsAll(Set.of(EdgeCase.WEIGHTED_SIBLINGS, EdgeCase.DECIMAL_WEIGHT)), weighted.toString());
        Set<EdgeCase> deep = EdgeCase.foundIn(Fixtures.planWithOperationalObjectives());
        assertTrue(deep.containsAll(Set.of(EdgeCase.DEEP_INDICATOR, EdgeCase.OBJECTIVE_WITHOUT_DIRECT_INDICATORS,
                EdgeCase.TYPOGRAPHIC_PUNCTUATION)), deep.toString());
        Set<EdgeCase> qualitative = EdgeCase.foundIn(Fixtures.planWith(Fixtures.qualitativeResultsIndicator()));
        assertTrue(qualitative.containsAll(Set.of(EdgeCase.QUALITATIVE_RESULT, EdgeCase.RESULT_COMMENT, EdgeCase.UNICODE_HYPHEN,
                EdgeCase.ACCENTED_LETTERS)), qualitative.toString());
    }

    @Test
    void aPlainPlanHasNoEdgeCaseItDoesNotShow() {
        Plan minimal = Fixtures.minimalPlan();
        Set<EdgeCase> found = EdgeCase.foundIn(minimal);
        assertTrue(found.contains(EdgeCase.MILESTONE_TARGET));
        assertTrue(found.contains(EdgeCase.PERCENTAGE_RESULT));
        for (EdgeCase absent : new EdgeCase[] {EdgeCase.EMPTY_PLAN, EdgeCase.ZERO_BUDGET, EdgeCase.LONG_TEXT, EdgeCase.MISSING_RESULT,
                EdgeCase.EXPLICIT_TARGET_READING, EdgeCase.WEIGHTED_SIBLINGS, EdgeCase.DEEP_INDICATOR}) {
            assertTrue(!found.contains(absent), absent + " in " + found);
        }
        assertEquals(found, EdgeCase.foundIn(Fixtures.minimalPlan()));
    }
}
