/**
 * How the rulebook runs on Hibernate Validator: the engine that bootstraps it (programmatic
 * mapping, accessor-named properties, no Expression Language, a quiet start-up), the
 * {@link io.github.albero.validation.internal.Emitter} rules report through, and the placing of
 * each finding in the plan. Not exported.
 */
package io.github.albero.validation.internal;
