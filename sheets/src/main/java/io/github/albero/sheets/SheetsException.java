package io.github.albero.sheets;

import java.util.Locale;

/**
 * Thrown when a spreadsheet cannot be read into a plan (or a plan cannot be written), with the
 * whole {@link SheetReport}: every problem, located by sheet and cell. Unchecked.
 */
public final class SheetsException extends IllegalArgumentException {
    private static final long serialVersionUID = 1L;
    private static final int MAX_IN_MESSAGE = 20;

    private final transient SheetReport report;

    SheetsException(SheetReport report) {
        super(summary(report));
        this.report = report;
    }

    private static String summary(SheetReport report) {
        StringBuilder sb = new StringBuilder(Messages.render(Locale.ENGLISH, "report.summary", java.util.Map.of(
                "errors", report.errors().size(), "warnings", report.warnings().size())));
        int shown = 0;
        for (SheetProblem p : report.problems()) {
            if (shown++ == MAX_IN_MESSAGE) {
                sb.append("\n…");
                break;
            }
            sb.append('\n').append(p.render(Locale.ENGLISH));
        }
        return sb.toString();
    }

    /** {@return every problem found} */
    public SheetReport report() {
        return report;
    }
}
