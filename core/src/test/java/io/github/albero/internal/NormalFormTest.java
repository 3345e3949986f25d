package io.github.albero.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.quicktheories.QuickTheory.qt;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;

class NormalFormTest {
    /** Values of up to 18 and of 19 digits (beyond a long's shortcut), trailing zeros often, scales from −3 to 9. */
    private static final Gen<BigDecimal> VALUE = Generate.oneOf(Generate.longRange(-1_000, 1_000), Generate.longRange(-1_000_000, 1_000_000)
            .map(x -> x * 100), Generate.longRange(Long.MIN_VALUE / 2, Long.MAX_VALUE / 2), Generate.longRange(0, 10).map(x -> x * 1000))
            .zip(Generate.range(-3, 9), BigDecimal::valueOf);

    @Test
    void aNormalValueIsTheValueWithoutTrailingZerosAndWithAScaleOfAtLeastZero() {
        qt().withExamples(20_000).forAll(VALUE).checkAssert(v -> {
            BigDecimal stripped = v.signum() == 0 ? BigDecimal.ZERO : v.stripTrailingZeros();
            BigDecimal expected = stripped.scale() < 0 ? stripped.setScale(0) : stripped;
            BigDecimal normal = Numbers.normalize(v);
            // equals compares the scale too: 2.9 and 2.90 differ
            assertEquals(expected, normal, v::toString);
            assertEquals(expected.scale(), normal.scale(), v::toString);
        });
    }

    @Test
    void aValueOfNineteenDigitsIsNormalisedToo() {
        assertEquals(new BigDecimal("1234567890123456789.1"), Numbers.normalize(new BigDecimal("1234567890123456789.100")));
        assertEquals(new BigDecimal("12345678901234567891"), Numbers.normalize(new BigDecimal("12345678901234567891.000")));
    }
}
