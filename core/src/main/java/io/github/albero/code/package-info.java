/**
 * Codes: of a plan's first two levels ({@link io.github.albero.code.MissionCode},
 * {@link io.github.albero.code.ProgramCode}) and of strategic objectives
 * ({@link io.github.albero.code.ObjectiveCode}: the chambers' {@code MMM-PPP-NNN} or the
 * document's own code).
 */
package io.github.albero.code;
