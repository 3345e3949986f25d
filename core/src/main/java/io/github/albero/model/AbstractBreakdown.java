package io.github.albero.model;

import io.github.albero.internal.Problems;
import io.github.albero.InvalidValueException;
import io.github.albero.measure.Ratio;
import java.math.BigDecimal;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.immutables.value.Value;

/**
 * A result broken down along one named dimension (<i>disaggregazione</i>): territory, gender,
 * channel, unit…, with one {@link BreakdownPart} per label. Labels are unique and the parts are
 * all values or all ratios. Whether the parts must agree with the total is the indicator's
 * {@link BreakdownRule}. Immutable and thread-safe.
 *
 * <pre>{@code
 * Breakdown b = Breakdown.builder().dimension("genere").
 *     addParts(BreakdownPart.of("donne", BigDecimal.valueOf(12)), BreakdownPart.of("uomini", BigDecimal.valueOf(8))).
 *     build();
 * b.total();   // Optional[20]
 * }</pre>
 */
@Value.Immutable
abstract class AbstractBreakdown {
    /** {@return the dimension, e.g. "genere"} */
    public abstract String dimension();

    /** {@return the parts, in document order} */
    public abstract List<BreakdownPart> parts();

    /** {@return true when the parts are ratios (numerator and denominator)} */
    public boolean ofRatios() {
        return !parts().isEmpty() && parts().get(0).parts().isPresent();
    }

    /** {@return the sum of the parts' values; empty for ratio parts} */
    public Optional<BigDecimal> total() {
        if (ofRatios()) {
            return Optional.empty();
        }
        return Optional.of(parts().stream().map(p -> p.value().get()).reduce(BigDecimal.ZERO, BigDecimal::add));
    }

    /** {@return the parts' ratios added part by part (Σnumerators ÷ Σdenominators); empty for value parts} */
    public Optional<Ratio> ratioTotal() {
        if (!ofRatios()) {
            return Optional.empty();
        }
        return Optional.of(Ratio.sum(() -> parts().stream().map(p -> p.parts().get()).iterator()));
    }

    @Value.Check
    void check() {
        Texts.requireText("dimension", dimension());
        if (parts().isEmpty()) {
            throw new InvalidValueException("parts", null, Problems.of("breakdownNeedsPart"));
        }
        Set<String> labels = new HashSet<>();
        boolean ratios = parts().get(0).parts().isPresent();
        for (int i = 0; i < parts().size(); i++) {
            BreakdownPart p = parts().get(i);
            if (!labels.add(p.label())) {
                throw new InvalidValueException(NodePath.root().member("parts", i).member("label"), p.label(), Problems.of("uniqueInBreakdown", dimension()));
            }
            if (p.parts().isPresent() != ratios) {
                throw new InvalidValueException(NodePath.root().member("parts", i), p, Problems.of(ratios ? "likeFirstPart.ratio" : "likeFirstPart.value"));
            }
        }
    }

    /** {@return e.g. {@code "Breakdown[genere: donne 12, uomini 8]"}} */
    @Override
    public String toString() {
        return "Breakdown[" + Texts.abbreviate(dimension(), 60) + ": " + String.join(", ", parts().stream().map(Object::toString).toArray(String[]::new)) + "]";
    }
}
