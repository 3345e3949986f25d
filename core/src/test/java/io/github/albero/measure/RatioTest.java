package io.github.albero.measure;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;

import io.github.albero.InvalidValueException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.quicktheories.generators.Generate;
import org.quicktheories.generators.SourceDSL;

class RatioTest {
    @Test
    void fifteenOfAHundredIsFifteenPercent() {
        assertEquals(Optional.of(Percentage.of(15)), Ratio.of(15, 100).percentage());
        assertEquals(Optional.of(new BigDecimal("0.15")), Ratio.of(15, 100).quotient());
    }

    @Test
    void aNonTerminatingQuotientIsRoundedHalfEvenToSixDecimals() {
        // 1/3 = 0.333333…, 2/3 = 66.6666666…% → 66.666667
        assertEquals(Optional.of(new BigDecimal("0.333333")), Ratio.of(1, 3).quotient());
        assertEquals(Optional.of(Percentage.of(new BigDecimal("66.666667"))), Ratio.of(2, 3).percentage());
    }

    @Test
    void ratiosAddPartByPartNotByAveragingPercentages() {
        // 1/2 = 50 %, 99/100 = 99 %: the mean of the percentages would be 74.5 %, the pooled ratio is 100/102
        Ratio sum = Ratio.sum(List.of(Ratio.of(1, 2), Ratio.of(99, 100)));
        assertEquals(Ratio.of(100, 102), sum);
        assertEquals(Optional.of(Percentage.of(new BigDecimal("98.039216"))), sum.percentage());
    }

    @Test
    void aZeroDenominatorIsLegalButHasNoValue() {
        assertTrue(Ratio.of(3, 0).hasZeroDenominator());
        assertEquals(Optional.empty(), Ratio.of(3, 0).percentage());
        assertEquals(Optional.empty(), Ratio.ZERO.quotient());
    }

    @Test
    void aNegativeDenominatorIsRejectedNamingTheField() {
        InvalidValueException e = assertThrows(InvalidValueException.class, () -> Ratio.of(3, -4));
        assertEquals("denominator", e.field());
        assertEquals("denominator: must not be negative (got \"-4\")", e.getMessage());
    }

    @Test
    void aMissingPartIsRejectedNamingIt() {
        InvalidValueException e = assertThrows(InvalidValueException.class, () -> Ratio.of(BigDecimal.ONE, null));
        assertEquals("denominator", e.field());
    }

    @Test
    void parsesItalianAndPlainNumbersAndReadsBackItsOwnText() {
        assertEquals(Ratio.of(new BigDecimal("1234.5"), new BigDecimal("2000")), Ratio.parse("1.234,5 / 2.000"));
        assertEquals("1234.5/2000", Ratio.parse("1.234,5 / 2.000").toString());
        assertEquals(Ratio.parse("1.234,5 / 2.000"), Ratio.parse(Ratio.parse("1.234,5 / 2.000").toString()));
        InvalidValueException e = assertThrows(InvalidValueException.class, () -> Ratio.parse("15 su 100"));
        assertEquals("ratio: expected numerator/denominator, such as 15/100 (got \"15 su 100\")", e.getMessage());
    }

    @Test
    void partsAreKeptInNormalForm() {
        assertEquals(Ratio.of(15, 100), Ratio.of(new BigDecimal("15.00"), new BigDecimal("1E+2")));
    }

    @Test
    void theSumOfASplitEqualsTheWhole() {
        // any whole n/d split into k parts n = Σnᵢ, d = Σdᵢ adds back to n/d, and so to the same percentage
        qt().forAll(SourceDSL.longs().between(0, 1_000_000), SourceDSL.longs().between(0, 1_000_000),
                SourceDSL.integers().between(1, 8), SourceDSL.longs().all())
                .checkAssert((n, d, k, seed) -> {
                    java.util.Random random = new java.util.Random(seed);
                    List<Ratio> parts = new ArrayList<>();
                    long restN = n;
                    long restD = d;
                    for (int i = 1; i < k; i++) {
                        long pn = restN == 0 ? 0 : (long) (random.nextDouble() * restN);
                        long pd = restD == 0 ? 0 : (long) (random.nextDouble() * restD);
                        parts.add(Ratio.of(pn, pd));
                        restN -= pn;
                        restD -= pd;
                    }
                    parts.add(Ratio.of(restN, restD));
                    assertEquals(Ratio.of(n, d), Ratio.sum(parts));
                    assertEquals(Ratio.of(n, d).percentage(), Ratio.sum(parts).percentage());
                });
    }

    @Test
    void summingIsAssociativeWhateverTheGrouping() {
        qt().forAll(Generate.longRange(0, 10_000).zip(Generate.longRange(0, 10_000), Ratio::of),
                Generate.longRange(0, 10_000).zip(Generate.longRange(0, 10_000), Ratio::of),
                Generate.longRange(0, 10_000).zip(Generate.longRange(0, 10_000), Ratio::of))
                .checkAssert((a, b, c) -> assertEquals(a.plus(b).plus(c), a.plus(b.plus(c))));
    }
}
