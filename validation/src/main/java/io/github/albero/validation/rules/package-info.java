/**
 * The rulebook: one class per rule or family of rules, named after what it checks
 * ({@link io.github.albero.validation.rules.CompleteIndicator},
 * {@link io.github.albero.validation.rules.ConsistentWeights} …), and the
 * {@link io.github.albero.validation.rules.Rulebook} table that says which node of a plan each
 * rule applies to. Not exported: users see the rules through {@code RuleCode}, the findings and
 * validation/RULES.md; the module's engines alone read this package.
 *
 * <p>Each rule is a Bean Validation class-level constraint whose validators are nested in it,
 * one per type of node it checks ({@code @Constraint(validatedBy = CompleteIndicator.Check.class)}).
 * A validator reports every finding through an {@link io.github.albero.validation.internal.Emitter}.
 * {@code PlanValidator} runs the {@link io.github.albero.validation.rules.Rulebook} by walking the
 * plan once ({@link io.github.albero.validation.internal.PlanWalk}), each finding placed at once;
 * under Hibernate Validator, which runs the same table, a rule that reports anything fails its
 * constraint once on that node and the findings ride on that one violation, so Hibernate Validator
 * never sees two equal violations to merge.
 *
 * <h2>How to add a rule</h2>
 * <ol>
 * <li>Give it a code in {@code RuleCode} ({@code ALB-<family>-<next number>}, never reused) with
 *     its severity, and its message in both bundles ({@code messages.properties},
 *     {@code messages_it.properties}) under the code.</li>
 * <li>If it belongs to a family that already checks the same node for a related reason, report
 *     it from that family's validator. Otherwise write a new class here, named after what it
 *     checks, copying the shape of a small one such as
 *     {@link io.github.albero.validation.rules.BaselineBeforeTargets}: the annotation
 *     ({@code message}, {@code groups}, {@code payload}) and a nested {@code Check} implementing
 *     {@code ConstraintValidator<YourRule, Indicator>} that calls
 *     {@code Emitter.report(code, place relative to the node, value, arguments…)} and returns
 *     {@code emitter.valid()}.</li>
 * <li>Apply it in {@link io.github.albero.validation.rules.Rulebook} to the type of node it
 *     checks ({@code .constraint(rule(YourRule.class))}). A rule that needs the plan's horizon,
 *     reference year or kind goes on {@code Plan} and walks the tree itself.</li>
 * <li>Describe it in validation/RULES.md (what, why with the norm, a failing example) and test
 *     it in {@code RulesTest} on a plan that breaks it and one that does not; add its defect to
 *     testkit's catalogue so generated plans exercise it.</li>
 * </ol>
 */
package io.github.albero.validation.rules;
