/**
 * Albero core: the immutable model of a performance plan or report, its value types, reference
 * data, calculators, and the text of their results. It requires nothing but {@code java.base}.
 */
module io.github.albero.core {
    requires static org.immutables.value.annotations;

    exports io.github.albero;
    exports io.github.albero.money;
    exports io.github.albero.measure;
    exports io.github.albero.period;
    exports io.github.albero.code;
    exports io.github.albero.model;
    exports io.github.albero.reference;
    exports io.github.albero.achievement;
    exports io.github.albero.ratio;
    exports io.github.albero.variance;
    exports io.github.albero.table;
    exports io.github.albero.text;
    exports io.github.albero.render;
}
