package io.github.albero.testkit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.albero.model.Plan;
import io.github.albero.model.PlanKind;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class DeterminismTest {
    private static Map<String, Generator<?>> everyGenerator() {
        Map<String, Generator<?>> all = new LinkedHashMap<>();
        all.put("plans", Generators.plans());
        all.put("missions", Generators.missions());
        all.put("programs", Generators.programs());
        all.put("strategicObjectives", Generators.strategicObjectives());
        all.put("operationalObjectives", Generators.operationalObjectives());
        all.put("indicators", Generators.indicators());
        all.put("targets", Generators.targets());
        all.put("results", Generators.results());
        all.put("baselines", Generators.baselines());
        all.put("resources", Generators.resources());
        all.put("resourceAmounts", Generators.resourceAmounts());
        all.put("administrations", Generators.administrations());
        all.put("money", Generators.money());
        all.put("nonNegativeMoney", Generators.nonNegativeMoney());
        all.put("percentages", Generators.percentages());
        all.put("units", Generators.units());
        all.put("quantities", Generators.quantities());
        all.put("weights", Generators.weights());
        all.put("yearRanges", Generators.yearRanges());
        all.put("timeframes", Generators.timeframes());
        all.put("missionCodes", Generators.missionCodes());
        all.put("programCodes", Generators.programCodes());
        all.put("objectiveCodes", Generators.objectiveCodes());
        all.put("indicatorTypes", Generators.indicatorTypes());
        all.put("italianTexts", Generators.italianTexts());
        return all;
    }

    @Test
    void theSameSeedGivesEqualPlans() {
        for (long seed = 0; seed < 200; seed++) {
            Plan first = Generators.plan(seed);
            Plan second = Generators.plan(seed);
            assertEquals(first, second, "seed " + seed);
            assertEquals(first.toString(), second.toString());
        }
    }

    @Test
    void theSameSeedGivesEqualValuesForEveryGenerator() {
        everyGenerator().forEach((name, generator) -> {
            for (long seed = -50; seed < 50; seed++) {
                assertEquals(generator.generate(seed), generator.generate(seed), name + " with seed " + seed);
            }
            assertEquals(generator.sample(7L, 30), generator.sample(7L, 30), name + " sample");
        });
        for (long seed = 0; seed < 3; seed++) {
            assertEquals(Generators.plan(seed, Size.large()), Generators.plan(seed, Size.large()));
        }
    }

    @Test
    void differentSeedsGiveDifferentValuesForEveryGenerator() {
        everyGenerator().forEach((name, generator) -> {
            Set<Object> distinct = new HashSet<>(generator.sample(11L, 50));
            assertTrue(distinct.size() > 1, name + " gave a single value over 50 draws");
        });
        assertNotEquals(Generators.plan(1L), Generators.plan(2L));
    }

    @Test
    void drawingAPlanAdvancesTheCallersSourceByOneStepWhateverItsSize() {
        // generate(seed) and next(random) agree, and a plan's size does not shift what follows it
        SplittableRandom a = new SplittableRandom(5L);
        SplittableRandom b = new SplittableRandom(5L);
        Generators.plans(Size.large()).next(a);
        Generators.plans(Size.exactly(0, 0, 0, 0, 0, 0, 1)).next(b);
        assertEquals(a.nextLong(), b.nextLong());
        assertEquals(Generators.plan(9L), Generators.plans().next(new SplittableRandom(9L)));
    }

    @Test
    void theSameSeedGivesTheSamePlanUnderAnyDefaultLocale() {
        List<Plan> expected = Generators.plans().sample(13L, 50);
        Locale saved = Locale.getDefault();
        try {
            for (String tag : List.of("th-TH-u-nu-thai", "ar-EG", "it-IT", "tr-TR")) {
                Locale.setDefault(Locale.forLanguageTag(tag));
                assertEquals(expected, Generators.plans().sample(13L, 50), tag);
            }
        } finally {
            Locale.setDefault(saved);
        }
    }

    @Test
    void aFixedKindGivesOnlyThatKindAndTheSamePlansForTheSameSeed() {
        PlanGenerator reports = Generators.plans(Size.small()).kind(PlanKind.REPORT);
        List<Plan> sample = reports.sample(3L, 100);
        assertTrue(sample.stream().allMatch(p -> p.kind() == PlanKind.REPORT));
        assertEquals(sample, reports.sample(3L, 100));
        assertTrue(Generators.plans().sample(3L, 100).stream().anyMatch(p -> p.kind() == PlanKind.PLAN));
    }
}
