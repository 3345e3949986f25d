package io.github.albero.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.albero.model.Indicator;
import io.github.albero.model.Plan;
import io.github.albero.model.Result;
import io.github.albero.model.Target;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class ReadingsFromTextsTest {
    private static String doc(String targets, String results) {
        return "{\"formatVersion\":\"1.1\",\"kind\":\"report\",\"administration\":{\"name\":\"Comune di Prova\"},\"referenceYear\":2017,"
                + "\"horizon\":{\"first\":2017,\"last\":2017},\"currency\":\"EUR\",\"missions\":[{\"code\":\"011\",\"title\":\"M\","
                + "\"programs\":[{\"code\":\"005\",\"title\":\"P\",\"objectives\":[{\"code\":\"011-005-001\",\"title\":\"O\","
                + "\"indicators\":[{\"name\":\"I\",\"polarity\":\"lowerIsBetter\",\"targets\":{\"2017\":" + targets + "},\"results\":{\"2017\":"
                + results + "}}]}]}]}]}";
    }

    private static Indicator indicator(Plan p) {
        return p.missions().get(0).programs().get(0).objectives().get(0).indicators().get(0);
    }

    @Test
    void aTargetAndAResultWithoutReadingGetTheReadingsOfTheirTexts() {
        Indicator i = indicator(AlberoJson.read(doc("{\"text\":\"5%\"}", "{\"text\":\"3%\"}")));
        assertEquals(Target.parse("5%"), i.target(2017).get());
        assertFalse(i.target(2017).get().reading().get().operatorStated());
        assertEquals(Result.parse("3%"), i.result(2017).get());
    }

    @Test
    void aVersion1_0DocumentReadsAsBefore() {
        Indicator i = indicator(AlberoJson.read(doc("{\"text\":\"5%\"}", "{\"text\":\"3%\"}").replace("\"1.1\"", "\"1.0\"")));
        assertEquals(Optional.empty(), i.target(2017).get().reading());
        assertEquals(Optional.empty(), i.result(2017).get().reading());
    }

    @Test
    void derivingCanBeTurnedOff() {
        Indicator i = indicator(AlberoJson.strict().withoutReadingsFromTexts().read(doc("{\"text\":\"5%\"}", "{\"text\":\"3%\"}")));
        assertEquals(Optional.empty(), i.target(2017).get().reading());
        assertEquals(Optional.empty(), i.result(2017).get().reading());
        assertTrue(AlberoJson.strict().derivesReadingsFromTexts());
    }

    @Test
    void aNullReadingMeansNoneAndIsWrittenForTextsThatWouldReadOtherwise() {
        String json = doc("{\"text\":\"5%\",\"reading\":null}", "{\"text\":\"3%\",\"reading\":null}");
        Plan p = AlberoJson.read(json);
        assertEquals(Optional.empty(), indicator(p).target(2017).get().reading());
        assertTrue(AlberoJson.write(p).contains("{\"text\":\"5%\",\"reading\":null}"));
        assertEquals(p, AlberoJson.read(AlberoJson.write(p)));
    }

    @Test
    void deadlinesDatesRelativeTargetsAndInferredOperatorsRoundTrip() {
        for (String[] texts : new String[][] {{"entro il 30/06/2017", "approvato il 28/06/2017"}, {"5%", "3%"},
            {"incremento del 5% rispetto al 2016", "120"}, {"riduzione rispetto all'anno precedente", "53‰"}}) {
            Plan p = AlberoJson.read(doc("{\"text\":\"" + texts[0] + "\"}", "{\"text\":\"" + texts[1] + "\"}"));
            String written = AlberoJson.write(p);
            assertEquals(p, AlberoJson.read(written), written);
            assertEquals(java.util.List.of(), SchemaTest.validate(AlberoJson.writePretty(p)));
        }
        String written = AlberoJson.write(AlberoJson.read(doc("{\"text\":\"entro il 30/06/2017\"}", "{\"text\":\"5%\"}")));
        assertTrue(written.contains("\"operator\":\"deadline\",\"deadline\":\"2017-06-30\""), written);
    }

    @Test
    void aBadDeadlineIsRejectedWithItsPointer() {
        AlberoJsonException e = org.junit.jupiter.api.Assertions.assertThrows(AlberoJsonException.class,
                () -> AlberoJson.read(doc("{\"text\":\"x\",\"reading\":{\"operator\":\"deadline\",\"deadline\":\"2017-02-31\"}}", "{\"text\":\"x\"}")));
        assertTrue(e.getMessage().contains("/targets/2017/reading/deadline"), e.getMessage());
    }
}
