package io.github.albero.validation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.albero.code.MissionCode;
import io.github.albero.code.ObjectiveCode;
import io.github.albero.code.ProgramCode;
import io.github.albero.model.Administration;
import io.github.albero.model.Indicator;
import io.github.albero.model.Mission;
import io.github.albero.model.Plan;
import io.github.albero.model.PlanKind;
import io.github.albero.model.Polarity;
import io.github.albero.model.Program;
import io.github.albero.model.Result;
import io.github.albero.model.StrategicObjective;
import io.github.albero.model.Target;
import io.github.albero.period.YearRange;
import io.github.albero.reference.Scheme;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class SchemesValidationTest {
    private static final PlanValidator VALIDATOR = PlanValidator.create();

    private static StrategicObjective objective(String code) {
        return StrategicObjective.builder().code(ObjectiveCode.of(code)).title("Obiettivo " + code).responsibleUnit("Settore")
                .addIndicators(Indicator.builder().name("Pratiche evase").polarity(Polarity.HIGHER_IS_BETTER)
                        .putTargets(2023, Target.parse("almeno 90%")).putResults(2023, Result.parse("95%")).build())
                .build();
    }

    private static Plan.Builder plan(Scheme scheme) {
        return Plan.builder().kind(PlanKind.REPORT).administration(Administration.of("Comune")).referenceYear(2023)
                .horizon(YearRange.of(2023, 2025)).scheme(scheme);
    }

    private static List<String> codes(Plan p, String prefix) {
        return VALIDATOR.validate(p).findings().stream().filter(f -> f.code().code().startsWith(prefix))
                .map(f -> f.code().code() + " " + f.path()).collect(Collectors.toList());
    }

    @Test
    void aLocalAuthorityPlanIsCheckedAgainstTheDLgs118ClassificationNotTheChambers() {
        Mission m = Mission.builder().code(MissionCode.of("01")).title("Servizi istituzionali, generali e di gestione")
                .addPrograms(Program.builder().code(ProgramCode.of("0102")).title("Segreteria generale").addObjectives(objective("1.1")).build(),
                        Program.builder().code(ProgramCode.of("0113")).title("Programma inventato").addObjectives(objective("1.2")).build())
                .build();
        Mission unknown = Mission.builder().code(MissionCode.of("21")).title("Missione inventata")
                .addPrograms(Program.builder().code(ProgramCode.of("2101")).title("P").addObjectives(objective("2.1")).build()).build();
        Plan p = plan(Scheme.LOCAL_AUTHORITIES).addMissions(m, unknown).build();
        assertEquals(List.of("ALB-STR-005 missions[01].programs[0113].code", "ALB-STR-004 missions[21].code"), codes(p, "ALB-STR-00").stream().filter(c -> c.matches("ALB-STR-00[4-7].*")).collect(Collectors.toList()));
        Finding f = VALIDATOR.validate(p).findings().stream().filter(x -> x.code() == RuleCode.PROGRAM_UNKNOWN).findFirst().get();
        assertEquals("Program 0113 is not a program of mission 01 in the reference classification (D.Lgs. 118/2011).", f.message(Locale.ENGLISH));
        assertEquals("Il programma 0113 non è un programma della missione 01 nella classificazione di riferimento (D.Lgs. 118/2011).",
                f.message(Locale.ITALIAN));
    }

    @Test
    void aPlanByStrategicAreasHasNoReferenceClassificationAndItsObjectivesGetEveryRule() {
        StrategicObjective unaccountable = StrategicObjective.builder().code(ObjectiveCode.of("OS2")).title("Senza indicatori").build();
        Plan p = plan(Scheme.STRATEGIC_AREAS).addMissions(Mission.builder().code(MissionCode.of("A")).title("Didattica")
                .addObjectives(objective("OS1"), unaccountable).build()).build();
        List<Finding> findings = VALIDATOR.validate(p).findings();
        assertTrue(findings.stream().noneMatch(f -> f.code() == RuleCode.MISSION_UNKNOWN || f.code() == RuleCode.BRANCH_EMPTY), findings.toString());
        assertTrue(findings.stream().anyMatch(f -> f.path().toString().equals("missions[A].objectives[OS2]")), findings.toString());
    }
}
