package io.github.albero.benchmarks;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.albero.json.AlberoJson;
import io.github.albero.model.Plan;
import io.github.albero.model.PlanKind;
import io.github.albero.period.YearRange;
import io.github.albero.validation.PlanValidator;
import io.github.albero.validation.ValidationReport;
import java.io.ByteArrayOutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class NationalDatasetTest {

    @Test
    void givesExactlyTheIndicatorsAskedForWithOneReportPerHundred() {
        for (int n : new int[] {1, 99, 100, 101, 250}) {
            List<Plan> plans = NationalDataset.plans(n).toList();
            assertEquals((n + 99) / 100, plans.size(), "reports for " + n);
            assertEquals(n, plans.stream().mapToInt(p -> p.indicators().size()).sum(), "indicators for " + n);
        }
    }

    @Test
    void writesTheSameBytesForTheSameSize() {
        assertArrayEquals(bytes(230), bytes(230));
    }

    @Test
    void aLargerDatasetStartsWithTheSameReports() {
        byte[][] small = lines(bytes(200));
        byte[][] large = lines(bytes(350));
        assertArrayEquals(small[0], large[0]);
        assertArrayEquals(small[1], large[1]);
    }

    @Test
    void everyReportCovers2016To2018WithTargetsResultsAndResourcesInside() {
        Set<String> administrations = new HashSet<>();
        for (Plan p : NationalDataset.plans(1_000).toList()) {
            assertEquals(PlanKind.REPORT, p.kind());
            assertEquals(YearRange.of(2016, 2018), p.horizon());
            assertTrue(administrations.add(p.administration().name()), p.administration().name());
            p.indicators().forEach(li -> {
                assertTrue(p.horizon().contains(li.indicator().targets().keySet().iterator().next()), li.path().toString());
                li.indicator().results().keySet().forEach(y -> assertTrue(y <= p.referenceYear(), li.path().toString()));
            });
            p.objectives().forEach(o -> o.resources().ifPresent(r -> r.years().keySet()
                    .forEach(y -> assertTrue(p.horizon().contains(y), o.code().toString()))));
        }
    }

    @Test
    void movingTheYearsKeepsEveryReportFreeOfValidationErrors() {
        for (Plan p : NationalDataset.plans(2_000).toList()) {
            ValidationReport report = PlanValidator.create().validate(p);
            assertFalse(report.hasErrors(), () -> p.administration() + "\n" + report.render(java.util.Locale.ENGLISH));
        }
    }

    @Test
    void storesTheDatasetOnceAndReadsItBackAsTheSameReports(@TempDir Path dir) throws Exception {
        Path file = NationalDataset.file(dir, 150);
        byte[] written = Files.readAllBytes(file);
        assertEquals(file, NationalDataset.file(dir, 150));
        assertEquals(Files.getLastModifiedTime(file), Files.getLastModifiedTime(NationalDataset.file(dir, 150)));
        assertArrayEquals(written, bytes(150));
        byte[][] documents = NationalDataset.lines(file);
        List<Plan> plans = NationalDataset.plans(150).toList();
        assertEquals(plans.size(), documents.length);
        for (int i = 0; i < documents.length; i++) {
            assertEquals(plans.get(i), AlberoJson.read(documents[i]));
        }
        assertArrayEquals(written, JsonLinesBytes.join(documents));
    }

    @Test
    void rejectsAnEmptyDataset() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> NationalDataset.administrations(0));
        assertTrue(e.getMessage().contains("indicators"), e.getMessage());
    }

    private static byte[] bytes(int indicators) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        NationalDataset.write(indicators, out);
        return out.toByteArray();
    }

    private static byte[][] lines(byte[] jsonLines) {
        return NationalDataset.lines(writeTemp(jsonLines));
    }

    private static Path writeTemp(byte[] content) {
        try {
            Path f = Files.createTempFile("national", ".jsonl");
            f.toFile().deleteOnExit();
            return Files.write(f, content);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
