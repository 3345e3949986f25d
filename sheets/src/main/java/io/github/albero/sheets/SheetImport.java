package io.github.albero.sheets;

import io.github.albero.model.Plan;
import java.util.Optional;

/**
 * What reading a spreadsheet gave (<i>esito dell'importazione</i>): the plan, when no problem
 * is an error, and the report of every problem found. Immutable and thread-safe.
 */
public final class SheetImport {
    private final Optional<Plan> plan;
    private final SheetReport report;

    SheetImport(Optional<Plan> plan, SheetReport report) {
        this.plan = plan;
        this.report = report;
    }

    /** {@return the plan, empty when the report has errors} */
    public Optional<Plan> plan() {
        return plan;
    }

    /** {@return every problem found, errors and warnings} */
    public SheetReport report() {
        return report;
    }

    /** {@return a readable one-line description, for logs and JShell} */
    @Override
    public String toString() {
        return "SheetImport[" + plan.map(Plan::toString).orElse("no plan") + ", " + report.problems().size() + " problems]";
    }
}
