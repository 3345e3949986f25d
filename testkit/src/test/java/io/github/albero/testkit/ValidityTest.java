package io.github.albero.testkit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import io.github.albero.measure.Unit;
import io.github.albero.measure.Weight;
import io.github.albero.model.Indicator;
import io.github.albero.model.LocatedIndicator;
import io.github.albero.model.Mission;
import io.github.albero.model.Objective;
import io.github.albero.model.OperationalObjective;
import io.github.albero.model.Plan;
import io.github.albero.model.PlanKind;
import io.github.albero.model.Polarity;
import io.github.albero.model.Program;
import io.github.albero.model.ResourceAmounts;
import io.github.albero.model.ResourceLine;
import io.github.albero.model.Result;
import io.github.albero.model.ResultKind;
import io.github.albero.model.ResultReading;
import io.github.albero.model.StrategicObjective;
import io.github.albero.model.Target;
import io.github.albero.model.TargetOperator;
import io.github.albero.model.TargetReading;
import io.github.albero.model.YearResources;
import io.github.albero.money.Money;
import io.github.albero.period.YearRange;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

class ValidityTest {
    private static final int PLANS = 2_000;

    @Test
    void thousandsOfDefaultPlansBuildAndKeepEveryRule() {
        for (long seed = 0; seed < PLANS; seed++) {
            Plan plan = Generators.plan(seed);
            try {
                checkPlan(plan, Size.defaults());
            } catch (AssertionError e) {
                throw new AssertionError("seed " + seed + ": " + e.getMessage(), e);
            }
        }
    }

    @Test
    void smallAndLargePlansKeepEveryRuleAndTheirKnobs() {
        for (Size size : List.of(Size.small(), Size.large())) {
            for (long seed = 0; seed < (size.equals(Size.large()) ? 12 : 500); seed++) {
                Plan plan = Generators.plan(seed, size);
                try {
                    checkPlan(plan, size);
                } catch (AssertionError e) {
                    throw new AssertionError(size + " seed " + seed + ": " + e.getMessage(), e);
                }
            }
        }
    }

    @Test
    void exactSizesGiveExactlyThatShape() {
        Size size = Size.exactly(2, 3, 4, 2, 1, 3, 3);
        for (long seed = 0; seed < 50; seed++) {
            Plan plan = Generators.plan(seed, size);
            checkPlan(plan, size);
            assertEquals(2 * 3 * 4 * (2 + 3), plan.indicators().size());
            assertEquals(3, plan.horizon().length());
        }
        Plan empty = Generators.plan(1L, Size.exactly(0, 0, 0, 0, 0, 0, 1));
        assertTrue(empty.missions().isEmpty());
    }

    @Test
    void everyKnobAcceptsItsWholeRangeAndRejectsWhatLiesOutside() {
        Size custom = Size.defaults().missions(3, 3).programsPerMission(0, 1).objectivesPerProgram(5, 6).indicatorsPerObjective(0, 0)
                .operationalObjectivesPerObjective(2, 2).indicatorsPerOperationalObjective(1, 1).years(7, 9);
        for (long seed = 0; seed < 100; seed++) {
            checkPlan(Generators.plan(seed, custom), custom);
        }
        assertThrowsIllegalArgument(() -> Size.defaults().missions(0, 1_000));
        assertThrowsIllegalArgument(() -> Size.defaults().years(0, 3));
        assertThrowsIllegalArgument(() -> Size.defaults().indicatorsPerObjective(3, 2));
        assertThrowsIllegalArgument(() -> Size.defaults().indicatorsPerObjective(-1, 2));
    }

    @Test
    void theWidestCodedLevelsStillGetUniqueCodes() {
        Size size = Size.exactly(1, 1, 999, 0, 0, 0, 1);
        Plan plan = Generators.plan(3L, size);
        assertEquals(999, plan.objectives().size());
        checkPlan(plan, size);
        Plan missions = Generators.plan(4L, Size.exactly(999, 0, 0, 0, 0, 0, 1));
        assertEquals(999, missions.missions().size());
    }

    private static void assertThrowsIllegalArgument(Runnable r) {
        try {
            r.run();
            fail("expected IllegalArgumentException");
        } catch (IllegalArgumentException expected) {
            assertTrue(expected.getMessage().contains("got"), expected.getMessage());
        }
    }

    // ---------------------------------------------------------------- the rules

    static void checkPlan(Plan plan, Size size) {
        YearRange horizon = plan.horizon();
        assertTrue(size.missions().contains(plan.missions().size()), "missions " + plan.missions().size());
        assertTrue(size.years().contains(horizon.length()), "years " + horizon.length());
        assertTrue(horizon.first() > YearRange.MIN_YEAR, "room for a baseline year before " + horizon);
        for (Mission m : plan.missions()) {
            assertTrue(size.programsPerMission().contains(m.programs().size()), "programs " + m.programs().size());
            for (Program p : m.programs()) {
                assertTrue(size.objectivesPerProgram().contains(p.objectives().size()), "objectives " + p.objectives().size());
                checkWeights(p.objectives());
                for (StrategicObjective o : p.objectives()) {
                    assertEquals(m.code(), o.code().mission().orElseThrow());
                    assertEquals(p.code(), o.code().program().orElseThrow());
                    assertTrue(size.indicatorsPerObjective().contains(o.indicators().size()), "indicators " + o.indicators().size());
                    assertTrue(size.operationalObjectivesPerObjective().contains(o.operationalObjectives().size()));
                    if (size.indicatorsPerObjective().max() > 0) {
                        assertTrue(o.allIndicators().findAny().isPresent(), o.code() + " has no indicator");
                    }
                    checkObjective(plan, o);
                    checkWeights(o.operationalObjectives());
                    Set<String> codes = new HashSet<>();
                    for (OperationalObjective oo : o.operationalObjectives()) {
                        assertTrue(size.indicatorsPerOperationalObjective().contains(oo.indicators().size()));
                        oo.code().ifPresent(c -> assertTrue(codes.add(c), "operational code " + c + " repeated"));
                        checkObjective(plan, oo);
                    }
                    if (o.declaredIndicatorCount().isPresent()) {
                        assertEquals(o.indicators().size(), o.declaredIndicatorCount().get());
                        assertEquals(o.indicators().size(), o.allIndicators().count(), "declared count is ambiguous");
                    }
                }
            }
        }
        Set<String> indicatorCodes = new HashSet<>();
        for (LocatedIndicator li : plan.indicators()) {
            li.indicator().code().ifPresent(c -> assertTrue(indicatorCodes.add(c), "indicator code " + c + " repeated"));
            checkIndicator(plan, li.indicator());
        }
        EdgeCase.texts(plan, text -> {
            assertFalse(text.isBlank());
            assertFalse(text.indexOf('\u00A0') >= 0 || text.indexOf('\u202F') >= 0, "NBSP in " + text);
        });
    }

    private static void checkObjective(Plan plan, Objective o) {
        o.declaredIndicatorCount().ifPresent(n -> assertEquals(o.indicators().size(), n));
        checkWeights(o.indicators());
        o.timeframe().flatMap(t -> t.years()).ifPresent(y -> assertTrue(plan.horizon().contains(y), "timeframe " + y));
        o.resources().ifPresent(r -> r.years().forEach((year, y) -> {
            assertTrue(plan.horizon().contains(year), "resources year " + year);
            checkStatement(y);
            boolean actualAllowed = plan.kind() == PlanKind.REPORT ? year <= plan.referenceYear() : year < plan.referenceYear();
            if (!actualAllowed) {
                assertTrue(y.actual().isEmpty(), "actual figures for " + year + " after the reference year");
            }
        }));
    }

    private static void checkStatement(YearResources y) {
        for (Optional<ResourceAmounts> s : List.of(y.budget(), y.revisedBudget(), y.actual())) {
            s.ifPresent(a -> {
                for (ResourceLine line : ResourceLine.values()) {
                    Money m = a.amount(line);
                    assertTrue(m.signum() >= 0);
                    assertEquals(2, m.amount().scale());
                }
            });
        }
    }

    private static void checkWeights(List<?> siblings) {
        List<Optional<Weight>> weights = new ArrayList<>();
        for (Object s : siblings) {
            weights.add(s instanceof Objective ? ((Objective) s).weight() : ((Indicator) s).weight());
        }
        long present = weights.stream().filter(Optional::isPresent).count();
        if (present == 0) {
            return;
        }
        assertEquals(siblings.size(), present, "either every sibling has a weight or none has");
        BigDecimal sum = BigDecimal.ZERO;
        for (Optional<Weight> w : weights) {
            assertTrue(w.get().value().signum() > 0, "weight " + w.get() + " not positive");
            sum = sum.add(w.get().value());
        }
        assertEquals(0, sum.compareTo(BigDecimal.valueOf(100)), "weights sum to " + sum);
    }

    private static void checkIndicator(Plan plan, Indicator i) {
        int ref = plan.referenceYear();
        assertTrue(i.targets().containsKey(ref), "no target for the reference year " + ref);
        i.targets().keySet().forEach(y -> assertTrue(plan.horizon().contains(y), "target year " + y));
        for (int year : i.results().keySet()) {
            assertTrue(plan.horizon().contains(year), "result year " + year);
            assertTrue(i.targets().containsKey(year), "result without target in " + year);
            assertTrue(plan.kind() == PlanKind.REPORT ? year <= ref : year < ref, "result for " + year + " is not due");
        }
        i.baseline().flatMap(b -> b.year()).ifPresent(y -> assertTrue(y < plan.horizon().first(), "baseline year " + y));
        Optional<Unit> targetUnit = Optional.empty();
        for (Map.Entry<Integer, Target> e : i.targets().entrySet()) {
            Target t = e.getValue();
            Optional<TargetReading> read = Parsed.target(t.text()).reading();
            if (read.isPresent()) {
                assertEquals(read, t.reading(), "target text and reading disagree: " + t);
            }
            if (t.reading().isPresent()) {
                assertEquals(polarityOf(t.reading().get().operator()), i.polarity(), "polarity of " + t);
                if (t.reading().get().unit().isPresent()) {
                    targetUnit = t.reading().get().unit();
                }
            }
        }
        for (Result r : i.results().values()) {
            Optional<ResultReading> read = Parsed.result(r.text()).reading();
            if (read.isPresent()) {
                assertEquals(read, r.reading(), "result text and reading disagree: " + r);
            }
            Optional<Unit> resultUnit = r.reading().filter(x -> x.kind() == ResultKind.PERCENTAGE).map(x -> Unit.PERCENT)
                    .or(() -> r.reading().flatMap(ResultReading::unit));
            if (targetUnit.isPresent() && resultUnit.isPresent() && i.polarity() != Polarity.MILESTONE) {
                assertTrue(targetUnit.get().isCompatibleWith(resultUnit.get()), "result " + r + " vs target unit " + targetUnit.get());
            }
        }
    }

    private static Polarity polarityOf(TargetOperator op) {
        switch (op) {
            case MILESTONE:
            case DEADLINE:
                return Polarity.MILESTONE;
            case AT_MOST:
            case DECREASE:
                return Polarity.LOWER_IS_BETTER;
            case BETWEEN:
                return Polarity.TARGET_RANGE;
            default:
                return Polarity.HIGHER_IS_BETTER;
        }
    }
}
