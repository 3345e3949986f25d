package io.github.albero.validation;

import io.github.albero.InvalidValueException;
import io.github.albero.model.NodePath;
import io.github.albero.text.Formatter;
import io.github.albero.validation.internal.Abbreviation;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * One finding of a validation (<i>rilievo</i>): which rule, how serious, where in the plan,
 * the offending value, and a message in the requested language.
 *
 * <pre>{@code
 * Finding f = PlanValidator.create().validate(plan).findings().get(0);
 * f.code();                    // ALB-STR-001
 * f.severity();                // WARNING
 * f.path();                    // missions[011].programs[005].objectives[011-005-001].indicators[0].unit
 * f.message(Locale.ITALIAN);   // L'indicatore non indica l'unità di misura (unit).
 * }</pre>
 */
public final class Finding {
    private static final int MAX_SHOWN = 60;

    private final RuleCode code;
    private final NodePath path;
    // what the rule gave; the value's text and the message's arguments are made from them on first use
    private final Object given;
    private final Object[] pairs;
    private Details details;

    /** The value's text and the arguments by name: immutable, so a racing second computation is harmless. */
    private record Details(String value, Map<String, Object> arguments) {
    }

    private Finding(RuleCode code, NodePath path, Object given, Object[] pairs, Details details) {
        if (code == null) {
            throw new InvalidValueException("code", null, Messages.CATALOG.message("problem.required"));
        }
        if (path == null) {
            throw new InvalidValueException("path", null, Messages.CATALOG.message("problem.required"));
        }
        this.code = code;
        this.path = path;
        this.given = given;
        this.pairs = pairs;
        this.details = details;
    }

    /**
     * {@return the finding}
     *
     * @param code the rule broken
     * @param path where, in the form of {@link NodePath}
     * @param value the offending value, or null when the problem is an absence: a document text,
     *     or a typed value (money, a number, a year…) that the message writes in the language
     *     rendered; {@link #value()} is its text, canonical for a typed value
     * @param arguments the message parameters by name, typed likewise (the value is added as {@code value})
     */
    public static Finding of(RuleCode code, NodePath path, Object value, Map<String, ?> arguments) {
        Map<String, Object> args = new LinkedHashMap<>(arguments == null ? Map.of() : arguments);
        return new Finding(code, path, value, null, details(value, args));
    }

    /**
     * {@return the finding, its arguments given as name, value, name, value …}; the value's text
     * and the arguments by name are made only when asked for (most findings of a national dataset
     * are counted, not read)
     *
     * @param code the rule broken
     * @param path where
     * @param value the offending value, or null, as for {@link #of(RuleCode, NodePath, Object, Map)}
     * @param arguments the message parameters as name, value, name, value …; a null value is left out
     */
    public static Finding of(RuleCode code, NodePath path, Object value, Object... arguments) {
        return new Finding(code, path, value, arguments == null ? new Object[0] : arguments, null);
    }

    private static Details details(Object value, Map<String, Object> args) {
        args.values().removeIf(Objects::isNull);
        args.putIfAbsent("value", value == null ? "" : value instanceof String s ? Abbreviation.abbreviate(s, MAX_SHOWN) : value);
        String text = value == null ? null : value instanceof String s ? s : Formatter.canonical().format(value);
        return new Details(text, Collections.unmodifiableMap(args));
    }

    private Details details() {
        Details d = details;
        if (d == null) {
            Map<String, Object> args = new LinkedHashMap<>();
            for (int i = 0; i + 1 < pairs.length; i += 2) {
                args.put(String.valueOf(pairs[i]), pairs[i + 1]);
            }
            d = details(given, args);
            details = d;
        }
        return d;
    }

    /** {@return the rule broken} */
    public RuleCode code() {
        return code;
    }

    /** {@return the rule's severity} */
    public Severity severity() {
        return code.severity();
    }

    /** {@return where the problem lies, e.g. {@code missions[011].programs[005].objectives[011-005-004].indicators[2].targets[2017]}} */
    public NodePath path() {
        return path;
    }

    /** {@return the offending value as text (canonical for a typed value, {@code EUR 5000.00}), empty when the problem is an absence} */
    public Optional<String> value() {
        return Optional.ofNullable(given == null ? null : given instanceof String t ? t : details().value());
    }

    /** {@return the message parameters by name, typed: written only when the message is rendered} */
    public Map<String, Object> arguments() {
        return details().arguments();
    }

    /**
     * {@return the message in that language}
     *
     * @param locale the language: Italian for any Italian locale, English otherwise
     */
    public String message(Locale locale) {
        return Messages.CATALOG.message(code.code(), arguments()).render(locale);
    }

    /**
     * {@return one line: severity, code, path and message}
     *
     * @param locale the language
     */
    public String render(Locale locale) {
        return render(Formatter.of(locale));
    }

    String render(Formatter f) {
        return String.format(Locale.ROOT, "%-8s %s %s: %s", Messages.CATALOG.template(f.locale(), "severity." + severity().name()), code,
                path, Messages.CATALOG.message(code.code(), arguments()).render(f));
    }

    /** {@return true when {@code o} is a {@code Finding} equal to this one} */
    @Override
    public boolean equals(Object o) {
        if (!(o instanceof Finding)) {
            return false;
        }
        Finding f = (Finding) o;
        return f.code == code && f.path.equals(path) && f.value().equals(value()) && f.arguments().equals(arguments());
    }

    /** {@return a hash code consistent with {@link #equals(Object)}} */
    @Override
    public int hashCode() {
        return Objects.hash(code, path, value().orElse(null), arguments());
    }

    /** {@return the finding on one line, in English with canonical numbers ({@code EUR 5000.00})} */
    @Override
    public String toString() {
        return render(Formatter.canonical());
    }
}
