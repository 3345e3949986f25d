package io.github.albero.sheets;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.function.UnaryOperator;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A rule of core's value types broken in a cell is said in the report's language: core hands over
 * the rule as a typed message, the sheets layer renders it (no translation of English texts).
 */
class CoreRulesInTheReportLanguageTest {
    @TempDir
    Path dir;

    // words of core's English rules that an Italian report must not show
    private static final Pattern ENGLISH = Pattern.compile("\\b(must|expected|required|unique|negative|decimals|horizon|such as|not be)\\b");

    private SheetProblem problem(String name, UnaryOperator<Book> edit, String location) {
        SheetImport result = AlberoSheets.strict().check(edit.apply(Book.base()).xlsx(dir, name));
        return result.report().problems().stream().filter(p -> p.location().equals(location)).findFirst()
                .orElseThrow(() -> new AssertionError(name + ": nothing at " + location + " in\n" + result.report()));
    }

    @Test
    void aWeightThatIsAWordIsExplainedInItalianAndInEnglish() {
        SheetProblem p = problem("weight", b -> b.set("Indicatori", "F2", "tanto"), "Indicatori!F2");
        assertEquals("\"tanto\": atteso un peso come 50, 33,33 o 40%", p.message(Locale.ITALIAN));
        assertEquals("\"tanto\": expected a weight such as 50, 33,33 or 40%", p.message(Locale.ENGLISH));
        assertEquals("expected a weight such as 50, 33,33 or 40%", p.arguments().get("problem"));
    }

    @Test
    void coreRulesBrokenInCellsShowNoEnglishWordInItalian() {
        List<SheetProblem> problems = List.of(
                problem("negative", b -> b.set("Risorse", "F2", "-5000"), "Risorse!F2"),
                problem("decimals", b -> b.set("Risorse", "E3", "12,345"), "Risorse!E3"),
                problem("objective", b -> b.set("Albero", "B4", "11-5-1"), "Albero!B4"),
                problem("program", b -> b.set("Albero", "B3", "011/005"), "Albero!B3"),
                problem("horizon", b -> b.set("Piano", "B4", 2020), "Piano!B4"),
                problem("fte", b -> b.sheet("Personale", Book.row("Obiettivo / Objective", "Obiettivo operativo / Operational objective",
                        "Categoria / Category", "FTE / FTE"), Book.row("011-005-001", null, "dirigenti", "-1")), "Personale!D2"));
        for (SheetProblem p : problems) {
            String it = p.render(Locale.ITALIAN);
            assertFalse(ENGLISH.matcher(it).find(), it);
            String en = p.render(Locale.ENGLISH);
            assertFalse(en.equals(it), en);
        }
    }
}
