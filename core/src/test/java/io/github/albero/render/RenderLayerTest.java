package io.github.albero.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.albero.InvalidValueException;
import io.github.albero.achievement.AchievementCalculator;
import io.github.albero.achievement.AchievementNode;
import io.github.albero.model.Indicator;
import io.github.albero.model.Polarity;
import io.github.albero.model.Result;
import io.github.albero.model.Target;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** Rendering lies above the calculators: they hold numbers and typed data, and this package alone writes words. */
class RenderLayerTest {
    private static final Path MAIN = Path.of("src/main");

    @Test
    void theCalculatorsNeitherImportTheRenderingPackageNorKeepPhraseBundles() throws IOException {
        List<String> offences = new ArrayList<>();
        for (String pkg : List.of("achievement", "variance")) {
            try (Stream<Path> files = Files.list(MAIN.resolve("java/io/github/albero/" + pkg))) {
                for (Path f : files.toList()) {
                    List<String> lines = Files.readAllLines(f);
                    for (int i = 0; i < lines.size(); i++) {
                        String code = lines.get(i).strip();
                        boolean comment = code.startsWith("*") || code.startsWith("/") ;
                        if (!comment && (code.contains("io.github.albero.render") || code.contains("Render.") || code.contains("Catalog"))) {
                            offences.add(f.getFileName() + ":" + (i + 1) + ": " + code);
                        }
                    }
                }
            }
            Path resources = MAIN.resolve("resources/io/github/albero/" + pkg);
            if (Files.isDirectory(resources)) {
                try (Stream<Path> files = Files.list(resources)) {
                    files.filter(f -> f.toString().endsWith(".properties")).forEach(f -> offences.add(pkg + " bundle " + f.getFileName()));
                }
            }
        }
        assertEquals(List.of(), offences);
    }

    @Test
    void theSameExplanationIsWrittenInEachLanguageFromTheSameData() {
        Indicator events = Indicator.builder().name("Eventi").polarity(Polarity.HIGHER_IS_BETTER)
                .putTargets(2017, Target.parse("2")).putResults(2017, Result.parse("3")).build();
        AchievementNode n = AchievementCalculator.defaults().evaluate(events, 2017);
        assertEquals("a/t = 3/2 = 150%, capped at 100% (cap policy)", Render.canonical().explanation(n.explanation()));
        assertEquals("a/t = 3/2 = 150%, limitato al 100% (tetto)", Render.of(Locale.ITALIAN).explanation(n.explanation()));
        assertEquals("a/t = 3/2 = 150%, capped at 100% (cap policy)", Render.of(Locale.UK).explanation(n.explanation()));
        // the data's own form names the parts, not the phrases
        assertEquals("RATIO [actual 3, target 2] raw 150% → 100% [CAP 100% applied, RAISED_TO_ZERO not applied]", n.explanation().toString());
        assertTrue(n.toString().startsWith("indicator Eventi: 100% achieved — RATIO"), n.toString());
    }

    @Test
    void aMissingArgumentIsNamedNotThrownAsANullPointer() {
        InvalidValueException e = assertThrows(InvalidValueException.class, () -> Render.of(null));
        assertTrue(e.getMessage().contains("locale"), e.getMessage());
        InvalidValueException r = assertThrows(InvalidValueException.class, () -> Render.canonical().report((io.github.albero.achievement.AchievementReport) null));
        assertTrue(r.getMessage().contains("report"), r.getMessage());
        assertEquals("Render[it]", Render.of(Locale.ITALIAN).toString());
    }
}
