package io.github.albero.variance;

import static io.github.albero.variance.VariancePlans.mission;
import static io.github.albero.variance.VariancePlans.objective;
import static io.github.albero.variance.VariancePlans.plan;
import static io.github.albero.variance.VariancePlans.program;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;

import io.github.albero.model.Mission;
import io.github.albero.model.Plan;
import io.github.albero.model.Program;
import io.github.albero.model.ResourceAmounts;
import io.github.albero.model.ResourceLine;
import io.github.albero.model.StrategicObjective;
import io.github.albero.money.Money;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;
import org.quicktheories.generators.SourceDSL;

class VarianceLawsTest {
    /** Amounts from € 0,00 to € 10.000.000,00, with zero often. */
    private static final Gen<Money> MONEY = Generate.oneOf(Generate.constant(Money.ZERO),
            Generate.longRange(0, 1_000_000_000L).map(c -> Money.of(BigDecimal.valueOf(c, 2))));
    private static final Gen<ResourceAmounts> AMOUNTS = MONEY.zip(MONEY, MONEY, ResourceAmounts::of);
    private static final Gen<Optional<ResourceAmounts[]>> STATEMENTS = AMOUNTS.zip(AMOUNTS, (b, a) -> new ResourceAmounts[] {b, a})
            .toOptionals(80);
    /** Shapes of plans: for each mission, for each program, the objectives' statements (absent = no resources). */
    private static final Gen<List<List<List<Optional<ResourceAmounts[]>>>>> SHAPES = SourceDSL.lists()
            .of(SourceDSL.lists().of(SourceDSL.lists().of(STATEMENTS).ofSizeBetween(0, 4)).ofSizeBetween(0, 3)).ofSizeBetween(0, 3);

    private static Plan build(List<List<List<Optional<ResourceAmounts[]>>>> shape) {
        List<Mission> missions = new ArrayList<>();
        for (int m = 0; m < shape.size(); m++) {
            String mc = String.format("%03d", m + 1);
            List<Program> programs = new ArrayList<>();
            for (int p = 0; p < shape.get(m).size(); p++) {
                String pc = String.format("%03d", p + 1);
                List<StrategicObjective> objectives = new ArrayList<>();
                List<Optional<ResourceAmounts[]>> os = shape.get(m).get(p);
                for (int o = 0; o < os.size(); o++) {
                    String code = mc + "-" + pc + "-" + String.format("%03d", o + 1);
                    objectives.add(os.get(o).map(s -> objective(code, s[0], s[1])).orElseGet(() -> objective(code, (io.github.albero.model.Resources) null)));
                }
                programs.add(program(pc, objectives));
            }
            missions.add(mission(mc, programs));
        }
        return plan(missions);
    }

    private static void assertSumOfChildren(VarianceNode node) {
        Optional<ResourceVariance> sum = ResourceVariance.sum(node.children().stream().flatMap(c -> c.variance().stream())::iterator);
        assertEquals(sum, node.variance(), node.path().toString());
        assertEquals(node.children().stream().mapToInt(VarianceNode::contributors).sum(), node.contributors());
        node.children().forEach(c -> {
            if (c.kind() != io.github.albero.model.NodeKind.STRATEGIC_OBJECTIVE) {
                assertSumOfChildren(c);
            }
        });
    }

    @Test
    void aParentsVarianceIsTheSumOfItsChildrens() {
        qt().forAll(SHAPES).checkAssert(shape -> {
            VarianceReport r = VarianceCalculator.againstBudget().evaluate(build(shape), 2017);
            assertSumOfChildren(r.root());
            // and every line's absolute variance of the plan is the sum of the objectives' absolute variances
            for (ResourceLine line : ResourceLine.values()) {
                Money total = Money.sum(shape.stream().flatMap(List::stream).flatMap(List::stream).flatMap(Optional::stream)
                        .map(s -> s[1].amount(line).minus(s[0].amount(line)))::iterator);
                assertEquals(total, r.root().variance().map(v -> v.line(line).absolute()).orElse(Money.ZERO));
            }
        });
    }

    @Test
    void relativeVarianceTimesBudgetIsTheAbsoluteVarianceWithinTheRounding() {
        qt().forAll(Generate.enumValues(ResourceLine.class), MONEY, MONEY).checkAssert((line, budget, actual) -> {
            LineVariance v = LineVariance.of(line, budget, actual);
            assertEquals(budget.isZero(), v.relative().isEmpty());
            v.relative().ifPresent(rel -> {
                BigDecimal error = rel.fraction().multiply(budget.amount()).subtract(v.absolute().amount()).abs();
                // the fraction is rounded at its 4th decimal: at most half a unit there, times the budget
                BigDecimal bound = new BigDecimal("0.00005").multiply(budget.amount());
                assertTrue(error.compareTo(bound) <= 0, error + " > " + bound);
            });
            v.utilisation().ifPresent(u -> {
                BigDecimal error = u.fraction().multiply(budget.amount()).subtract(actual.amount()).abs();
                assertTrue(error.compareTo(new BigDecimal("0.00005").multiply(budget.amount())) <= 0);
            });
        });
    }

    @Test
    void theDirectionFollowsTheSignAndTheLine() {
        qt().forAll(Generate.enumValues(ResourceLine.class), MONEY, MONEY).checkAssert((line, budget, actual) -> {
            LineVariance v = LineVariance.of(line, budget, actual);
            int sign = actual.compareTo(budget);
            Direction expected = sign == 0 ? Direction.NEUTRAL
                    : (sign > 0) == (line == ResourceLine.REVENUES) ? Direction.FAVOURABLE : Direction.UNFAVOURABLE;
            assertEquals(expected, v.direction());
        });
    }
}
