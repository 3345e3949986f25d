/**
 * Codes of the spending classification: {@link io.github.albero.code.MissionCode},
 * {@link io.github.albero.code.ProgramCode} and {@link io.github.albero.code.ObjectiveCode}.
 */
package io.github.albero.code;
