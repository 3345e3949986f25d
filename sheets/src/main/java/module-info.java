/**
 * Albero sheets: plans and reports (<i>Piano</i> / <i>Relazione sulla performance</i>) in and out
 * of spreadsheets through one documented template, as XLSX workbooks or folders of CSV files.
 * {@link io.github.albero.sheets.AlberoSheets} reads a workbook into a {@code Plan}, locating
 * every problem by sheet and cell ({@code Indicatori!F12}), and writes a plan back to the same
 * template.
 */
module io.github.albero.sheets {
    requires transitive io.github.albero.core;
    requires org.dhatim.fastexcel.reader;
    requires org.dhatim.fastexcel;
    requires tools.jackson.core;
    requires tools.jackson.databind;
    requires tools.jackson.dataformat.csv;

    exports io.github.albero.sheets;
}
