package io.github.albero.model;

import io.github.albero.InvalidValueException;
import io.github.albero.internal.Numbers;
import io.github.albero.measure.Quantity;
import io.github.albero.measure.Unit;
import java.math.BigDecimal;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * The structured reading of a target's text: an operator with its value(s) and unit.
 * {@link TargetOperator#AT_LEAST}, {@link TargetOperator#AT_MOST} and
 * {@link TargetOperator#EXACTLY} need a value; {@link TargetOperator#BETWEEN} needs a value
 * (the lower bound) and an upper bound not below it; {@link TargetOperator#MILESTONE} has no
 * value. Values are exact and kept in normal form (no trailing zeros).
 *
 * <pre>{@code
 * TargetReading.atLeast(Quantity.parse("2 n"));   // atLeast 2 n
 * TargetReading.read("non inferiore a 3 (scala da 1 a 5)");  // Optional[atLeast 3 score]
 * }</pre>
 *
 * <p>Immutable and thread-safe; build one with {@code builder()}, change one with the {@code
 * with…} methods, which return a copy. Never null: a required attribute left unset or given as
 * null, or a null element, throws {@link io.github.albero.InvalidValueException} naming the
 * attribute; optional attributes are {@code Optional}, collections are never null.
 */
@Value.Immutable
abstract class AbstractTargetReading {
    /** {@return how the target is to be met} */
    public abstract TargetOperator operator();

    /** {@return the value; the lower bound for {@link TargetOperator#BETWEEN}} */
    public abstract Optional<BigDecimal> value();

    /** {@return the upper bound, for {@link TargetOperator#BETWEEN} only} */
    public abstract Optional<BigDecimal> upperBound();

    /** {@return the unit of the value(s)} */
    public abstract Optional<Unit> unit();

    /** {@return a milestone reading} */
    public static TargetReading milestone() {
        return TargetReading.builder().operator(TargetOperator.MILESTONE).build();
    }

    /**
     * {@return "at least q"}
     *
     * @param q the minimum
     */
    public static TargetReading atLeast(Quantity q) {
        return TargetReading.builder().operator(TargetOperator.AT_LEAST).value(q.value()).unit(q.unit()).build();
    }

    /**
     * {@return "at most q"}
     *
     * @param q the maximum
     */
    public static TargetReading atMost(Quantity q) {
        return TargetReading.builder().operator(TargetOperator.AT_MOST).value(q.value()).unit(q.unit()).build();
    }

    /**
     * {@return "exactly q"}
     *
     * @param q the value
     */
    public static TargetReading exactly(Quantity q) {
        return TargetReading.builder().operator(TargetOperator.EXACTLY).value(q.value()).unit(q.unit()).build();
    }

    /**
     * {@return "between low and high"}
     *
     * @param low the lower bound, inclusive
     * @param high the upper bound, inclusive
     * @param unit the unit, or null
     */
    public static TargetReading between(BigDecimal low, BigDecimal high, Unit unit) {
        return TargetReading.builder().operator(TargetOperator.BETWEEN).value(low).upperBound(high)
                .unit(Optional.ofNullable(unit)).build();
    }

    /**
     * Reads a target's text, as Italian documents write it. See {@link TextReader} for the
     * rules.
     *
     * @param text the target's text
     * @return the reading, or empty when the text does not allow one
     */
    public static Optional<TargetReading> read(String text) {
        return TextReader.readTarget(text);
    }

    /** {@return the value with its unit, if there is a value} */
    public Optional<Quantity> quantity() {
        return value().map(v -> Quantity.of(v, unit().orElse(null)));
    }

    @Value.Check
    AbstractTargetReading check() {
        boolean needsValue = operator() != TargetOperator.MILESTONE;
        if (needsValue && value().isEmpty()) {
            throw new InvalidValueException(NodePath.of("reading", "value"), null, "is required for operator " + operator());
        }
        if (!needsValue && (value().isPresent() || upperBound().isPresent())) {
            throw new InvalidValueException(NodePath.of("reading", "value"), value().orElse(null), "a milestone has no value");
        }
        if (operator() == TargetOperator.BETWEEN) {
            BigDecimal high = upperBound().orElseThrow(
                    () -> new InvalidValueException(NodePath.of("reading", "upperBound"), null, "is required for operator BETWEEN"));
            if (high.compareTo(value().get()) < 0) {
                throw new InvalidValueException(NodePath.of("reading", "upperBound"), high.toPlainString(), "must not be below the lower bound " + value().get().toPlainString());
            }
        } else if (upperBound().isPresent()) {
            throw new InvalidValueException(NodePath.of("reading", "upperBound"), upperBound().get().toPlainString(), "only operator BETWEEN has an upper bound");
        }
        Optional<BigDecimal> v = value().map(x -> Numbers.normalize(Texts.checkNumber(NodePath.of("reading", "value"), x, 6)));
        Optional<BigDecimal> u = upperBound().map(x -> Numbers.normalize(Texts.checkNumber(NodePath.of("reading", "upperBound"), x, 6)));
        if (v.equals(value()) && u.equals(upperBound())) {
            return this;
        }
        return TargetReading.builder().from(this).value(v).upperBound(u).build();
    }

    /** {@return a readable one-line description, for logs and JShell} */
    @Override
    public String toString() {
        StringBuilder sb = new StringBuilder(Numbers.camelCase(operator()));
        value().ifPresent(v -> sb.append(' ').append(v.toPlainString()));
        upperBound().ifPresent(v -> sb.append("..").append(v.toPlainString()));
        unit().ifPresent(un -> sb.append(' ').append(un));
        return sb.toString();
    }
}
