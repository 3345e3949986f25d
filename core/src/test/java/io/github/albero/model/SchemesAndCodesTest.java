package io.github.albero.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.albero.InvalidValueException;
import io.github.albero.achievement.AchievementCalculator;
import io.github.albero.achievement.AchievementNode;
import io.github.albero.achievement.AchievementReport;
import io.github.albero.code.MissionCode;
import io.github.albero.code.ObjectiveCode;
import io.github.albero.code.ProgramCode;
import io.github.albero.period.YearRange;
import io.github.albero.reference.LocalAuthorityProgram;
import io.github.albero.reference.Scheme;
import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

class SchemesAndCodesTest {
    private static Indicator indicator(String code, String target, String result) {
        return Indicator.builder().code(code).name("Indicatore " + code).polarity(Polarity.HIGHER_IS_BETTER)
                .putTargets(2023, Target.parse(target)).putResults(2023, Result.parse(result)).build();
    }

    private static StrategicObjective objective(String code, Indicator... indicators) {
        return StrategicObjective.builder().code(ObjectiveCode.of(code)).title("Obiettivo " + code).addIndicators(indicators).build();
    }

    private static Plan.Builder plan(Scheme scheme) {
        return Plan.builder().kind(PlanKind.REPORT).administration(Administration.of("Ente")).referenceYear(2023)
                .horizon(YearRange.of(2023, 2025)).scheme(scheme);
    }

    @Test
    void aPlanOrganisedByStrategicAreasHoldsObjectivesWithTheDocumentsCodesAndNoInventedMissionOrProgram() {
        Mission didattica = Mission.builder().code(MissionCode.of("A")).title("Didattica")
                .addObjectives(objective("OS1.1", indicator("I1", "almeno 80%", "85%")), objective("OS1.2", indicator("I2", "≥ 10", "5")))
                .build();
        Mission ricerca = Mission.builder().code(MissionCode.of("B")).title("Ricerca")
                .addObjectives(objective("Obiettivo 3", indicator("I3", "entro il 30/06/2023", "15/06/2023"))).build();
        Plan p = plan(Scheme.STRATEGIC_AREAS).addMissions(didattica, ricerca).uniqueCodes(true).build();

        assertEquals(3, p.objectives().size());
        assertEquals("Obiettivo 3", p.objective("Obiettivo 3").get().code().toString());
        assertEquals("Didattica", p.find("A").get().displayName());
        assertEquals("Obiettivo OS1.2", p.find("OS1.2").get().displayName());
        assertEquals("Indicatore I3", p.find("I3").get().displayName());
        LocatedIndicator i3 = p.indicators().get(2);
        assertTrue(i3.program().isEmpty());
        assertEquals("missions[B].objectives[Obiettivo 3].indicators[0]", i3.path().toString());
        assertEquals("/missions/1/objectives/0/indicators/0", i3.path().toJsonPointer());

        AchievementReport r = AchievementCalculator.defaults().evaluate(p, 2023);
        AchievementNode area = r.root().children().get(0);
        assertEquals(2, area.children().size());
        assertEquals("OS1.1", area.children().get(0).code().get());
        assertEquals(0, new BigDecimal("75.00").compareTo(area.score().get().points())); // (100 + 50) / 2
        assertEquals(0, new BigDecimal("100.00").compareTo(r.root().children().get(1).score().get().points()));
        assertEquals(p.missions().size() + p.objectives().size() + p.indicators().size(), r.rows().size());
    }

    @Test
    void aLocalAuthorityPlanUsesTwoDigitMissionsAndFourDigitProgramsOfDLgs118() {
        Program segreteria = Program.builder().code(ProgramCode.of("0102")).title("Segreteria generale")
                .addObjectives(objective("1.1", indicator("1.1.1", "100%", "100%"))).build();
        Plan p = plan(Scheme.LOCAL_AUTHORITIES).addMissions(Mission.builder().code(MissionCode.of("01"))
                .title("Servizi istituzionali, generali e di gestione").addPrograms(segreteria).build()).build();
        assertEquals(segreteria, p.find("0102").get());
        assertEquals("Obiettivo 1.1", p.find("1.1").get().displayName());
        assertEquals("Segreteria generale", Scheme.LOCAL_AUTHORITIES.programTitle(MissionCode.of("01"), ProgramCode.of("0102")).get());
        assertEquals("Diritti sociali, politiche sociali e famiglia", LocalAuthorityProgram.missionTitle(MissionCode.of("12")).get());
        assertEquals(23, LocalAuthorityProgram.missions().size());
        assertTrue(LocalAuthorityProgram.all().stream().allMatch(x -> x.programCode().value().startsWith(x.missionCode().value())));
    }

    @Test
    void eachSchemeRefusesCodesOfAnotherWithTheLocationAndTheRule() {
        Program p05 = Program.builder().code(ProgramCode.of("05")).title("P").build();
        InvalidValueException chambers = assertThrows(InvalidValueException.class, () -> plan(Scheme.CHAMBERS_OF_COMMERCE)
                .addMissions(Mission.builder().code(MissionCode.of("011")).title("M").addPrograms(p05).build()).build());
        assertEquals("missions[011].programs[05].code: expected 3 digits (got \"05\")", chambers.getMessage());

        InvalidValueException local = assertThrows(InvalidValueException.class, () -> plan(Scheme.LOCAL_AUTHORITIES)
                .addMissions(Mission.builder().code(MissionCode.of("01")).title("M")
                        .addPrograms(Program.builder().code(ProgramCode.of("0201")).title("P").build()).build()).build());
        assertEquals("missions[01].programs[0201].code: must start with the mission's code 01 (got \"0201\")", local.getMessage());

        InvalidValueException areaWithPrograms = assertThrows(InvalidValueException.class, () -> plan(Scheme.STRATEGIC_AREAS)
                .addMissions(Mission.builder().code(MissionCode.of("A")).title("Area").addPrograms(
                        Program.builder().code(ProgramCode.of("1")).title("P").build()).build()).build());
        assertTrue(areaWithPrograms.getMessage().startsWith("missions[A].programs[1].code: strategic areas have no programs"),
                areaWithPrograms.getMessage());

        InvalidValueException objectivesOfAMission = assertThrows(InvalidValueException.class, () -> plan(Scheme.CHAMBERS_OF_COMMERCE)
                .addMissions(Mission.builder().code(MissionCode.of("011")).title("M").addObjectives(objective("OS1")).build()).build());
        assertTrue(objectivesOfAMission.getMessage().startsWith("missions[011].objectives: only a strategic area holds objectives directly"),
                objectivesOfAMission.getMessage());
    }

    @Test
    void theSeedsAgreementRulesApplyToClassifiedCodesOnly() {
        Program p = Program.builder().code(ProgramCode.of("005")).title("P").addObjectives(objective("OS1.1")).build();
        Mission m = Mission.builder().code(MissionCode.of("011")).title("M").addPrograms(p).build();
        assertEquals("OS1.1", plan(Scheme.CHAMBERS_OF_COMMERCE).addMissions(m).build().objectives().get(0).code().toString());
        InvalidValueException e = assertThrows(InvalidValueException.class,
                () -> Program.builder().code(ProgramCode.of("005")).title("P").addObjectives(objective("011-006-001")).build());
        assertEquals("objectives[011-006-001].code: must start with the program's code 005 (got \"011-006-001\")", e.getMessage());
    }

    @Test
    void codesTheDocumentSaysAreUniqueAreCheckedAcrossThePlan() {
        Mission a = Mission.builder().code(MissionCode.of("A")).title("A").addObjectives(objective("1.1", indicator("1.1", "1", "1"))).build();
        assertEquals(1, plan(Scheme.STRATEGIC_AREAS).addMissions(a).build().indicators().size());
        InvalidValueException e = assertThrows(InvalidValueException.class,
                () -> plan(Scheme.STRATEGIC_AREAS).addMissions(a).uniqueCodes(true).build());
        assertEquals("missions[A].objectives[1.1].indicators[0].code: must be unique within the plan (uniqueCodes), already the code at "
                + "missions[A].objectives[1.1] (got \"1.1\")", e.getMessage());
    }

    @Test
    void anObjectiveIsEvaluatedWithoutAPlan() {
        StrategicObjective o = objective("OS2", indicator("a", "almeno 80%", "60%"), indicator("b", "=2", "2"));
        AchievementNode n = AchievementCalculator.defaults().evaluate(o, 2023);
        assertEquals(0, new BigDecimal("87.50").compareTo(n.score().get().points()));
        assertEquals("OS2", n.code().get());
        OperationalObjective op = OperationalObjective.builder().code("OO1").title("t").addIndicators(indicator("c", "10", "5")).build();
        assertFalse(AchievementCalculator.defaults().evaluate(op, 2023).children().isEmpty());
        assertEquals(Target.of("=2", TargetReading.parse("exactly 2")), Target.of("=2", java.util.Optional.of(TargetReading.parse("exactly 2"))));
    }
}
