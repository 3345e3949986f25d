package io.github.albero.examples;

import io.github.albero.fixtures.RealReports;
import io.github.albero.model.Plan;

/**
 * The real report the examples analyse (<i>relazione 2017</i>): the complete 2017 performance
 * report of the Camera di Commercio di Lucca, bundled in {@code albero-fixtures}.
 *
 * <pre>{@code
 * import io.github.albero.examples.BundledReport;
 * Plan plan = BundledReport.load();
 * plan.objective("011-005-004").get().declaredIndicatorCount();   // Optional[5]
 * }</pre>
 */
public final class BundledReport {
    /** The file name of the bundled JSON, as progress messages show it. */
    public static final String RESOURCE = "report-2017.json";

    private BundledReport() {
    }

    /**
     * Reads the bundled report; it is read afresh on every call.
     *
     * @return the 2017 report
     * @throws IllegalStateException when albero-fixtures is missing from the class path
     */
    public static Plan load() {
        return RealReports.lucca2017();
    }
}
