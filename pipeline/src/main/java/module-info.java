/**
 * The national pipeline: a JSON Lines file of many reports streamed through validation,
 * achievement and variance in bounded memory ({@link io.github.albero.pipeline.NationalPipeline}).
 */
module io.github.albero.pipeline {
    requires transitive io.github.albero.json;
    requires transitive io.github.albero.validation;

    exports io.github.albero.pipeline;
}
