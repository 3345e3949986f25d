package io.github.albero.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.albero.money.Money;
import io.github.albero.model.Plan;
import org.junit.jupiter.api.Test;
import tools.jackson.core.JsonGenerator;
import tools.jackson.databind.SerializationContext;
import tools.jackson.databind.ValueSerializer;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.module.SimpleModule;

/** The module writes a plan through the mapper's serializers, so a caller's own serializer for a value type is used inside it. */
class UserSerializerTest {
    /** Writes money as text with its currency, as some accounting systems want it. */
    static final class MoneyAsText extends ValueSerializer<Money> {
        @Override
        public void serialize(Money value, JsonGenerator g, SerializationContext ctxt) {
            g.writeString("EUR " + value.amount().toPlainString());
        }
    }

    @Test
    void aSerializerRegisteredForMoneyIsUsedInsideAWrittenPlan() {
        Plan plan = AlberoJson.read(BadInputCatalogueTest.BASE);
        JsonMapper mine = JsonMapper.builder().addModule(new AlberoModule())
                .addModule(new SimpleModule("mine").addSerializer(Money.class, new MoneyAsText())).build();
        String json = mine.writeValueAsString(plan);
        assertTrue(json.contains("\"budget\":{\"revenues\":\"EUR 0.00\",\"costs\":\"EUR 5000.00\",\"investments\":\"EUR 0.00\"}"), json);
        // everything else is the format's own
        assertEquals(AlberoJson.write(plan), json.replace("\"EUR 0.00\"", "0.00").replace("\"EUR 5000.00\"", "5000.00"));
    }

    @Test
    void withoutAnotherSerializerTheMapperWritesTheCanonicalDocument() {
        Plan plan = AlberoJson.read(BadInputCatalogueTest.BASE);
        JsonMapper plain = JsonMapper.builder().addModule(new AlberoModule()).build();
        assertEquals(AlberoJson.write(plan), plain.writeValueAsString(plan));
    }

    @Test
    void aMapperThatWritesItsOwnDatesAndTextsOtherwiseStillWritesAPlanInTheFormat() {
        // a mapper that writes its dates as timestamps and upper-cases its strings: a plan's days and texts are the format's
        Plan plan = AlberoJson.read(BadInputCatalogueTest.edit("{\"operator\":\"atLeast\",\"value\":2,\"unit\":\"n\"}",
                "{\"operator\":\"deadline\",\"deadline\":\"2017-06-30\"}"));
        JsonMapper mine = JsonMapper.builder().findAndAddModules().enable(tools.jackson.databind.cfg.DateTimeFeature.WRITE_DATES_AS_TIMESTAMPS)
                .addModule(new SimpleModule("mine").addSerializer(String.class, new ValueSerializer<String>() {
                    @Override
                    public void serialize(String value, JsonGenerator g, SerializationContext ctxt) {
                        g.writeString(value.toUpperCase(java.util.Locale.ROOT));
                    }
                })).build();
        assertEquals("[2017,6,30]", mine.writeValueAsString(java.time.LocalDate.of(2017, 6, 30)));
        assertEquals(AlberoJson.write(plan), mine.writeValueAsString(plan));
        assertEquals(plan, AlberoJson.read(mine.writeValueAsString(plan)));
    }
}
