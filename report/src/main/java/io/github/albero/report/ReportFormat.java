package io.github.albero.report;

/** The formats a report is rendered in (<i>formato</i>), each with its usual file extension. */
public enum ReportFormat {
    /** A self-contained HTML page: no script, no external resource; well-formed XML too. */
    HTML("html"),
    /** CommonMark with GitHub-style tables. */
    MARKDOWN("md"),
    /** Aligned plain text for a terminal, at most 120 characters wide. */
    TEXT("txt");

    private final String extension;

    ReportFormat(String extension) {
        this.extension = extension;
    }

    /** {@return the file extension without the dot, e.g. {@code "html"}} */
    public String extension() {
        return extension;
    }
}
