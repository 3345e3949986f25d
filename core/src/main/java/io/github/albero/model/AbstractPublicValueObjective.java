package io.github.albero.model;

import io.github.albero.internal.Problems;
import io.github.albero.InvalidValueException;
import io.github.albero.measure.Weight;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.immutables.value.Value;

/**
 * A public-value objective of the PIAO (<i>obiettivo di valore pubblico</i>, section 2.1): the
 * effect on the community the administration aims at, measured by impact indicators and pursued
 * through the performance objectives linked to it ({@link #contributions()}, many-to-many and
 * optionally weighted), serving cross-cutting dimensions such as accessibility or equal
 * opportunities. Its achievement rolls up from its impact indicators and its contributions.
 * Immutable and thread-safe.
 *
 * <pre>{@code
 * Indicator impactIndicator = report.indicators().get(0).indicator();
 * PublicValueObjective.builder().code("VP1").title("Imprese più competitive").
 *     addIndicators(impactIndicator).
 *     addContributions(Contribution.of("011-005-004", Weight.of(60)), Contribution.of("011-005-001", Weight.of(40))).
 *     addDimensions(CrossCuttingDimension.of(CrossCuttingDimension.Known.ADMINISTRATIVE_SIMPLIFICATION)).
 *     build();
 * }</pre>
 */
@Value.Immutable
abstract class AbstractPublicValueObjective implements Node {
    /** {@return the code, unique among the plan's objectives, e.g. "VP1"} */
    public abstract String code();

    /** {@return the title} */
    public abstract String title();

    /** {@return the description} */
    public abstract Optional<String> description();

    /** {@return the weight among public-value objectives} */
    public abstract Optional<Weight> weight();

    /** {@return the impact indicators (<i>indicatori di impatto</i>)} */
    public abstract List<Indicator> indicators();

    /** {@return the objectives contributing to it, each once} */
    public abstract List<Contribution> contributions();

    /** {@return the cross-cutting dimensions it serves, each once} */
    public abstract List<CrossCuttingDimension> dimensions();

    /** {@return the stakeholders named by the document} */
    public abstract List<String> stakeholders();

    /** {@return editorial notes} */
    public abstract List<String> notes();

    @Override
    public String displayName() {
        return title();
    }

    @Value.Check
    void check() {
        Texts.requireText("code", code());
        Texts.requireText("title", title());
        description().ifPresent(d -> Texts.requireText("description", d));
        Texts.requireTexts("stakeholders", stakeholders());
        Texts.requireTexts("notes", notes());
        Set<String> linked = new HashSet<>();
        for (int i = 0; i < contributions().size(); i++) {
            String c = contributions().get(i).objective();
            if (!linked.add(c)) {
                throw new InvalidValueException(NodePath.root().member("contributions", i).member("objective"), c, Problems.of("listedOnce"));
            }
            if (c.equals(code())) {
                throw new InvalidValueException(NodePath.root().member("contributions", i).member("objective"), c, Problems.of("selfContribution"));
            }
        }
        if (new HashSet<>(dimensions()).size() != dimensions().size()) {
            throw new InvalidValueException("dimensions", dimensions(), Problems.of("eachListedOnce"));
        }
    }

    /** {@return e.g. {@code "PublicValueObjective[VP1 Imprese più competitive, 1 indicators, 2 contributions]"}} */
    @Override
    public String toString() {
        return "PublicValueObjective[" + code() + " " + Texts.abbreviate(title(), 60) + ", " + indicators().size() + " indicators, "
                + contributions().size() + " contributions]";
    }
}
