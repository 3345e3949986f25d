package io.github.albero.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.albero.model.Plan;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.StringReader;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RoundTripTest {
    @Test
    void readsBackAHandBuiltPlanThatUsesEveryMember() {
        Plan plan = SamplePlans.full();
        String json = AlberoJson.write(plan);
        assertEquals(plan, AlberoJson.read(json));
        assertEquals(plan, AlberoJson.read(AlberoJson.writePretty(plan)));
    }

    @Test
    void readsBackTheSmallestPlan() {
        Plan plan = SamplePlans.minimal();
        assertEquals(plan, AlberoJson.read(AlberoJson.write(plan)));
        assertEquals("{\"formatVersion\":\"1.1\",\"kind\":\"plan\",\"administration\":{\"name\":\"Comune\"},"
                + "\"referenceYear\":2020,\"horizon\":{\"first\":2020,\"last\":2020},\"currency\":\"EUR\",\"missions\":[]}",
                AlberoJson.write(plan));
    }

    @Test
    void writesMoneyWithTwoDecimalsAndNeverAsADouble() {
        String json = AlberoJson.write(SamplePlans.full());
        assertTrue(json.contains("\"revenues\":0.10,"), json);
        assertTrue(json.contains("\"costs\":5000.00,"), json);
        assertTrue(json.contains("\"investments\":999999999999999.99}"), json);
        assertTrue(json.contains("\"weight\":33.5,"), json);
    }

    @Test
    void writesTheSameBytesForACanonicalDocumentItRead() {
        String canonical = AlberoJson.write(SamplePlans.full());
        assertEquals(canonical, AlberoJson.write(AlberoJson.read(canonical)));
        String pretty = AlberoJson.writePretty(SamplePlans.full());
        assertEquals(pretty, AlberoJson.writePretty(AlberoJson.read(pretty)));
    }

    @Test
    void readsAndWritesEveryKindOfSourceAndTarget(@TempDir Path dir) throws Exception {
        Plan plan = SamplePlans.full();
        byte[] bytes = AlberoJson.writeBytes(plan);
        assertEquals(plan, AlberoJson.read(bytes));
        assertEquals(plan, AlberoJson.read(new ByteArrayInputStream(bytes)));
        assertEquals(plan, AlberoJson.read(new StringReader(new String(bytes, StandardCharsets.UTF_8))));
        Path file = dir.resolve("plan.json");
        AlberoJson.writePretty(plan, file);
        assertEquals(plan, AlberoJson.read(file));
        assertEquals(AlberoJson.writePretty(plan), Files.readString(file));
        AlberoJson.write(plan, file);
        assertEquals(AlberoJson.write(plan), Files.readString(file));
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        AlberoJson.write(plan, out);
        assertEquals(AlberoJson.write(plan), out.toString(StandardCharsets.UTF_8));
        StringWriter w = new StringWriter();
        AlberoJson.write(plan, w);
        assertEquals(AlberoJson.write(plan), w.toString());
    }
}
