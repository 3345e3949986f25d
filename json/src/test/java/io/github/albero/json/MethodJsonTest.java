package io.github.albero.json;

import io.github.albero.render.Render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;

import io.github.albero.achievement.AchievementCalculator;
import io.github.albero.achievement.AchievementPolicy;
import io.github.albero.achievement.Band;
import io.github.albero.achievement.BandTable;
import io.github.albero.achievement.AchievementReport;
import io.github.albero.achievement.RollupRule;
import io.github.albero.achievement.ScoreScale;
import io.github.albero.measure.Percentage;
import io.github.albero.model.Plan;
import io.github.albero.testkit.Generators;
import io.github.albero.testkit.quicktheories.AlberoGens;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import org.junit.jupiter.api.Test;

class MethodJsonTest {
    private static String withMethod(String method) {
        return CodesAndSchemesJsonTest.AREAS.replace("\"uniqueCodes\":true,", "\"uniqueCodes\":true,\"method\":" + method + ",");
    }

    @Test
    void aPlanCarriesItsMeasurementMethodAndComputesWithItWhateverTheCalculatorsPolicy() {
        String json = withMethod("{\"capped\":false,\"rollup\":\"simpleMean\",\"decimals\":1,\"rounding\":\"halfUp\"}");
        Plan p = AlberoJson.read(json);
        AchievementPolicy stated = AchievementPolicy.defaults().withoutCap().withRollup(RollupRule.SIMPLE_MEAN).withRounding(1, RoundingMode.HALF_UP);
        assertEquals(stated, p.method().get());
        // 85 % against "almeno 80%": 106.25 %, not capped, one decimal half up
        AchievementReport r = AchievementCalculator.defaults().evaluate(p, 2023);
        assertEquals(stated, r.policy());
        assertEquals(0, new BigDecimal("106.3").compareTo(r.root().score().get().points()), r.root().toString());
        // the explanations state the rules the document's method applied
        String indicator = Render.of(java.util.Locale.ENGLISH).explanation(
                r.rows().stream().filter(x -> x.node().kind().name().equals("INDICATOR")).findFirst().get().node().explanation());
        assertTrue(indicator.contains("106.3") && indicator.contains("1 decimal"), indicator);
        assertTrue(Render.of(java.util.Locale.ENGLISH).explanation(r.root().explanation()).startsWith("simple mean"), Render.of(java.util.Locale.ENGLISH).explanation(r.root().explanation()));
        assertEquals(0, new BigDecimal("100").compareTo(AchievementCalculator.defaults().evaluate(p.withMethod(java.util.Optional.empty()), 2023)
                .root().score().get().points()));
        String written = AlberoJson.write(p);
        assertTrue(written.contains("\"method\":{\"capped\":false,\"rollup\":\"simpleMean\",\"decimals\":1,\"rounding\":\"halfUp\"}"), written);
        assertEquals(p, AlberoJson.read(written));
        assertEquals(List.of(), SchemaTest.validate(written));
    }

    @Test
    void scoreScalesThresholdsAndDeadlinesRoundTrip() {
        String json = withMethod("{\"minimumThreshold\":50,\"lateDeadlineDecline\":2,\"rollupFromExactValues\":true,"
                + "\"scoreScale\":{\"steps\":[{\"from\":0,\"score\":0},{\"from\":50,\"score\":50},{\"from\":100,\"score\":75},{\"from\":120,\"score\":100}]}}");
        Plan p = AlberoJson.read(json);
        AchievementPolicy stated = AchievementPolicy.defaults().withMinimumThreshold(Percentage.of(50)).withLateDeadlineDecline(Percentage.of(2))
                .withRollupFromExactValues().withScoreScale(ScoreScale.steps(0, 0, 50, 50, 100, 75, 120, 100));
        assertEquals(stated, p.method().get());
        assertEquals(p, AlberoJson.read(AlberoJson.write(p)));
        assertEquals(List.of(), SchemaTest.validate(json));
        Plan linear = AlberoJson.read(withMethod("{\"scoreScale\":{\"linearFrom\":60}}"));
        assertEquals(ScoreScale.linear(Percentage.of(60)), linear.method().get().scoreScale().get());
        assertEquals(linear, AlberoJson.read(AlberoJson.write(linear)));
        Plan defaults = AlberoJson.read(withMethod("{}"));
        assertEquals(AchievementPolicy.defaults(), defaults.method().get());
        assertTrue(AlberoJson.write(defaults).contains("\"method\":{}"));
    }

    @Test
    void anUncappedMethodKeepsTheCapThatStillBoundsManualOverrides() {
        Plan p = AlberoJson.read(withMethod("{\"capped\":false,\"cap\":120}"));
        AchievementPolicy stated = AchievementPolicy.defaults().withCap(Percentage.of(120)).withoutCap();
        assertEquals(stated, p.method().get());
        assertFalse(p.method().get().isCapped());
        assertEquals(Percentage.of(120), p.method().get().cap());
        String written = AlberoJson.write(p);
        assertTrue(written.contains("\"method\":{\"capped\":false,\"cap\":120}"), written);
        assertEquals(p, AlberoJson.read(written));
        assertEquals(p, AlberoJson.read(AlberoJson.writePretty(p)));
        assertEquals(List.of(), SchemaTest.validate(written));
    }

    @Test
    void aMethodWithItsOwnBandTableCarriesItThroughAWriteAndARead() {
        Plan p = AlberoJson.read(withMethod("{}"));
        BandTable other = BandTable.of(Band.atLeast("ottimo", Percentage.of(95)).withScore(BigDecimal.valueOf(4)),
                Band.between("buono", Percentage.of(80), false, Percentage.of(95), false).withScore(new BigDecimal("3.5")),
                Band.atMost("da migliorare", Percentage.of(80)), Band.any("altro"));
        Plan banded = p.withMethod(java.util.Optional.of(AchievementPolicy.defaults().withBands(other)));
        String written = AlberoJson.write(banded);
        assertTrue(written.contains("\"method\":{\"bands\":[{\"label\":\"ottimo\",\"lower\":95,\"score\":4},"
                + "{\"label\":\"buono\",\"lower\":80,\"lowerInclusive\":false,\"upper\":95,\"score\":3.5},"
                + "{\"label\":\"da migliorare\",\"upper\":80,\"upperInclusive\":true},{\"label\":\"altro\"}]}"), written);
        assertEquals(banded, AlberoJson.read(written));
        assertEquals(written, AlberoJson.write(AlberoJson.read(AlberoJson.writePretty(banded))));
        assertEquals(List.of(), SchemaTest.validate(written));
        // and the calculator gives the statuses of the document's own bands
        assertEquals("ottimo", AchievementCalculator.defaults().evaluate(AlberoJson.read(written), 2023).root().band().get().label());
    }

    @Test
    void aBandTableAndAMethodAreMappedOnTheirOwnByTheModule() {
        tools.jackson.databind.json.JsonMapper m = AlberoJson.mapper();
        BandTable table = BandTable.of(Band.above("oltre", Percentage.of(100)), Band.any("altro").withScore(BigDecimal.ONE));
        String json = m.writeValueAsString(table);
        assertEquals("[{\"label\":\"oltre\",\"lower\":100,\"lowerInclusive\":false},{\"label\":\"altro\",\"score\":1}]", json);
        assertEquals(table, m.readValue(json, BandTable.class));
        AchievementPolicy method = AchievementPolicy.builder().bands(table).capped(false).build();
        assertEquals(method, m.readValue(m.writeValueAsString(method), AchievementPolicy.class));
    }

    @Test
    void generatedMethodsWithGeneratedBandTablesRoundTripByteForByte() {
        Plan base = AlberoJson.read(withMethod("{}"));
        qt().withExamples(300).forAll(AlberoGens.of(Generators.methods())).checkAssert(m -> {
            Plan plan = base.withMethod(java.util.Optional.of(m));
            String written = AlberoJson.write(plan);
            assertEquals(plan, AlberoJson.read(written), written);
            assertEquals(written, AlberoJson.write(AlberoJson.read(written)));
            assertEquals(List.of(), SchemaTest.validate(written), written);
        });
        qt().withExamples(200).forAll(AlberoGens.of(Generators.bandTables())).checkAssert(t -> {
            Plan plan = base.withMethod(java.util.Optional.of(AchievementPolicy.builder().bands(t).build()));
            assertEquals(plan, AlberoJson.read(AlberoJson.writePretty(plan)), t.toString());
        });
    }

    @Test
    void aBadBandIsRefusedOnItsOwnMemberInEnglishAndItalian() {
        String[][] cases = {
            {"[]", "/method/bands", "needs at least one band", "almeno una fascia"},
            {"[{\"label\":\"tutti\",\"lowerInclusive\":false}]", "/method/bands/0/lowerInclusive", "the band has no lower", "non ha lower"},
            {"[{\"label\":\"x\"},{\"label\":\"vuota\",\"lower\":90,\"upper\":80}]", "/method/bands/1", "vuota", "vuota"},
            {"[{\"label\":\" ottimo\"}]", "/method/bands/0/label", "must not begin or end with spaces", "non deve iniziare"},
            {"[{\"label\":\"ottimo\",\"lower\":\"90\"}]", "/method/bands/0/lower", "expected a number", "atteso un numero"},
            {"[{\"lower\":90}]", "/method/bands/0", "missing required member \"label\" in a band of achievement", "fascia di raggiungimento"},
            {"{\"label\":\"ottimo\"}", "/method/bands", "expected an array", "atteso un array"},
        };
        for (String[] c : cases) {
            AlberoJsonException e = assertThrows(AlberoJsonException.class, () -> AlberoJson.read(withMethod("{\"bands\":" + c[0] + "}")), c[0]);
            assertEquals(c[1], e.pointer(), e.getMessage());
            assertTrue(e.getMessage().contains(c[2]), e.getMessage());
            assertTrue(e.render(java.util.Locale.ITALIAN).contains(c[3]), e.render(java.util.Locale.ITALIAN));
            assertTrue(e.line() > 0, e.getMessage());
        }
    }

    @Test
    void aContradictoryOrImpossibleMethodIsRefusedOnItsMember() {
        String[][] cases = {{"{\"decimals\":7}", "/method/decimals"}, {"{\"rounding\":\"unnecessary\"}", "/method/rounding"},
            {"{\"capped\":false,\"cap\":90}", "/method/cap"}, {"{\"minimumThreshold\":1001}", "/method/minimumThreshold"},
            {"{\"partiallyAchieved\":37.125}", "/method/partiallyAchieved"}, {"{\"scoreScale\":{}}", "/method/scoreScale"}};
        for (String[] c : cases) {
            AlberoJsonException e = assertThrows(AlberoJsonException.class, () -> AlberoJson.read(withMethod(c[0])), c[0]);
            assertEquals(c[1], e.pointer(), e.getMessage());
            assertTrue(e.line() > 0 && e.column() > 0, e.getMessage());
        }
        assertFalse(SchemaTest.validate(withMethod("{\"scoreScale\":{}}")).isEmpty());
        assertFalse(SchemaTest.validate(withMethod("{\"rollup\":\"median\"}")).isEmpty());
    }
}
