package io.github.albero.model;

import java.util.Optional;
import org.immutables.value.Value;

/**
 * The public administration (<i>amministrazione</i>) a plan or report belongs to, e.g. a
 * chamber of commerce.
 *
 * <p>Immutable and thread-safe; build one with {@code builder()}, change one with the {@code
 * with…} methods, which return a copy. Never null: a required attribute left unset or given as
 * null, or a null element, throws {@link io.github.albero.InvalidValueException} naming the
 * attribute; optional attributes are {@code Optional}, collections are never null.
 */
@Value.Immutable
abstract class AbstractAdministration {
    /** {@return its name, e.g. "Camera di Commercio di Lucca"} */
    @Value.Parameter
    public abstract String name();

    /** {@return an identifier such as the IPA code or the tax code, when known} */
    public abstract Optional<String> identifier();

    @Value.Check
    void check() {
        Texts.requireText("name", name());
        identifier().ifPresent(i -> Texts.requireText("identifier", i));
    }

    /** {@return a readable one-line description, for logs and JShell} */
    @Override
    public String toString() {
        return name() + identifier().map(i -> " (" + i + ")").orElse("");
    }
}
