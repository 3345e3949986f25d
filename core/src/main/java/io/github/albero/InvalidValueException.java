package io.github.albero;

import io.github.albero.model.NodePath;

/**
 * The one exception Albero's core throws when a value or an object would break an invariant
 * (<i>valore non valido</i>): a malformed code, a negative amount, an unreadable number, a
 * required attribute left out.
 *
 * <p>The message always names the place and the offending value, e.g.
 * {@code resources.budget.costs: must not be negative (got "-1.00")}. The parts are also
 * available separately: the place as a structured {@link NodePath} relative to the object
 * being built, so that callers such as the JSON reader can re-locate the error in their own
 * terms (a JSON pointer, a cell) without reading the message.
 */
public final class InvalidValueException extends IllegalArgumentException {
    private static final long serialVersionUID = 2L;
    private static final int MAX_SHOWN = 80;

    private final NodePath path;
    private final String value;
    private final String problem;

    /**
     * Creates an exception for the value at {@code path}, which breaks {@code problem}.
     *
     * @param path where the value lies, relative to the object being built; not null
     * @param value the offending value, rendered with {@code String.valueOf}; may be null
     * @param problem what rule is broken, e.g. "must not be negative"; not null
     */
    public InvalidValueException(NodePath path, Object value, String problem) {
        super(path + ": " + problem + " (got " + show(value) + ")");
        this.path = path;
        this.value = value == null ? null : String.valueOf(value);
        this.problem = problem;
    }

    /**
     * Creates an exception for the member {@code field} holding {@code value}, which breaks
     * {@code problem}.
     *
     * @param field a member name such as {@code "costs"}; not null
     * @param value the offending value, rendered with {@code String.valueOf}; may be null
     * @param problem what rule is broken, e.g. "must not be negative"; not null
     */
    public InvalidValueException(String field, Object value, String problem) {
        this(NodePath.root().member(field), value, problem);
    }

    /**
     * Creates a "required" error for attributes left out or set to null. Immutables-generated
     * builders call this with the names of the missing attributes (its
     * {@code throwForInvalidImmutableState} and {@code throwForNullPointer} styles), so that
     * no message text needs to be read back.
     *
     * @param missing the names of the missing attributes, at least one
     */
    public InvalidValueException(String... missing) {
        this(NodePath.root().member(missing.length == 0 ? "value" : missing[0]), null,
                missing.length <= 1 ? "is required" : "is required, and so are " + String.join(", ",
                        java.util.Arrays.asList(missing).subList(1, missing.length)));
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
     * Returns a copy of this exception located inside {@code parent}, so that a problem found
     * deep in the tree reads {@code parent.field}.
     *
     * @param parent the enclosing path
     * @return a new exception with the longer path, caused by this one
     */
    public InvalidValueException within(NodePath parent) {
        InvalidValueException e = new InvalidValueException(parent.resolve(path), value, problem);
        e.initCause(this);
        return e;
    }

    /**
     * Returns where the bad value lies.
     *
     * @return the path, relative to the object being built
     */
    public NodePath path() {
        return path;
    }

    /**
     * Returns the readable form of {@link #path()}.
     *
     * @return e.g. {@code "reading.value"} or {@code "missions[011].code"}
     */
    public String field() {
        return path.toString();
    }

    /**
     * Returns the offending value as text.
     *
     * @return the value, or null when the value was absent
     */
    public String value() {
        return value;
    }

    /**
     * Returns the rule broken.
     *
     * @return e.g. "must not be negative", without place or value
     */
    public String problem() {
        return problem;
    }
}
