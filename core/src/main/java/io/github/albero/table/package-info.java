/**
 * Plain tables of texts ({@link io.github.albero.table.Table}, <i>tabelle</i>), printed as aligned
 * columns that fit a width or written as CSV in a {@link io.github.albero.table.CsvFormat}.
 */
package io.github.albero.table;
