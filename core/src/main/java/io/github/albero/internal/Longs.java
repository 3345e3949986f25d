package io.github.albero.internal;

import java.math.BigDecimal;

/**
 * Exact decimal arithmetic in {@code long}s for the common case of the calculators' hot paths:
 * small values with few decimals. Every method answers {@link #NONE} when a value does not fit,
 * and the caller then computes with {@link BigDecimal} as before; both give the same figures
 * (checked against {@code BigDecimal} on generated values by the calculators' tests).
 */
public final class Longs {
    /** Not representable here: compute with {@link BigDecimal}. */
    public static final long NONE = Long.MIN_VALUE;

    private static final long[] POWERS = new long[19];

    static {
        POWERS[0] = 1;
        for (int i = 1; i < POWERS.length; i++) {
            POWERS[i] = POWERS[i - 1] * 10;
        }
    }

    private Longs() {
    }

    /** {@return 10 to the power {@code k}, 0 ≤ k ≤ 18} */
    public static long power(int k) {
        return POWERS[k];
    }

    /** {@return the unscaled value of {@code x} (its digits without the decimal point), or {@link #NONE} beyond 18 digits} */
    public static long unscaled(BigDecimal x) {
        // precision is cached by the value; scaleByPowerOfTen of a compact value makes no BigInteger
        return x.precision() <= 18 ? x.scaleByPowerOfTen(x.scale()).longValue() : NONE;
    }

    /** {@return {@code x × 10^k}, or {@link #NONE} when {@code x} is {@link #NONE} or the product overflows} */
    public static long times10(long x, int k) {
        if (x == NONE || k < 0) {
            return NONE;
        }
        if (k == 0 || x == 0) {
            return x;
        }
        return k > 18 ? NONE : times(x, POWERS[k]);
    }

    /** {@return {@code x × y}, or {@link #NONE} when either is {@link #NONE} or the product overflows} */
    public static long times(long x, long y) {
        if (x == NONE || y == NONE) {
            return NONE;
        }
        long low = x * y;
        // the high half of the 128-bit product is only the sign of the low half when nothing overflowed
        return Math.multiplyHigh(x, y) == low >> 63 && low != NONE ? low : NONE;
    }

    /** {@return {@code x + y}, or {@link #NONE} when either is {@link #NONE} or the sum overflows} */
    public static long plus(long x, long y) {
        if (x == NONE || y == NONE) {
            return NONE;
        }
        long sum = x + y;
        return ((x ^ sum) & (y ^ sum)) < 0 || sum == NONE ? NONE : sum;
    }

    /** {@return {@code n / d} rounded to an integer half-even, as {@code BigDecimal}'s {@code HALF_EVEN}; {@code d > 0}, {@code n} not {@link #NONE}} */
    public static long divideHalfEven(long n, long d) {
        long q = Math.floorDiv(n, d);
        // 0 ≤ r < d: the quotient lies r/d above q; compare r with d - r, which cannot overflow
        long r = Math.floorMod(n, d);
        long rest = d - r;
        return r > rest || r == rest && (q & 1) != 0 ? q + 1 : q;
    }
}
