package io.github.albero.model;

import io.github.albero.internal.Problems;
import io.github.albero.InvalidValueException;
import io.github.albero.internal.Numbers;
import io.github.albero.measure.Percentage;
import io.github.albero.measure.Quantity;
import io.github.albero.measure.Unit;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * The structured reading of a result's text: a number (with unit), a percentage, a qualitative
 * status, or "nothing reported". {@link ResultKind#NUMBER} and {@link ResultKind#PERCENTAGE}
 * need a value and no status ({@code PERCENTAGE} has no other unit than %);
 * {@link ResultKind#STATUS} needs a status and no value; {@link ResultKind#DATE} needs a date
 * and nothing else; {@link ResultKind#NOTHING_REPORTED} has none of them. Values are exact, in normal form.
 *
 * <pre>{@code
 * ResultReading.read("2.9 gg");   // Optional[number 2.9 gg]
 * ResultReading.read("_____");    // Optional[nothingReported]
 * }</pre>
 *
 * <p>Immutable and thread-safe; build one with {@code builder()}, change one with the {@code
 * with…} methods, which return a copy. Never null: a required attribute left unset or given as
 * null, or a null element, throws {@link io.github.albero.InvalidValueException} naming the
 * attribute; optional attributes are {@code Optional}, collections are never null.
 */
@Value.Immutable
abstract class AbstractResultReading {
    /** {@return what the text was read as} */
    public abstract ResultKind kind();

    /** {@return the value: the number, or the percentage in points (100 = 100 %)} */
    public abstract Optional<BigDecimal> value();

    /** {@return the unit of a number} */
    public abstract Optional<Unit> unit();

    /** {@return the qualitative status} */
    public abstract Optional<ResultStatus> status();

    /** {@return the date, for a date reading} */
    public abstract Optional<LocalDate> date();

    /**
     * Returns a date reading: something was done on that day.
     *
     * @param date the date on which something was done
     * @return a date reading
     */
    public static ResultReading date(LocalDate date) {
        return ResultReading.builder().kind(ResultKind.DATE).date(date).build();
    }

    /**
     * {@return a number reading}
     *
     * @param q the number with its unit
     */
    public static ResultReading number(Quantity q) {
        if (q.unit().filter(Unit.PERCENT::equals).isPresent()) {
            return percentage(Percentage.of(q.value()));
        }
        return ResultReading.builder().kind(ResultKind.NUMBER).value(q.value()).unit(q.unit()).build();
    }

    /**
     * {@return a percentage reading}
     *
     * @param p the percentage
     */
    public static ResultReading percentage(Percentage p) {
        return ResultReading.builder().kind(ResultKind.PERCENTAGE).value(p.points()).build();
    }

    /**
     * {@return a qualitative reading}
     *
     * @param status the status
     */
    public static ResultReading status(ResultStatus status) {
        return ResultReading.builder().kind(ResultKind.STATUS).status(status).build();
    }

    /** {@return the "nothing reported" reading} */
    public static ResultReading nothingReported() {
        return ResultReading.builder().kind(ResultKind.NOTHING_REPORTED).build();
    }

    /**
     * Reads a result's text, as Italian documents write it. See {@link TextReader} for the
     * rules.
     *
     * @param text the result's text
     * @return the reading, or empty when the text does not allow one
     */
    public static Optional<ResultReading> read(String text) {
        return TextReader.readResult(text);
    }

    /** {@return the percentage, for a percentage reading} */
    public Optional<Percentage> percentage() {
        return kind() == ResultKind.PERCENTAGE ? value().map(Percentage::of) : Optional.empty();
    }

    /** {@return the number with its unit, for a number or percentage reading} */
    public Optional<Quantity> quantity() {
        if (kind() == ResultKind.PERCENTAGE) {
            return value().map(v -> Quantity.of(v, Unit.PERCENT));
        }
        return value().map(v -> Quantity.of(v, unit().orElse(null)));
    }

    @Value.Check
    AbstractResultReading check() {
        boolean numeric = kind() == ResultKind.NUMBER || kind() == ResultKind.PERCENTAGE;
        if (numeric && value().isEmpty()) {
            throw new InvalidValueException(NodePath.of("reading", "value"), null, Problems.of("requiredForKind", kind()));
        }
        if (!numeric && value().isPresent()) {
            throw new InvalidValueException(NodePath.of("reading", "value"), value().get().toPlainString(), Problems.of("kindNoValue", kind()));
        }
        if (kind() == ResultKind.STATUS && status().isEmpty()) {
            throw new InvalidValueException(NodePath.of("reading", "status"), null, Problems.of("requiredForKind", ResultKind.STATUS));
        }
        if (kind() != ResultKind.STATUS && status().isPresent()) {
            throw new InvalidValueException(NodePath.of("reading", "status"), status().get(), Problems.of("onlyKindHas.status", ResultKind.STATUS));
        }
        if (kind() == ResultKind.DATE && date().isEmpty()) {
            throw new InvalidValueException(NodePath.of("reading", "date"), null, Problems.of("requiredForKind", ResultKind.DATE));
        }
        if (kind() != ResultKind.DATE && date().isPresent()) {
            throw new InvalidValueException(NodePath.of("reading", "date"), date().get(), Problems.of("onlyKindHas.date", ResultKind.DATE));
        }
        boolean percentUnit = unit().filter(Unit.PERCENT::equals).isPresent();
        if (unit().isPresent() && kind() != ResultKind.NUMBER && !(kind() == ResultKind.PERCENTAGE && percentUnit)) {
            throw new InvalidValueException(NodePath.of("reading", "unit"), unit().get(), Problems.of("onlyKindHas.unit", ResultKind.NUMBER));
        }
        Optional<BigDecimal> v = value().map(x -> Numbers.normalize(Texts.checkNumber(Texts.READING_VALUE, x, 6)));
        // a percentage's unit is implied
        Optional<Unit> u = kind() == ResultKind.PERCENTAGE ? Optional.empty() : unit();
        if (v.equals(value()) && u.equals(unit())) {
            return this;
        }
        return ResultReading.builder().from(this).value(v).unit(u).build();
    }

    /** {@return a readable one-line description, for logs and JShell} */
    @Override
    public String toString() {
        switch (kind()) {
            case NUMBER:
                return "number " + quantity().get();
            case PERCENTAGE:
                return "percentage " + percentage().get();
            case STATUS:
                return "status " + Numbers.camelCase(status().get());
            case DATE:
                return "date " + date().get();
            default:
                return "nothingReported";
        }
    }
}
