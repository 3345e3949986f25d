/**
 * Texts as they travel to readers: the one presentation mechanism of the library and the one
 * definition of unsafe characters.
 *
 * <ul>
 * <li>{@link io.github.albero.text.Message}: a key and its typed arguments (money, percentages,
 *     quantities, numbers, years, counts, paths, other messages), written only when rendered in a
 *     language; {@code toString} is English with canonical numbers.</li>
 * <li>{@link io.github.albero.text.Catalog}: a module's own resource bundle of templates, English
 *     and Italian, with named or positional arguments and plural forms ({@code {n|one|other}}).</li>
 * <li>{@link io.github.albero.text.Formatter}: the one number notation per language, and the
 *     canonical one of {@code toString} ({@code EUR 25.95}, {@code 98.75%}).</li>
 * <li>{@link io.github.albero.text.UnsafeText}: the characters a text may hold but no reader
 *     should receive raw, and their visible stand-ins.</li>
 * </ul>
 */
package io.github.albero.text;
