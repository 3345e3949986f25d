package io.github.albero.sheets;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.albero.model.Plan;
import io.github.albero.model.StrategicObjective;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FlatAndSafetyTest {
    @TempDir
    Path dir;

    @Test
    void theFlatExportHasOneRowPerIndicatorAndYearWithScoresAndVariances() throws IOException {
        Plan report = RoundTripTest.report();
        AlberoSheets.writeFlatCsv(report, dir);
        List<String> lines = new java.util.ArrayList<>();
        try (tools.jackson.databind.MappingIterator<String[]> it = tools.jackson.dataformat.csv.CsvMapper.builder()
                .enable(tools.jackson.dataformat.csv.CsvReadFeature.WRAP_AS_ARRAY).build().readerFor(String[].class)
                .with(tools.jackson.dataformat.csv.CsvSchema.emptySchema().withColumnSeparator(';'))
                .readValues(dir.resolve("Analisi.csv").toFile())) {
            it.forEachRemaining(r -> lines.add(String.join(";", r)));
        }
        long expected = report.indicators().stream().mapToLong(l -> {
            java.util.Set<Integer> years = new java.util.TreeSet<>(l.indicator().targets().keySet());
            years.addAll(l.indicator().results().keySet());
            return years.size();
        }).sum();
        assertEquals(expected + 1, lines.size());
        assertTrue(lines.get(0).startsWith("Missione / Mission;Programma / Program;"), lines.get(0));
        assertTrue(lines.get(0).contains("Punteggio (%) / Score (%)") && lines.get(0).contains("Oneri correnti scostamento / Costs variance"));
        // the first objective's 2017 costs: budget 5 000, actual 0, variance -5 000 on every row of its indicators
        assertTrue(lines.stream().anyMatch(l -> l.startsWith("011;011-005;011-005-001;") && l.contains(";2017;")
                && l.contains(";5000,00;0,00;-5000,00;")), String.join("\n", lines.subList(0, 4)));
        AlberoSheets.writeFlat(report, dir.resolve("analisi.xlsx"));
        assertTrue(Files.size(dir.resolve("analisi.xlsx")) > 0);
    }

    @Test
    void textThatASpreadsheetWouldExecuteIsNeutralisedOnExportAndReadBackUnchanged() throws IOException {
        Plan report = RoundTripTest.report();
        Plan risky = Plan.builder().from(report).title("=HYPERLINK(\"http://evil\",\"x\")").notes(List.of("+1", "-2", "@SUM(A1)", "\tTab", "'=quoted"))
                .build();
        AlberoSheets.writeCsv(risky, dir);
        String piano = Files.readString(dir.resolve("Piano.csv"));
        assertTrue(piano.contains("'=HYPERLINK"), piano);
        // the notes are one cell, one per line: the cell's first character is what a spreadsheet looks at
        assertTrue(piano.contains("\"'+1\n-2\n@SUM(A1)\n\tTab\n'=quoted\""), piano);
        assertEquals(risky, AlberoSheets.read(dir));
        assertEquals(risky, RoundTripTest.viaXlsx(risky));
    }

    @Test
    void aShapeTheTemplateCannotHoldIsRefusedOnWritingNotDropped() {
        Plan piao = RicherShapesTest.piao();
        StrategicObjective first = piao.objectives().get(0);
        io.github.albero.model.Indicator monitored = first.indicators().get(0)
                .withMonitoring(java.util.Map.of(2024, io.github.albero.model.Monitoring.builder().year(2024).build()));
        List<io.github.albero.model.Indicator> indicators = new java.util.ArrayList<>(first.indicators());
        indicators.set(0, monitored);
        Plan plan = piao.withMissions(piao.missions().get(0).withPrograms(piao.missions().get(0).programs().get(0)
                .withObjectives(first.withIndicators(indicators), piao.objectives().get(1))));
        SheetsException e = assertThrows(SheetsException.class, () -> AlberoSheets.writeXlsx(plan, new ByteArrayOutputStream()));
        assertEquals(SheetRule.NOT_CARRIED, e.report().errors().get(0).rule());
        assertTrue(e.report().render(Locale.ITALIAN).contains("il modello non può contenere monitoring in questa forma"),
                e.report().render(Locale.ITALIAN));
        assertTrue(e.report().render(Locale.ENGLISH).contains("Monitoraggio"), e.report().render(Locale.ENGLISH));
    }
}
