package com.example.downstream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;

import io.github.albero.model.Plan;
import io.github.albero.model.ResourceAmounts;
import io.github.albero.model.StrategicObjective;
import io.github.albero.money.Money;
import io.github.albero.testkit.EdgeCase;
import io.github.albero.testkit.Fixtures;
import io.github.albero.testkit.Generators;
import io.github.albero.testkit.Size;
import io.github.albero.testkit.quicktheories.AlberoGens;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * How a downstream system tests its own code with the testkit (the same test as in
 * testkit/README.md). It lives outside Albero's packages and uses only the public API.
 */
class CostExportTest {

    /** The downstream code under test: one CSV row per strategic objective and year with budgeted and actual costs. */
    static List<String> costRows(Plan plan) {
        List<String> rows = new ArrayList<>();
        for (StrategicObjective o : plan.objectives()) {
            o.resources().ifPresent(r -> r.years().forEach((year, y) -> rows.add(o.code() + ";" + year + ";"
                    + y.budget().map(ResourceAmounts::costs).orElse(Money.ZERO).amount() + ";"
                    + y.actual().map(ResourceAmounts::costs).orElse(Money.ZERO).amount())));
        }
        return rows;
    }

    @Test
    void writesAZeroBudgetAsZeroNotAsBlank() {
        assertEquals(List.of("032-003-001;2017;0.00;0.00"), costRows(Fixtures.oneObjectiveWithZeroBudget()));
    }

    @Test
    void writesOneRowPerObjectiveAndYearAndLosesNoCent() {
        qt().forAll(AlberoGens.plans(Size.small())).checkAssert(plan -> {
            List<String> rows = costRows(plan);
            long expected = plan.objectives().stream().mapToLong(o -> o.resources().map(r -> r.years().size()).orElse(0)).sum();
            assertEquals(expected, rows.size());
            BigDecimal written = rows.stream().map(row -> new BigDecimal(row.split(";")[2])).reduce(BigDecimal.ZERO, BigDecimal::add);
            Money budgeted = Money.sum(plan.objectives().stream().flatMap(o -> o.resources().stream())
                    .flatMap(r -> r.years().values().stream()).map(y -> y.budget().map(ResourceAmounts::costs).orElse(Money.ZERO))
                    .toList());
            assertEquals(budgeted, Money.of(written));
        });
    }

    @Test
    void worksWithoutAnyPropertyTestingLibraryToo() {
        List<Plan> sample = Generators.plans(Size.small()).sample(42L, 300);
        Set<EdgeCase> seen = EnumSet.noneOf(EdgeCase.class);
        for (Plan plan : sample) {
            costRows(plan).forEach(row -> assertTrue(row.matches("\\d{3}-\\d{3}-\\d{3};\\d{4};\\d+\\.\\d{2};\\d+\\.\\d{2}"), row));
            seen.addAll(EdgeCase.foundIn(plan));
        }
        // the sample really exercises the cases this export must get right
        assertTrue(seen.containsAll(Set.of(EdgeCase.ZERO_BUDGET, EdgeCase.ACTUAL_WITHOUT_BUDGET, EdgeCase.MULTI_YEAR_RESOURCES,
                EdgeCase.OBJECTIVE_WITHOUT_RESOURCES)), seen.toString());
    }
}
