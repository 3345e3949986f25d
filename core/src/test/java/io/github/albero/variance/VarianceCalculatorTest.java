package io.github.albero.variance;

import io.github.albero.render.Render;

import static io.github.albero.variance.VariancePlans.amounts;
import static io.github.albero.variance.VariancePlans.mission;
import static io.github.albero.variance.VariancePlans.objective;
import static io.github.albero.variance.VariancePlans.operational;
import static io.github.albero.variance.VariancePlans.plan;
import static io.github.albero.variance.VariancePlans.program;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.albero.InvalidValueException;
import io.github.albero.model.NodeKind;
import io.github.albero.measure.Percentage;
import io.github.albero.model.Plan;
import io.github.albero.model.ResourceAmounts;
import io.github.albero.model.ResourceBasis;
import io.github.albero.model.ResourceLine;
import io.github.albero.model.Resources;
import io.github.albero.model.StrategicObjective;
import io.github.albero.model.YearResources;
import io.github.albero.money.Money;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class VarianceCalculatorTest {
    private static Percentage pct(String points) {
        return Percentage.of(new java.math.BigDecimal(points));
    }

    @Test
    void computesTheSeedObjective011005004ByHand() {
        Plan plan = plan(List.of(mission("011", List.of(program("005", List.of(VariancePlans.seed011005004()))))));
        VarianceReport report = VarianceCalculator.againstBudget().evaluate(plan, 2017);
        ResourceVariance v = report.find("011-005-004").flatMap(VarianceNode::variance).orElseThrow();

        LineVariance revenues = v.line(ResourceLine.REVENUES);
        assertEquals(Money.of("-20000.00"), revenues.absolute());
        // -20000 / 130000 = -0.153846… → -15.38 %; 110000 / 130000 = 0.846153… → 84.62 %
        assertEquals(Optional.of(pct("-15.38")), revenues.relative());
        assertEquals(Optional.of(pct("84.62")), revenues.utilisation());
        assertEquals(Direction.UNFAVOURABLE, revenues.direction());

        LineVariance costs = v.line(ResourceLine.COSTS);
        assertEquals(Money.of("-27422.34"), costs.absolute());
        // -27422.34 / 257143 = -0.106642… → -10.66 %; 229720.66 / 257143 = 0.893357… → 89.34 %
        assertEquals(Optional.of(pct("-10.66")), costs.relative());
        assertEquals(Optional.of(pct("89.34")), costs.utilisation());
        assertEquals(Direction.FAVOURABLE, costs.direction());

        LineVariance investments = v.line(ResourceLine.INVESTMENTS);
        assertEquals(Money.ZERO, investments.absolute());
        assertEquals(Optional.empty(), investments.relative());
        assertEquals(Optional.empty(), investments.utilisation());
        assertEquals(Direction.NEUTRAL, investments.direction());

        assertEquals(v, report.find("011").flatMap(VarianceNode::variance).orElseThrow());
        assertEquals(v, report.root().variance().orElseThrow());
        assertEquals(1, report.root().contributors());
    }

    @Test
    void rendersTheSeedObjectiveInTheCanonicalNotation() {
        Plan plan = plan(List.of(mission("011", List.of(program("005", List.of(VariancePlans.seed011005004()))))));
        String text = Render.canonical().report(VarianceCalculator.againstBudget().evaluate(plan, 2017));
        assertTrue(text.startsWith("Variance 2017, actual (consuntivo) against budget (preventivo)\n"), text);
        assertTrue(text.contains("\n      strategic objective 011-005-004 Objective 011-005-004: revenues EUR 130000.00 → EUR 110000.00: "
                + "EUR -20000.00 (-15.38%, utilisation 84.62%, unfavourable); costs EUR 257143.00 → EUR 229720.66: EUR -27422.34 "
                + "(-10.66%, utilisation 89.34%, favourable); investments EUR 0.00 → EUR 0.00: EUR 0.00 (n/a, utilisation n/a, neutral)\n"), text);
    }

    @Test
    void aZeroBudgetGivesNoRatiosButAnExactAbsoluteVariance() {
        LineVariance v = LineVariance.of(ResourceLine.COSTS, Money.ZERO, Money.of("1500.50"));
        assertEquals(Money.of("1500.50"), v.absolute());
        assertEquals(Optional.empty(), v.relative());
        assertEquals(Optional.empty(), v.utilisation());
        assertEquals(Direction.UNFAVOURABLE, v.direction());
    }

    @Test
    void revenuesAboveBudgetAreFavourableAndCostsAboveBudgetAreNot() {
        assertEquals(Direction.FAVOURABLE, LineVariance.of(ResourceLine.REVENUES, Money.of("100.00"), Money.of("100.01")).direction());
        assertEquals(Direction.UNFAVOURABLE, LineVariance.of(ResourceLine.COSTS, Money.of("100.00"), Money.of("100.01")).direction());
        assertEquals(Direction.UNFAVOURABLE, LineVariance.of(ResourceLine.INVESTMENTS, Money.of("100.00"), Money.of("100.01")).direction());
        assertEquals(Direction.FAVOURABLE, LineVariance.of(ResourceLine.INVESTMENTS, Money.of("100.00"), Money.of("99.99")).direction());
    }

    @Test
    void roundsRatiosHalfEvenToTwoDecimalsOfPercentagePoints() {
        // 1 / 8 = 12.5 % exactly; 1 / 800 = 0.125 % → 0.12 % (half-even), 3 / 800 = 0.375 % → 0.38 %
        assertEquals(Optional.of(pct("12.5")), LineVariance.of(ResourceLine.COSTS, Money.of("8.00"), Money.of("9.00")).relative());
        assertEquals(Optional.of(pct("0.12")), LineVariance.of(ResourceLine.COSTS, Money.of("800.00"), Money.of("801.00")).relative());
        assertEquals(Optional.of(pct("0.38")), LineVariance.of(ResourceLine.COSTS, Money.of("800.00"), Money.of("803.00")).relative());
        assertEquals(Optional.of(pct("-0.12")), LineVariance.of(ResourceLine.COSTS, Money.of("800.00"), Money.of("799.00")).relative());
    }

    @Test
    void rejectsANegativeAmountWithTheLine() {
        InvalidValueException e = assertThrows(InvalidValueException.class,
                () -> LineVariance.of(ResourceLine.REVENUES, Money.of("-1.00"), Money.ZERO));
        assertEquals("revenues.budget", e.field());
    }

    @Test
    void rejectsTheActualStatementAsABasis() {
        InvalidValueException e = assertThrows(InvalidValueException.class, () -> VarianceCalculator.of(ResourceBasis.ACTUAL));
        assertEquals("basis", e.field());
    }

    @Test
    void rejectsAYearOutsideTheHorizon() {
        Plan plan = plan(List.of());
        InvalidValueException e = assertThrows(InvalidValueException.class, () -> VarianceCalculator.againstBudget().evaluate(plan, 2019));
        assertEquals("year", e.field());
        assertTrue(e.getMessage().contains("2019"), e.getMessage());
    }

    @Test
    void sumsProgramsMissionsAndThePlanExactlyAndRecomputesTheirRatios() {
        StrategicObjective a = objective("011-005-001", amounts("0,00", "5.000,00", "0,00"), amounts("0,00", "4.000,10", "0,00"));
        StrategicObjective b = objective("011-005-002", amounts("100,00", "3.000,00", "1.000,00"), amounts("50,00", "3.500,00", "0,00"));
        StrategicObjective c = objective("012-004-001", amounts("10,00", "0,00", "0,00"), amounts("20,00", "0,00", "0,00"));
        Plan plan = plan(List.of(mission("011", List.of(program("005", List.of(a, b)))), mission("012", List.of(program("004", List.of(c))))));
        VarianceReport r = VarianceCalculator.againstBudget().evaluate(plan, 2017);

        ResourceVariance p011 = r.find("011-005").flatMap(VarianceNode::variance).orElseThrow();
        assertEquals(amounts("100,00", "8.000,00", "1.000,00"), p011.budget());
        assertEquals(amounts("50,00", "7.500,10", "0,00"), p011.actual());
        // costs: -499.90 / 8000 = -6.24875 % → -6.25 % (the dropped 875 is above half)
        assertEquals(Optional.of(pct("-6.25")), p011.line(ResourceLine.COSTS).relative());
        assertEquals(Optional.of(pct("-100")), p011.line(ResourceLine.INVESTMENTS).relative());
        assertEquals(Optional.of(pct("0")), p011.line(ResourceLine.INVESTMENTS).utilisation());

        ResourceVariance total = r.root().variance().orElseThrow();
        assertEquals(amounts("110,00", "8.000,00", "1.000,00"), total.budget());
        assertEquals(amounts("70,00", "7.500,10", "0,00"), total.actual());
        // revenues: -40 / 110 = -36.3636… → -36.36 %
        assertEquals(Optional.of(pct("-36.36")), total.line(ResourceLine.REVENUES).relative());
        assertEquals(3, r.root().contributors());
        assertEquals(NodeKind.MISSION, r.find("012").orElseThrow().kind());
    }

    @Test
    void anObjectiveWithoutResourcesContributesNothingAndSaysWhy() {
        StrategicObjective none = objective("011-005-001", (Resources) null);
        StrategicObjective otherYear = objective("011-005-002", Resources.of(2016, ResourceAmounts.ZERO, ResourceAmounts.ZERO));
        StrategicObjective budgetOnly = objective("011-005-003", Resources.builder()
                .putYears(2017, YearResources.builder().budget(amounts("0,00", "10,00", "0,00")).build()).build());
        StrategicObjective full = objective("011-005-004", amounts("0,00", "10,00", "0,00"), amounts("0,00", "12,00", "0,00"));
        Plan plan = plan(List.of(mission("011", List.of(program("005", List.of(none, otherYear, budgetOnly, full))))));
        VarianceReport r = VarianceCalculator.againstBudget().evaluate(plan, 2017);

        assertEquals(List.of("contributes nothing: no resources"), Render.canonical().notes(r.find("011-005-001").orElseThrow()));
        assertEquals(List.of("contributes nothing: no resources for 2017"), Render.canonical().notes(r.find("011-005-002").orElseThrow()));
        assertEquals(List.of("contributes nothing: no actual figures (consuntivo) for 2017"), Render.canonical().notes(r.find("011-005-003").orElseThrow()));
        assertEquals(Optional.empty(), r.find("011-005-001").orElseThrow().variance());
        VarianceNode program = r.find("011-005").orElseThrow();
        assertEquals(Money.of("2.00"), program.variance().orElseThrow().line(ResourceLine.COSTS).absolute());
        assertEquals(1, program.contributors());
        assertEquals(List.of("3 of 4 strategic objectives without figures for 2017: 011-005-001, 011-005-002, 011-005-003"), Render.canonical().notes(program));
    }

    @Test
    void aPlanWithNoFiguresAtAllHasNoVarianceRatherThanZero() {
        Plan plan = plan(List.of(mission("011", List.of(program("005", List.of(objective("011-005-001", (Resources) null)))))));
        VarianceReport r = VarianceCalculator.againstBudget().evaluate(plan, 2017);
        assertEquals(Optional.empty(), r.root().variance());
        assertEquals(List.of("contributes nothing: none of its 1 mission has figures for 2017"), Render.canonical().notes(r.root()));
        assertEquals(0, r.root().contributors());
    }

    @Test
    void comparesWithTheRevisedBudgetWhenAsked() {
        StrategicObjective o = objective("011-005-001", Resources.builder().putYears(2017, YearResources.builder()
                .budget(amounts("0,00", "100,00", "0,00")).revisedBudget(amounts("0,00", "80,00", "0,00"))
                .actual(amounts("0,00", "90,00", "0,00")).build()).build());
        Plan plan = plan(List.of(mission("011", List.of(program("005", List.of(o))))));
        assertEquals(Money.of("-10.00"), VarianceCalculator.againstBudget().evaluate(plan, 2017).root().variance().orElseThrow()
                .line(ResourceLine.COSTS).absolute());
        VarianceReport revised = VarianceCalculator.of(ResourceBasis.REVISED_BUDGET).evaluate(plan, 2017);
        assertEquals(Money.of("10.00"), revised.root().variance().orElseThrow().line(ResourceLine.COSTS).absolute());
        assertEquals(Optional.of(pct("12.5")), revised.root().variance().orElseThrow().line(ResourceLine.COSTS).relative());
        StrategicObjective noRevision = objective("011-005-001", amounts("0,00", "1,00", "0,00"), amounts("0,00", "1,00", "0,00"));
        VarianceReport missing = VarianceCalculator.of(ResourceBasis.REVISED_BUDGET)
                .evaluate(plan(List.of(mission("011", List.of(program("005", List.of(noRevision)))))), 2017);
        assertEquals(List.of("contributes nothing: no revised budget (preventivo aggiornato) for 2017"),
                Render.canonical().notes(missing.find("011-005-001").orElseThrow()));
    }

    @Test
    void aStrategicObjectiveUsesItsOwnFiguresAndFallsBackOnItsOperationalObjectives() {
        ResourceAmounts b1 = amounts("0,00", "10,00", "0,00");
        ResourceAmounts a1 = amounts("0,00", "7,00", "0,00");
        StrategicObjective own = StrategicObjective.builder().code(io.github.albero.code.ObjectiveCode.parse("011-005-001")).title("Own")
                .resources(Resources.of(2017, amounts("0,00", "30,00", "0,00"), amounts("0,00", "20,00", "0,00")))
                .addOperationalObjectives(operational("A", b1, a1), operational("B", b1, a1)).build();
        StrategicObjective fromOps = StrategicObjective.builder().code(io.github.albero.code.ObjectiveCode.parse("011-005-002")).title("Ops")
                .addOperationalObjectives(operational("C", b1, a1), operational("D", b1, a1)).build();
        Plan plan = plan(List.of(mission("011", List.of(program("005", List.of(own, fromOps))))));
        VarianceReport r = VarianceCalculator.againstBudget().evaluate(plan, 2017);

        VarianceNode ownNode = r.find("011-005-001").orElseThrow();
        assertEquals(Money.of("-10.00"), ownNode.variance().orElseThrow().line(ResourceLine.COSTS).absolute());
        assertEquals(List.of("its operational objectives' figures (2) do not add up to its own; its own are used"), Render.canonical().notes(ownNode));
        VarianceNode opsNode = r.find("011-005-002").orElseThrow();
        assertEquals(Money.of("-6.00"), opsNode.variance().orElseThrow().line(ResourceLine.COSTS).absolute());
        assertEquals(2, opsNode.contributors());
        assertEquals(List.of("no resources; sum of 2 of 2 operational objectives"), Render.canonical().notes(opsNode));
        assertEquals(Money.of("-3.00"), r.find("C").flatMap(VarianceNode::variance).orElseThrow().line(ResourceLine.COSTS).absolute());
        assertEquals(Money.of("-16.00"), r.root().variance().orElseThrow().line(ResourceLine.COSTS).absolute());
    }

    @Test
    void findsNodesByCodeWithUnicodeHyphensAndByPath() {
        Plan plan = plan(List.of(mission("011", List.of(program("005", List.of(VariancePlans.seed011005004()))))));
        VarianceReport r = VarianceCalculator.againstBudget().evaluate(plan, 2017);
        VarianceNode n = r.find("011‐005‐004").orElseThrow();
        assertEquals(n, r.find(n.path()).orElseThrow());
        assertEquals("missions[011].programs[005].objectives[011-005-004]", n.path().toString());
        assertEquals(Optional.empty(), r.find("999"));
    }
}
