/**
 * Exact measures: {@link io.github.albero.measure.Percentage},
 * {@link io.github.albero.measure.Quantity} with its {@link io.github.albero.measure.Unit},
 * and {@link io.github.albero.measure.Weight}.
 */
package io.github.albero.measure;
