package io.github.albero.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import io.github.albero.InvalidValueException;
import io.github.albero.money.Money;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

class YearMapsInTheModelTest {
    private static Indicator.Builder named() {
        return Indicator.builder().name("Realizzazione eventi").polarity(Polarity.HIGHER_IS_BETTER);
    }

    private static Target target(int i) {
        return Target.parse("almeno " + (i + 1) + " eventi");
    }

    @Test
    void anIndicatorPutYearByYearInAnyOrderEqualsOneGivenItsTreeMaps() {
        qt().forAll(lists().of(integers().between(2010, 2030)).ofSizeBetween(0, 8)).checkAssert(years -> {
            Indicator.Builder oneByOne = named();
            TreeMap<Integer, Target> targets = new TreeMap<>();
            TreeMap<Integer, Result> results = new TreeMap<>();
            for (int i = 0; i < years.size(); i++) {
                int y = years.get(i);
                oneByOne.putTargets(y, target(i)).putResults(y, Result.parse(i + "%"));
                targets.put(y, target(i));
                results.put(y, Result.parse(i + "%"));
            }
            Indicator built = oneByOne.build();
            Indicator fromTrees = named().targets(targets).results(results).build();
            assertEquals(fromTrees, built);
            assertEquals(fromTrees.hashCode(), built.hashCode());
            assertEquals(fromTrees.toString(), built.toString());
            assertEquals(targets, built.targets());
            assertEquals(built.targets(), targets);
            assertEquals(named().putAllTargets(targets).putAllResults(results).build(), built);
            assertEquals(named().build().withTargets(targets).withResults(results), built);
            assertInstanceOf(YearMap.class, named().targets(targets).build().targets());
        });
    }

    @Test
    void aBuilderFilledFromAnIndicatorKeepsItsYearsWhenMoreArePut() {
        Indicator i = named().putTargets(2017, target(1)).putTargets(2018, target(2)).putResults(2017, Result.parse("100%")).build();
        Indicator more = Indicator.builder().from(i).putTargets(2019, target(3)).putResults(2018, Result.parse("50%")).build();
        assertEquals(List.of(2017, 2018, 2019), List.copyOf(more.targets().keySet()));
        assertEquals(List.of(2017, 2018), List.copyOf(more.results().keySet()));
        assertEquals(target(1), more.targets().get(2017));
        Indicator replaced = Indicator.builder().from(more).targets(Map.of(2030, target(9))).putTargets(2031, target(8)).build();
        assertEquals("{2030=" + target(9) + ", 2031=" + target(8) + "}", replaced.targets().toString());
        Indicator set = Indicator.builder().from(i).targets(more.targets()).putTargets(2016, target(0)).build();
        assertEquals(List.of(2016, 2017, 2018, 2019), List.copyOf(set.targets().keySet()));
    }

    @Test
    void anIndicatorWithoutYearsHoldsTheOneEmptyMap() {
        Indicator i = named().build();
        assertSame(YearMap.of(), i.targets());
        assertSame(YearMap.of(), i.results());
        assertSame(YearMap.of(), i.monitoring());
        assertEquals(new TreeMap<>(), i.monitoring());
    }

    @Test
    void aMissingValueOrAYearOutOfRangeIsStillNamedByItsAttribute() {
        InvalidValueException noValue = assertThrows(InvalidValueException.class, () -> named().putTargets(2017, null));
        assertTrue(noValue.getMessage().startsWith("targets value for key: 2017"), noValue.getMessage());
        Map<Integer, Result> withNull = new HashMap<>();
        withNull.put(2018, null);
        InvalidValueException inMap = assertThrows(InvalidValueException.class, () -> named().putAllResults(withNull));
        assertTrue(inMap.getMessage().startsWith("results value for key: 2018"), inMap.getMessage());
        assertEquals("targets", assertThrows(InvalidValueException.class, () -> named().putTargets(1899, target(0)).build()).field());
        assertEquals("results", assertThrows(InvalidValueException.class, () -> named().putResults(2017, Result.parse("1"))
                .putResults(3000, Result.parse("2")).build()).field());
        Indicator.Builder withTargets = named().putTargets(2017, target(0));
        assertEquals("targets", assertThrows(InvalidValueException.class, () -> withTargets.putAllTargets(null)).field());
        assertEquals("results", assertThrows(InvalidValueException.class, () -> named().putAllResults(null)).field());
        assertEquals("monitoring", assertThrows(InvalidValueException.class, () -> named().build().withMonitoring((Map<Integer, Monitoring>) null)).field());
        assertEquals("targets entry", assertThrows(InvalidValueException.class, () -> named().putTargets((Map.Entry<Integer, Target>) null)).field());
        YearResources y = YearResources.builder().budget(ResourceAmounts.ZERO).build();
        assertEquals("resources.years", assertThrows(InvalidValueException.class, () -> Resources.builder().putYears(17, y).build()).field());
    }

    @Test
    void aRatioResultWithoutTheIndicatorsRatioIsLocatedInTheResultsAndInTheMonitoringPeriods() {
        Result parts = Result.ofParts(io.github.albero.measure.Ratio.of(15, 100), RatioScale.PERCENT);
        assertEquals("results[2023].parts", assertThrows(InvalidValueException.class,
                () -> named().putResults(2022, Result.parse("10%")).putResults(2023, parts).build()).field());
        Monitoring m = Monitoring.builder().year(2023).addPeriods(PeriodResult.of(io.github.albero.period.MonitoringPeriod.half(2023, 1), Result.parse("1%")))
                .addPeriods(PeriodResult.of(io.github.albero.period.MonitoringPeriod.half(2023, 2), parts)).build();
        assertEquals("monitoring[2023].periods[1].result.parts", assertThrows(InvalidValueException.class,
                () -> named().putMonitoring(2023, m).build()).field());
    }

    @Test
    void resourcesPutYearByYearEqualThoseGivenAMap() {
        YearResources a = YearResources.builder().budget(ResourceAmounts.of(Money.ZERO, Money.parse("5.000,00"), Money.ZERO)).build();
        YearResources b = YearResources.builder().actual(ResourceAmounts.ZERO).build();
        Resources put = Resources.builder().putYears(2019, b).putYears(2017, a).build();
        SortedMap<Integer, YearResources> tree = new TreeMap<>(Map.of(2017, a, 2019, b));
        assertEquals(Resources.builder().years(tree).build(), put);
        assertEquals(tree, put.years());
        assertEquals("Resources{years=" + tree + "}", put.toString());
        assertEquals(put, Resources.builder().from(put).build());
        assertEquals(put, Resources.of(2017, a.budget().get(), ResourceAmounts.ZERO).withYears(tree));
        assertEquals(List.of(2017, 2018, 2019), List.copyOf(Resources.builder().from(put).putYears(2018, a).build().years().keySet()));
    }
}
