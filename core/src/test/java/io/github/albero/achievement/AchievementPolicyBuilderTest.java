package io.github.albero.achievement;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.github.albero.InvalidValueException;
import io.github.albero.measure.Percentage;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The builder a document's reader fills with the choices it finds: one place where stated choices become a policy. */
class AchievementPolicyBuilderTest {
    @Test
    void aBuilderWithNothingSetBuildsTheDefaults() {
        assertEquals(AchievementPolicy.defaults(), AchievementPolicy.builder().build());
    }

    @Test
    void everyChoiceSetOnTheBuilderGivesTheSamePolicyAsTheWithMethodsInAnyOrder() {
        BandTable bands = BandTable.of(Band.atLeast("ottimo", Percentage.of(95)), Band.any("altro"));
        AchievementPolicy chained = AchievementPolicy.defaults().withCap(Percentage.of(120)).withoutCap().withFormula(Formula.BASELINE_AWARE)
                .withPartiallyAchieved(Percentage.of(40)).withPostponed(Percentage.of(10)).withNothingReported(Treatment.COUNT_AS_ZERO)
                .withMissingResult(Treatment.COUNT_AS_ZERO).withOutsideRange(RangeRule.DISTANCE).withBands(bands)
                .withRollup(RollupRule.WORST_CHILD).withRounding(1, RoundingMode.HALF_UP).withRollupFromExactValues()
                .withMinimumThreshold(Percentage.of(30)).withScoreScale(ScoreScale.linear(Percentage.of(60)))
                .withLateDeadlineDecline(Percentage.of(2));
        // a document may state "no cap" before the cap it keeps for manual overrides
        AchievementPolicy built = AchievementPolicy.builder().lateDeadlineDecline(Percentage.of(2)).capped(false).rounding(RoundingMode.HALF_UP)
                .cap(Percentage.of(120)).formula(Formula.BASELINE_AWARE).partiallyAchieved(Percentage.of(40)).postponed(Percentage.of(10))
                .nothingReported(Treatment.COUNT_AS_ZERO).missingResult(Treatment.COUNT_AS_ZERO).outsideRange(RangeRule.DISTANCE)
                .bands(bands).rollup(RollupRule.WORST_CHILD).scale(1).rollupFromExactValues(true).minimumThreshold(Percentage.of(30))
                .scoreScale(ScoreScale.linear(Percentage.of(60))).build();
        assertEquals(chained, built);
        assertEquals(chained, chained.toBuilder().build());
        assertEquals(Percentage.of(120), built.cap());
        // the optional choices are cleared by null
        AchievementPolicy cleared = built.toBuilder().minimumThreshold(null).scoreScale(null).lateDeadlineDecline(null).build();
        assertEquals(Optional.empty(), cleared.minimumThreshold());
        assertEquals(Optional.empty(), cleared.scoreScale());
        assertEquals(Optional.empty(), cleared.lateDeadlineDecline());
    }

    @Test
    void buildNamesTheChoiceThatBreaksARuleSoThatAReaderCanLocateIt() {
        String[] choices = {"cap", "scale", "rounding", "minimumThreshold", "bands", "formula"};
        AchievementPolicy.Builder[] builders = {AchievementPolicy.builder().cap(Percentage.of(90)), AchievementPolicy.builder().scale(7),
            AchievementPolicy.builder().rounding(RoundingMode.UNNECESSARY), AchievementPolicy.builder().minimumThreshold(Percentage.of(-1)),
            AchievementPolicy.builder().bands(null), AchievementPolicy.builder().formula(null)};
        for (int i = 0; i < choices.length; i++) {
            InvalidValueException e = assertThrows(InvalidValueException.class, builders[i]::build, choices[i]);
            assertEquals(choices[i], e.path().toString(), e.getMessage());
        }
    }

    @Test
    void bandOfTakesEachBoundOrNoneAndGivesTheBandTheNamedFactoriesGive() {
        Percentage p70 = Percentage.of(70);
        Percentage p90 = Percentage.of(90);
        assertEquals(Band.atLeast("a", p90), Band.of("a", p90, true, null, true));
        assertEquals(Band.above("a", p90), Band.of("a", p90, false, null, false));
        assertEquals(Band.below("a", p70), Band.of("a", null, true, p70, false));
        assertEquals(Band.atMost("a", p70), Band.of("a", null, false, p70, true));
        assertEquals(Band.between("a", p70, true, p90, false), Band.of("a", p70, true, p90, false));
        assertEquals(Band.any("a"), Band.of("a", null, true, null, true));
        assertThrows(InvalidValueException.class, () -> Band.of("a", p90, true, p70, false));
        assertThrows(InvalidValueException.class, () -> Band.of(" ", null, false, null, false));
        assertEquals(new BigDecimal("3"), Band.of("a", null, false, null, false).withScore(new BigDecimal("3.00")).score().get());
    }
}
