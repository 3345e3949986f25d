/**
 * Albero report: renders a performance plan or report (<i>relazione</i>) with its validation
 * findings, achievement and budget variance as a self-contained HTML page (no script, no
 * external resource; responsive, printable on A4, accessible), as Markdown, or as the aligned
 * text of a terminal, in Italian or English. Every text of the plan is shown safely: control and
 * bidirectional-override characters visibly neutralised, supplementary characters never split.
 *
 * <pre>{@code
 * Analysis analysis = Analysis.of(plan, 2017);
 * ReportRenderer.of(Locale.ITALIAN).write(analysis, ReportFormat.HTML, Path.of("relazione.html"));
 * }</pre>
 */
module io.github.albero.report {
    requires transitive io.github.albero.core;
    requires transitive io.github.albero.validation;

    exports io.github.albero.report;
}
