/**
 * Variance (<i>scostamento</i>): budget against actual figures for every resource line, at every
 * objective and rolled up to programs, missions and the whole plan, and the change over time of
 * an indicator's numeric results.
 *
 * <p>Sums are exact and never rounded. Ratios (relative variance, utilisation, relative change)
 * are percentages with {@value io.github.albero.variance.VarianceCalculator#SCALE} decimals in
 * percentage points, rounded {@link java.math.RoundingMode#HALF_EVEN half-even}; a ratio over
 * zero is an empty {@code Optional}, never NaN, infinity or an exception.
 *
 * <pre>{@code
 * VarianceReport r = VarianceCalculator.againstBudget().evaluate(plan, 2017);
 * r.find("011-005-004").flatMap(VarianceNode::variance).
 *     map(v -> v.line(ResourceLine.COSTS).absolute());   // Optional[EUR -27422.34]
 * System.out.println(Render.of(Locale.ITALIAN).report(r));
 * }</pre>
 */
package io.github.albero.variance;
