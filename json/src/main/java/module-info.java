/**
 * Albero JSON: the versioned JSON format of plans and reports, a Jackson 3 module for every
 * core type, and a hardened reader and writer ({@link io.github.albero.json.AlberoJson}).
 */
module io.github.albero.json {
    requires transitive io.github.albero.core;
    requires transitive tools.jackson.databind;
    requires transitive tools.jackson.core;

    exports io.github.albero.json;

    provides tools.jackson.databind.JacksonModule with io.github.albero.json.AlberoModule;
}
