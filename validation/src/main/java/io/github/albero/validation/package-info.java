/**
 * Validation of a whole plan or report (<i>validazione</i>): {@link io.github.albero.validation.PlanValidator}
 * checks it against the rulebook ({@link io.github.albero.validation.RuleCode}) and returns a
 * {@link io.github.albero.validation.ValidationReport} of {@link io.github.albero.validation.Finding}s,
 * each with a stable rule code, a {@link io.github.albero.validation.Severity}, the readable path
 * of the node, the offending value and a message in Italian or English.
 *
 * <pre>{@code
 * ValidationReport report = PlanValidator.create().validate(plan);
 * report.errors();                          // what must be fixed
 * report.byCode();                          // findings grouped by rule
 * System.out.println(report.render(Locale.ITALIAN));
 * }</pre>
 */
package io.github.albero.validation;
