package io.github.albero.model;

import io.github.albero.internal.Problems;
import io.github.albero.InvalidValueException;
import io.github.albero.internal.Numbers;
import io.github.albero.measure.Quantity;
import io.github.albero.measure.Unit;
import io.github.albero.period.YearRange;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * The structured reading of a target's text (<i>lettura del risultato atteso</i>): an operator
 * with its value(s) and unit, and whether the text stated the operator or the reader only
 * inferred it. Immutable and thread-safe; no member is ever null.
 *
 * <p>{@link TargetOperator#AT_LEAST}, {@link TargetOperator#AT_MOST} and
 * {@link TargetOperator#EXACTLY} need a value; {@link TargetOperator#BETWEEN} needs a value
 * (the lower bound) and an upper bound not below it; {@link TargetOperator#MILESTONE} and
 * {@link TargetOperator#MAINTAIN} have no value; {@link TargetOperator#DEADLINE} has a
 * deadline and no value; {@link TargetOperator#INCREASE} and {@link TargetOperator#DECREASE}
 * may have a value (the change, in % for a relative change). Only the last three may have a
 * base year. Values are exact and kept in normal form (no trailing zeros).
 *
 * <p>{@link #operatorStated()} is false when the text wrote no comparison and the reader chose
 * the operator: a bare {@code "5%"} reads as {@code exactly 5 % (inferred)}; the indicator's
 * polarity then decides which way is better. A stated operator ("almeno", "≤", "=") overrides
 * the polarity (see {@link Vocabulary#governingPolarity}).
 *
 * <pre>{@code
 * TargetReading.atLeast(Quantity.parse("2 n"));   // atLeast 2 n
 * TargetReading.read("non inferiore a 3 (scala da 1 a 5)");  // Optional[atLeast 3 score]
 * TargetReading.read("5%");                       // Optional[exactly 5 % (inferred)]
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

    /** {@return the date by which the target is due, for {@link TargetOperator#DEADLINE} only} */
    public abstract Optional<LocalDate> deadline();

    /**
     * Returns the base year of an increase, decrease or maintenance, when the text names one.
     *
     * @return the year whose value an increase, decrease or maintenance refers to; empty for
     *     the year before the target's year
     */
    public abstract Optional<Integer> baseYear();

    /**
     * Tells whether the text states the operator or the reader inferred it from a bare value.
     *
     * @return true when the text states the operator ("almeno", "≤", "pari a", "entro il …"),
     *     false when the reader inferred it from a bare value; true by default
     */
    @Value.Default
    public boolean operatorStated() {
        return true;
    }

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
     * Returns a deadline: "by date".
     *
     * @param date the date by which the target is due
     * @return "by date"
     */
    public static TargetReading deadline(LocalDate date) {
        return TargetReading.builder().operator(TargetOperator.DEADLINE).deadline(date).build();
    }

    /**
     * Returns a reading relative to a base year's value.
     *
     * @param operator {@link TargetOperator#INCREASE}, {@link TargetOperator#DECREASE} or
     *     {@link TargetOperator#MAINTAIN}
     * @param change the change, or null for none stated (always null for MAINTAIN)
     * @param baseYear the base year, or null for the year before
     * @return a reading relative to a base year's value
     */
    public static TargetReading relative(TargetOperator operator, Quantity change, Integer baseYear) {
        TargetReading.Builder b = TargetReading.builder().operator(operator).baseYear(Optional.ofNullable(baseYear));
        if (change != null) {
            b.value(change.value()).unit(change.unit());
        }
        return b.build();
    }

    /** {@return this reading marked as inferred: the text did not state the operator} */
    public TargetReading inferred() {
        return TargetReading.builder().from(this).operatorStated(false).build();
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

    /**
     * Parses the canonical form that {@link #toString()} gives, such as {@code "atLeast 2 n"},
     * {@code "between 3..5 score"}, {@code "deadline 2017-06-30"},
     * {@code "increase 5 % over 2016"}, {@code "exactly 5 % (inferred)"}.
     *
     * @param canonical the canonical form
     * @return the reading
     * @throws InvalidValueException when the text is not of that form
     */
    public static TargetReading parse(String canonical) {
        Matcher m = canonical == null ? null : CANONICAL.matcher(canonical.strip());
        if (m == null || !m.matches()) {
            throw new InvalidValueException("reading", canonical,
                    Problems.of("canonicalReading"));
        }
        TargetOperator op = null;
        for (TargetOperator o : TargetOperator.values()) {
            if (Numbers.camelCase(o).equals(m.group(1))) {
                op = o;
            }
        }
        if (op == null) {
            throw new InvalidValueException(NodePath.of("reading", "operator"), m.group(1), Problems.of("notOperator"));
        }
        TargetReading.Builder b = TargetReading.builder().operator(op);
        if (m.group(2) != null) {
            b.value(new BigDecimal(m.group(2)));
        }
        if (m.group(3) != null) {
            b.upperBound(new BigDecimal(m.group(3)));
        }
        if (m.group(4) != null) {
            b.unit(Unit.of(m.group(4)));
        }
        if (m.group(5) != null) {
            try {
                b.deadline(LocalDate.parse(m.group(5)));
            } catch (java.time.DateTimeException e) {
                throw new InvalidValueException(NodePath.of("reading", "deadline"), m.group(5), Problems.of("notDate"));
            }
        }
        if (m.group(6) != null) {
            b.baseYear(Integer.parseInt(m.group(6)));
        }
        return b.operatorStated(m.group(7) == null).build();
    }

    private static final Pattern CANONICAL = Pattern.compile("([a-zA-Z]+)(?: (-?\\d+(?:\\.\\d+)?)(?:\\.\\.(-?\\d+(?:\\.\\d+)?))?)?(?: (.+?))??"
            + "(?: (\\d{4}-\\d{2}-\\d{2}))?(?: over (?:(\\d{4})|previous year))?( \\(inferred\\))?");

    /** {@return the value with its unit, if there is a value} */
    public Optional<Quantity> quantity() {
        return value().map(v -> Quantity.of(v, unit().orElse(null)));
    }

    @Value.Check
    AbstractTargetReading check() {
        TargetOperator op = operator();
        boolean relative = op == TargetOperator.INCREASE || op == TargetOperator.DECREASE || op == TargetOperator.MAINTAIN;
        boolean needsValue = op == TargetOperator.AT_LEAST || op == TargetOperator.AT_MOST || op == TargetOperator.EXACTLY
                || op == TargetOperator.BETWEEN;
        boolean mayHaveValue = needsValue || op == TargetOperator.INCREASE || op == TargetOperator.DECREASE;
        if (needsValue && value().isEmpty()) {
            throw new InvalidValueException(NodePath.of("reading", "value"), null, Problems.of("requiredForOperator", op));
        }
        if (!mayHaveValue && (value().isPresent() || upperBound().isPresent())) {
            throw new InvalidValueException(NodePath.of("reading", "value"), value().orElse(null), op == TargetOperator.MILESTONE ? Problems.of("milestoneNoValue") : Problems.of("operatorNoValue", op));
        }
        if (op == TargetOperator.DEADLINE && deadline().isEmpty()) {
            throw new InvalidValueException(NodePath.of("reading", "deadline"), null, Problems.of("requiredForOperator", TargetOperator.DEADLINE));
        }
        if (op != TargetOperator.DEADLINE && deadline().isPresent()) {
            throw new InvalidValueException(NodePath.of("reading", "deadline"), deadline().get(), Problems.of("onlyOperatorHas.deadline", TargetOperator.DEADLINE));
        }
        if (!relative && baseYear().isPresent()) {
            throw new InvalidValueException(NodePath.of("reading", "baseYear"), baseYear().get(), Problems.of("onlyChangeOperatorsBaseYear", TargetOperator.INCREASE, TargetOperator.DECREASE, TargetOperator.MAINTAIN));
        }
        if (baseYear().filter(y -> y < YearRange.MIN_YEAR || y > YearRange.MAX_YEAR).isPresent()) {
            throw new InvalidValueException(NodePath.of("reading", "baseYear"), baseYear().get(),
                    Problems.of("between", YearRange.MIN_YEAR, YearRange.MAX_YEAR));
        }
        if (operator() == TargetOperator.BETWEEN) {
            BigDecimal high = upperBound().orElseThrow(
                    () -> new InvalidValueException(NodePath.of("reading", "upperBound"), null, Problems.of("requiredForOperator", TargetOperator.BETWEEN)));
            if (high.compareTo(value().get()) < 0) {
                throw new InvalidValueException(NodePath.of("reading", "upperBound"), high.toPlainString(), Problems.of("notBelowLowerBound", value().get().toPlainString()));
            }
        } else if (upperBound().isPresent()) {
            throw new InvalidValueException(NodePath.of("reading", "upperBound"), upperBound().get().toPlainString(), Problems.of("onlyOperatorHas.upperBound", TargetOperator.BETWEEN));
        }
        Optional<BigDecimal> v = value().map(x -> Numbers.normalize(Texts.checkNumber(Texts.READING_VALUE, x, 6)));
        Optional<BigDecimal> u = upperBound().map(x -> Numbers.normalize(Texts.checkNumber(Texts.READING_UPPER_BOUND, x, 6)));
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
        deadline().ifPresent(d -> sb.append(' ').append(d));
        if (operator() == TargetOperator.INCREASE || operator() == TargetOperator.DECREASE || operator() == TargetOperator.MAINTAIN) {
            sb.append(baseYear().map(y -> " over " + y).orElse(" over previous year"));
        }
        if (!operatorStated()) {
            sb.append(" (inferred)");
        }
        return sb.toString();
    }
}
