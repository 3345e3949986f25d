package io.github.albero.testkit.validation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.arbitrary;
import static org.quicktheories.generators.SourceDSL.longs;

import io.github.albero.model.NodePath;
import io.github.albero.model.Plan;
import io.github.albero.model.PlanKind;
import io.github.albero.testkit.Defect;
import io.github.albero.testkit.Injected;
import io.github.albero.validation.Finding;
import io.github.albero.validation.PlanValidator;
import io.github.albero.validation.RuleCode;
import io.github.albero.validation.Severity;
import io.github.albero.validation.ValidationReport;
import io.github.albero.testkit.Generators;
import io.github.albero.testkit.Size;
import io.github.albero.testkit.quicktheories.AlberoGens;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * Laws over the testkit's generators: a clean plan has no finding at all, a sound plan no error
 * (but for the empty plan), and injecting one named defect into a clean plan yields findings of
 * exactly that rule, with messages fully rendered in both languages.
 */
class DefectPropertyTest {
    private static final PlanValidator VALIDATOR = PlanValidator.create();

    /** Rule codes the testkit has no defect for, with the reason: none, every rule is reachable. */
    static final Set<RuleCode> WITHOUT_DEFECT = EnumSet.noneOf(RuleCode.class);

    @Test
    void cleanPlansHaveNoFindingAtAll() {
        qt().withExamples(150).forAll(AlberoGens.cleanPlans(Size.defaults())).checkAssert(plan -> {
            ValidationReport r = VALIDATOR.validate(plan);
            assertTrue(r.isEmpty(), () -> r.toString());
        });
    }

    @Test
    void largeCleanPlansHaveNoFindingAtAll() {
        for (Plan plan : Generators.cleanPlans(Size.large()).sample(7L, 20)) {
            ValidationReport r = VALIDATOR.validate(plan);
            assertTrue(r.isEmpty(), () -> r.toString());
        }
    }

    @Test
    void soundPlansHaveNoErrorButTheEmptyPlan() {
        // the default knobs always allow an indicator, so every strategic objective has one (no ALB-CON-005);
        // AlberoGens.plans() would shrink the knobs down to objectives without indicators
        qt().withExamples(150).forAll(AlberoGens.of(Generators.plans())).checkAssert(plan -> {
            List<Finding> errors = VALIDATOR.validate(plan).findings().stream().filter(f -> f.severity() == Severity.ERROR)
                    .collect(Collectors.toList());
            if (plan.missions().isEmpty()) {
                assertEquals(List.of(RuleCode.PLAN_EMPTY), errors.stream().map(Finding::code).collect(Collectors.toList()));
            } else {
                assertEquals(List.of(), errors);
            }
        });
    }

    @Test
    void injectingOneDefectYieldsFindingsOfExactlyThatRule() {
        qt().withExamples(600).forAll(arbitrary().pick(Defect.all()), longs().all()).checkAssert((defect, seed) -> {
            Plan broken = Generators.plansWith(defect).generate(seed);
            ValidationReport r = VALIDATOR.validate(broken);
            assertEquals(Set.of(rule(defect)), r.codes(), () -> defect + ", seed " + seed + "\n" + r);
            for (Finding f : r.findings()) {
                for (Locale l : List.of(Locale.ITALIAN, Locale.ENGLISH)) {
                    String m = f.message(l);
                    assertFalse(m.contains("{") || m.contains("}") || m.isBlank(), () -> "unrendered message: " + m);
                }
            }
        });
    }

    @Test
    void aTargetMovedBeforeTheHorizonLeavesItsRevisionsBehind() {
        // seed 10870 copies a target revised in 2999 to 2995, before the horizon 2997-2999 (found by the property above)
        ValidationReport r = VALIDATOR.validate(Generators.plansWith(Defect.TARGET_OUTSIDE_HORIZON).generate(10870L));
        assertEquals(Set.of(RuleCode.TARGET_OUTSIDE_HORIZON), r.codes(), () -> r.toString());
    }

    @Test
    void defectsStayAloneInLargePlansToo() {
        for (Defect defect : Defect.all()) {
            for (Plan broken : Generators.plansWith(defect, Size.large()).sample(11L, 3)) {
                ValidationReport r = VALIDATOR.validate(broken);
                assertEquals(Set.of(rule(defect)), r.codes(), () -> defect + "\n" + r);
            }
        }
    }

    @Test
    void everyRuleHasItsOwnDefectAndBack() {
        Set<Defect> seen = EnumSet.noneOf(Defect.class);
        for (RuleCode rule : RuleCode.values()) {
            Defect d = RuleDefects.of(rule);
            assertTrue(seen.add(d), () -> d + " breaks two rules");
            assertEquals(rule, RuleDefects.ruleOf(d));
        }
        assertEquals(EnumSet.allOf(Defect.class), seen);
    }

    @Test
    void theFindingsOfAnInjectedDefectLieAtOrBelowThePathItReports() {
        for (RuleCode rule : RuleCode.values()) {
            for (Injected i : RuleDefects.plansBreaking(rule).injections().sample(3L, 5)) {
                ValidationReport r = VALIDATOR.validate(i.plan());
                // a finding lies at the injected node, below it, above it, or at a sibling it now clashes with
                List<NodePath.Segment> where = i.path().segments();
                assertTrue(r.findings().stream().anyMatch(f -> common(f.path().segments(), where)
                        >= Math.min(f.path().segments().size(), where.size() - 2)), () -> i + "\n" + r);
            }
        }
    }

    @Test
    void onlyRulesOnReportsNeedAReport() {
        Set<RuleCode> reportOnly = Defect.all().stream().filter(d -> d.requiredKind().equals(Optional.of(PlanKind.REPORT)))
                .map(DefectPropertyTest::rule).collect(Collectors.toSet());
        assertEquals(Set.of(RuleCode.RESULT_MISSING_FOR_REFERENCE_YEAR, RuleCode.ACTUAL_MISSING_FOR_REFERENCE_YEAR,
                RuleCode.PERIOD_RESULT_NOT_FINAL), reportOnly);
    }

    private static int common(List<NodePath.Segment> a, List<NodePath.Segment> b) {
        int n = 0;
        while (n < a.size() && n < b.size() && a.get(n).equals(b.get(n))) {
            n++;
        }
        return n;
    }

    private static RuleCode rule(Defect d) {
        return RuleDefects.ruleOf(d);
    }
}
