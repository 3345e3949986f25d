package io.github.albero.json.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;

import io.github.albero.json.AlberoJson;
import io.github.albero.model.Plan;
import java.nio.charset.StandardCharsets;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;

import org.junit.jupiter.api.Test;

/** The parser that jumps over values found by their bytes ends where reading them would have. */
class JumpingTest {
    // two indicators whose targets, results, baselines and texts have the same bytes: the second's are jumped over
    private static final String INDICATOR = "{\"name\":\"Eventi\",\"baseline\":{\"text\":\"2 eventi\",\"year\":2016},"
            + "\"polarity\":\"higherIsBetter\",\"targets\":{\"2017\":{\"text\":\"almeno 2\",\"reading\":{\"operator\":\"atLeast\","
            + "\"value\":2,\"unit\":\"n\"}}},\"results\":{\"2017\":{\"text\":\"100%\",\"reading\":{\"kind\":\"percentage\",\"value\":100}}}}";
    private static final byte[] DOCUMENT = ("{\"formatVersion\":\"1.1\",\"kind\":\"report\",\"administration\":{\"name\":\"CCIAA Lucca\"},"
            + "\"referenceYear\":2017,\"horizon\":{\"first\":2016,\"last\":2018},\"currency\":\"EUR\",\"missions\":[{\"code\":\"011\","
            + "\"title\":\"Competitività\",\"programs\":[{\"code\":\"005\",\"title\":\"Regolazione\",\"objectives\":[{\"code\":\"011-005-001\","
            + "\"title\":\"Programmazione\",\"indicators\":[" + INDICATOR + "," + INDICATOR + "]}]}]}]}   ").getBytes(StandardCharsets.UTF_8);

    /** {@return the parser's token count and offset after reading the document's plan} */
    private static String readAndCount(boolean sharing) {
        try (JsonParser p = AlberoJson.mapper().createParser(DOCUMENT)) {
            assertInstanceOf(Jumping.class, p);
            p.nextToken();
            Plan plan = In.read(Format.PLAN, p, true, DOCUMENT, true, sharing);
            assertEquals(2, plan.indicators().size());
            assertEquals(JsonToken.END_OBJECT, p.currentToken());
            return p.currentTokenCount() + " tokens, then " + p.nextToken() + " at " + p.currentLocation().getColumnNr();
        }
    }

    @Test
    void jumpingOverSharedObjectsAndTextsCountsTheirTokensAgainstTheLimitAndEndsAtTheSamePlace() {
        String read = readAndCount(false);
        // twice with sharing: the second read finds every value in the tables
        assertEquals(read, readAndCount(true));
        assertEquals(read, readAndCount(true));
    }

    @Test
    void textsAndObjectsThatBeginAndEndAlikeAreEachReadAsThemselvesWithoutJumpingToAnother() {
        // same length, same first 64 bytes and same last 8 bytes: only the full comparison tells them apart
        String name = "Indicatore di prova con un nome abbastanza lungo, variante %s, fine comune";
        String target = "almeno 2 eventi organizzati nel corso dell'anno di riferimento, variante %s, come da programma";
        for (int round = 0; round < 3; round++) {
            for (String v : new String[] {"A", "B", "C", "D", "E", "F"}) {
                String indicator = INDICATOR.replace("\"Eventi\"", "\"" + String.format(name, v) + "\"")
                        .replace("\"almeno 2\"", "\"" + String.format(target, v) + "\"");
                byte[] document = new String(DOCUMENT, StandardCharsets.UTF_8).replace(INDICATOR + "," + INDICATOR, indicator)
                        .getBytes(StandardCharsets.UTF_8);
                Plan shared = AlberoJson.read(document);
                assertEquals(AlberoJson.strict().withoutSharing().read(document), shared);
                assertEquals(String.format(name, v), shared.indicators().get(0).indicator().name());
                assertEquals(String.format(target, v), shared.indicators().get(0).indicator().targets().get(2017).text());
            }
        }
    }
}
