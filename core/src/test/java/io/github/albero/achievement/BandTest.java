package io.github.albero.achievement;

import static io.github.albero.achievement.Fixtures.pct;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.albero.InvalidValueException;
import io.github.albero.measure.Percentage;
import java.math.BigDecimal;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class BandTest {
    private static String label(BandTable t, String points) {
        return t.bandOf(pct(points)).map(Band::label).orElse("none");
    }

    @Test
    void theDefaultBandsIncludeTheirLowerBoundsAndExcludeTheirUpperBounds() {
        BandTable t = BandTable.defaults();
        assertEquals("achieved", label(t, "100"));
        assertEquals("achieved", label(t, "90"));
        assertEquals("partially achieved", label(t, "89.99"));
        assertEquals("partially achieved", label(t, "70"));
        assertEquals("not achieved", label(t, "69.99"));
        assertEquals("not achieved", label(t, "0"));
    }

    @Test
    void exclusiveLowerAndInclusiveUpperBoundsAreHonoured() {
        Band b = Band.between("mid", Percentage.of(70), false, Percentage.of(90), true);
        assertFalse(b.contains(Percentage.of(70)));
        assertTrue(b.contains(pct("70.01")));
        assertTrue(b.contains(Percentage.of(90)));
        assertFalse(b.contains(pct("90.01")));
        assertTrue(Band.above("x", Percentage.of(90)).contains(pct("90.01")));
        assertFalse(Band.above("x", Percentage.of(90)).contains(Percentage.of(90)));
        assertTrue(Band.atMost("x", Percentage.of(70)).contains(Percentage.of(70)));
        assertFalse(Band.below("x", Percentage.of(70)).contains(Percentage.of(70)));
    }

    @Test
    void theFirstMatchingBandWinsAndCarriesItsScore() {
        BandTable four = BandTable.of(
                Band.atLeast("excellent", Percentage.of(100)).withScore(BigDecimal.valueOf(4)),
                Band.atLeast("good", Percentage.of(80)).withScore(BigDecimal.valueOf(3)),
                Band.atLeast("fair", Percentage.of(60)).withScore(BigDecimal.valueOf(2)),
                Band.any("poor").withScore(BigDecimal.ONE));
        assertEquals("excellent", label(four, "100"));
        assertEquals("good", label(four, "99.99"));
        assertEquals(Optional.of(BigDecimal.valueOf(3)), four.bandOf(Percentage.of(80)).flatMap(Band::score));
        assertEquals("poor", label(four, "0"));
        assertEquals("excellent [100%, +∞) score 4 | good [80%, +∞) score 3 | fair [60%, +∞) score 2 | poor (−∞, +∞) score 1", four.toString());
    }

    @Test
    void aScoreInNoBandHasNoStatus() {
        assertEquals("none", label(BandTable.of(Band.atLeast("ok", Percentage.of(50))), "49"));
    }

    @Test
    void rejectsAnEmptyBandAndAnEmptyTable() {
        InvalidValueException e = assertThrows(InvalidValueException.class,
                () -> Band.between("x", Percentage.of(90), true, Percentage.of(70), true));
        assertTrue(e.getMessage().contains("[90%, 70%]"), e.getMessage());
        assertThrows(InvalidValueException.class, () -> Band.between("x", Percentage.of(70), true, Percentage.of(70), false));
        assertTrue(Band.between("x", Percentage.of(70), true, Percentage.of(70), true).contains(Percentage.of(70)));
        assertThrows(InvalidValueException.class, () -> BandTable.of());
    }

    @Test
    void rejectsPolicyValuesOutOfBoundsWithTheField() {
        InvalidValueException cap = assertThrows(InvalidValueException.class, () -> AchievementPolicy.defaults().withCap(Percentage.of(99)));
        assertEquals("cap", cap.field());
        InvalidValueException partial = assertThrows(InvalidValueException.class,
                () -> AchievementPolicy.defaults().withPartiallyAchieved(pct("33.333")));
        assertEquals("partiallyAchieved", partial.field());
        assertThrows(InvalidValueException.class, () -> AchievementPolicy.defaults().withPostponed(Percentage.of(-1)));
        assertThrows(InvalidValueException.class, () -> AchievementPolicy.defaults().withRollup(null));
    }
}
