package io.github.albero.validation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;


import io.github.albero.InvalidValueException;
import io.github.albero.code.MissionCode;
import io.github.albero.model.NodePath;
import io.github.albero.model.Plan;
import io.github.albero.model.Result;
import io.github.albero.model.Target;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class ValidationReportTest {
    /** An error, a warning and two notes on one indicator. */
    private static Plan flawed() {
        return Fixtures.mapIndicator(Fixtures.report(), i -> Fixtures.withTarget(Fixtures.withResult(
                Fixtures.withResult(i.withUnit(Optional.empty()), 2018, Result.parse("n. 4")), 2016, Result.parse("boh")),
                2016, Target.parse("circa 2 eventi")));
    }

    @Test
    void separatesErrorsWarningsAndNotes() {
        ValidationReport r = PlanValidator.create().validate(flawed());
        assertTrue(r.hasErrors());
        assertEquals(List.of(RuleCode.RESULT_AFTER_REFERENCE_YEAR), r.errors().stream().map(Finding::code).collect(Collectors.toList()));
        assertEquals(List.of(RuleCode.INDICATOR_FIELD_MISSING), r.warnings().stream().map(Finding::code).collect(Collectors.toList()));
        assertEquals(2, r.infos().size());
        assertEquals(4, r.findings().size());
        assertEquals(1, r.byCode().get(RuleCode.TARGET_TEXT_UNREAD).size());
        assertEquals(r.byCode().keySet(), r.codes());
        assertEquals(r.withCode(RuleCode.RESULT_TEXT_UNREAD), r.byCode().get(RuleCode.RESULT_TEXT_UNREAD));
    }

    @Test
    void givesEachFindingItsPathValueAndMessageInBothLanguages() {
        Finding f = PlanValidator.create().validate(flawed()).withCode(RuleCode.RESULT_AFTER_REFERENCE_YEAR).get(0);
        assertEquals(Fixtures.INDICATOR + ".results[2018]", f.path().toString());
        assertEquals(Optional.of("n. 4"), f.value());
        assertEquals(Severity.ERROR, f.severity());
        assertEquals("Result \"n. 4\" for 2018 is after the reference year 2017.", f.message(Locale.ENGLISH));
        assertEquals("Il risultato \"n. 4\" del 2018 è successivo all'anno di riferimento 2017.", f.message(Locale.ITALY));
        // any other language falls back to English, never to the JVM's default locale
        assertEquals(f.message(Locale.ENGLISH), f.message(Locale.GERMAN));
    }

    @Test
    void rendersASummaryAndOneLinePerFindingInPathOrder() {
        ValidationReport r = PlanValidator.create().validate(flawed());
        String it = r.render(Locale.ITALIAN);
        assertTrue(it.startsWith("1 errore, 1 avviso, 2 note\n"), it);
        assertTrue(it.contains("ERRORE   ALB-TIM-003 " + Fixtures.INDICATOR + ".results[2018]: Il risultato"), it);
        String en = r.toString();
        assertTrue(en.startsWith("1 error, 1 warning, 2 notes\n"), en);
        List<String> paths = r.findings().stream().map(f -> f.path().toString()).collect(Collectors.toList());
        assertEquals(List.of(Fixtures.INDICATOR + ".results[2016]", Fixtures.INDICATOR + ".results[2018]",
                Fixtures.INDICATOR + ".targets[2016]", Fixtures.INDICATOR + ".unit"), paths);
    }

    @Test
    void ordersIndicesAsNumbers() {
        NodePath o = NodePath.root().member("o");
        assertTrue(order(o.indicator(2), o.indicator(10)) < 0);
        assertTrue(order(NodePath.root().mission(MissionCode.of("011"), 3), NodePath.root().mission(MissionCode.of("012"), 0)) < 0);
        assertTrue(order(NodePath.root().mission(MissionCode.of("9"), 0), NodePath.root().mission(MissionCode.of("011"), 1)) < 0);
        assertEquals(0, order(o.member("a", 1).member("b"), o.member("a", 1).member("b")));
        assertTrue(order(o.member("a", 1), o.member("a", 1).member("b")) < 0);
        assertTrue(order(o.member("a"), o.member("a", 1)) < 0);
        assertTrue(ValidationReport.natural("011-005-002", "011-005-010") < 0);
        assertTrue(ValidationReport.natural("a0", "a00") == 0 && ValidationReport.natural("x2y", "x10") < 0);
    }

    private static int order(NodePath a, NodePath b) {
        return Integer.signum(ValidationReport.comparePaths(a.segments(), b.segments()));
    }

    @Test
    void ordersEveryPairOfIndicesAsNumbers() {
        qt().forAll(integers().between(0, 1_000_000_000), integers().between(0, 1_000_000_000)).checkAssert((a, b) -> assertEquals(
                Integer.signum(Integer.compare(a, b)),
                order(NodePath.root().member("o").indicator(a).member("unit"), NodePath.root().member("o").indicator(b).member("unit"))));
    }

    @Test
    void isAPureFunctionOfThePlanAndSafeAcrossThreads() throws Exception {
        Plan plan = flawed();
        ValidationReport first = PlanValidator.create().validate(plan);
        assertEquals(first.findings(), PlanValidator.create().validate(plan).findings());
        assertSame(PlanValidator.create(), PlanValidator.create());
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<ValidationReport>> all = IntStream.range(0, 16)
                    .mapToObj(n -> pool.submit(() -> PlanValidator.create().validate(plan))).collect(Collectors.toList());
            for (Future<ValidationReport> f : all) {
                assertEquals(first.findings(), f.get().findings());
            }
        } finally {
            pool.shutdown();
        }
    }

    @Test
    void rejectsANullPlanWithAClearError() {
        InvalidValueException e = assertThrows(InvalidValueException.class, () -> PlanValidator.create().validate(null));
        assertEquals("plan", e.field());
        assertEquals("plan: is required (got nothing)", e.getMessage());
        assertEquals("è obbligatorio", e.message().render(Locale.ITALIAN));
    }

    @Test
    void findsNothingInACleanReport() {
        ValidationReport r = PlanValidator.create().validate(Fixtures.report());
        assertTrue(r.isEmpty(), r::toString);
        assertFalse(r.hasErrors());
        assertEquals("0 errors, 0 warnings, 0 notes", r.toString());
        assertEquals("0 errori, 0 avvisi, 0 note", r.render(Locale.ITALIAN));
    }

    @Test
    void looksUpRulesByCode() {
        assertEquals(Optional.of(RuleCode.BUDGET_UNUSED), RuleCode.ofCode("alb-res-002"));
        assertEquals(Optional.empty(), RuleCode.ofCode("ALB-XXX-999"));
        assertEquals(Optional.empty(), RuleCode.ofCode(null));
        assertEquals("RES", RuleCode.BUDGET_UNUSED.family());
    }
}
