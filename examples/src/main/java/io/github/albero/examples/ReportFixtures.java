package io.github.albero.examples;

import io.github.albero.model.Plan;
import io.github.albero.testkit.FixtureProvider;
import java.util.Map;
import java.util.function.Supplier;

/**
 * Offers the real 2017 report to downstream test suites as the testkit fixture
 * {@value #NAME}: with {@code albero-examples} on the class path,
 * {@code Fixtures.named("lucca-2017-report")} returns it.
 */
public final class ReportFixtures implements FixtureProvider {
    /** The fixture name of the real 2017 report. */
    public static final String NAME = "lucca-2017-report";

    /** Creates the provider; {@link java.util.ServiceLoader} calls this. */
    public ReportFixtures() {
    }

    @Override
    public Map<String, Supplier<Plan>> fixtures() {
        return Map.of(NAME, BundledReport::load);
    }
}
