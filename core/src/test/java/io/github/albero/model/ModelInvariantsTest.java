package io.github.albero.model;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.albero.InvalidValueException;
import io.github.albero.code.MissionCode;
import io.github.albero.code.ObjectiveCode;
import io.github.albero.code.ProgramCode;
import io.github.albero.measure.Quantity;
import io.github.albero.measure.Unit;
import io.github.albero.money.Money;
import io.github.albero.period.YearRange;
import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;

class ModelInvariantsTest {
    static Indicator indicator(String name) {
        return Indicator.builder().name(name).polarity(Polarity.MILESTONE)
                .putTargets(2017, Target.parse("report")).putResults(2017, Result.parse("100%")).build();
    }

    static StrategicObjective objective(String code) {
        return StrategicObjective.builder().code(ObjectiveCode.parse(code)).title("Obiettivo " + code)
                .addIndicators(indicator("Indicatore " + code)).build();
    }

    static Program program(String code, StrategicObjective... objectives) {
        return Program.builder().code(ProgramCode.of(code)).title("Programma " + code).addObjectives(objectives).build();
    }

    static Mission mission(String code, Program... programs) {
        return Mission.builder().code(MissionCode.of(code)).title("Missione " + code).addPrograms(programs).build();
    }

    static Plan.Builder plan(Mission... missions) {
        return Plan.builder().kind(PlanKind.REPORT).administration(Administration.of("Camera di Commercio di Lucca"))
                .referenceYear(2017).horizon(YearRange.of(2016, 2018)).addMissions(missions);
    }

    private static InvalidValueException fails(Supplier<?> build) {
        return assertThrows(InvalidValueException.class, build::get);
    }

    @Test
    void resourceAmountsMustNotBeNegative() {
        InvalidValueException e = fails(() -> ResourceAmounts.of(Money.ZERO, Money.parse("-1.00"), Money.ZERO));
        assertEquals("costs", e.field());
        assertEquals("costs: must not be negative (got \"-1.00\")", e.getMessage());
        assertDoesNotThrow(() -> ResourceAmounts.of(Money.ZERO, Money.parse("1.00"), Money.ZERO));
    }

    @Test
    void aResourceYearNeedsAtLeastOneStatement() {
        assertEquals("resources", fails(() -> YearResources.builder().build()).field());
        assertDoesNotThrow(() -> YearResources.builder().actual(ResourceAmounts.ZERO).build());
    }

    @Test
    void resourceYearsMustBePlausible() {
        YearResources y = YearResources.builder().budget(ResourceAmounts.ZERO).build();
        assertEquals("resources.years", fails(() -> Resources.builder().putYears(17, y).build()).field());
        assertEquals(Optional.of(ResourceAmounts.ZERO), Resources.builder().putYears(2017, y).build().budget(2017));
    }

    @Test
    void aBaselineNeedsATextOrAValue() {
        assertEquals("baseline", fails(() -> Baseline.builder().year(2015).build()).field());
        assertEquals("baseline.year", fails(() -> Baseline.builder().text("x").year(15).build()).field());
        assertDoesNotThrow(() -> Baseline.builder().value(Quantity.parse("2.3 gg")).year(2015).build());
    }

    @Test
    void targetsAndResultsNeedANonBlankText() {
        assertEquals("text", fails(() -> Target.of(" ")).field());
        assertEquals("text", fails(() -> Result.of("")).field());
        assertEquals("comment", fails(() -> Result.builder().text("100%").comment(" ").build()).field());
        assertDoesNotThrow(() -> Result.builder().text("100%").comment("in linea con il piano").build());
    }

    @Test
    void aTargetReadingMatchesItsOperator() {
        assertEquals("reading.value", fails(() -> TargetReading.builder().operator(TargetOperator.AT_LEAST).build()).field());
        assertEquals("reading.value", fails(() -> TargetReading.builder().operator(TargetOperator.MILESTONE).value(BigDecimal.ONE).build()).field());
        assertEquals("reading.upperBound", fails(() -> TargetReading.between(BigDecimal.TEN, BigDecimal.ONE, null)).field());
        assertEquals("reading.upperBound", fails(() -> TargetReading.builder().operator(TargetOperator.BETWEEN).value(BigDecimal.ONE).build()).field());
        assertEquals("reading.upperBound", fails(() -> TargetReading.builder().operator(TargetOperator.AT_MOST)
                .value(BigDecimal.ONE).upperBound(BigDecimal.TEN).build()).field());
        assertEquals("reading.value", fails(() -> TargetReading.builder().operator(TargetOperator.EXACTLY)
                .value(new BigDecimal("1E20")).build()).field());
        assertDoesNotThrow(() -> TargetReading.between(BigDecimal.ONE, BigDecimal.TEN, Unit.DAYS));
    }

    @Test
    void aResultReadingMatchesItsKind() {
        assertEquals("reading.value", fails(() -> ResultReading.builder().kind(ResultKind.NUMBER).build()).field());
        assertEquals("reading.value", fails(() -> ResultReading.builder().kind(ResultKind.STATUS)
                .status(ResultStatus.ACHIEVED).value(BigDecimal.ONE).build()).field());
        assertEquals("reading.status", fails(() -> ResultReading.builder().kind(ResultKind.STATUS).build()).field());
        assertEquals("reading.status", fails(() -> ResultReading.builder().kind(ResultKind.NOTHING_REPORTED)
                .status(ResultStatus.ACHIEVED).build()).field());
        assertEquals("reading.unit", fails(() -> ResultReading.builder().kind(ResultKind.PERCENTAGE)
                .value(BigDecimal.ONE).unit(Unit.DAYS).build()).field());
        assertEquals("reading.unit", fails(() -> ResultReading.builder().kind(ResultKind.STATUS)
                .status(ResultStatus.ACHIEVED).unit(Unit.PERCENT).build()).field());
        assertEquals("reading.unit", fails(() -> ResultReading.builder().kind(ResultKind.NOTHING_REPORTED).unit(Unit.PERCENT).build()).field());
        assertDoesNotThrow(() -> ResultReading.number(Quantity.parse("2.9 gg")));
    }

    @Test
    void readingsKeepValuesInNormalForm() {
        assertEquals(TargetReading.atLeast(Quantity.parse("2")), TargetReading.atLeast(Quantity.of(new BigDecimal("2.00"), null)));
        assertEquals(new BigDecimal("2.9"), ResultReading.builder().kind(ResultKind.NUMBER).value(new BigDecimal("2.90")).build().value().get());
        assertEquals(ResultReading.percentage(io.github.albero.measure.Percentage.of(100)), ResultReading.number(Quantity.parse("100%")));
    }

    @Test
    void anIndicatorNeedsANameAPolarityAndPlausibleYears() {
        assertEquals("name", fails(() -> Indicator.builder().polarity(Polarity.MILESTONE).build()).field());
        assertEquals("polarity", fails(() -> Indicator.builder().name("x").build()).field());
        assertEquals("name", fails(() -> Indicator.builder().name("  ").polarity(Polarity.MILESTONE).build()).field());
        assertEquals("targets", fails(() -> Indicator.builder().name("x").polarity(Polarity.MILESTONE)
                .putTargets(17, Target.of("x")).build()).field());
        assertEquals("results", fails(() -> Indicator.builder().name("x").polarity(Polarity.MILESTONE)
                .putResults(3017, Result.of("x")).build()).field());
        assertEquals("notes[0]", fails(() -> Indicator.builder().name("x").polarity(Polarity.MILESTONE).addNotes("").build()).field());
        assertDoesNotThrow(() -> indicator("x"));
    }

    @Test
    void nullsAreRejectedWithTheFieldName() {
        InvalidValueException e = fails(() -> Indicator.builder().name(null));
        assertEquals("name", e.field());
        assertEquals("is required", e.problem());
    }

    @Test
    void anObjectiveNeedsATitleAndANonNegativeIndicatorCount() {
        assertEquals("title", fails(() -> StrategicObjective.builder().code(ObjectiveCode.parse("011-005-001")).title(" ").build()).field());
        assertEquals("declaredIndicatorCount", fails(() -> StrategicObjective.builder().code(ObjectiveCode.parse("011-005-001"))
                .title("t").declaredIndicatorCount(-1).build()).field());
        assertDoesNotThrow(() -> objective("011-005-001"));
    }

    @Test
    void operationalObjectiveCodesAreUniqueWithinTheirStrategicObjective() {
        OperationalObjective op = OperationalObjective.builder().code("OP1").title("Passo 1").build();
        InvalidValueException e = fails(() -> StrategicObjective.builder().code(ObjectiveCode.parse("011-005-001")).title("t")
                .addOperationalObjectives(op, op).build());
        assertEquals("operationalObjectives[1].code", e.field());
        assertDoesNotThrow(() -> StrategicObjective.builder().code(ObjectiveCode.parse("011-005-001")).title("t")
                .addOperationalObjectives(op, OperationalObjective.builder().code("OP2").title("Passo 2").build()).build());
    }

    @Test
    void anObjectiveCodeMustAgreeWithItsProgram() {
        InvalidValueException e = fails(() -> program("004", objective("011-005-001")));
        assertEquals("objectives[011-005-001].code", e.field());
        assertTrue(e.getMessage().contains("program's code 004"), e.getMessage());
        assertDoesNotThrow(() -> program("005", objective("011-005-001")));
    }

    @Test
    void objectiveCodesAreUniqueWithinTheirProgram() {
        assertEquals("objectives[011-005-001].code", fails(() -> program("005", objective("011-005-001"), objective("011-005-001"))).field());
    }

    @Test
    void anObjectiveCodeMustAgreeWithItsMission() {
        InvalidValueException e = fails(() -> mission("012", program("005", objective("011-005-001"))));
        assertEquals("programs[005].objectives[011-005-001].code", e.field());
        assertDoesNotThrow(() -> mission("011", program("005", objective("011-005-001"))));
    }

    @Test
    void programCodesAreUniqueWithinTheirMission() {
        assertEquals("programs[005].code", fails(() -> mission("011", program("005"), program("005"))).field());
    }

    @Test
    void missionCodesAreUniqueWithinThePlan() {
        assertEquals("missions[011].code", fails(() -> plan(mission("011"), mission("011")).build()).field());
    }

    @Test
    void theReferenceYearLiesWithinTheHorizonAndTheCurrencyIsEuro() {
        InvalidValueException e = fails(() -> plan().referenceYear(2019).build());
        assertEquals("referenceYear", e.field());
        assertEquals("2019", e.value());
        assertEquals("currency", fails(() -> plan().currency("USD").build()).field());
        assertEquals("administration", fails(() -> Plan.builder().kind(PlanKind.PLAN).referenceYear(2017)
                .horizon(YearRange.of(2017, 2019)).build()).field());
        assertDoesNotThrow(() -> plan().build());
    }

    @Test
    void equalValuesAreEqualAndCopiesChangeOnlyWhatTheySay() {
        Plan a = plan(mission("011", program("005", objective("011-005-001")))).build();
        Plan b = plan(mission("011", program("005", objective("011-005-001")))).build();
        assertEquals(a, b);
        assertEquals(a.hashCode(), b.hashCode());
        Plan c = a.withReferenceYear(2018);
        assertNotEquals(a, c);
        assertEquals(2017, a.referenceYear());
        assertEquals(a.missions(), c.missions());
    }

    @Test
    void collectionsCannotBeModifiedFromOutside() {
        Indicator i = indicator("x");
        assertThrows(UnsupportedOperationException.class, () -> i.targets().put(2018, Target.of("y")));
        assertThrows(UnsupportedOperationException.class, () -> i.notes().add("y"));
        StrategicObjective o = objective("011-005-001");
        assertThrows(UnsupportedOperationException.class, () -> o.indicators().clear());
        List<Indicator> source = new java.util.ArrayList<>(List.of(i));
        StrategicObjective built = StrategicObjective.builder().from(o).indicators(source).build();
        source.clear();
        assertEquals(1, built.indicators().size());
    }

    @Test
    void theTreeCanBeSearchedByCodeAndWalkedWithPaths() {
        Plan p = plan(mission("011", program("005", objective("011-005-001"), objective("011-005-002"))),
                mission("012", program("004", objective("012-004-001")))).build();
        assertEquals("Missione 011", p.find("011").get().displayName());
        assertEquals("Programma 004", p.find("012-004").get().displayName());
        assertEquals("Obiettivo 011-005-002", p.find("011‐005‐002").get().displayName());
        assertEquals(Optional.empty(), p.find("099"));
        assertEquals(3, p.objectives().size());
        assertEquals(List.of("missions[011].programs[005].objectives[011-005-001].indicators[0]",
                "missions[011].programs[005].objectives[011-005-002].indicators[0]",
                "missions[012].programs[004].objectives[012-004-001].indicators[0]"),
                p.indicators().stream().map(l -> l.path().toString()).collect(java.util.stream.Collectors.toList()));
        assertEquals("Plan[report 2017, Camera di Commercio di Lucca, horizon 2016-2018, 2 missions, 3 strategic objectives, 3 indicators]",
                p.toString());
    }

    @Test
    void indicatorTypesAreAnOpenSet() {
        assertEquals(Optional.of(IndicatorType.Known.EFFECTIVENESS), IndicatorType.of("Efficacia").known());
        assertEquals(Optional.of(IndicatorType.Known.QUALITY), IndicatorType.of("qualità").known());
        assertEquals(Optional.empty(), IndicatorType.of("strategico").known());
        assertEquals("strategico", IndicatorType.of("strategico").label());
        assertEquals("type", fails(() -> IndicatorType.of(" ")).field());
    }
}
