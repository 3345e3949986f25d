package io.github.albero.model;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.github.albero.code.MissionCode;
import io.github.albero.code.ObjectiveCode;
import io.github.albero.code.ProgramCode;
import io.github.albero.period.YearRange;
import io.github.albero.reference.Scheme;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class PlanFoldTest {
    private static Indicator indicator(String code) {
        return Indicator.builder().code(code).name("Indicatore " + code).polarity(Polarity.HIGHER_IS_BETTER)
                .putTargets(2023, Target.parse("≥ 10")).build();
    }

    private static StrategicObjective objective(String code, Indicator... indicators) {
        return StrategicObjective.builder().code(ObjectiveCode.of(code)).title("Obiettivo " + code).addIndicators(indicators).build();
    }

    private static final Plan AREAS = Plan.builder().kind(PlanKind.REPORT).administration(Administration.of("Ente")).referenceYear(2023)
            .horizon(YearRange.of(2023, 2025)).scheme(Scheme.STRATEGIC_AREAS)
            .addMissions(Mission.builder().code(MissionCode.of("A")).title("Didattica")
                    .addObjectives(objective("OS1.1", indicator("I1")).withOperationalObjectives(OperationalObjective.builder()
                            .title("Tutorato").addIndicators(indicator("I1.1")).build()), objective("OS1.2", indicator("I2"))).build())
            .addMissions(Mission.builder().code(MissionCode.of("B")).title("Ricerca")
                    .addObjectives(objective("OS2.1", indicator("I3"), indicator("I4"))).build())
            .build();

    private static final Plan PROGRAMS = Plan.builder().kind(PlanKind.REPORT).administration(Administration.of("Ente")).referenceYear(2023)
            .horizon(YearRange.of(2023, 2025))
            .addMissions(Mission.builder().code(MissionCode.of("011")).title("Competitività")
                    .addPrograms(Program.builder().code(ProgramCode.of("005")).title("Promozione")
                            .addObjectives(objective("011-005-001", indicator("I5")), objective("011-005-002")).build()).build())
            .build();

    private static final PlanFold<String> SHAPE = new PlanFold<>() {
        @Override
        public String objective(NodePath path, Mission m, Optional<Program> p, StrategicObjective o) {
            return o.code() + (p.isPresent() ? "" : " (area)");
        }

        @Override
        public String program(NodePath path, Mission m, Program p, List<String> objectives) {
            return p.code() + " " + objectives;
        }

        @Override
        public String mission(NodePath path, Mission m, List<String> children) {
            return m.code() + " " + children;
        }
    };

    @Test
    void theFoldVisitsAreasObjectivesAndProgramsBottomUpInDocumentOrder() {
        assertEquals(List.of("A [OS1.1 (area), OS1.2 (area)]", "B [OS2.1 (area)]"), AREAS.fold(SHAPE));
        assertEquals(List.of("011 [005 [011-005-001, 011-005-002]]"), PROGRAMS.fold(SHAPE));
    }

    @Test
    void locatedObjectivesListEachStrategicObjectiveFollowedByItsOperationalOnes() {
        List<String> paths = AREAS.locatedObjectives().stream().map(lo -> lo.path() + " " + lo.node().title() + " " + lo.program().isPresent())
                .collect(Collectors.toList());
        assertEquals(List.of(
                AREAS.locatedObjectives().get(0).path() + " Obiettivo OS1.1 false",
                AREAS.locatedObjectives().get(0).path().operationalObjective(0) + " Tutorato false",
                NodePath.root().mission(MissionCode.of("A"), 0).objective(ObjectiveCode.of("OS1.2"), 1) + " Obiettivo OS1.2 false",
                NodePath.root().mission(MissionCode.of("B"), 1).objective(ObjectiveCode.of("OS2.1"), 0) + " Obiettivo OS2.1 false"), paths);
        assertEquals(NodePath.root().mission(MissionCode.of("011"), 0).program(ProgramCode.of("005"), 0).objective(ObjectiveCode.of("011-005-002"), 1),
                PROGRAMS.locatedObjectives().get(1).path());
        assertEquals("Promozione", PROGRAMS.locatedObjectives().get(1).program().get().title());
    }

    @Test
    void indicatorsAreTheIndicatorsOfTheLocatedObjectivesWithTheirPaths() {
        assertEquals(List.of("I1", "I1.1", "I2", "I3", "I4"),
                AREAS.indicators().stream().map(li -> li.indicator().code().get()).collect(Collectors.toList()));
        assertEquals(AREAS.locatedObjectives().get(1).path().indicator(0), AREAS.indicators().get(1).path());
        assertEquals("Tutorato", AREAS.indicators().get(1).operationalObjective().get().title());
    }
}
