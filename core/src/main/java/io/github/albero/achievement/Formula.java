package io.github.albero.achievement;

/** Which formula turns a numeric result and its target into an achievement. */
public enum Formula {
    /**
     * The plain ratio: {@code a / t} when higher is better ({@code 3 / 2 = 150%}); when lower is
     * better {@code 100%} if {@code a ≤ t}, otherwise {@code t / a}.
     */
    RATIO,
    /**
     * Progress from the baseline {@code b}: {@code (a − b) / (t − b)}, defined only when
     * {@code t ≠ b} (baseline 2, target 6, actual 5 → 3 / 4 = 75%). Indicators without a numeric
     * baseline fall back on {@link #RATIO}, and the explanation says so. Target ranges and
     * milestones ignore it.
     */
    BASELINE_AWARE
}
