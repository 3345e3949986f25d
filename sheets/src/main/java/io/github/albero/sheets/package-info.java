/**
 * Spreadsheets in and out: {@link io.github.albero.sheets.AlberoSheets} reads and writes plans
 * through the template described in {@code sheets/TEMPLATE.md}; problems are reported by cell in
 * a {@link io.github.albero.sheets.SheetReport}.
 */
package io.github.albero.sheets;
