package io.github.albero.model;

import io.github.albero.measure.Weight;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A link from a public-value objective to an objective that contributes to it
 * (<i>contributo</i>): a performance objective (a strategic objective's code such as
 * {@code 011-005-004}, or an operational objective's code) or another public-value objective,
 * with an optional weight. The same objective may contribute to several public-value objectives.
 * Immutable and thread-safe.
 *
 * <pre>{@code
 * Contribution.of("011-005-004");
 * Contribution.of("OO.1.2", Weight.of(60));
 * }</pre>
 */
@Value.Immutable
abstract class AbstractContribution {
    /** {@return the code of the contributing objective} */
    @Value.Parameter
    public abstract String objective();

    /** {@return the weight of the link among the public-value objective's contributions} */
    @Value.Parameter
    public abstract Optional<Weight> weight();

    /**
     * {@return an unweighted link}
     *
     * @param objective the code of the contributing objective
     */
    public static Contribution of(String objective) {
        return Contribution.of(objective, Optional.empty());
    }

    /**
     * {@return a weighted link}
     *
     * @param objective the code of the contributing objective
     * @param weight its weight
     */
    public static Contribution of(String objective, Weight weight) {
        return Contribution.of(objective, Optional.of(weight));
    }

    @Value.Check
    void check() {
        Texts.requireText("objective", objective());
    }

    /** {@return e.g. {@code "011-005-004 ×60"}} */
    @Override
    public String toString() {
        return objective() + weight().map(w -> " \u00d7" + w).orElse("");
    }
}
