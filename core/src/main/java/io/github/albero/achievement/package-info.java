/**
 * Achievement (<i>grado di raggiungimento</i>): how far each indicator met its target in a
 * year, rolled up to objectives, programs, missions and the whole plan under a configurable
 * {@link io.github.albero.achievement.AchievementPolicy}, every value with its
 * {@link io.github.albero.achievement.Explanation}.
 *
 * <p>Scores are exact percentages with 2 decimals in percentage points, rounded half-even; a node
 * with nothing measurable is not measurable, never 0%.
 *
 * <pre>{@code
 * AchievementReport r = AchievementCalculator.defaults().evaluate(plan, 2017);
 * r.find("011-005-004").flatMap(AchievementNode::score);   // Optional[75%]
 * System.out.println(Render.of(Locale.ITALIAN).report(r));
 * }</pre>
 */
package io.github.albero.achievement;
