package io.github.albero.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.albero.model.Plan;
import io.github.albero.model.PlanKind;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** Keeps FORMAT.md and the code in agreement. */
class FormatDocumentTest {
    private static String format() throws Exception {
        return Files.readString(Path.of("FORMAT.md"), StandardCharsets.UTF_8);
    }

    static String completeExample() throws Exception {
        String md = format();
        int section = md.indexOf("## Complete example");
        int start = md.indexOf("```json\n", section) + "```json\n".length();
        int end = md.indexOf("\n```", start);
        return md.substring(start, end);
    }

    @Test
    void theCompleteExampleIsACanonicalDocument() throws Exception {
        String example = completeExample();
        Plan plan = AlberoJson.read(example);
        assertEquals(PlanKind.REPORT, plan.kind());
        assertEquals(example, AlberoJson.writePretty(plan));
        assertEquals(java.util.List.of(), SchemaTest.validate(example));
    }

    @Test
    void theDocumentedLimitsAreTheReadersLimits() throws Exception {
        String md = format();
        assertEquals(33_554_432L, AlberoJson.MAX_DOCUMENT_LENGTH);
        assertTrue(md.contains("33 554 432 bytes"));
        assertEquals(64, AlberoJson.MAX_NESTING_DEPTH);
        assertTrue(md.contains("| nesting depth of objects and arrays | 64 "));
        assertEquals(2_000_000L, AlberoJson.MAX_TOKEN_COUNT);
        assertTrue(md.contains("| tokens per document | 2 000 000 |"));
        assertEquals(64, AlberoJson.MAX_NUMBER_LENGTH);
        assertTrue(md.contains("| length of a number | 64 characters |"));
        assertEquals(1_000_000, AlberoJson.MAX_STRING_LENGTH);
        assertTrue(md.contains("| length of a string | 1 000 000 characters |"));
        assertEquals(256, AlberoJson.MAX_NAME_LENGTH);
        assertTrue(md.contains("| length of a member name | 256 characters |"));
        var c = AlberoJson.mapper().tokenStreamFactory().streamReadConstraints();
        assertEquals(AlberoJson.MAX_DOCUMENT_LENGTH, c.getMaxDocumentLength());
        assertEquals(AlberoJson.MAX_NESTING_DEPTH, c.getMaxNestingDepth());
        assertEquals(AlberoJson.MAX_TOKEN_COUNT, c.getMaxTokenCount());
        assertEquals(AlberoJson.MAX_NUMBER_LENGTH, c.getMaxNumberLength());
        assertEquals(AlberoJson.MAX_STRING_LENGTH, c.getMaxStringLength());
        assertEquals(AlberoJson.MAX_NAME_LENGTH, c.getMaxNameLength());
    }

    @Test
    void theFormatVersionIsTheOneDocumented() throws Exception {
        assertTrue(format().startsWith("# Albero JSON format, version " + AlberoJson.FORMAT_VERSION + "\n"));
    }
}
