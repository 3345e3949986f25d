package io.github.albero.testkit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.albero.measure.Percentage;
import io.github.albero.measure.Unit;
import io.github.albero.measure.Weight;
import io.github.albero.model.Baseline;
import io.github.albero.model.Result;
import io.github.albero.model.ResultKind;
import io.github.albero.model.Target;
import io.github.albero.model.TargetOperator;
import io.github.albero.money.Money;
import io.github.albero.period.Timeframe;
import io.github.albero.period.YearRange;
import io.github.albero.reference.ReferenceProgram;
import java.math.BigDecimal;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class GeneratorsTest {
    private static final int N = 2_000;

    @Test
    void moneyCoversZeroNegativeAndBothExtremes() {
        List<Money> sample = Generators.money().sample(1L, N);
        assertTrue(sample.contains(Money.ZERO));
        assertTrue(sample.stream().anyMatch(Money::isNegative));
        assertTrue(sample.contains(Money.of("999999999999999.99")));
        assertTrue(sample.contains(Money.of("-999999999999999.99")));
        assertTrue(sample.stream().allMatch(m -> m.amount().scale() == 2));
        List<Money> nonNegative = Generators.nonNegativeMoney().sample(1L, N);
        assertTrue(nonNegative.stream().noneMatch(Money::isNegative));
        assertTrue(nonNegative.contains(Money.ZERO));
    }

    @Test
    void percentagesCoverTheUsualValuesAndTheAwkwardOnes() {
        List<Percentage> sample = Generators.percentages().sample(2L, N);
        assertTrue(sample.contains(Percentage.HUNDRED));
        assertTrue(sample.contains(Percentage.ZERO));
        assertTrue(sample.stream().anyMatch(p -> p.signum() < 0));
        assertTrue(sample.stream().anyMatch(p -> p.points().scale() == 6));
        assertTrue(sample.stream().anyMatch(p -> p.points().scale() == 1));
    }

    @Test
    void unitsQuantitiesAndWeightsCoverKnownFreeAndBoundaryValues() {
        Set<Unit> units = Set.copyOf(Generators.units().sample(3L, N));
        assertTrue(units.containsAll(Set.of(Unit.PERCENT, Unit.DAYS, Unit.COUNT, Unit.EURO, Unit.SCORE, Unit.of("eventi"))));
        assertTrue(units.stream().anyMatch(u -> u.symbol().length() == 40));
        assertTrue(Generators.quantities().sample(3L, N).stream().anyMatch(q -> q.unit().isEmpty()));
        List<Weight> weights = Generators.weights().sample(3L, N);
        assertTrue(weights.contains(Weight.of(0)));
        assertTrue(weights.stream().anyMatch(w -> w.value().scale() == 6));
    }

    @Test
    void yearRangesAndTimeframesReachTheBoundsAndTheLabelsOfTheDocuments() {
        List<YearRange> years = Generators.yearRanges().sample(4L, N);
        assertTrue(years.stream().anyMatch(y -> y.first() == YearRange.MIN_YEAR));
        assertTrue(years.stream().anyMatch(y -> y.last() == YearRange.MAX_YEAR));
        assertTrue(years.stream().anyMatch(y -> y.length() == 1));
        Set<String> labels = Generators.timeframes().sample(4L, N).stream().map(Timeframe::label).collect(Collectors.toSet());
        assertTrue(labels.containsAll(Set.of("Biennio", "Triennio", "Annuale")), labels.toString());
        assertTrue(labels.stream().anyMatch(l -> l.contains("\u2010")), labels.toString());
    }

    @Test
    void codesComeMostlyFromTheReferenceDataAndSometimesNot() {
        long known = Generators.objectiveCodes().sample(5L, N).stream()
                .filter(c -> ReferenceProgram.of(c.mission().orElseThrow(), c.program().orElseThrow()).isPresent()).count();
        assertTrue(known > N / 2 && known < N, "known " + known);
        assertTrue(Generators.indicatorTypes().sample(5L, N).stream().anyMatch(t -> t.known().isEmpty()));
        assertTrue(Generators.indicatorTypes().sample(5L, N).stream().anyMatch(t -> t.label().length() == 200));
    }

    @Test
    void targetsCoverEveryOperatorAndTextsWithoutReading() {
        List<Target> sample = Generators.targets().sample(6L, N);
        Set<TargetOperator> operators = sample.stream().flatMap(t -> t.reading().stream()).map(r -> r.operator())
                .collect(Collectors.toCollection(() -> EnumSet.noneOf(TargetOperator.class)));
        // relative targets (increase, decrease, maintain) need a base year's value: sound plans leave them to WildPlans
        assertEquals(EnumSet.complementOf(EnumSet.of(TargetOperator.INCREASE, TargetOperator.DECREASE, TargetOperator.MAINTAIN)), operators);
        assertTrue(sample.stream().anyMatch(t -> t.reading().isEmpty()));
        Set<String> texts = sample.stream().map(Target::text).collect(Collectors.toSet());
        assertTrue(texts.containsAll(Set.of("report", "100%", "___")), texts.toString());
        for (String form : List.of("realizzazione di almeno \\d+ eventi", "entro \\d+ gg", "non inferiore a \\d(,5)? \\(scala da 1 a 5\\)",
                "tra \\d+% e \\d+%")) {
            assertTrue(texts.stream().anyMatch(t -> t.matches(form)), form);
        }
    }

    @Test
    void resultsCoverEveryKindTextsWithoutReadingAndComments() {
        List<Result> sample = Generators.results().sample(7L, N);
        Set<ResultKind> kinds = sample.stream().flatMap(r -> r.reading().stream()).map(r -> r.kind())
                .collect(Collectors.toCollection(() -> EnumSet.noneOf(ResultKind.class)));
        // a date result goes with a deadline target, which only milestone results of sound plans meet: WildPlans covers it
        assertEquals(EnumSet.complementOf(EnumSet.of(ResultKind.DATE)), kinds);
        assertTrue(sample.stream().anyMatch(r -> r.reading().isEmpty()));
        assertTrue(sample.stream().anyMatch(r -> r.comment().isPresent()));
        Set<String> texts = sample.stream().map(Result::text).collect(Collectors.toSet());
        assertTrue(texts.containsAll(Set.of("100%", "_____", "parziale realizzazione, in corso di completamento",
                "rinviato per ritardi nel completamento dei lavori delle aree esterne")), texts.toString());
    }

    @Test
    void baselinesComeWithTextValueOrBoth() {
        List<Baseline> sample = Generators.baselines().sample(8L, N);
        assertTrue(sample.stream().anyMatch(b -> b.value().isEmpty()));
        assertTrue(sample.stream().anyMatch(b -> b.text().isEmpty()));
        assertTrue(sample.stream().anyMatch(b -> b.text().isPresent() && b.value().isPresent()));
        assertTrue(sample.stream().anyMatch(b -> b.year().isPresent()));
    }

    @Test
    void italianTextsCarryAccentsTypographicPunctuationAndSometimesThousandsOfCharacters() {
        List<String> sample = Generators.italianTexts().sample(9L, 500);
        assertTrue(sample.stream().anyMatch(s -> s.length() >= EdgeCase.LONG));
        assertTrue(sample.stream().anyMatch(s -> s.contains("’")));
        assertTrue(sample.stream().anyMatch(s -> s.contains("“") && s.contains("”")));
        assertTrue(sample.stream().anyMatch(s -> s.contains("\u2010")));
        assertTrue(sample.stream().anyMatch(s -> s.matches("(?s).*[àèéìòù].*")));
        assertTrue(sample.stream().noneMatch(s -> s.contains("\u00A0") || s.isBlank()));
    }

    @Test
    void resourceStatementsAreOftenAllZero() {
        long zero = Generators.resourceAmounts().sample(10L, N).stream()
                .filter(a -> a.revenues().isZero() && a.costs().isZero() && a.investments().isZero()).count();
        assertTrue(zero > N / 10 && zero < N / 2, "all-zero statements " + zero);
        assertTrue(Generators.resources().sample(10L, 200).stream().anyMatch(r -> r.years().size() > 1));
        assertTrue(Generators.administrations().sample(10L, 200).stream().anyMatch(a -> a.identifier().isPresent()));
        assertTrue(Generators.money().sample(10L, N).stream().map(Money::amount).anyMatch(a -> a.compareTo(BigDecimal.ONE) < 0
                && a.signum() > 0));
    }
}
