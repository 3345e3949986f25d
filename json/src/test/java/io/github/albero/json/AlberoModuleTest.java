package io.github.albero.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.albero.code.MissionCode;
import io.github.albero.code.ObjectiveCode;
import io.github.albero.measure.Percentage;
import io.github.albero.measure.Quantity;
import io.github.albero.measure.Unit;
import io.github.albero.measure.Weight;
import io.github.albero.model.IndicatorType;
import io.github.albero.model.NodePath;
import io.github.albero.model.Plan;
import io.github.albero.model.Polarity;
import io.github.albero.model.ResultStatus;
import io.github.albero.money.Money;
import io.github.albero.period.YearRange;
import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.JacksonModule;
import tools.jackson.databind.json.JsonMapper;

class AlberoModuleTest {
    private static final JsonMapper FOUND = JsonMapper.builder().findAndAddModules().build();

    @Test
    void isFoundByTheServiceLoader() {
        List<JacksonModule> modules = JsonMapper.builder().findModules();
        assertTrue(modules.stream().anyMatch(m -> m instanceof AlberoModule), modules.toString());
        Plan plan = SamplePlans.full();
        assertEquals(plan, FOUND.readValue(FOUND.writeValueAsString(plan), Plan.class));
    }

    @Test
    void mapsTheValueTypesOnTheirOwn() {
        JsonMapper m = AlberoJson.mapper();
        assertEquals("0.10", m.writeValueAsString(Money.of("0.10")));
        assertEquals(Money.of("0.10"), m.readValue("0.1", Money.class));
        assertEquals("4.1", m.writeValueAsString(Percentage.parse("4,10%")));
        assertEquals("{\"value\":2.9,\"unit\":\"gg\"}", m.writeValueAsString(Quantity.parse("2.9 gg")));
        assertEquals(Quantity.parse("2.9 gg"), m.readValue("{\"value\":2.90,\"unit\":\"giorni\"}", Quantity.class));
        assertEquals("\"%\"", m.writeValueAsString(Unit.PERCENT));
        assertEquals("50", m.writeValueAsString(Weight.of(new BigDecimal("50.0"))));
        assertEquals("\"011\"", m.writeValueAsString(MissionCode.of("011")));
        assertEquals(ObjectiveCode.parse("011-005-001"), m.readValue("\"011-005-001\"", ObjectiveCode.class));
        assertEquals("\"qualità\"", m.writeValueAsString(IndicatorType.of("qualità")));
        assertEquals("{\"first\":2016,\"last\":2018}", m.writeValueAsString(YearRange.of(2016, 2018)));
        assertEquals("\"higherIsBetter\"", m.writeValueAsString(Polarity.HIGHER_IS_BETTER));
        assertEquals(ResultStatus.PARTIALLY_ACHIEVED, m.readValue("\"partiallyAchieved\"", ResultStatus.class));
        assertEquals("\"resourceState\"", m.writeValueAsString(IndicatorType.Known.RESOURCE_STATE));
        assertEquals("\"missions[011].programs[005]\"",
                m.writeValueAsString(NodePath.root().mission(io.github.albero.code.MissionCode.parse("011"), 0).program(io.github.albero.code.ProgramCode.parse("005"), 0)));
    }

    @Test
    void locatesAnErrorInsideTheCallersOwnDocument() {
        // inside a container of the caller's, Jackson wraps the module's exception; the cause keeps the pointer
        tools.jackson.databind.DatabindException wrapped = assertThrows(tools.jackson.databind.DatabindException.class,
                () -> AlberoJson.mapper().readValue("[1.00, 2.001]", new TypeReference<List<Money>>() { }));
        AlberoJsonException e = (AlberoJsonException) wrapped.getCause();
        assertEquals("/1", e.pointer());
        assertEquals("1: must have at most 2 decimals, got \"2.001\" (line 1, column 8)", e.getMessage());
        AlberoJsonException wrongEnum = assertThrows(AlberoJsonException.class,
                () -> AlberoJson.mapper().readValue("\"HIGHER_IS_BETTER\"", Polarity.class));
        assertEquals("", wrongEnum.pointer());
        assertTrue(wrongEnum.getMessage().startsWith("document: expected one of higherIsBetter"), wrongEnum.getMessage());
    }

    @Test
    void followsTheMappersSettingForUnknownMembers() {
        String json = BadInputCatalogueTest.edit("\"currency\":\"EUR\"", "\"currency\":\"EUR\",\"extra\":[1]");
        // Jackson 3 mappers ignore unknown properties by default; AlberoJson.mapper() does not
        assertEquals(AlberoJson.read(BadInputCatalogueTest.BASE), FOUND.readValue(json, Plan.class));
        AlberoJsonException e = assertThrows(AlberoJsonException.class, () -> AlberoJson.mapper().readValue(json, Plan.class));
        assertEquals("/extra", e.pointer());
    }
}
