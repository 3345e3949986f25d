package io.github.albero.variance;

import io.github.albero.render.Render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.albero.model.Indicator;
import io.github.albero.model.Polarity;
import io.github.albero.model.Result;
import io.github.albero.model.Target;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class IndicatorChangeTest {
    private static Indicator indicator(Polarity polarity, String target, String r2016, String r2017) {
        Indicator.Builder b = Indicator.builder().name("indicatore").polarity(polarity).putTargets(2017, Target.parse(target));
        if (r2016 != null) {
            b.putResults(2016, Result.parse(r2016));
        }
        if (r2017 != null) {
            b.putResults(2017, Result.parse(r2017));
        }
        return b.build();
    }

    @Test
    void fewerDaysAreAnImprovementWhenLowerIsBetter() {
        IndicatorChange c = ChangeOverTime.between(indicator(Polarity.LOWER_IS_BETTER, "entro 5 gg", "2.9 gg", "2.3 gg"), 2016, 2017);
        assertEquals(Trend.IMPROVED, c.trend());
        assertEquals(Trend.WORSENED, ChangeOverTime.between(indicator(Polarity.HIGHER_IS_BETTER, "almeno 3", "2.9 gg", "2.3 gg"), 2016, 2017)
                .trend());
        assertEquals("2016 → 2017: 2.9 gg → 2.3 gg, -0.6, improved (lower is better)", c.toString());
        assertEquals("2016 → 2017: 2.9 gg → 2.3 gg, -0.6, improved (lower is better)", Render.canonical().change(c));
        assertEquals("2016 → 2017: 2,9 gg → 2,3 gg, -0,6, migliorato (più basso è meglio)", Render.of(Locale.ITALIAN).change(c));
        assertEquals("migliorato", Render.of(Locale.ITALIAN).trend(c.trend()));
    }

    @Test
    void aChangeThatCannotBeComparedNamesItsReasonAsDataAndInWords() {
        IndicatorChange c = ChangeOverTime.between(indicator(Polarity.HIGHER_IS_BETTER, "almeno 3", null, "4"), 2016, 2017);
        assertEquals(java.util.Optional.of(IndicatorChange.Reason.NO_RESULT), c.reason());
        assertEquals(java.util.List.of(2016), c.reasonArguments());
        assertEquals("2016 → 2017: not comparable (NO_RESULT 2016)", c.toString());
        assertEquals("2016 → 2017: not comparable (no result for 2016)", Render.canonical().change(c));
        assertEquals("2016 → 2017: non confrontabile (nessun risultato per il 2016)", Render.of(Locale.ITALIAN).change(c));
    }

    @Test
    void percentagesChangeInPercentagePointsAndSaySo() {
        IndicatorChange c = ChangeOverTime.between(indicator(Polarity.HIGHER_IS_BETTER, "almeno 90%", "92%", "95%"), 2016, 2017);
        assertTrue(c.inPercentagePoints());
        assertEquals("+3 percentage points", Render.of(Locale.ENGLISH).absolute(c).orElseThrow());
        assertEquals("+3 punti percentuali", Render.of(Locale.ITALIAN).absolute(c).orElseThrow());
        assertEquals(Trend.IMPROVED, c.trend());
    }

    @Test
    void aMilestoneCompletedInBothYearsIsUnchangedAndStatusesAreRanked() {
        assertEquals(Trend.UNCHANGED, ChangeOverTime.between(indicator(Polarity.MILESTONE, "report", "100%", "120%"), 2016, 2017).trend());
        assertEquals(Trend.IMPROVED, ChangeOverTime.between(indicator(Polarity.MILESTONE, "report",
                "parziale realizzazione, in corso di completamento", "100%"), 2016, 2017).trend());
        assertEquals(Trend.WORSENED, ChangeOverTime.between(indicator(Polarity.MILESTONE, "report", "realizzato",
                "rinviato per ritardi nel completamento dei lavori"), 2016, 2017).trend());
    }

    @Test
    void aRangeIsJudgedByTheDistanceFromIt() {
        Indicator i = indicator(Polarity.TARGET_RANGE, "tra 10 e 20", "25", "18");
        assertEquals(Trend.IMPROVED, ChangeOverTime.between(i, 2016, 2017).trend());
        assertEquals(Trend.UNCHANGED, ChangeOverTime.between(indicator(Polarity.TARGET_RANGE, "tra 10 e 20", "12", "18"), 2016, 2017).trend());
    }

    @Test
    void missingUnreadAndNothingReportedResultsAreNotComparableWithTheReason() {
        IndicatorChange missing = ChangeOverTime.between(indicator(Polarity.HIGHER_IS_BETTER, "almeno 3", null, "4"), 2016, 2017);
        assertEquals(Trend.NOT_COMPARABLE, missing.trend());
        assertEquals("nessun risultato per il 2016", Render.of(Locale.ITALIAN).reason(missing).orElseThrow());
        IndicatorChange unread = ChangeOverTime.between(indicator(Polarity.HIGHER_IS_BETTER, "almeno 3", "in linea con le attese", "4"),
                2016, 2017);
        assertTrue(Render.of(Locale.ENGLISH).reason(unread).orElseThrow().contains("in linea con le attese"));
        assertEquals(Trend.NOT_COMPARABLE, ChangeOverTime.between(indicator(Polarity.HIGHER_IS_BETTER, "almeno 3", "___", "4"), 2016, 2017)
                .trend());
        IndicatorChange units = ChangeOverTime.between(indicator(Polarity.HIGHER_IS_BETTER, "almeno 3", "50%", "3 gg"), 2016, 2017);
        assertEquals(Trend.NOT_COMPARABLE, units.trend());
        assertFalse(Render.of(Locale.ENGLISH).reason(units).isEmpty());
    }
}
