/**
 * The class-level constraints of Albero's rulebook, in the style of Hibernate Validator's own
 * ({@code @Constraint(validatedBy = {})}, validators registered by the constraint mapping). They
 * are applied to core types programmatically by {@link io.github.albero.validation.PlanValidator};
 * the rules they check are listed in {@link io.github.albero.validation.RuleCode}.
 */
package io.github.albero.validation.constraints;
