package io.github.albero.model;

import io.github.albero.internal.Problems;
import io.github.albero.InvalidValueException;
import io.github.albero.internal.Numbers;
import java.math.BigDecimal;
import org.immutables.value.Value;

/**
 * Staff assigned to an objective, a non-monetary resource (<i>risorse umane</i>): a category
 * (e.g. "Area dei funzionari", "dirigenti") and the full-time equivalents (<i>FTE</i>), exact,
 * not negative, at most 6 decimals. Immutable and thread-safe.
 *
 * <pre>{@code
 * StaffAllocation.of("Area dei funzionari", new BigDecimal("2.5"));   // Area dei funzionari 2.5 FTE
 * }</pre>
 */
@Value.Immutable
abstract class AbstractStaffAllocation {
    /** {@return the staff category, as written} */
    @Value.Parameter
    public abstract String category();

    /** {@return the full-time equivalents, in normal form} */
    @Value.Parameter
    public abstract BigDecimal fte();

    @Value.Check
    AbstractStaffAllocation check() {
        Texts.requireText("category", category());
        BigDecimal v = Numbers.normalize(Numbers.check("fte", fte(), 6));
        if (v.signum() < 0) {
            throw new InvalidValueException("fte", v.toPlainString(), Problems.of("notNegative"));
        }
        return v.equals(fte()) ? this : StaffAllocation.of(category(), v);
    }

    /** {@return e.g. {@code "Area dei funzionari 2.5 FTE"}} */
    @Override
    public String toString() {
        return Texts.abbreviate(category(), 60) + " " + fte().toPlainString() + " FTE";
    }
}
