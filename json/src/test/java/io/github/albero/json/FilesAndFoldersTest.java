package io.github.albero.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.albero.model.Plan;
import io.github.albero.testkit.Fixtures;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FilesAndFoldersTest {
    @Test
    void writingIntoAFolderThatDoesNotExistYetCreatesIt(@TempDir Path dir) {
        Plan plan = Fixtures.weightedPlan();
        Path file = dir.resolve("non/ancora/creata/piano.json");
        AlberoJson.writePretty(plan, file);
        assertEquals(plan, AlberoJson.read(file));
        AlberoJson.write(plan, dir.resolve("altra/piano.json"));
        assertEquals(plan, AlberoJson.read(dir.resolve("altra/piano.json")));
    }

    @Test
    void aFileThatCannotBeWrittenIsNamedInTheError(@TempDir Path dir) throws IOException {
        Path blocker = Files.writeString(dir.resolve("file"), "x");
        UncheckedIOException e = assertThrows(UncheckedIOException.class,
                () -> AlberoJson.write(Fixtures.minimalPlan(), blocker.resolve("under-a-file.json")));
        assertTrue(e.getMessage().contains("under-a-file.json") || e.getMessage().contains(blocker.toString()), e.getMessage());
    }

    @Test
    void aMistypedFileNameIsNamedWithItsReasonNotWithAnExceptionClass(@TempDir Path dir) {
        // load("relazione-2023.jsn") in JShell said "java.nio.file.NoSuchFileException: …relazione-2023.jsn"
        Path missing = dir.resolve("relazione-2023.jsn");
        UncheckedIOException e = assertThrows(UncheckedIOException.class, () -> AlberoJson.read(missing));
        assertEquals("cannot read " + missing.toAbsolutePath() + ": no such file", e.getMessage());
        UncheckedIOException folder = assertThrows(UncheckedIOException.class, () -> AlberoJson.read(dir));
        assertTrue(folder.getMessage().startsWith("cannot read " + dir.toAbsolutePath() + ": "), folder.getMessage());
        assertTrue(!folder.getMessage().contains("Exception"), folder.getMessage());
    }

    @Test
    void formatMdShipsInTheJarNextToTheSchema() throws IOException {
        try (InputStream in = AlberoJson.class.getResourceAsStream("/io/github/albero/json/FORMAT.md")) {
            assertNotNull(in, "FORMAT.md is not in the jar");
            assertTrue(new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8).contains(AlberoJson.FORMAT_VERSION));
        }
    }
}
