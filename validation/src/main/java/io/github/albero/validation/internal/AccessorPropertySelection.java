package io.github.albero.validation.internal;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.hibernate.validator.spi.properties.ConstrainableExecutable;
import org.hibernate.validator.spi.properties.GetterPropertySelectionStrategy;

/**
 * Albero's accessors are named like the property ({@code code()}, {@code missions()}), not
 * {@code getCode()}: every public no-argument method returning a value is a property, except
 * those of {@code Object}.
 */
final class AccessorPropertySelection implements GetterPropertySelectionStrategy {
    private static final Set<String> NOT_PROPERTIES = Set.of("toString", "hashCode", "getClass", "clone", "builder");

    /** Creates the strategy. */
    AccessorPropertySelection() {
    }

    @Override
    public Optional<String> getProperty(ConstrainableExecutable executable) {
        if (executable.getParameterTypes().length != 0 || executable.getReturnType() == void.class
                || NOT_PROPERTIES.contains(executable.getName())) {
            return Optional.empty();
        }
        return Optional.of(executable.getName());
    }

    @Override
    public List<String> getGetterMethodNameCandidates(String propertyName) {
        return List.of(propertyName);
    }
}
