/**
 * Deterministic generators of valid Albero plans and of every core value type, edge-case
 * detection, and hand-written fixtures, for Albero's own tests and for downstream test suites.
 *
 * <p>Every generator is a plain function of a {@link java.util.SplittableRandom}: the same seed
 * always gives the same value, on any JVM, so any property-testing library can wrap a
 * {@link io.github.albero.testkit.Generator} with a few lines (the artifact
 * {@code albero-testkit-quicktheories} holds {@code AlberoGens} for QuickTheories).
 *
 * <pre>{@code
 * Plan plan = Generators.plan(42L);                                  // default shape
 * Plan big = Generators.plans(Size.large()).generate(7L);           // wide and deep
 * List<Indicator> sample = Generators.indicators().sample(1L, 100);
 * EdgeCase.foundIn(plan);                                           // which edge cases it has
 * }</pre>
 */
package io.github.albero.testkit;
