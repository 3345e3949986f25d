package io.github.albero;

import java.util.Objects;

/**
 * The one exception Albero's core throws when a value or an object would break an invariant:
 * a malformed code, a negative amount, an unreadable number, a required attribute left out.
 *
 * <p>The message always names the field and the offending value, e.g.
 * {@code resources.budget.costs: must not be negative (got "-1.00")}. The parts are also
 * available separately, so that callers such as the JSON reader can re-locate the error in
 * their own terms.
 */
public final class InvalidValueException extends IllegalArgumentException {
    private static final long serialVersionUID = 1L;
    private static final int MAX_SHOWN = 80;

    private final String field;
    private final String value;
    private final String problem;

    /**
     * Creates an exception for {@code field} holding {@code value}, which breaks {@code problem}.
     *
     * @param field the field, possibly dotted ({@code budget.costs}); not null
     * @param value the offending value, rendered with {@code String.valueOf}; may be null
     * @param problem what rule is broken, e.g. "must not be negative"; not null
     */
    public InvalidValueException(String field, Object value, String problem) {
        super(field + ": " + problem + " (got " + show(value) + ")");
        this.field = Objects.requireNonNull(field, "field");
        this.value = value == null ? null : String.valueOf(value);
        this.problem = Objects.requireNonNull(problem, "problem");
    }

    /**
     * Creates an exception from a single message. Immutables-generated code calls this when a
     * required attribute is missing or null; a bare attribute name becomes a "required" error
     * for that field.
     *
     * @param message the message or a bare attribute name
     */
    public InvalidValueException(String message) {
        this(fieldOf(message), null, problemOf(message));
    }

    private static String fieldOf(String message) {
        if (message != null && message.matches("[A-Za-z_][A-Za-z0-9_.]*")) {
            return message;
        }
        if (message != null) {
            // "Cannot build X, some of required attributes are not set [a, b]"
            int open = message.lastIndexOf('[');
            int close = message.lastIndexOf(']');
            if (open >= 0 && close > open) {
                return message.substring(open + 1, close).replace(" ", "");
            }
        }
        return "value";
    }

    private static String problemOf(String message) {
        if (message == null || message.matches("[A-Za-z_][A-Za-z0-9_.]*")
                || message.contains("required attributes are not set")) {
            return "is required";
        }
        return message;
    }

    private static String show(Object value) {
        if (value == null) {
            return "nothing";
        }
        String s = String.valueOf(value);
        if (s.length() > MAX_SHOWN) {
            s = s.substring(0, MAX_SHOWN) + "…";
        }
        return '"' + s + '"';
    }

    /**
     * Returns a copy of this exception whose field is prefixed with {@code parent}, so that a
     * problem found deep in the tree reads {@code parent.field}.
     *
     * @param parent the enclosing field or path
     * @return a new exception with the longer field
     */
    public InvalidValueException within(String parent) {
        InvalidValueException e = new InvalidValueException(parent + "." + field, value, problem);
        e.initCause(this);
        return e;
    }

    /** {@return the field that holds the bad value, possibly a dotted path} */
    public String field() {
        return field;
    }

    /** {@return the offending value as text, or null when the value was absent} */
    public String value() {
        return value;
    }

    /** {@return the rule broken, without field or value} */
    public String problem() {
        return problem;
    }
}
