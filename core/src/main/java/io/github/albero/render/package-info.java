/**
 * The text of the calculators' results (<i>resa testuale</i>), above {@code achievement} and
 * {@code variance}: they compute numbers and keep typed explanation data, and
 * {@link io.github.albero.render.Render} turns them into words in Italian or English, from the
 * resource bundles of this package through {@link io.github.albero.text.Catalog}.
 *
 * <pre>{@code
 * AchievementReport r = AchievementCalculator.defaults().evaluate(plan, 2017);
 * System.out.println(Render.of(Locale.ITALIAN).report(r));
 * System.out.println(Render.of(Locale.ENGLISH).summary(r));
 * }</pre>
 */
package io.github.albero.render;
