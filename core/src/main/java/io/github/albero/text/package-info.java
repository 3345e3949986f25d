/**
 * Texts as they travel to readers: {@link io.github.albero.text.UnsafeText}, the one definition of
 * the characters a text may hold but no reader should receive raw, and their visible stand-ins.
 */
package io.github.albero.text;
