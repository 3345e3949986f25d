package io.github.albero.testkit;

import io.github.albero.model.Plan;
import io.github.albero.model.PlanKind;
import java.util.Objects;
import java.util.Optional;
import java.util.SplittableRandom;

/**
 * Generates whole valid plans and reports (<i>Piano</i> / <i>Relazione sulla performance</i>) of
 * a given {@link Size}, deterministically for a seed.
 *
 * <p>Every generated plan builds without exception and is valid by construction: mission codes
 * unique, program codes unique within their mission, objective codes {@code MMM-PPP-NNN}
 * agreeing with their mission and program and unique within it, operational objective codes
 * unique within their objective, years of targets, results, resources and timeframes inside the
 * horizon, the reference year inside the horizon, no result or actual spending after the
 * reference year (before it, for a plan), a target for the reference year on every indicator,
 * money non-negative with two decimals, sibling weights either all absent or all positive and
 * summing to exactly 100, declared indicator counts equal to the indicators listed, polarity in
 * agreement with the targets' operator, result units compatible with the target's, and at
 * least one indicator under every strategic objective whenever the size allows one. Targets and
 * results are realistic Italian texts, read by the core {@code TextReader} (so text and reading
 * agree), with some explicit readings for texts the reader cannot read.
 *
 * <p>Edge cases come up regularly over a few hundred plans: see {@link EdgeCase}.
 *
 * <pre>{@code
 * PlanGenerator reports = PlanGenerator.withSize(Size.small()).kind(PlanKind.REPORT);
 * Plan p = reports.generate(42L);   // the same report for seed 42, every time
 * }</pre>
 */
public final class PlanGenerator implements Generator<Plan> {
    private final Size size;
    private final PlanKind kind;

    private PlanGenerator(Size size, PlanKind kind) {
        this.size = Objects.requireNonNull(size, "size");
        this.kind = kind;
    }

    /** @return a generator of plans and reports of the {@linkplain Size#defaults() default} size */
    public static PlanGenerator defaults() {
        return new PlanGenerator(Size.defaults(), null);
    }

    /**
     * @param size the shape knobs
     * @return a generator of plans and reports of that size
     */
    public static PlanGenerator withSize(Size size) {
        return new PlanGenerator(size, null);
    }

    /**
     * @param size the shape knobs
     * @return a copy generating plans of that size
     */
    public PlanGenerator size(Size size) {
        return new PlanGenerator(size, kind);
    }

    /**
     * @param kind plans only or reports only
     * @return a copy generating only that kind
     */
    public PlanGenerator kind(PlanKind kind) {
        return new PlanGenerator(size, Objects.requireNonNull(kind, "kind"));
    }

    /** @return a copy generating plans and reports alike */
    public PlanGenerator anyKind() {
        return new PlanGenerator(size, null);
    }

    /** @return the shape knobs */
    public Size size() {
        return size;
    }

    /** @return the kind generated, or empty when both are */
    public Optional<PlanKind> kind() {
        return Optional.ofNullable(kind);
    }

    @Override
    public Plan next(SplittableRandom random) {
        // the whole plan comes from one split, so drawing it advances the caller's source by one step
        SplittableRandom r = random.split();
        return PlanContext.draw(r, size, kind).plan(r);
    }

    /** @return e.g. {@code PlanGenerator[any kind, Size[…]]} */
    @Override
    public String toString() {
        return "PlanGenerator[" + (kind == null ? "any kind" : kind.name().toLowerCase(java.util.Locale.ROOT)) + ", " + size + "]";
    }
}
