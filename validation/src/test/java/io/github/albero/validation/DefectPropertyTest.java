package io.github.albero.validation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.arbitrary;
import static org.quicktheories.generators.SourceDSL.longs;

import io.github.albero.code.MissionCode;
import io.github.albero.code.ObjectiveCode;
import io.github.albero.code.ProgramCode;
import io.github.albero.measure.Weight;
import io.github.albero.model.Baseline;
import io.github.albero.model.Indicator;
import io.github.albero.model.Mission;
import io.github.albero.model.Plan;
import io.github.albero.model.PlanKind;
import io.github.albero.model.Polarity;
import io.github.albero.model.Program;
import io.github.albero.model.ResourceAmounts;
import io.github.albero.model.Resources;
import io.github.albero.model.Result;
import io.github.albero.model.StrategicObjective;
import io.github.albero.model.Target;
import io.github.albero.model.YearResources;
import io.github.albero.money.Money;
import io.github.albero.reference.ReferenceProgram;
import io.github.albero.validation.CleanPlans.Kind;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import java.util.function.BiFunction;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * Laws: a generated clean plan has no finding at all, and injecting one named defect into it
 * yields findings of exactly that rule, with messages fully rendered in both languages.
 */
class DefectPropertyTest {
    private static final PlanValidator VALIDATOR = PlanValidator.create();
    private static final Set<RuleCode> REPORT_ONLY = Set.of(RuleCode.RESULT_MISSING_FOR_REFERENCE_YEAR,
            RuleCode.ACTUAL_MISSING_FOR_REFERENCE_YEAR);
    private static final Map<RuleCode, BiFunction<Plan, Random, Plan>> DEFECTS = defects();

    @Test
    void generatedCleanPlansHaveNoFinding() {
        qt().withExamples(150).forAll(longs().all(), arbitrary().enumValues(PlanKind.class)).checkAssert((seed, kind) -> {
            Plan plan = CleanPlans.generate(new Random(seed), kind);
            ValidationReport r = VALIDATOR.validate(plan);
            assertTrue(r.isEmpty(), () -> "seed " + seed + "\n" + r);
        });
    }

    @Test
    void injectingOneDefectYieldsExactlyThatRule() {
        qt().withExamples(400).forAll(longs().all(), arbitrary().enumValues(RuleCode.class)).checkAssert((seed, rule) -> {
            Random random = new Random(seed);
            PlanKind kind = REPORT_ONLY.contains(rule) || random.nextBoolean() ? PlanKind.REPORT : PlanKind.PLAN;
            Plan broken = DEFECTS.get(rule).apply(CleanPlans.generate(random, kind), random);
            ValidationReport r = VALIDATOR.validate(broken);
            assertEquals(Set.of(rule), r.codes(), () -> "seed " + seed + "\n" + r);
            for (Finding f : r.findings()) {
                for (Locale l : List.of(Locale.ITALIAN, Locale.ENGLISH)) {
                    String m = f.message(l);
                    assertFalse(m.contains("{") || m.contains("}") || m.isBlank(), () -> "unrendered message: " + m);
                }
            }
        });
    }

    @Test
    void everyRuleHasADefectToInject() {
        assertEquals(Set.of(RuleCode.values()), DEFECTS.keySet());
    }

    // --- defects, each on the first mission, program, objective or indicator

    private static Map<RuleCode, BiFunction<Plan, Random, Plan>> defects() {
        Map<RuleCode, BiFunction<Plan, Random, Plan>> d = new EnumMap<>(RuleCode.class);
        d.put(RuleCode.INDICATOR_FIELD_MISSING, (p, r) -> Fixtures.mapIndicator(p, i -> i.withAlgorithm(Optional.empty())));
        d.put(RuleCode.INDICATOR_BASELINE_MISSING, (p, r) -> Fixtures.mapIndicator(p, i -> i.withBaseline(Optional.empty())));
        d.put(RuleCode.OBJECTIVE_FIELD_MISSING, (p, r) -> Fixtures.mapObjective(p, o -> o.withDescription(Optional.empty())));
        d.put(RuleCode.MISSION_UNKNOWN, (p, r) -> p.withMissions(append(p.missions(), mission(p, r, "099", "001"))));
        d.put(RuleCode.PROGRAM_UNKNOWN, (p, r) -> Fixtures.mapMission(p, m -> m.withPrograms(append(m.programs(),
                program(p, r, m.code().value(), "099")))));
        d.put(RuleCode.MISSION_TITLE_DIFFERS, (p, r) -> Fixtures.mapMission(p, m -> m.withTitle("Missione dal titolo diverso")));
        d.put(RuleCode.PROGRAM_TITLE_DIFFERS, (p, r) -> Fixtures.mapProgram(p, pr -> pr.withTitle("Programma dal titolo diverso")));
        d.put(RuleCode.INDICATOR_CODE_REPEATED, (p, r) -> Fixtures.mapObjective(p, o -> {
            List<Indicator> is = unweighted(o.indicators());
            is.set(0, is.get(0).withCode("DUP"));
            is.add(is.get(0));
            return o.withIndicators(is).withDeclaredIndicatorCount(Optional.empty());
        }));
        d.put(RuleCode.PLAN_EMPTY, (p, r) -> p.withMissions(List.of()));
        d.put(RuleCode.BRANCH_EMPTY, (p, r) -> p.withMissions(append(p.missions(), Mission.builder().code(unusedMission(p))
                .title(ReferenceProgram.missionTitle(unusedMission(p)).get()).build())));
        d.put(RuleCode.PERCENTAGE_OUT_OF_BOUNDS, (p, r) -> replaceFirstIndicator(p, r, Kind.PERCENTAGE,
                i -> Fixtures.withResult(i, p.referenceYear(), Result.parse("120%"))));
        d.put(RuleCode.SCORE_OUT_OF_SCALE, (p, r) -> replaceFirstIndicator(p, r, Kind.SCORE,
                i -> Fixtures.withResult(i, p.referenceYear(), Result.parse("6"))));
        d.put(RuleCode.WEIGHT_ZERO, (p, r) -> Fixtures.mapObjective(p, o -> {
            List<Indicator> is = withSecondSibling(o.indicators());
            for (int k = 0; k < is.size(); k++) {
                is.set(k, is.get(k).withWeight(Weight.of(k == 0 ? 100 : 0)));
            }
            return o.withIndicators(is).withDeclaredIndicatorCount(Optional.empty());
        }));
        d.put(RuleCode.WEIGHTS_NOT_100, (p, r) -> Fixtures.mapObjective(p, o -> o.withIndicators(
                o.indicators().stream().map(i -> i.withWeight(Weight.of(1))).collect(Collectors.toList()))));
        d.put(RuleCode.WEIGHTS_PARTIAL, (p, r) -> Fixtures.mapObjective(p, o -> {
            List<Indicator> is = withSecondSibling(o.indicators());
            is.set(0, is.get(0).withWeight(Weight.of(100)));
            return o.withIndicators(is).withDeclaredIndicatorCount(Optional.empty());
        }));
        d.put(RuleCode.TARGET_OUTSIDE_HORIZON, (p, r) -> Fixtures.mapIndicator(p, i -> Fixtures.withTarget(i, p.horizon().last() + 1,
                Target.parse(i.targets().get(p.horizon().first()).text()))));
        d.put(RuleCode.RESULT_BEFORE_HORIZON, (p, r) -> replaceFirstIndicator(p, r, Kind.COUNT,
                i -> Fixtures.withResult(i, p.horizon().first() - 1, Result.parse("n. 2"))));
        d.put(RuleCode.RESULT_AFTER_REFERENCE_YEAR, (p, r) -> replaceFirstIndicator(p, r, Kind.COUNT,
                i -> Fixtures.withResult(i, p.referenceYear() + 1, Result.parse("n. 2"))));
        d.put(RuleCode.BASELINE_NOT_BEFORE_TARGETS, (p, r) -> Fixtures.mapIndicator(p, i -> i.withBaseline(
                Baseline.builder().text("valore").year(p.horizon().first()).build())));
        d.put(RuleCode.RESULT_MISSING_FOR_REFERENCE_YEAR, (p, r) -> Fixtures.mapIndicator(p, i -> Fixtures.withoutResult(i, p.referenceYear())));
        d.put(RuleCode.RESOURCES_OUTSIDE_HORIZON, (p, r) -> Fixtures.mapObjective(p, o -> o.withResources(Resources.builder()
                .from(o.resources().get()).putYears(p.horizon().last() + 1, YearResources.builder().budget(costs(1000)).build()).build())));
        d.put(RuleCode.INDICATOR_COUNT_MISMATCH, (p, r) -> Fixtures.mapObjective(p, o -> o.withDeclaredIndicatorCount(
                (int) o.allIndicators().count() + 1 + r.nextInt(5))));
        d.put(RuleCode.RESULT_UNIT_INCOMPATIBLE, (p, r) -> replaceFirstIndicator(p, r, Kind.COUNT,
                i -> Fixtures.withResult(i, p.referenceYear(), Result.parse("50%"))));
        d.put(RuleCode.POLARITY_CONTRADICTS_TARGET, (p, r) -> replaceFirstIndicator(p, r, Kind.DAYS,
                i -> i.withPolarity(Polarity.HIGHER_IS_BETTER)));
        d.put(RuleCode.TARGET_MISSING_FOR_REFERENCE_YEAR, (p, r) -> Fixtures.mapIndicator(p, i -> Fixtures.withoutTarget(i, p.referenceYear())));
        d.put(RuleCode.OBJECTIVE_WITHOUT_INDICATORS, (p, r) -> Fixtures.mapObjective(p, o -> o.withIndicators(List.of())
                .withOperationalObjectives(List.of()).withDeclaredIndicatorCount(Optional.empty())));
        d.put(RuleCode.ACTUAL_WITHOUT_BUDGET, (p, r) -> Fixtures.mapObjective(p, o -> o.withResources(Resources.of(p.referenceYear(),
                costs(5000), ResourceAmounts.of(Money.ZERO, Money.ofEuros(5000), Money.ofEuros(1 + r.nextInt(9999)))))));
        d.put(RuleCode.BUDGET_UNUSED, (p, r) -> Fixtures.mapObjective(p, o -> o.withResources(Resources.of(p.referenceYear(),
                costs(1 + r.nextInt(9999)), ResourceAmounts.ZERO))));
        d.put(RuleCode.ACTUAL_MISSING_FOR_REFERENCE_YEAR, (p, r) -> Fixtures.mapObjective(p, o -> o.withResources(Resources.builder()
                .putYears(p.referenceYear(), YearResources.builder().budget(costs(5000)).build()).build())));
        d.put(RuleCode.TARGET_TEXT_UNREAD, (p, r) -> Fixtures.mapIndicator(p, i -> Fixtures.withTarget(i, p.horizon().last(),
                Target.parse("circa 2 eventi"))));
        d.put(RuleCode.RESULT_TEXT_UNREAD, (p, r) -> Fixtures.mapIndicator(p, i -> Fixtures.withResult(i, p.horizon().first(),
                Result.parse("in linea con le attese"))));
        return d;
    }

    private static <T> List<T> append(List<T> list, T item) {
        List<T> l = new ArrayList<>(list);
        l.add(item);
        return l;
    }

    private static ResourceAmounts costs(long euros) {
        return ResourceAmounts.of(Money.ZERO, Money.ofEuros(euros), Money.ZERO);
    }

    private static List<Indicator> unweighted(List<Indicator> indicators) {
        return indicators.stream().map(i -> i.withWeight(Optional.empty())).collect(Collectors.toCollection(ArrayList::new));
    }

    /** The siblings, with a code-less copy of the first added when it is alone. */
    private static List<Indicator> withSecondSibling(List<Indicator> indicators) {
        List<Indicator> is = unweighted(indicators);
        if (is.size() == 1) {
            is.add(is.get(0).withCode(Optional.empty()));
        }
        return is;
    }

    private static Plan replaceFirstIndicator(Plan p, Random r, Kind kind, java.util.function.UnaryOperator<Indicator> defect) {
        Indicator fresh = CleanPlans.indicator(r, kind, p.horizon(), p.referenceYear(), p.kind());
        return Fixtures.mapIndicator(p, old -> defect.apply(fresh.withWeight(old.weight()).withCode(old.code())));
    }

    private static StrategicObjective objective(Plan p, Random r, String mission, String program) {
        return CleanPlans.objective(r, ObjectiveCode.parse(mission + "-" + program + "-001"), p.horizon(), p.referenceYear(), p.kind());
    }

    private static Program program(Plan p, Random r, String mission, String program) {
        return Program.builder().code(ProgramCode.of(program)).title("Programma " + program).addObjectives(objective(p, r, mission, program))
                .build();
    }

    private static Mission mission(Plan p, Random r, String mission, String program) {
        return Mission.builder().code(MissionCode.of(mission)).title("Missione " + mission).addPrograms(program(p, r, mission, program)).build();
    }

    private static MissionCode unusedMission(Plan p) {
        Set<MissionCode> used = p.missions().stream().map(Mission::code).collect(Collectors.toSet());
        return Arrays.stream(ReferenceProgram.values()).map(ReferenceProgram::missionCode).filter(c -> !used.contains(c)).findFirst()
                .orElseThrow();
    }

}
