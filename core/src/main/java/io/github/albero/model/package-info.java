/**
 * The performance tree: a {@link io.github.albero.model.Plan} (plan or report) →
 * {@link io.github.albero.model.Mission} → {@link io.github.albero.model.Program} →
 * {@link io.github.albero.model.StrategicObjective} →
 * {@link io.github.albero.model.OperationalObjective} → {@link io.github.albero.model.Indicator},
 * with targets, results and resources.
 *
 * <p>All types are immutable and built with builders ({@code Indicator.builder()}) or static
 * factories. Invariants are checked at construction and broken ones throw
 * {@link io.github.albero.InvalidValueException}. Absent values are {@code Optional} or empty
 * collections, never null.
 *
 * <p>Each value type is written as a package-private {@code Abstract*} class (attributes,
 * invariants, derived values) from which Immutables generates the public final type and its
 * builder; only the generated types are part of the API, so code outside this package names
 * {@code Indicator}, never {@code AbstractIndicator}.
 */
@Value.Style(
        typeAbstract = "Abstract*",
        typeImmutable = "*",
        visibility = Value.Style.ImplementationVisibility.PUBLIC,
        allowedClasspathAnnotations = {Override.class},
        jdkOnly = true,
        throwForInvalidImmutableState = InvalidValueException.class,
        throwForNullPointer = InvalidValueException.class,
        defaults = @Value.Immutable(copy = true),
        // every default is a constant or an empty year map: no initialisation shim (a volatile field and an object per build)
        unsafeDefaultAndDerived = true,
        // a builder's lists are made on the first element: most are never filled (notes, stakeholders, staff …)
        deferCollectionAllocation = true)
package io.github.albero.model;

import io.github.albero.InvalidValueException;
import org.immutables.value.Value;
