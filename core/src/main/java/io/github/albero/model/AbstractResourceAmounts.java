package io.github.albero.model;

import io.github.albero.internal.Problems;
import io.github.albero.InvalidValueException;
import io.github.albero.money.Money;
import org.immutables.value.Value;

/**
 * The three resource figures of one budget or actual statement (<i>risorse</i>): current
 * revenues (<i>proventi correnti</i>), current costs (<i>oneri correnti</i>) and investments
 * (<i>investimenti</i>), in exact euros, never negative.
 *
 * <pre>{@code
 * ResourceAmounts budget = ResourceAmounts.of(Money.ZERO, Money.parse("€ 5.000,00"), Money.ZERO);
 * }</pre>
 *
 * <p>Immutable and thread-safe; build one with {@code builder()}, change one with the {@code
 * with…} methods, which return a copy. Never null: a required attribute left unset or given as
 * null, or a null element, throws {@link io.github.albero.InvalidValueException} naming the
 * attribute; optional attributes are {@code Optional}, collections are never null.
 */
@Value.Immutable
abstract class AbstractResourceAmounts {
    /** The all-zero statement. */
    public static final ResourceAmounts ZERO = ResourceAmounts.of(Money.ZERO, Money.ZERO, Money.ZERO);

    /** {@return current revenues (<i>proventi correnti</i>)} */
    @Value.Parameter
    public abstract Money revenues();

    /** {@return current costs (<i>oneri correnti</i>)} */
    @Value.Parameter
    public abstract Money costs();

    /** {@return investments (<i>investimenti</i>)} */
    @Value.Parameter
    public abstract Money investments();

    /**
     * {@return the amount of that line}
     *
     * @param line a resource line
     */
    public Money amount(ResourceLine line) {
        switch (line) {
            case REVENUES:
                return revenues();
            case COSTS:
                return costs();
            default:
                return investments();
        }
    }

    /**
     * {@return the line-by-line sum, exact}
     *
     * @param other another statement
     */
    public ResourceAmounts plus(ResourceAmounts other) {
        return ResourceAmounts.of(revenues().plus(other.revenues()), costs().plus(other.costs()),
                investments().plus(other.investments()));
    }

    @Value.Check
    void check() {
        for (ResourceLine line : ResourceLine.values()) {
            if (amount(line).isNegative()) {
                throw new InvalidValueException(fieldName(line), amount(line).amount().toPlainString(), Problems.of("notNegative"));
            }
        }
    }

    static String fieldName(ResourceLine line) {
        switch (line) {
            case REVENUES:
                return "revenues";
            case COSTS:
                return "costs";
            default:
                return "investments";
        }
    }

    /** {@return a readable one-line description, for logs and JShell} */
    @Override
    public String toString() {
        return "revenues " + revenues() + ", costs " + costs() + ", investments " + investments();
    }
}
