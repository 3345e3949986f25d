/** Years and timeframes: {@link io.github.albero.period.YearRange}, {@link io.github.albero.period.Timeframe}. */
package io.github.albero.period;
