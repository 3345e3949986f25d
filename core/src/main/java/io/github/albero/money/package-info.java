/** Exact euro amounts ({@link io.github.albero.money.Money}). */
package io.github.albero.money;
