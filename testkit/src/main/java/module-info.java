/**
 * Albero testkit: deterministic, framework-neutral generators of valid Albero plans and of
 * every core value type, edge-case detection, hand-written fixtures, and thin QuickTheories
 * adapters.
 *
 * <p>The generators in {@code io.github.albero.testkit} need nothing but the core. The adapters
 * in {@code io.github.albero.testkit.quicktheories} need QuickTheories, an optional dependency
 * ({@code requires static}): a consumer that never touches that package needs no QuickTheories
 * at all. QuickTheories 0.26, its last release, has no module descriptor and no
 * {@code Automatic-Module-Name}, so its module name is the one derived from its jar file,
 * {@code quicktheories}; it is required {@code transitive} because the adapters return its
 * {@code Gen}. A modular consumer that uses the adapters puts the QuickTheories jar on the
 * module path under its usual file name and adds {@code requires quicktheories;}.
 */
@SuppressWarnings({"requires-automatic", "requires-transitive-automatic"})
module io.github.albero.testkit {
    requires transitive io.github.albero.core;
    requires static transitive quicktheories;

    exports io.github.albero.testkit;
    exports io.github.albero.testkit.quicktheories;

    uses io.github.albero.testkit.FixtureProvider;
}
