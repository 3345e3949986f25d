/**
 * The Albero JSON format: {@link io.github.albero.json.AlberoJson} reads and writes plans,
 * {@link io.github.albero.json.AlberoModule} maps every core type for Jackson 3, and
 * {@link io.github.albero.json.AlberoJsonException} reports any bad input with its JSON pointer.
 */
package io.github.albero.json;
