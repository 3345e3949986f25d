package io.github.albero.ratio;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.github.albero.code.MissionCode;
import io.github.albero.code.ObjectiveCode;
import io.github.albero.code.ProgramCode;
import io.github.albero.measure.Ratio;
import io.github.albero.model.Administration;
import io.github.albero.model.Indicator;
import io.github.albero.model.Mission;
import io.github.albero.model.NodePath;
import io.github.albero.model.Plan;
import io.github.albero.model.PlanKind;
import io.github.albero.model.Polarity;
import io.github.albero.model.Program;
import io.github.albero.model.RatioDefinition;
import io.github.albero.model.RatioScale;
import io.github.albero.model.Result;
import io.github.albero.model.StrategicObjective;
import io.github.albero.period.YearRange;
import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class RatioRollupTest {
    private static final RatioDefinition FILES = RatioDefinition.of("pratiche evase entro 5 giorni", "pratiche ricevute");

    private static Indicator office(String name, Ratio parts) {
        Indicator.Builder b = Indicator.builder().name(name).polarity(Polarity.HIGHER_IS_BETTER).ratio(FILES);
        if (parts != null) {
            b.putResults(2023, Result.ofParts(parts, RatioScale.PERCENT));
        }
        return b.build();
    }

    private static Plan plan() {
        StrategicObjective a = StrategicObjective.builder().code(ObjectiveCode.parse("011-005-001")).title("Sede")
                .addIndicators(office("Sede", Ratio.of(1, 2))).build();
        StrategicObjective b = StrategicObjective.builder().code(ObjectiveCode.parse("012-004-001")).title("Sportelli")
                .addIndicators(office("Sportello A", Ratio.of(99, 100)), office("Sportello B", null)).build();
        return Plan.builder().kind(PlanKind.REPORT).administration(Administration.of("Ente")).referenceYear(2023).horizon(YearRange.of(2023, 2023))
                .addMissions(Mission.builder().code(MissionCode.of("011")).title("M1").addPrograms(Program.builder()
                        .code(ProgramCode.of("005")).title("P").addObjectives(a).build()).build())
                .addMissions(Mission.builder().code(MissionCode.of("012")).title("M2").addPrograms(Program.builder()
                        .code(ProgramCode.of("004")).title("P").addObjectives(b).build()).build())
                .build();
    }

    @Test
    void theWholeBodyAddsNumeratorsAndDenominators() {
        RatioRollup.Total t = RatioRollup.of(plan(), 2023).total(FILES).get();
        // 1/2 and 99/100 make 100/102 = 98,039216 % (the mean of 50 % and 99 % would be 74,5 %)
        assertEquals(Ratio.of(100, 102), t.wholeBody());
        assertEquals(Optional.of(new BigDecimal("98.039216")), t.value());
        assertEquals("98,039216 % (100/102)", t.display());
        assertEquals(2, t.counted().size());
    }

    @Test
    void eachNodeAddsTheIndicatorsUnderIt() {
        RatioRollup.Total t = RatioRollup.of(plan(), 2023).total(FILES).get();
        assertEquals(Ratio.of(1, 2), t.at(NodePath.root().mission(MissionCode.parse("011"), 0)));
        assertEquals(Ratio.of(99, 100), t.at(NodePath.root().mission(MissionCode.parse("012"), 1)));
        assertEquals(t.wholeBody(), t.at(NodePath.root()));
    }

    @Test
    void indicatorsWithoutPartsAreListedAsLeftOut() {
        RatioRollup.Total t = RatioRollup.of(plan(), 2023).total(FILES).get();
        assertEquals(List.of("missions[012].programs[004].objectives[012-004-001].indicators[1]"),
                t.leftOut().stream().map(NodePath::toString).collect(java.util.stream.Collectors.toList()));
    }

    @Test
    void aYearWithoutResultsHasNoValue() {
        RatioRollup.Total t = RatioRollup.of(plan(), 2024).total(FILES).get();
        assertEquals(Ratio.ZERO, t.wholeBody());
        assertEquals(Optional.empty(), t.value());
    }
}
