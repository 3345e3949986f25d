package io.github.albero.examples;

import io.github.albero.json.AlberoJson;
import io.github.albero.model.Plan;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/**
 * The real report bundled with the examples (<i>relazione 2017</i>): the complete 2017
 * performance report of the Camera di Commercio di Lucca in Albero's JSON format.
 *
 * <pre>{@code
 * Plan plan = BundledReport.load();
 * plan.objective("011-005-004").get().declaredIndicatorCount();   // Optional[5]
 * }</pre>
 */
public final class BundledReport {
    /** The resource name of the bundled JSON, next to this class. */
    public static final String RESOURCE = "report-2017.json";

    private BundledReport() {
    }

    /**
     * Reads the bundled report; it is read afresh on every call.
     *
     * @return the 2017 report
     * @throws IllegalStateException when the resource is missing from the class path
     */
    public static Plan load() {
        try (InputStream in = BundledReport.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("the bundled report " + RESOURCE + " is not on the class path next to "
                        + BundledReport.class.getName());
            }
            return AlberoJson.read(in);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the bundled report " + RESOURCE, e);
        }
    }
}
