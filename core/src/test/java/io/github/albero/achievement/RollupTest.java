package io.github.albero.achievement;

import io.github.albero.render.Render;

import io.github.albero.model.NodeKind;
import static io.github.albero.achievement.Fixtures.milestone;
import static io.github.albero.achievement.Fixtures.mission;
import static io.github.albero.achievement.Fixtures.objective;
import static io.github.albero.achievement.Fixtures.operational;
import static io.github.albero.achievement.Fixtures.pct;
import static io.github.albero.achievement.Fixtures.plan;
import static io.github.albero.achievement.Fixtures.planOf;
import static io.github.albero.achievement.Fixtures.program;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.albero.InvalidValueException;
import io.github.albero.measure.Percentage;
import io.github.albero.model.Plan;
import io.github.albero.model.StrategicObjective;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class RollupTest {
    private static AchievementReport eval(Plan plan) {
        return AchievementCalculator.defaults().evaluate(plan, Fixtures.YEAR);
    }

    private static AchievementNode node(AchievementReport r, String code) {
        return r.find(code).orElseThrow(() -> new AssertionError("no node " + code));
    }

    @Test
    void theSeedObjective011005004Is75PercentIn2017() {
        AchievementReport r = eval(planOf(Fixtures.seed011005004()));
        AchievementNode o = node(r, "011‐005‐004");
        // postponed 0 % (policy), then three milestones reported "100%": (0 + 100 + 100 + 100) / 4 = 75 %
        assertEquals(Optional.of(Percentage.of(75)), o.score());
        assertEquals("partially achieved", o.band().get().label());
        assertEquals("mean of 4 indicators, equal weights (none given): (0% + 100% + 100% + 100%) / 4 = 75%", Render.canonical().explanation(o.explanation()));
        List<AchievementNode> indicators = o.children();
        assertEquals("status postponed → 0% (postponed policy)", Render.canonical().explanation(indicators.get(0).explanation()));
        assertEquals("share completed 100% (milestone target)", Render.canonical().explanation(indicators.get(1).explanation()));
        indicators.forEach(i -> assertEquals(Optional.of(Percentage.of(25)), i.relativeWeight()));
        assertEquals(Optional.of(Percentage.of(75)), node(r, "011-005").score());
        assertEquals(Optional.of(Percentage.of(75)), node(r, "011").score());
        assertEquals(Optional.of(Percentage.of(75)), r.root().score());
    }

    @Test
    void theSeedObjective011005004Is75PercentIn2016WithTwoIndicatorsNotApplicable() {
        AchievementReport r = AchievementCalculator.defaults().evaluate(planOf(Fixtures.seed011005004()), 2016);
        AchievementNode o = node(r, "011-005-004");
        // partially achieved 50 % (policy) and 100 %; the two "_____" targets are not applicable: (50 + 100) / 2 = 75 %
        assertEquals(Optional.of(Percentage.of(75)), o.score());
        assertEquals("mean of 2 indicators (2 left out), equal weights (none given): (50% + 100%) / 2 = 75%", Render.canonical().explanation(o.explanation()));
        assertEquals(Optional.of(Percentage.of(50)), o.children().get(0).relativeWeight());
        assertEquals(Optional.empty(), o.children().get(2).relativeWeight());
        assertEquals(Optional.of("not applicable, the target for 2016 is \"_____\""), Render.canonical().reason(o.children().get(2)));
    }

    @Test
    void rendersTheSeedObjectiveAsAnIndentedTree() {
        String text = Render.canonical().report(eval(planOf(Fixtures.seed011005004())));
        assertTrue(text.startsWith("Achievement 2017, AchievementPolicy[cap 100%, ratio, partially achieved 50%, postponed 0%, "
                + "nothing reported left out, missing result left out, outside range 0%, bands achieved [90%, +∞) | "
                + "partially achieved [70%, 90%) | not achieved (−∞, 70%), weighted mean]\n"
                + "plan Camera di Commercio di Lucca: 75% partially achieved — mean of 1 mission, equal weights (none given): (75%) / 1 = 75%\n"
                + "  mission 011 Mission 011: 75% partially achieved (weight 100%) — "), text);
        assertTrue(text.contains("\n      strategic objective 011-005-004 FAVORIRE LO START UP, SOSTENERE LO SVILUPPO D’IMP…: "
                + "75% partially achieved (weight 100%) — mean of 4 indicators, equal weights (none given): (0% + 100% + 100% + 100%) / 4 = 75%\n"
                + "        indicator Polo Tecnologico Lucchese: completamento struttura: 0% not achieved (weight 25%) — "
                + "status postponed → 0% (postponed policy)\n"), text);
    }

    @Test
    void declaredWeightsAreRenormalisedOverTheMeasurableSiblings() {
        StrategicObjective o = objective("011-005-001", List.of(
                milestone("A", "50%", "20"), milestone("B", "100%", "30"), milestone("C", "_____", "50")));
        AchievementNode n = node(eval(planOf(o)), "011-005-001");
        // C is left out: (50 × 20 + 100 × 30) / 50 = 80 %
        assertEquals(Optional.of(Percentage.of(80)), n.score());
        assertEquals("weighted mean of 2 indicators (1 left out): (50% × 20 + 100% × 30) / 50 = 80%", Render.canonical().explanation(n.explanation()));
        assertEquals(Optional.of(Percentage.of(40)), n.children().get(0).relativeWeight());
        assertEquals(Optional.of(Percentage.of(60)), n.children().get(1).relativeWeight());
        assertEquals(Optional.empty(), n.children().get(2).relativeWeight());
    }

    @Test
    void incompleteOrZeroWeightsFallBackOnEqualWeightsAndSaySo() {
        StrategicObjective partly = objective("011-005-001", List.of(milestone("A", "50%", "20"), milestone("B", "100%", null)));
        assertEquals("mean of 2 indicators, equal weights (weights given for only 1 of 2): (50% + 100%) / 2 = 75%",
                Render.canonical().explanation(node(eval(planOf(partly)), "011-005-001").explanation()));
        StrategicObjective zero = objective("011-005-001", List.of(milestone("A", "50%", "0"), milestone("B", "100%", "0")));
        assertEquals("mean of 2 indicators, equal weights (all weights are 0): (50% + 100%) / 2 = 75%",
                Render.canonical().explanation(node(eval(planOf(zero)), "011-005-001").explanation()));
        StrategicObjective oneZero = objective("011-005-001", List.of(milestone("A", "50%", "0"), milestone("B", "100%", "1")));
        assertEquals(Optional.of(Percentage.of(100)), node(eval(planOf(oneZero)), "011-005-001").score());
    }

    @Test
    void aNodeWithNothingMeasurableIsNotMeasurableAndLeftOutOfItsParent() {
        StrategicObjective empty = objective("011-005-001", List.of(milestone("A", "_____", null), milestone("B", null, null)));
        StrategicObjective none = objective("011-005-002", List.of());
        StrategicObjective full = objective("011-005-003", List.of(milestone("C", "60%", null)));
        AchievementReport r = eval(planOf(empty, none, full));
        AchievementNode e = node(r, "011-005-001");
        assertEquals(Optional.empty(), e.score());
        assertEquals(Optional.of("nothing measurable, none of its 2 indicators is measurable"), Render.canonical().reason(e));
        assertEquals(Optional.of("nothing to measure, no indicators or operational objectives"), Render.canonical().reason(node(r, "011-005-002")));
        assertEquals("mean of 1 strategic objective (2 left out), equal weights (none given): (60%) / 1 = 60%",
                Render.canonical().explanation(node(r, "011-005").explanation()));
        assertEquals(Optional.of(Percentage.of(60)), r.root().score());
    }

    @Test
    void aPlanWithNothingMeasurableIsNotMeasurableRatherThanZero() {
        AchievementReport r = eval(planOf(objective("011-005-001", List.of(milestone("A", "_____", null)))));
        assertEquals(Optional.empty(), r.root().score());
        assertEquals("not measurable: nothing measurable, none of its 1 mission is measurable", Render.canonical().explanation(r.root().explanation()));
        assertEquals(Optional.empty(), eval(plan(List.of())).root().score());
        assertEquals(Optional.of("nothing to measure, no missions"), Render.canonical().reason(eval(plan(List.of())).root()));
    }

    @Test
    void operationalObjectivesRollUpIntoTheirStrategicObjectiveWithItsOwnIndicators() {
        StrategicObjective o = StrategicObjective.builder().from(objective("011-005-001", List.of(milestone("A", "100%", null))))
                .addOperationalObjectives(operational("OP-1", List.of(milestone("B", "40%", null), milestone("C", "60%", null))))
                .build();
        AchievementReport r = eval(planOf(o));
        assertEquals(Optional.of(Percentage.of(50)), node(r, "OP-1").score());
        // (100 + 50) / 2 = 75 %, indicator and operational objective as siblings
        assertEquals("mean of 2 children, equal weights (none given): (100% + 50%) / 2 = 75%", Render.canonical().explanation(node(r, "011-005-001").explanation()));
    }

    @Test
    void theWorstChildDecidesUnderTheWorstChildRule() {
        StrategicObjective o = objective("011-005-001", List.of(milestone("A", "100%", "90"), milestone("B", "40%", "10"),
                milestone("C", "_____", null)));
        AchievementReport r = AchievementCalculator.of(AchievementPolicy.defaults().withRollup(RollupRule.WORST_CHILD))
                .evaluate(planOf(o), Fixtures.YEAR);
        AchievementNode n = node(r, "011-005-001");
        assertEquals(Optional.of(Percentage.of(40)), n.score());
        assertEquals("worst of 2 indicators (1 left out): 40% (indicator \"B\") (worst-child rule)", Render.canonical().explanation(n.explanation()));
        assertEquals(Optional.empty(), n.children().get(0).relativeWeight());
        assertEquals(Optional.of(Percentage.of(40)), r.root().score());
    }

    @Test
    void anOverrideReplacesTheScoreKeepsTheComputedOneAndFeedsTheParent() {
        StrategicObjective a = Fixtures.seed011005004();
        StrategicObjective b = objective("011-005-001", List.of(milestone("X", "50%", null)));
        ManualOverride o = ManualOverride.of(Percentage.of(100), "delay caused by the contracting authority");
        AchievementReport r = AchievementCalculator.defaults().withOverride("011‐005‐004", o).evaluate(planOf(b, a), Fixtures.YEAR);
        AchievementNode n = node(r, "011-005-004");
        assertEquals(Optional.of(Percentage.of(100)), n.score());
        assertEquals(Optional.of(Percentage.of(75)), n.computedScore());
        assertEquals(Optional.of(o), n.override());
        assertEquals("achieved", n.band().get().label());
        assertEquals("overridden by hand to 100%: delay caused by the contracting authority; computed: mean of 4 indicators, "
                + "equal weights (none given): (0% + 100% + 100% + 100%) / 4 = 75%", Render.canonical().explanation(n.explanation()));
        // (50 + 100) / 2
        assertEquals(Optional.of(Percentage.of(75)), node(r, "011-005").score());
    }

    @Test
    void anOverrideByPathCanMakeAnIndicatorMeasurable() {
        Plan plan = planOf(objective("011-005-001", List.of(milestone("A", "_____", null), milestone("B", "50%", null))));
        io.github.albero.model.NodePath path = plan.indicators().get(0).path();
        AchievementReport r = AchievementCalculator.defaults().withOverride(path, ManualOverride.of(Percentage.of(90), "assessed by the OIV"))
                .evaluate(plan, Fixtures.YEAR);
        AchievementNode i = r.find(path).orElseThrow();
        assertEquals(Optional.of(Percentage.of(90)), i.score());
        assertEquals(Optional.empty(), i.computedScore());
        assertEquals(Optional.empty(), i.reason());
        assertEquals(Optional.of(Percentage.of(70)), node(r, "011-005-001").score());
    }

    @Test
    void rejectsAnOverrideThatMatchesNoNodeOrExceedsTheCap() {
        Plan plan = planOf(Fixtures.seed011005004());
        InvalidValueException none = assertThrows(InvalidValueException.class, () -> AchievementCalculator.defaults()
                .withOverride("011-005-009", ManualOverride.of(Percentage.of(100), "x")).evaluate(plan, Fixtures.YEAR));
        assertEquals("overrides[011-005-009]", none.field());
        assertTrue(none.getMessage().contains("matches no node of the plan"), none.getMessage());
        InvalidValueException cap = assertThrows(InvalidValueException.class,
                () -> AchievementCalculator.defaults().withOverride("011-005-004", ManualOverride.of(Percentage.of(101), "x")));
        assertTrue(cap.getMessage().contains("cap"), cap.getMessage());
        assertThrows(InvalidValueException.class, () -> ManualOverride.of(Percentage.of(100), " "));
    }

    @Test
    void rejectsAYearOutsideTheHorizon() {
        InvalidValueException e = assertThrows(InvalidValueException.class, () -> AchievementCalculator.defaults().evaluate(plan(List.of()), 2015));
        assertEquals("year", e.field());
    }

    @Test
    void findsNodesByCodeAndPath() {
        Plan plan = plan(List.of(mission("011", List.of(program("005", List.of(Fixtures.seed011005004())))),
                mission("012", List.of(program("004", List.of(objective("012-004-001", List.of(milestone("A", "80%", null)))))))));
        AchievementReport r = eval(plan);
        assertEquals(NodeKind.MISSION, node(r, "012").kind());
        assertEquals(NodeKind.PROGRAM, node(r, "012-004").kind());
        assertEquals(Optional.of(pct("77.5")), r.root().score());
        assertEquals(Optional.empty(), r.find("013"));
        AchievementNode o = node(r, "011-005-004");
        assertEquals(o, r.find(o.path()).orElseThrow());
    }
}
