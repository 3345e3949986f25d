/**
 * Albero: an exact, immutable model of Italian public-sector performance plans and reports
 * (<i>Piano</i> and <i>Relazione sulla performance</i>). This package holds what every other
 * package shares: {@link io.github.albero.InvalidValueException}.
 */
package io.github.albero;
