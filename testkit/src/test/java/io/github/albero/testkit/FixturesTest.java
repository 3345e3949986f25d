package io.github.albero.testkit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.albero.measure.Unit;
import io.github.albero.model.Indicator;
import io.github.albero.model.Plan;
import io.github.albero.model.PlanKind;
import io.github.albero.model.Polarity;
import io.github.albero.model.ResourceAmounts;
import io.github.albero.model.ResultKind;
import io.github.albero.model.ResultStatus;
import io.github.albero.model.StrategicObjective;
import io.github.albero.model.TargetOperator;
import io.github.albero.money.Money;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;

class FixturesTest {
    @Test
    void everyBuiltInFixtureIsAvailableByNameAndKeepsTheGeneratorsRules() {
        Set<String> names = Fixtures.names();
        assertTrue(names.containsAll(Set.of("minimal", "empty", "zero-budget", "lower-is-better", "qualitative-results",
                "missing-and-unreadable-results", "weighted", "operational-objectives")), names.toString());
        for (String name : names) {
            Plan plan = Fixtures.named(name);
            assertEquals(plan, Fixtures.named(name), name);
            if (!name.equals("missing-and-unreadable-results")) {
                ValidityTest.checkPlan(plan, Size.defaults().indicatorsPerObjective(0, 10));
            }
        }
        assertTrue(Fixtures.find("no such fixture").isEmpty());
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> Fixtures.named("no such fixture"));
        assertTrue(e.getMessage().contains("known: minimal, empty"), e.getMessage());
    }

    @Test
    void theRealReportWithoutAlberoFixturesIsAnErrorNamingTheArtifact() {
        // testkit's own tests do not have albero-fixtures on their path
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> Fixtures.named("lucca-2017-report"));
        assertTrue(e.getMessage().contains("io.github.albero:albero-fixtures"), e.getMessage());
    }

    @Test
    void theMinimalPlanIsOneMilestoneIndicatorOfObjective011005001() {
        Plan plan = Fixtures.minimalPlan();
        assertEquals(PlanKind.REPORT, plan.kind());
        assertEquals(2017, plan.referenceYear());
        assertEquals(1, plan.indicators().size());
        assertTrue(plan.objective("011-005-001").isPresent());
        Indicator i = plan.indicators().get(0).indicator();
        assertEquals(Polarity.MILESTONE, i.polarity());
        assertEquals(TargetOperator.MILESTONE, i.target(2017).flatMap(t -> t.reading()).orElseThrow().operator());
        assertEquals(ResultKind.PERCENTAGE, i.result(2017).flatMap(r -> r.reading()).orElseThrow().kind());
    }

    @Test
    void theZeroBudgetObjectiveHasZeroOnEveryLine() {
        StrategicObjective o = Fixtures.oneObjectiveWithZeroBudget().objectives().get(0);
        assertEquals(ResourceAmounts.ZERO, o.resources().flatMap(r -> r.budget(2017)).orElseThrow());
        assertEquals(ResourceAmounts.ZERO, o.resources().flatMap(r -> r.actual(2017)).orElseThrow());
        assertEquals(Money.ZERO, o.resources().flatMap(r -> r.budget(2017)).orElseThrow().costs());
    }

    @Test
    void theLowerIsBetterIndicatorReadsDaysEverywhere() {
        Indicator i = Fixtures.lowerIsBetterIndicator();
        assertEquals(Polarity.LOWER_IS_BETTER, i.polarity());
        assertEquals(TargetOperator.AT_MOST, i.target(2017).flatMap(t -> t.reading()).orElseThrow().operator());
        assertEquals(Unit.DAYS, i.target(2017).flatMap(t -> t.reading()).flatMap(r -> r.unit()).orElseThrow());
        assertEquals(new BigDecimal("2.9"), i.result(2017).flatMap(r -> r.reading()).flatMap(r -> r.value()).orElseThrow());
        assertEquals(Unit.DAYS, i.baseline().flatMap(b -> b.value()).flatMap(q -> q.unit()).orElseThrow());
    }

    @Test
    void theQualitativeIndicatorIsPartialThenPostponedWithAComment() {
        Indicator i = Fixtures.qualitativeResultsIndicator();
        assertEquals(ResultStatus.PARTIALLY_ACHIEVED, i.result(2016).flatMap(r -> r.reading()).flatMap(r -> r.status()).orElseThrow());
        assertEquals(ResultStatus.POSTPONED, i.result(2017).flatMap(r -> r.reading()).flatMap(r -> r.status()).orElseThrow());
        assertTrue(i.result(2017).orElseThrow().comment().isPresent());
    }

    @Test
    void theWeightedPlanSumsItsWeightsToExactlyAHundred() {
        Plan plan = Fixtures.weightedPlan();
        BigDecimal objectives = plan.objectives().stream().map(o -> o.weight().orElseThrow().value()).reduce(BigDecimal.ZERO, BigDecimal::add);
        BigDecimal indicators = plan.objectives().get(0).indicators().stream().map(i -> i.weight().orElseThrow().value())
                .reduce(BigDecimal.ZERO, BigDecimal::add);
        assertEquals(0, objectives.compareTo(BigDecimal.valueOf(100)));
        assertEquals(0, indicators.compareTo(BigDecimal.valueOf(100)));
    }

    @Test
    void providersAddTheirFixturesAfterTheBuiltInOnes() {
        FixtureProvider report = () -> Map.of("lucca-2017", Fixtures::minimalPlan);
        Map<String, Supplier<Plan>> all = Fixtures.merge(List.of(report));
        assertEquals("lucca-2017", List.copyOf(all.keySet()).get(all.size() - 1));
        assertEquals(Fixtures.minimalPlan(), all.get("lucca-2017").get());
    }

    @Test
    void twoProvidersOfferingOneNameFailNamingIt() {
        FixtureProvider clash = () -> Map.of("minimal", Fixtures::emptyPlan);
        IllegalStateException e = assertThrows(IllegalStateException.class, () -> Fixtures.merge(List.of(clash)));
        assertTrue(e.getMessage().contains("minimal"), e.getMessage());
        assertFalse(Fixtures.names().isEmpty());
    }
}
