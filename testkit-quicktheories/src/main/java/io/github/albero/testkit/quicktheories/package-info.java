/**
 * QuickTheories adapters over the framework-neutral generators of
 * {@link io.github.albero.testkit}: {@link io.github.albero.testkit.quicktheories.AlberoGens}.
 *
 * <p>A separate package so that the neutral generators never touch a QuickTheories type:
 * QuickTheories is an optional dependency, needed only by code that uses this package.
 */
package io.github.albero.testkit.quicktheories;
