/**
 * Internals of Albero validation: the constraint validators, the programmatic mapping and the
 * translation of violations into findings. Not exported; opened to Hibernate Validator only.
 */
package io.github.albero.validation.internal;
