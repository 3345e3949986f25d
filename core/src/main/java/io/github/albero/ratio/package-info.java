/**
 * Ratio indicators added up across the tree and the whole body (<i>aggregazione
 * numeratore/denominatore</i>): {@link io.github.albero.ratio.RatioRollup}.
 */
package io.github.albero.ratio;
