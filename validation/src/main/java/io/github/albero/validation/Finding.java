package io.github.albero.validation;

import io.github.albero.InvalidValueException;
import io.github.albero.model.NodePath;
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
 * Finding f = report.findings().get(0);
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
    private final String value;
    private final Map<String, String> arguments;

    private Finding(RuleCode code, NodePath path, String value, Map<String, String> arguments) {
        this.code = code;
        this.path = path;
        this.value = value;
        this.arguments = arguments;
    }

    /**
     * {@return the finding}
     *
     * @param code the rule broken
     * @param path where, in the form of {@link NodePath}
     * @param value the offending value as text, or null when the problem is an absence
     * @param arguments the message parameters, by name (the value is added as {@code value})
     */
    public static Finding of(RuleCode code, NodePath path, String value, Map<String, String> arguments) {
        if (code == null) {
            throw new InvalidValueException("code", null, "is required");
        }
        if (path == null) {
            throw new InvalidValueException("path", null, "is required");
        }
        Map<String, String> args = new LinkedHashMap<>(arguments == null ? Map.of() : arguments);
        args.values().removeIf(Objects::isNull);
        args.putIfAbsent("value", value == null ? "" : Messages.abbreviate(value, MAX_SHOWN));
        return new Finding(code, path, value, Collections.unmodifiableMap(args));
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

    /** {@return the offending value as text, empty when the problem is an absence} */
    public Optional<String> value() {
        return Optional.ofNullable(value);
    }

    /** {@return the message parameters, by name} */
    public Map<String, String> arguments() {
        return arguments;
    }

    /**
     * {@return the message in that language}
     *
     * @param locale the language: Italian for any Italian locale, English otherwise
     */
    public String message(Locale locale) {
        return Messages.render(locale, code.code(), arguments);
    }

    /**
     * {@return one line: severity, code, path and message}
     *
     * @param locale the language
     */
    public String render(Locale locale) {
        return String.format(Locale.ROOT, "%-8s %s %s: %s", Messages.text(locale, "severity." + severity().name()), code,
                path, message(locale));
    }

    /** {@return true when {@code o} is a {@code Finding} equal to this one} */
    @Override
    public boolean equals(Object o) {
        if (!(o instanceof Finding)) {
            return false;
        }
        Finding f = (Finding) o;
        return f.code == code && f.path.equals(path) && Objects.equals(f.value, value) && f.arguments.equals(arguments);
    }

    /** {@return a hash code consistent with {@link #equals(Object)}} */
    @Override
    public int hashCode() {
        return Objects.hash(code, path, value, arguments);
    }

    /** {@return the finding in English, on one line} */
    @Override
    public String toString() {
        return render(Locale.ENGLISH);
    }
}
