package io.github.albero.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.albero.InvalidValueException;
import io.github.albero.code.MissionCode;
import io.github.albero.code.ObjectiveCode;
import io.github.albero.code.ProgramCode;
import io.github.albero.measure.Ratio;
import io.github.albero.measure.Weight;
import io.github.albero.period.YearRange;
import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class PublicValueModelTest {
    private static Plan plan(PublicValueObjective... values) {
        StrategicObjective o = StrategicObjective.builder().code(ObjectiveCode.parse("011-005-004")).title("Start up")
                .addOperationalObjectives(OperationalObjective.builder().code("OO.1").title("Sportello").build()).build();
        return Plan.builder().kind(PlanKind.PLAN).administration(Administration.of("Comune di Prova")).referenceYear(2023)
                .horizon(YearRange.of(2023, 2025))
                .addMissions(Mission.builder().code(MissionCode.of("011")).title("M").addPrograms(Program.builder()
                        .code(ProgramCode.of("005")).title("P").addObjectives(o).build()).build())
                .addPublicValue(values).build();
    }

    private static PublicValueObjective vp(String code, String... contributions) {
        PublicValueObjective.Builder b = PublicValueObjective.builder().code(code).title("Valore " + code);
        for (String c : contributions) {
            b.addContributions(Contribution.of(c));
        }
        return b.build();
    }

    @Test
    void contributionsNameStrategicOperationalOrPublicValueObjectives() {
        Plan p = plan(vp("VP1", "011-005-004", "OO.1"), vp("VP2", "VP1", "011\u2010005\u2010004"));
        assertEquals("Sportello", p.performanceObjective("OO.1").get().title());
        assertEquals(Optional.of("Valore VP2"), p.publicValueObjective("VP2").map(PublicValueObjective::title));
    }

    @Test
    void aLinkToAnUnknownObjectiveIsRejectedNamingThePlace() {
        InvalidValueException e = assertThrows(InvalidValueException.class, () -> plan(vp("VP1", "011-005-099")));
        assertEquals("publicValue[0].contributions[0].objective", e.field());
        assertEquals("011-005-099", e.value());
    }

    @Test
    void aCycleOfPublicValueLinksIsRejectedShowingTheCycle() {
        InvalidValueException e = assertThrows(InvalidValueException.class,
                () -> plan(vp("VP1", "VP2"), vp("VP2", "VP3"), vp("VP3", "VP1")));
        assertEquals("publicValue[0].contributions", e.field());
        assertEquals("VP1 → VP2 → VP3 → VP1", e.value());
    }

    @Test
    void anObjectiveCannotContributeToItself() {
        InvalidValueException e = assertThrows(InvalidValueException.class, () -> vp("VP1", "VP1"));
        assertEquals("contributions[0].objective", e.field());
    }

    @Test
    void theSameObjectiveMayContributeToSeveral() {
        Plan p = plan(vp("VP1", "011-005-004"), vp("VP2", "011-005-004"));
        assertEquals(2, p.publicValue().size());
    }

    @Test
    void crossCuttingDimensionsAreRecognisedWhateverTheSpelling() {
        assertEquals(Optional.of(CrossCuttingDimension.Known.EQUAL_OPPORTUNITIES), CrossCuttingDimension.of("Pari Opportunità").known());
        assertEquals(Optional.of(CrossCuttingDimension.Known.ADMINISTRATIVE_SIMPLIFICATION), CrossCuttingDimension.of("semplificazione").known());
        assertEquals(Optional.empty(), CrossCuttingDimension.of("transizione ecologica").known());
    }

    @Test
    void staffIsCountedInFullTimeEquivalents() {
        assertEquals("Area dei funzionari 2.5 FTE", StaffAllocation.of("Area dei funzionari", new BigDecimal("2.50")).toString());
        InvalidValueException e = assertThrows(InvalidValueException.class, () -> StaffAllocation.of("dirigenti", new BigDecimal("-1")));
        assertEquals("fte", e.field());
    }

    @Test
    void aRatioResultNeedsTheIndicatorsDefinitionAndMustAgreeWithIt() {
        InvalidValueException e = assertThrows(InvalidValueException.class, () -> Indicator.builder().name("Pratiche")
                .polarity(Polarity.HIGHER_IS_BETTER).putResults(2023, Result.ofParts(Ratio.of(15, 100), RatioScale.PERCENT)).build());
        assertEquals("results[2023].parts", e.field());
        InvalidValueException disagree = assertThrows(InvalidValueException.class, () -> Indicator.builder().name("Pratiche")
                .polarity(Polarity.HIGHER_IS_BETTER).ratio(RatioDefinition.of("evase", "ricevute"))
                .putResults(2023, Result.builder().from(Result.parse("14%")).parts(Ratio.of(15, 100)).build()).build());
        assertEquals("results[2023].reading", disagree.field());
        assertTrue(disagree.getMessage().contains("15 % (15/100)"), disagree.getMessage());
    }

    @Test
    void weightsOfLinksAreOptional() {
        assertEquals("011-005-004 \u00d760", Contribution.of("011-005-004", Weight.of(60)).toString());
        assertEquals(List.of(), vp("VP1").contributions());
    }
}
