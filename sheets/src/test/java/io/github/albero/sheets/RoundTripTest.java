package io.github.albero.sheets;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.quicktheories.QuickTheory.qt;

import io.github.albero.fixtures.RealReports;
import io.github.albero.model.Plan;
import io.github.albero.testkit.Size;
import io.github.albero.testkit.quicktheories.AlberoGens;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RoundTripTest {
    static Plan report() {
        return RealReports.lucca2017();
    }

    static Plan viaXlsx(Plan plan) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        AlberoSheets.writeXlsx(plan, out);
        return AlberoSheets.strict().readXlsx(new ByteArrayInputStream(out.toByteArray()));
    }

    static Plan viaCsv(Plan plan, Path folder) throws IOException {
        Path dir = Files.createTempDirectory(folder, "csv");
        AlberoSheets.writeCsv(plan, dir);
        return AlberoSheets.read(dir);
    }

    @Test
    void theRealReportRoundTripsThroughXlsxToAnEqualPlan(@TempDir Path tmp) {
        Plan report = report();
        Path file = tmp.resolve("relazione-2017.xlsx");
        AlberoSheets.write(report, file);
        assertEquals(report, AlberoSheets.read(file));
    }

    @Test
    void theRealReportRoundTripsThroughCsvToAnEqualPlan(@TempDir Path tmp) throws IOException {
        Plan report = report();
        assertEquals(report, viaCsv(report, tmp));
    }

    @Test
    void generatedPlansRoundTripThroughXlsx() {
        qt().withExamples(40).forAll(AlberoGens.wildPlans()).checkAssert(generated -> {
            Plan plan = Carried.carried(generated);
            assertEquals(plan, viaXlsx(plan));
        });
    }

    @Test
    void cleanPlansWithEveryNewShapeRoundTripThroughXlsx() {
        qt().withExamples(40).forAll(AlberoGens.cleanPlans(Size.defaults())).checkAssert(generated -> {
            Plan plan = Carried.carried(generated);
            assertEquals(plan, viaXlsx(plan));
        });
    }

    @Test
    void cleanPlansWithEveryNewShapeRoundTripThroughCsv(@TempDir Path tmp) {
        qt().withExamples(40).forAll(AlberoGens.cleanPlans(Size.defaults())).checkAssert(generated -> {
            Plan plan = Carried.carried(generated);
            try {
                assertEquals(plan, viaCsv(plan, tmp));
            } catch (IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        });
    }

    @Test
    void generatedPlansRoundTripThroughCsv(@TempDir Path tmp) {
        qt().withExamples(40).forAll(AlberoGens.wildPlans()).checkAssert(generated -> {
            Plan plan = Carried.carried(generated);
            try {
                assertEquals(plan, viaCsv(plan, tmp));
            } catch (IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        });
    }
}
