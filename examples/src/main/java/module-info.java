/**
 * Albero examples: the real 2017 performance report of a chamber of commerce, bundled in
 * Albero's JSON format ({@link io.github.albero.examples.BundledReport}), and the program that
 * validates it, computes its achievement and variances, and prints them as text and HTML
 * ({@link io.github.albero.examples.ReportExample}).
 */
module io.github.albero.examples {
    requires transitive io.github.albero.core;
    requires io.github.albero.json;
    requires io.github.albero.validation;
    requires java.logging;
    requires io.github.albero.testkit;

    // the real report as a testkit fixture: Fixtures.named("lucca-2017-report")
    provides io.github.albero.testkit.FixtureProvider with io.github.albero.examples.ReportFixtures;

    exports io.github.albero.examples;
}
