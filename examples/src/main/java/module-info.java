/**
 * Albero examples: the real 2017 performance report of a chamber of commerce (bundled in
 * {@code albero-fixtures}, {@link io.github.albero.examples.BundledReport}), and the program that
 * validates it, computes its achievement and variances, and prints them as text and HTML
 * ({@link io.github.albero.examples.ReportExample}).
 */
module io.github.albero.examples {
    requires transitive io.github.albero.core;
    requires io.github.albero.json;
    requires io.github.albero.validation;
    requires io.github.albero.report;
    requires io.github.albero.fixtures;
    requires io.github.albero.sheets;

    exports io.github.albero.examples;
}
