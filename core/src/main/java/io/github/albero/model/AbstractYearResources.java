package io.github.albero.model;

import io.github.albero.internal.Problems;
import io.github.albero.InvalidValueException;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * The resources of one year: the budget (<i>preventivo</i>), the revised budget
 * (<i>preventivo aggiornato</i>) and the actual figures (<i>consuntivo</i>), each optional but
 * at least one present.
 *
 * <p>Immutable and thread-safe; build one with {@code builder()}, change one with the {@code
 * with…} methods, which return a copy. Never null: a required attribute left unset or given as
 * null, or a null element, throws {@link io.github.albero.InvalidValueException} naming the
 * attribute; optional attributes are {@code Optional}, collections are never null.
 */
@Value.Immutable
abstract class AbstractYearResources {
    /** {@return the initial budget (<i>preventivo</i>)} */
    public abstract Optional<ResourceAmounts> budget();

    /** {@return the budget as revised during the year (<i>preventivo aggiornato</i>)} */
    public abstract Optional<ResourceAmounts> revisedBudget();

    /** {@return the actual figures (<i>consuntivo</i>)} */
    public abstract Optional<ResourceAmounts> actual();

    /**
     * {@return that statement, if present}
     *
     * @param basis which statement
     */
    public Optional<ResourceAmounts> statement(ResourceBasis basis) {
        switch (basis) {
            case BUDGET:
                return budget();
            case REVISED_BUDGET:
                return revisedBudget();
            default:
                return actual();
        }
    }

    @Value.Check
    void check() {
        if (budget().isEmpty() && revisedBudget().isEmpty() && actual().isEmpty()) {
            throw new InvalidValueException("resources", "{}", Problems.of("yearNeedsFigures"));
        }
    }
}
