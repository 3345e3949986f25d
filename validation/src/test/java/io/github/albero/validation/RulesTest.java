package io.github.albero.validation;

import static io.github.albero.validation.Fixtures.INDICATOR;
import static io.github.albero.validation.Fixtures.OBJECTIVE;
import static io.github.albero.validation.Fixtures.costs;
import static io.github.albero.validation.Fixtures.indicator;
import static io.github.albero.validation.Fixtures.mapIndicator;
import static io.github.albero.validation.Fixtures.mapMission;
import static io.github.albero.validation.Fixtures.mapObjective;
import static io.github.albero.validation.Fixtures.mapProgram;
import static io.github.albero.validation.Fixtures.report;
import static io.github.albero.validation.Fixtures.withResult;
import static io.github.albero.validation.Fixtures.withTarget;
import static io.github.albero.validation.Fixtures.withoutResult;
import static io.github.albero.validation.Fixtures.withoutTarget;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.albero.code.MissionCode;
import io.github.albero.code.ObjectiveCode;
import io.github.albero.code.ProgramCode;
import io.github.albero.measure.Weight;
import io.github.albero.model.Baseline;
import io.github.albero.model.Indicator;
import io.github.albero.model.Mission;
import io.github.albero.model.OperationalObjective;
import io.github.albero.model.Plan;
import io.github.albero.model.PlanKind;
import io.github.albero.model.Polarity;
import io.github.albero.model.Program;
import io.github.albero.model.Resources;
import io.github.albero.model.Result;
import io.github.albero.model.StrategicObjective;
import io.github.albero.model.Target;
import io.github.albero.model.YearResources;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Each rule: a minimal plan that breaks only it, at the expected path, and a near miss that passes. */
class RulesTest {
    private static final PlanValidator VALIDATOR = PlanValidator.create();

    private static void assertOnly(RuleCode code, String path, Plan plan) {
        ValidationReport r = VALIDATOR.validate(plan);
        assertEquals(Set.of(code), r.codes(), r::toString);
        assertTrue(r.findings().stream().anyMatch(f -> f.path().toString().equals(path)), () -> "no finding at " + path + "\n" + r);
    }

    private static void assertClean(Plan plan) {
        ValidationReport r = VALIDATOR.validate(plan);
        assertTrue(r.isEmpty(), r::toString);
    }

    private static Plan withIndicators(Indicator... indicators) {
        return mapObjective(report(), o -> o.withIndicators(List.of(indicators)).withDeclaredIndicatorCount(indicators.length));
    }

    private static Indicator weighted(Indicator i, long weight) {
        return i.withWeight(Weight.of(weight));
    }

    // --- structure

    @Test
    void warnsOfAnIndicatorWithoutUnit() {
        assertOnly(RuleCode.INDICATOR_FIELD_MISSING, INDICATOR + ".unit", mapIndicator(report(), i -> i.withUnit(Optional.empty())));
        assertOnly(RuleCode.INDICATOR_FIELD_MISSING, INDICATOR + ".dataSource", mapIndicator(report(), i -> i.withDataSource(Optional.empty())));
        assertClean(mapIndicator(report(), i -> i.withUnit("n.")));
    }

    @Test
    void notesAnIndicatorWithoutBaseline() {
        assertOnly(RuleCode.INDICATOR_BASELINE_MISSING, INDICATOR + ".baseline", mapIndicator(report(), i -> i.withBaseline(Optional.empty())));
        assertClean(mapIndicator(report(), i -> i.withBaseline(Baseline.ofText("nessuna rilevazione precedente"))));
    }

    @Test
    void warnsOfAStrategicObjectiveWithoutResponsibleUnit() {
        assertOnly(RuleCode.OBJECTIVE_FIELD_MISSING, OBJECTIVE + ".responsibleUnit",
                mapObjective(report(), o -> o.withResponsibleUnit(Optional.empty())));
        assertOnly(RuleCode.OBJECTIVE_FIELD_MISSING, OBJECTIVE + ".timeframe", mapObjective(report(), o -> o.withTimeframe(Optional.empty())));
        assertClean(report());
    }

    @Test
    void warnsOfAMissionUnknownToTheReferenceClassification() {
        assertOnly(RuleCode.MISSION_UNKNOWN, "missions[099].code", planWith("099", "Altra missione", "001", "Altro programma"));
        assertClean(planWith("012", "Regolazione dei mercati", "004",
                "Vigilanza sui mercati e sui prodotti, promozione della concorrenza e tutela dei consumatori"));
    }

    @Test
    void warnsOfAProgramUnknownToItsMission() {
        assertOnly(RuleCode.PROGRAM_UNKNOWN, "missions[011].programs[009].code", planWith("011", Fixtures.MISSION_TITLE, "009", "Altro programma"));
        assertClean(planWith("011", Fixtures.MISSION_TITLE, "005", Fixtures.PROGRAM_TITLE));
    }

    private static Plan planWith(String mission, String missionTitle, String program, String programTitle) {
        StrategicObjective o = Fixtures.objective(indicator()).withCode(ObjectiveCode.parse(mission + "-" + program + "-001"));
        Program p = Program.builder().code(ProgramCode.of(program)).title(programTitle).addObjectives(o).build();
        Mission m = Mission.builder().code(MissionCode.of(mission)).title(missionTitle).addPrograms(p).build();
        return report().withMissions(List.of(m));
    }

    @Test
    void notesAMissionTitleThatDiffersFromTheReference() {
        assertOnly(RuleCode.MISSION_TITLE_DIFFERS, "missions[011].title", mapMission(report(), m -> m.withTitle("Competitività delle imprese")));
        assertClean(mapMission(report(), m -> m.withTitle("COMPETITIVITÀ  E SVILUPPO DELLE IMPRESE.")));
    }

    @Test
    void notesAProgramTitleThatDiffersFromTheReference() {
        assertOnly(RuleCode.PROGRAM_TITLE_DIFFERS, "missions[011].programs[005].title",
                mapProgram(report(), p -> p.withTitle("Promozione delle imprese")));
        assertClean(mapProgram(report(), p -> p.withTitle(Fixtures.PROGRAM_TITLE.toUpperCase() + ".")));
    }

    @Test
    void rejectsTwoSiblingIndicatorsWithTheSameCode() {
        assertOnly(RuleCode.INDICATOR_CODE_REPEATED, OBJECTIVE + ".indicators[1].code",
                withIndicators(indicator().withCode("I1"), indicator().withCode("I1")));
        assertClean(withIndicators(indicator().withCode("I1"), indicator().withCode("I2")));
    }

    @Test
    void rejectsAPlanWithoutMissions() {
        assertOnly(RuleCode.PLAN_EMPTY, "$", report().withMissions(List.of()));
        assertClean(report());
    }

    @Test
    void warnsOfAProgramWithoutObjectivesAndAMissionWithoutPrograms() {
        assertOnly(RuleCode.BRANCH_EMPTY, "missions[011].programs[005]", mapProgram(report(), p -> p.withObjectives(List.of())));
        assertOnly(RuleCode.BRANCH_EMPTY, "missions[011]", mapMission(report(), m -> m.withPrograms(List.of())));
        assertClean(report());
    }

    // --- numbers

    @Test
    void warnsOfACompletionPercentageAbove100() {
        assertOnly(RuleCode.PERCENTAGE_OUT_OF_BOUNDS, INDICATOR + ".results[2017]",
                withIndicators(withResult(Fixtures.percentage(), 2017, Result.parse("120%"))));
        assertOnly(RuleCode.PERCENTAGE_OUT_OF_BOUNDS, INDICATOR + ".targets[2018]",
                withIndicators(withTarget(Fixtures.percentage(), 2018, Target.parse("almeno 110%"))));
        assertClean(withIndicators(withResult(Fixtures.percentage(), 2017, Result.parse("100%"))));
    }

    @Test
    void warnsOfAScoreOutsideTheDeclaredScale() {
        assertOnly(RuleCode.SCORE_OUT_OF_SCALE, INDICATOR + ".results[2017]", withIndicators(withResult(Fixtures.score(), 2017, Result.parse("6"))));
        assertClean(withIndicators(withResult(Fixtures.score(), 2017, Result.parse("5"))));
    }

    @Test
    void warnsOfAZeroWeight() {
        assertOnly(RuleCode.WEIGHT_ZERO, OBJECTIVE + ".indicators[1].weight", withIndicators(weighted(indicator(), 100), weighted(indicator(), 0)));
        assertClean(withIndicators(weighted(indicator(), 60), weighted(indicator(), 40)));
    }

    @Test
    void warnsOfSiblingWeightsThatDoNotSumTo100() {
        assertOnly(RuleCode.WEIGHTS_NOT_100, OBJECTIVE + ".indicators", withIndicators(weighted(indicator(), 60), weighted(indicator(), 30)));
        Plan objectives = mapProgram(report(), p -> p.withObjectives(List.of(p.objectives().get(0).withWeight(Weight.of(50)),
                p.objectives().get(0).withCode(ObjectiveCode.parse("011-005-002")).withWeight(Weight.of(40)))));
        assertOnly(RuleCode.WEIGHTS_NOT_100, "missions[011].programs[005].objectives", objectives);
        assertClean(withIndicators(weighted(indicator(), 60), weighted(indicator(), 40)));
    }

    @Test
    void rejectsWeightsGivenToSomeSiblingsOnly() {
        assertOnly(RuleCode.WEIGHTS_PARTIAL, OBJECTIVE + ".indicators[1].weight", withIndicators(weighted(indicator(), 100), indicator()));
        assertClean(withIndicators(indicator(), indicator()));
    }

    // --- time

    @Test
    void warnsOfATargetOutsideTheHorizon() {
        assertOnly(RuleCode.TARGET_OUTSIDE_HORIZON, INDICATOR + ".targets[2019]",
                mapIndicator(report(), i -> withTarget(i, 2019, Target.parse("almeno 3 eventi"))));
        assertClean(report());
    }

    @Test
    void warnsOfAResultBeforeTheHorizon() {
        assertOnly(RuleCode.RESULT_BEFORE_HORIZON, INDICATOR + ".results[2015]", mapIndicator(report(), i -> withResult(i, 2015, Result.parse("n. 1"))));
        assertClean(mapIndicator(report(), i -> withResult(i, 2015, Result.parse("_____"))));
    }

    @Test
    void rejectsAResultAfterTheReferenceYear() {
        assertOnly(RuleCode.RESULT_AFTER_REFERENCE_YEAR, INDICATOR + ".results[2018]",
                mapIndicator(report(), i -> withResult(i, 2018, Result.parse("n. 3"))));
        assertClean(mapIndicator(report(), i -> withResult(i, 2018, Result.parse("_____"))));
    }

    @Test
    void warnsOfABaselineThatIsNotBeforeTheFirstTarget() {
        assertOnly(RuleCode.BASELINE_NOT_BEFORE_TARGETS, INDICATOR + ".baseline.year",
                mapIndicator(report(), i -> i.withBaseline(Baseline.builder().text("2 eventi").year(2016).build())));
        assertClean(mapIndicator(report(), i -> i.withBaseline(Baseline.builder().text("2 eventi").year(2015).build())));
    }

    @Test
    void warnsOfAReportWithoutResultForTheReferenceYear() {
        assertOnly(RuleCode.RESULT_MISSING_FOR_REFERENCE_YEAR, INDICATOR + ".results[2017]", mapIndicator(report(), i -> withoutResult(i, 2017)));
        assertClean(mapIndicator(report(), i -> withResult(i, 2017, Result.parse("_____"))));
        assertClean(mapIndicator(report().withKind(PlanKind.PLAN), i -> withoutResult(i, 2017)));
    }

    @Test
    void warnsOfResourcesOutsideTheHorizon() {
        Resources r = Resources.builder().putYears(2017, YearResources.builder().budget(costs(5000)).actual(costs(4000)).build())
                .putYears(2019, YearResources.builder().budget(costs(5000)).build()).build();
        assertOnly(RuleCode.RESOURCES_OUTSIDE_HORIZON, OBJECTIVE + ".resources[2019]", mapObjective(report(), o -> o.withResources(r)));
        assertClean(report());
    }

    @Test
    void flagsYearsOnEitherSideOfTheHorizonWhateverLiesBetween() {
        // the rules look inside a map only when its first or last year is outside: both ends must be seen
        Plan targets = mapIndicator(report(), i -> withTarget(withTarget(i, 2015, Target.parse("almeno 1 evento")), 2019, Target.parse("almeno 3 eventi")));
        assertEquals(List.of(INDICATOR + ".targets[2015]", INDICATOR + ".targets[2019]"), paths(RuleCode.TARGET_OUTSIDE_HORIZON, targets));
        Resources r = Resources.builder().putYears(2015, YearResources.builder().budget(costs(5000)).build())
                .putYears(2017, YearResources.builder().budget(costs(5000)).actual(costs(4000)).build()).build();
        assertEquals(List.of(OBJECTIVE + ".resources[2015]"), paths(RuleCode.RESOURCES_OUTSIDE_HORIZON, mapObjective(report(), o -> o.withResources(r))));
        Plan results = mapIndicator(report(), i -> withResult(withResult(i, 2016, Result.parse("n. 1")), 2018, Result.parse("n. 3")));
        assertEquals(List.of(INDICATOR + ".results[2018]"), paths(RuleCode.RESULT_AFTER_REFERENCE_YEAR, results));
    }

    private static List<String> paths(RuleCode code, Plan plan) {
        return VALIDATOR.validate(plan).withCode(code).stream().map(f -> f.path().toString()).collect(java.util.stream.Collectors.toList());
    }

    // --- consistency

    @Test
    void rejectsADeclaredIndicatorCountThatDiffersFromTheList() {
        assertOnly(RuleCode.INDICATOR_COUNT_MISMATCH, OBJECTIVE + ".declaredIndicatorCount",
                mapObjective(report(), o -> o.withDeclaredIndicatorCount(3)));
        OperationalObjective op = OperationalObjective.builder().title("Azione 1").addIndicators(indicator()).build();
        assertClean(mapObjective(report(), o -> o.withOperationalObjectives(List.of(op)).withDeclaredIndicatorCount(2)));
    }

    @Test
    void warnsOfAResultWhoseUnitDiffersFromItsTarget() {
        assertOnly(RuleCode.RESULT_UNIT_INCOMPATIBLE, INDICATOR + ".results[2017]", mapIndicator(report(), i -> withResult(i, 2017, Result.parse("100%"))));
        assertClean(mapIndicator(report(), i -> withResult(i, 2017, Result.parse("n. 4"))));
    }

    @Test
    void rejectsAPolarityThatContradictsTheTargetOperator() {
        assertOnly(RuleCode.POLARITY_CONTRADICTS_TARGET, INDICATOR + ".targets[2017]",
                mapIndicator(report(), i -> i.withPolarity(Polarity.LOWER_IS_BETTER)));
        assertOnly(RuleCode.POLARITY_CONTRADICTS_TARGET, INDICATOR + ".targets[2017]",
                withIndicators(Fixtures.days().withPolarity(Polarity.HIGHER_IS_BETTER)));
        assertClean(withIndicators(Fixtures.days()));
    }

    @Test
    void anInferredOperatorNeverContradictsThePolarity() {
        // "5%" states no comparison: the polarity decides, and ALB-CON-003 has nothing to blame
        assertClean(mapIndicator(report(), i -> everyTarget(i.withPolarity(Polarity.LOWER_IS_BETTER), "5%")));
        ValidationReport stated = VALIDATOR.validate(mapIndicator(report(), i -> everyTarget(i.withPolarity(Polarity.LOWER_IS_BETTER), "almeno 5%")));
        assertEquals(Set.of(RuleCode.POLARITY_CONTRADICTS_TARGET), stated.codes(), stated::toString);
    }

    private static Indicator everyTarget(Indicator i, String text) {
        java.util.Map<Integer, Target> targets = new java.util.TreeMap<>();
        i.targets().keySet().forEach(y -> targets.put(y, Target.parse(text)));
        java.util.Map<Integer, Result> results = new java.util.TreeMap<>();
        i.results().keySet().forEach(y -> results.put(y, Result.parse("3%")));
        return i.withTargets(targets).withResults(results);
    }

    @Test
    void warnsOfAnIndicatorWithoutTargetForTheReferenceYear() {
        assertOnly(RuleCode.TARGET_MISSING_FOR_REFERENCE_YEAR, INDICATOR + ".targets[2017]", mapIndicator(report(), i -> withoutTarget(i, 2017)));
        ValidationReport blank = VALIDATOR.validate(mapIndicator(report(), i -> withTarget(i, 2017, Target.parse("___"))));
        assertEquals(Set.of(RuleCode.TARGET_MISSING_FOR_REFERENCE_YEAR, RuleCode.TARGET_TEXT_UNREAD), blank.codes(), blank::toString);
        assertClean(report());
    }

    @Test
    void rejectsAStrategicObjectiveWithoutIndicators() {
        assertOnly(RuleCode.OBJECTIVE_WITHOUT_INDICATORS, OBJECTIVE,
                mapObjective(report(), o -> o.withIndicators(List.of()).withDeclaredIndicatorCount(0)));
        OperationalObjective op = OperationalObjective.builder().title("Azione 1").addIndicators(indicator()).build();
        assertClean(mapObjective(report(), o -> o.withIndicators(List.of()).withOperationalObjectives(List.of(op)).withDeclaredIndicatorCount(1)));
    }

    // --- resources

    @Test
    void warnsOfActualSpendingWithoutBudget() {
        assertOnly(RuleCode.ACTUAL_WITHOUT_BUDGET, OBJECTIVE + ".resources[2017].actual.costs",
                mapObjective(report(), o -> o.withResources(Resources.of(2017, costs(0), costs(4000)))));
        Resources revised = Resources.builder().putYears(2017, YearResources.builder().budget(costs(0)).revisedBudget(costs(4000))
                .actual(costs(4000)).build()).build();
        assertClean(mapObjective(report(), o -> o.withResources(revised)));
    }

    @Test
    void warnsOfABudgetLineNeverUsed() {
        assertOnly(RuleCode.BUDGET_UNUSED, OBJECTIVE + ".resources[2017].budget.costs",
                mapObjective(report(), o -> o.withResources(Resources.of(2017, costs(5000), costs(0)))));
        Resources revised = Resources.builder().putYears(2017, YearResources.builder().budget(costs(5000)).revisedBudget(costs(0))
                .actual(costs(0)).build()).build();
        assertClean(mapObjective(report(), o -> o.withResources(revised)));
    }

    @Test
    void warnsOfAReportWithBudgetButNoActualFigures() {
        Resources budgetOnly = Resources.builder().putYears(2017, YearResources.builder().budget(costs(5000)).build()).build();
        assertOnly(RuleCode.ACTUAL_MISSING_FOR_REFERENCE_YEAR, OBJECTIVE + ".resources[2017].actual",
                mapObjective(report(), o -> o.withResources(budgetOnly)));
        assertClean(mapObjective(report().withKind(PlanKind.PLAN), o -> o.withResources(budgetOnly)));
    }

    // --- text quality

    @Test
    void notesATargetTextWithoutReading() {
        assertOnly(RuleCode.TARGET_TEXT_UNREAD, INDICATOR + ".targets[2018]",
                mapIndicator(report(), i -> withTarget(i, 2018, Target.parse("circa 2 eventi"))));
        assertClean(mapIndicator(report(), i -> withTarget(i, 2018, Target.parse("almeno 3 eventi"))));
    }

    @Test
    void notesAResultTextWithoutReading() {
        assertOnly(RuleCode.RESULT_TEXT_UNREAD, INDICATOR + ".results[2016]",
                mapIndicator(report(), i -> withResult(i, 2016, Result.parse("in linea con le attese"))));
        assertClean(mapIndicator(report(), i -> withResult(i, 2016, Result.parse("raggiunto"))));
    }

    @Test
    void warnsOfAGivenReadingThatContradictsItsText() {
        Target saysThree = Target.of("almeno 3 eventi", io.github.albero.model.TargetReading.atLeast(io.github.albero.measure.Quantity.of(
                new java.math.BigDecimal("4"))));
        assertOnly(RuleCode.TARGET_READING_CONTRADICTS_TEXT, INDICATOR + ".targets[2018].reading",
                mapIndicator(report(), i -> withTarget(i, 2018, saysThree)));
        Finding f = VALIDATOR.validate(mapIndicator(report(), i -> withTarget(i, 2018, saysThree))).findings().get(0);
        assertEquals("The reading atLeast 4 given for the 2018 target contradicts its text \"almeno 3 eventi\", which reads "
                + Target.parse("almeno 3 eventi").reading().get() + ": the calculators use the given reading.", f.message(Locale.ENGLISH));
        assertOnly(RuleCode.RESULT_READING_CONTRADICTS_TEXT, INDICATOR + ".results[2016].reading",
                mapIndicator(report(), i -> withResult(i, 2016, Result.of("raggiunto",
                        io.github.albero.model.ResultReading.status(io.github.albero.model.ResultStatus.NOT_ACHIEVED)))));
        // an operator the text only implies may be made precise; an unread text contradicts nothing
        assertClean(mapIndicator(report(), i -> withTarget(i, 2018, Target.of("3 eventi", io.github.albero.model.TargetReading.atLeast(
                io.github.albero.measure.Quantity.of(new java.math.BigDecimal("3"), io.github.albero.measure.Unit.COUNT))))));
        assertOnly(RuleCode.TARGET_TEXT_UNREAD, INDICATOR + ".targets[2018]",
                mapIndicator(report(), i -> withTarget(i, 2018, Target.of("circa 2 eventi", io.github.albero.model.TargetReading.atLeast(
                        io.github.albero.measure.Quantity.of(new java.math.BigDecimal("9")))).withReading(java.util.Optional.empty()))));
    }

    @Test
    void warnsOfControlAndBidiOverrideCharactersInAnyText() {
        assertOnly(RuleCode.UNSAFE_CHARACTERS, INDICATOR + ".name",
                mapIndicator(report(), i -> i.withName("Eventi \u001B[31mrossi\u0007")));
        assertOnly(RuleCode.UNSAFE_CHARACTERS, OBJECTIVE + ".title",
                mapObjective(report(), o -> o.withTitle("FAVORIRE \u202ELO START UP")));
        assertOnly(RuleCode.UNSAFE_CHARACTERS, INDICATOR + ".results[2017]",
                mapIndicator(report(), i -> withResult(i, 2017, Result.of("realizzato\u0000", Result.parse("realizzato").reading().get()))));
        Finding f = VALIDATOR.validate(mapIndicator(report(), i -> i.withName("Eventi \u001B[31mrossi\u0007"))).findings().get(0);
        assertEquals("Il testo di name contiene 2 caratteri di controllo o di inversione della direzione, il primo U+001B in posizione 8;"
                + " i lettori vedono \"Eventi ␛[31mrossi␇\".", f.message(Locale.ITALIAN));
        assertEquals(java.util.OptionalInt.empty(), io.github.albero.text.UnsafeText.firstUnsafe(f.message(Locale.ENGLISH)));
        // tabs, line breaks, emoji and right-to-left letters are ordinary text
        assertClean(mapIndicator(report(), i -> i.withName("Eventi\tdi\npromozione 😀 مرحبا")));
    }

    @Test
    void reportsAnUnsafeTextAtEveryPlaceThatSharesItAndStillScansTextsThatOnlyLookLikeASafeOne() {
        // readers share equal texts: one instance in several places of the plan, safe or not
        String unsafe = new String("Rilevazione dell\u2019ufficio \u202Ecompetente");
        String safe = new String("Rilevazione dell\u2019ufficio competente, anno");
        String lookalike = new String("Rilevazione dell\u2019ufficio competente\u0007 anno");
        Plan plan = withIndicators(indicator().withDataSource(safe), indicator().withDataSource(unsafe).withAlgorithm(safe),
                indicator().withDataSource(unsafe).withMeasures(lookalike), indicator().withDataSource(safe).withMeasures(safe));
        assertEquals(List.of(OBJECTIVE + ".indicators[1].dataSource", OBJECTIVE + ".indicators[2].dataSource",
                OBJECTIVE + ".indicators[2].measures"), paths(RuleCode.UNSAFE_CHARACTERS, plan));
    }

    @Test
    void findsOperationalIndicatorsByIndex() {
        OperationalObjective op = OperationalObjective.builder().title("Azione 1").addIndicators(indicator().withUnit(Optional.empty())).build();
        Plan plan = mapObjective(report(), o -> o.withOperationalObjectives(List.of(op)).withDeclaredIndicatorCount(2));
        assertOnly(RuleCode.INDICATOR_FIELD_MISSING, OBJECTIVE + ".operationalObjectives[0].indicators[0].unit", plan);
    }

    @Test
    void coversEveryRuleInThisClass() {
        // a rule added to RuleCode needs its own test above (the nine rules of ratio indicators,
        // monitoring, revisions, breakdowns and public value: NewShapeRulesTest): keep this list in step
        assertEquals(32 + 9 + 2, RuleCode.values().length);
    }

}
