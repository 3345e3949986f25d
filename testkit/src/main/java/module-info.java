/**
 * Albero testkit: deterministic, framework-neutral generators of valid Albero plans and of
 * every core value type, defects to inject, edge-case detection and hand-written fixtures.
 *
 * <p>It needs nothing but the core: no property-testing library (QuickTheories adapters live in
 * the separate, non-modular artifact {@code albero-testkit-quicktheories}), no JSON, no
 * validation. Real published reports come as fixtures from {@code albero-fixtures}, found with
 * {@link java.util.ServiceLoader} through {@link io.github.albero.testkit.FixtureProvider}.
 */
module io.github.albero.testkit {
    requires transitive io.github.albero.core;

    exports io.github.albero.testkit;

    uses io.github.albero.testkit.FixtureProvider;
}
