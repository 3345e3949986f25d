package io.github.albero.testkit;

import io.github.albero.model.Plan;
import java.util.Map;
import java.util.function.Supplier;

/**
 * A source of named fixture plans, found with {@link java.util.ServiceLoader}: the extension
 * point through which other modules make their plans available as {@link Fixtures#named(String)},
 * for example a module bundling a real published report as a JSON resource.
 *
 * <p>Register an implementation in {@code META-INF/services/io.github.albero.testkit.FixtureProvider}
 * or, in a modular jar, with {@code provides io.github.albero.testkit.FixtureProvider with …;}.
 * It needs a public no-argument constructor. Names must be unique across providers and must not
 * clash with the built-in names of {@link Fixtures#names()}.
 */
public interface FixtureProvider {
    /**
     * Returns the fixtures this provider offers. Suppliers are called lazily, once per
     * {@link Fixtures#named(String)} call, and must return a valid plan or throw an unchecked
     * exception saying why they cannot.
     *
     * @return the suppliers by fixture name, e.g. {@code "lucca-2017-report"}
     */
    Map<String, Supplier<Plan>> fixtures();
}
