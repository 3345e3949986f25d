package io.github.albero.json;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.quicktheories.QuickTheory.qt;

import io.github.albero.model.Plan;
import io.github.albero.testkit.Generators;
import io.github.albero.testkit.quicktheories.AlberoGens;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

/**
 * Round trips over the testkit's plan families: wild plans (texts with control characters and
 * emoji, six-decimal and extreme numbers, negative quantities, unknown units, readings that
 * disagree with their text, years anywhere) and realistic sound plans (long Italian texts, deep
 * and wide trees, every edge case of the documents).
 */
class RoundTripPropertyTest {
    private static Gen<Plan> plans() {
        return AlberoGens.wildPlans().mix(AlberoGens.plans(), 30);
    }

    @Test
    void readingWhatWasWrittenGivesBackAnEqualPlan() {
        qt().withExamples(400).forAll(plans()).checkAssert(plan -> {
            assertEquals(plan, AlberoJson.read(AlberoJson.write(plan)));
            assertEquals(plan, AlberoJson.read(AlberoJson.writePretty(plan)));
        });
    }

    @Test
    void writingAReadCanonicalDocumentGivesBackTheSameBytes() {
        qt().withExamples(400).forAll(plans()).checkAssert(plan -> {
            byte[] canonical = AlberoJson.writeBytes(plan);
            assertArrayEquals(canonical, AlberoJson.writeBytes(AlberoJson.read(canonical)));
            String pretty = AlberoJson.writePretty(plan);
            assertEquals(pretty, AlberoJson.writePretty(AlberoJson.read(pretty)));
        });
    }

    @Test
    void theGeneratorReachesEveryShape() {
        // guards the properties above against a generator that silently stopped producing deep trees
        int deep = 0;
        for (Plan p : Generators.wildPlans().sample(0L, 200)) {
            if (p.indicators().stream().anyMatch(i -> i.operationalObjective().isPresent()
                    && !i.indicator().targets().isEmpty() && !i.indicator().results().isEmpty())) {
                deep++;
            }
        }
        org.junit.jupiter.api.Assertions.assertTrue(deep > 10, "only " + deep + " deep plans in 200");
    }
}
