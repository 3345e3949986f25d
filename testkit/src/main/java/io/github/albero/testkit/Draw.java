package io.github.albero.testkit;

import java.util.List;
import java.util.SplittableRandom;

/** Small drawing helpers over a SplittableRandom, so generators read as prose. */
final class Draw {
    private Draw() {
    }

    /** True with probability percent / 100. */
    static boolean chance(SplittableRandom r, int percent) {
        return r.nextInt(100) < percent;
    }

    /** A uniform int in [min, max], both inclusive. */
    static int between(SplittableRandom r, int min, int max) {
        return min == max ? min : min + r.nextInt(max - min + 1);
    }

    /** A uniform long in [min, max], both inclusive. */
    static long between(SplittableRandom r, long min, long max) {
        return min == max ? min : r.nextLong(min, max + 1);
    }

    static <T> T pick(SplittableRandom r, List<T> items) {
        return items.get(r.nextInt(items.size()));
    }

    @SafeVarargs
    static <T> T pick(SplittableRandom r, T... items) {
        return items[r.nextInt(items.length)];
    }

    /**
     * A count in the range, biased so that both extremes come up regularly and small counts
     * more often than large ones: 4% the minimum, 8% the maximum, 63% just above the minimum
     * (up to the middle of the range), 25% anywhere. So a knob of 0..5 gives 0 about one time
     * in twelve: empty levels are an edge case, not the rule.
     */
    static int count(SplittableRandom r, Size.Range range) {
        int min = range.min();
        int max = range.max();
        if (min == max) {
            return min;
        }
        int roll = r.nextInt(100);
        if (roll < 4) {
            return min;
        }
        if (roll < 12) {
            return max;
        }
        if (roll < 75) {
            return between(r, Math.min(min + 1, max), Math.max(min + 1, min + (max - min) / 2));
        }
        return between(r, min, max);
    }
}
