package io.github.albero;

import io.github.albero.internal.Problems;
import io.github.albero.model.NodePath;
import io.github.albero.text.Message;
import java.util.Arrays;
import java.util.Locale;

/**
 * The one exception Albero's core throws when a value or an object would break an invariant
 * (<i>valore non valido</i>): a malformed code, a negative amount, an unreadable number, a
 * required attribute left out.
 *
 * <p>The message always names the place and the offending value, e.g.
 * {@code resources.budget.costs: must not be negative (got "-1.00")}. The parts are also
 * available separately: the place as a structured {@link NodePath} relative to the object
 * being built, so that callers such as the JSON reader can re-locate the error in their own
 * terms (a JSON pointer, a cell) without reading the message; the rule broken as a typed
 * {@link Message} ({@link #message()}), so that they can say it in the reader's language.
 *
 * <pre>{@code
 * try {
 *     Money.parse("tanto");
 * } catch (InvalidValueException e) {
 *     e.getMessage();                      // amount: expected a number such as 1.234,56 or 1234.56 (got "tanto")
 *     e.message().render(Locale.ITALIAN);  // atteso un numero come 1.234,56 o 1234.56
 *     e.render(Locale.ITALIAN);            // amount: atteso un numero come 1.234,56 o 1234.56 (valore "tanto")
 * }
 * }</pre>
 */
public final class InvalidValueException extends IllegalArgumentException {
    private static final long serialVersionUID = 3L;
    private static final int MAX_SHOWN = 80;

    private final NodePath path;
    private final String value;
    // a Message is not serialisable: a serialised exception keeps the rule in English
    private transient Message problem;
    private String english;

    /**
     * Creates an exception for the value at {@code path}, which breaks the rule {@code problem}.
     *
     * @param path where the value lies, relative to the object being built; not null
     * @param value the offending value, rendered with {@code String.valueOf}; may be null
     * @param problem the rule broken, e.g. "must not be negative", from the module's own
     *     {@link io.github.albero.text.Catalog} so that it can be said in Italian and English; not null
     */
    public InvalidValueException(NodePath path, Object value, Message problem) {
        // the message is written only when asked for: parsers throw and catch these while trying forms
        super();
        this.path = path;
        this.value = value == null ? null : String.valueOf(value);
        this.problem = problem;
    }

    /**
     * Creates an exception for the member {@code field} holding {@code value}, which breaks the
     * rule {@code problem}.
     *
     * @param field a member name such as {@code "costs"}; not null
     * @param value the offending value, rendered with {@code String.valueOf}; may be null
     * @param problem the rule broken, as a typed message; not null
     */
    public InvalidValueException(String field, Object value, Message problem) {
        this(NodePath.root().member(field), value, problem);
    }

    /**
     * Creates an exception whose rule is worded in English only: {@link #message()} says it as
     * given in every language. Prefer the {@link Message} form, which can be said in Italian.
     *
     * @param path where the value lies, relative to the object being built; not null
     * @param value the offending value, rendered with {@code String.valueOf}; may be null
     * @param problem what rule is broken, e.g. "must not be negative"; not null
     */
    public InvalidValueException(NodePath path, Object value, String problem) {
        this(path, value, Problems.of("asGiven", problem));
    }

    /**
     * Creates an exception for the member {@code field}, whose rule is worded in English only
     * (see {@link #InvalidValueException(NodePath, Object, String)}).
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
                missing.length <= 1 ? Problems.of("required")
                        : Problems.of("requiredWithOthers", String.join(", ", Arrays.asList(missing).subList(1, missing.length))));
    }

    /**
     * {@return the place, the rule broken and the value, in English with canonical numbers}, e.g.
     * {@code resources.budget.costs: must not be negative (got "-1.00")}
     */
    @Override
    public String getMessage() {
        return path + ": " + problem + " (got " + show(value) + ")";
    }

    private void writeObject(java.io.ObjectOutputStream out) throws java.io.IOException {
        english = problem.toString();
        out.defaultWriteObject();
    }

    private void readObject(java.io.ObjectInputStream in) throws java.io.IOException, ClassNotFoundException {
        in.defaultReadObject();
        problem = Problems.of("asGiven", english);
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
     * Returns the rule broken, in English.
     *
     * @return e.g. "must not be negative", without place or value: {@link #message()} in English
     */
    public String problem() {
        return problem.toString();
    }

    /**
     * Returns the rule broken as a typed message, to be said in the reader's language:
     * {@code message().render(Locale.ITALIAN)} gives e.g. "non deve essere negativo". Place and
     * value are not part of it ({@link #path()}, {@link #value()}): each layer shows them in its
     * own terms (a JSON pointer, a cell).
     *
     * @return the rule broken, without place or value
     */
    public Message message() {
        return problem;
    }

    /**
     * Returns the whole message in a language: place, rule broken, value.
     *
     * @param locale Italian for an Italian-language locale, English otherwise
     * @return e.g. {@code costs: non deve essere negativo (valore "-1.00")}
     */
    public String render(Locale locale) {
        return (value == null ? Problems.of("locatedNothing", path.toString(), problem)
                : Problems.of("located", path.toString(), problem, show(value))).render(locale);
    }
}
