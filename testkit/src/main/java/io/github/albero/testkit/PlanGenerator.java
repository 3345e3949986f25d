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
 * <p>A sound plan may still draw warnings and notes from Albero's validator: unknown mission
 * codes, missing optional fields, unreadable texts are edge cases worth generating. The
 * {@linkplain #clean() clean} profile generates plans in which the validator finds nothing at
 * all, and {@link #withDefect(Defect)} injects exactly one named defect into such a plan.
 *
 * <pre>{@code
 * PlanGenerator reports = PlanGenerator.withSize(Size.small()).kind(PlanKind.REPORT);
 * Plan p = reports.generate(42L);   // the same report for seed 42, every time
 * Plan clean = reports.clean().generate(42L);                                   // no finding at all
 * Plan broken = reports.withDefect(Defect.INDICATOR_COUNT_MISMATCH).generate(42L);  // exactly that rule's findings
 * reports.withDefect(Defect.INDICATOR_COUNT_MISMATCH).injections().generate(42L).path(); // where it was injected
 * }</pre>
 */
public final class PlanGenerator implements Generator<Plan> {
    /** Plans that offer no place for a defect are skipped; so many in a row means the size or kind never offers one. */
    private static final int MAX_ATTEMPTS = 1_000;

    private final Size size;
    private final PlanKind kind;
    private final boolean clean;
    private final Defect defect;

    private PlanGenerator(Size size, PlanKind kind, boolean clean, Defect defect) {
        this.size = Objects.requireNonNull(size, "size");
        this.kind = kind;
        this.clean = clean;
        this.defect = defect;
    }

    /** {@return a generator of plans and reports of the {@linkplain Size#defaults() default} size} */
    public static PlanGenerator defaults() {
        return new PlanGenerator(Size.defaults(), null, false, null);
    }

    /**
     * {@return a generator of plans and reports of that size}
     *
     * @param size the shape knobs
     */
    public static PlanGenerator withSize(Size size) {
        return new PlanGenerator(size, null, false, null);
    }

    /**
     * {@return a copy generating plans of that size}
     *
     * @param size the shape knobs
     */
    public PlanGenerator size(Size size) {
        return new PlanGenerator(size, kind, clean, defect);
    }

    /**
     * {@return a copy generating only that kind}
     *
     * @param kind plans only or reports only
     * @throws IllegalArgumentException when this generator injects a defect that needs the other kind
     */
    public PlanGenerator kind(PlanKind kind) {
        Objects.requireNonNull(kind, "kind");
        if (defect != null && defect.requiredKind().filter(k -> k != kind).isPresent()) {
            throw new IllegalArgumentException("kind: defect " + defect + " needs a " + defect.requiredKind().get()
                    + ", not a " + kind);
        }
        return new PlanGenerator(size, kind, clean, defect);
    }

    /** {@return a copy generating plans and reports alike (only reports, for a defect that needs one)} */
    public PlanGenerator anyKind() {
        return new PlanGenerator(size, defect == null ? null : defect.requiredKind().orElse(null), clean, defect);
    }

    /**
     * A copy generating <i>clean</i> plans: sound plans in which Albero's validator finds
     * nothing at all, not even a note. Every mission and program is one of the reference
     * classification, with its reference title; every strategic objective states its
     * responsible unit, description and timeframe; every indicator states its type, unit,
     * algorithm, data source and baseline, and every target and result has a structured
     * reading; a report gives a result for the reference year on every indicator and the actual
     * figures wherever a budget is given; spending matches the budgeted lines exactly (no
     * spending without budget, no budget left unused). The size knobs are honoured within what
     * that allows: at least one mission, one program per mission, one strategic objective per
     * program and one indicator per strategic objective; no more missions and programs than
     * the reference classification knows.
     *
     * @return the clean copy
     */
    public PlanGenerator clean() {
        return new PlanGenerator(size, kind, true, defect);
    }

    /**
     * A copy generating {@linkplain #clean() clean} plans, each with the one named defect
     * injected (see {@link Defect}): Albero's validator finds in them the findings of that
     * defect's rule and of no other rule. A defect that only a report can show (such as
     * {@link Defect#RESULT_MISSING_FOR_REFERENCE_YEAR}) makes the generator produce reports.
     * A plan that offers no place for the defect (no result to spoil in a plan whose
     * reference year is its first year) is skipped, deterministically.
     *
     * @param defect the defect to inject
     * @return the copy
     * @throws IllegalArgumentException when this generator is set to the kind the defect cannot show in
     */
    public PlanGenerator withDefect(Defect defect) {
        Objects.requireNonNull(defect, "defect");
        PlanKind k = kind;
        if (defect.requiredKind().isPresent()) {
            if (kind != null && kind != defect.requiredKind().get()) {
                throw new IllegalArgumentException("defect: " + defect + " needs a " + defect.requiredKind().get()
                        + ", but this generator makes only " + kind);
            }
            k = defect.requiredKind().get();
        }
        return new PlanGenerator(size, k, true, defect);
    }

    /** {@return the shape knobs} */
    public Size size() {
        return size;
    }

    /** {@return the kind generated, or empty when both are} */
    public Optional<PlanKind> kind() {
        return Optional.ofNullable(kind);
    }

    /** {@return true when the plans are {@linkplain #clean() clean} (before any defect)} */
    public boolean isClean() {
        return clean;
    }

    /** {@return the defect injected into every plan, if any} */
    public Optional<Defect> defect() {
        return Optional.ofNullable(defect);
    }

    @Override
    public Plan next(SplittableRandom random) {
        // the whole plan comes from one split, so drawing it advances the caller's source by one step
        SplittableRandom r = random.split();
        if (defect == null) {
            return PlanContext.draw(r, size, kind, clean).plan(r);
        }
        return inject(r).plan();
    }

    /**
     * Returns a generator of the same plans with the path where the defect was injected; the
     * same seed gives the same plan as {@link #generate(long)}.
     *
     * @return the generator
     * @throws IllegalStateException when this generator injects no defect
     */
    public Generator<Injected> injections() {
        if (defect == null) {
            throw new IllegalStateException("injections: this generator injects no defect; call withDefect first");
        }
        return random -> inject(random.split());
    }

    private Injected inject(SplittableRandom r) {
        for (int attempt = 0; attempt < MAX_ATTEMPTS; attempt++) {
            Plan plan = PlanContext.draw(r, size, kind, true).plan(r);
            Optional<Injected> broken = defect.inject(plan, r);
            if (broken.isPresent()) {
                return broken.get();
            }
        }
        throw new IllegalStateException("defect: " + defect + " found no place in " + MAX_ATTEMPTS
                + " plans of " + this + "; widen the size (more years, or reports)");
    }

    /** {@return e.g. {@code PlanGenerator[any kind, clean, Size[…]]}} */
    @Override
    public String toString() {
        return "PlanGenerator[" + (kind == null ? "any kind" : kind.name().toLowerCase(java.util.Locale.ROOT))
                + (defect != null ? ", defect " + defect : clean ? ", clean" : "") + ", " + size + "]";
    }
}
