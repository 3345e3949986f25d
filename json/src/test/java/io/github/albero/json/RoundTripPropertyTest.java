package io.github.albero.json;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.quicktheories.QuickTheory.qt;

import io.github.albero.model.Plan;
import org.junit.jupiter.api.Test;

class RoundTripPropertyTest {
    @Test
    void readingWhatWasWrittenGivesBackAnEqualPlan() {
        qt().withExamples(400).forAll(RandomPlans.plans()).checkAssert(plan -> {
            assertEquals(plan, AlberoJson.read(AlberoJson.write(plan)));
            assertEquals(plan, AlberoJson.read(AlberoJson.writePretty(plan)));
        });
    }

    @Test
    void writingAReadCanonicalDocumentGivesBackTheSameBytes() {
        qt().withExamples(400).forAll(RandomPlans.plans()).checkAssert(plan -> {
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
        for (long seed = 0; seed < 200; seed++) {
            Plan p = RandomPlans.plan(seed);
            if (p.indicators().stream().anyMatch(i -> i.operationalObjective().isPresent()
                    && !i.indicator().targets().isEmpty() && !i.indicator().results().isEmpty())) {
                deep++;
            }
        }
        org.junit.jupiter.api.Assertions.assertTrue(deep > 10, "only " + deep + " deep plans in 200");
    }
}
