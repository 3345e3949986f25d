package io.github.albero.sheets;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import io.github.albero.measure.Ratio;
import io.github.albero.model.Indicator;
import io.github.albero.model.Plan;
import io.github.albero.testkit.Generators;
import io.github.albero.testkit.PiaoFixture;
import io.github.albero.testkit.Size;
import java.util.List;
import org.junit.jupiter.api.Test;
import java.io.IOException;
import java.nio.file.Path;
import org.junit.jupiter.api.io.TempDir;

/**
 * The members the model gained for #13 — ratio definitions and parts, monitoring periods with
 * their targets, target revisions, breakdowns, staff in FTE, public-value objectives with their
 * indicators, contributions and cross-cutting dimensions — go through the template's columns and
 * sheets and come back equal, in XLSX and CSV.
 */
class RicherShapesTest {
    /** The PIAO-shaped plan with every member the model gained for the PIAO, shared with the other formats' tests. */
    static Plan piao() {
        return PiaoFixture.everyMember();
    }

    @Test
    void aPiaoShapedPlanWithEveryNewMemberRoundTripsThroughXlsx() {
        Plan plan = piao();
        assertEquals(plan, RoundTripTest.viaXlsx(plan));
    }

    @Test
    void aPiaoShapedPlanWithEveryNewMemberRoundTripsThroughCsv(@TempDir Path tmp) throws IOException {
        Plan plan = piao();
        assertEquals(plan, RoundTripTest.viaCsv(plan, tmp));
    }

    @Test
    void theNewMembersGoToTheirOwnSheetsAndColumns(@TempDir Path tmp) {
        Path file = tmp.resolve("piao.xlsx");
        AlberoSheets.write(piao(), file);
        // the public-value objective's indicator comes first (ref 1): the ratio indicator is ref 2
        assertEquals(List.of("2", "01/07/2023", "31/12/2023"), shown(file, "Monitoraggio", 3).subList(0, 3));
        assertTrue(shown(file, "Revisioni", 2).containsAll(List.of("2", "2023", "15/07/2023", ">= 85%", "nuovo portale telematico",
                "delibera di Giunta n. 45 del 15/07/2023")), shown(file, "Revisioni", 2).toString());
        assertTrue(shown(file, "Scomposizioni", 2).containsAll(List.of("canale", "sportello", "130", "200")),
                shown(file, "Scomposizioni", 2).toString());
        assertTrue(shown(file, "Personale", 2).containsAll(List.of("011-005-001", "Area dei funzionari e dell'elevata qualificazione", "2,5")),
                shown(file, "Personale", 2).toString());
        assertTrue(shown(file, "Valore pubblico", 2).containsAll(List.of("VP1", "Imprese più competitive", "60")),
                shown(file, "Valore pubblico", 2).toString());
        assertEquals(List.of("VP1", "OO.1", "20"), shown(file, "Contributi", 3));
        assertTrue(shown(file, "Indicatori", 1).containsAll(List.of("Numeratore / Numerator", "Denominatore / Denominator",
                "Scala del rapporto / Ratio scale", "Aggregazione dei periodi / Period aggregation")), shown(file, "Indicatori", 1).toString());
    }

    /** {@return the non-empty cells of one row of a sheet, as shown} */
    static List<String> shown(Path file, String sheet, int row) {
        List<String> cells = new java.util.ArrayList<>();
        Problems problems = new Problems(100, true);
        try (XlsxSource source = XlsxSource.open(file, null, SheetLimits.DEFAULT, problems)) {
            Source.SheetInfo info = source.sheets().stream().filter(s -> s.name.equals(sheet)).findFirst().orElseThrow();
            source.read(info, (number, read) -> {
                if (number == row) {
                    for (Cell c : read) {
                        if (c != null) {
                            cells.add(c.shown());
                        }
                    }
                }
            });
        }
        return cells;
    }

    @Test
    void cleanGeneratedPlansWithEveryRicherShapeRoundTripThroughXlsx() {
        List<Plan> plans = Generators.cleanPlans(Size.defaults()).sample(13L, 60);
        int[] seen = new int[PiaoFixture.RICHER_SHAPES];
        for (Plan generated : plans) {
            Plan plan = Carried.carried(generated);
            assertEquals(plan, RoundTripTest.viaXlsx(plan));
            boolean[] has = PiaoFixture.richerShapesOf(plan);
            for (int k = 0; k < seen.length; k++) {
                seen[k] += has[k] ? 1 : 0;
            }
        }
        for (int k = 0; k < seen.length; k++) {
            assertTrue(seen[k] >= 3, "shape " + k + " reached by only " + seen[k] + " of 60 plans");
        }
    }
}
