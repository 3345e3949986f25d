package io.github.albero.json;

/**
 * The one exception the JSON module throws when a document cannot be read: malformed JSON, a
 * limit exceeded, a member of the wrong type, a value breaking a rule of the model.
 *
 * <p>It names the offending node by its JSON pointer and gives the line and column where it
 * starts, so that the message reads, for instance,
 * {@code missions/0/programs/1/code: expected 3 digits, got "05" (line 12, column 21)}.
 * The parts are also available separately.
 */
public final class AlberoJsonException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    private final String pointer;
    private final String problem;
    private final long line;
    private final long column;

    /**
     * Creates an exception for the node at {@code pointer}.
     *
     * @param pointer the RFC 6901 pointer of the offending node ({@code ""} for the whole document)
     * @param problem what is wrong, for a person
     * @param line the 1-based line, or -1 when unknown
     * @param column the 1-based column, or -1 when unknown
     * @param cause the underlying exception, or null
     */
    public AlberoJsonException(String pointer, String problem, long line, long column, Throwable cause) {
        super(format(pointer, problem, line, column), cause);
        this.pointer = pointer == null ? "" : pointer;
        this.problem = problem;
        this.line = line;
        this.column = column;
    }

    private static String format(String pointer, String problem, long line, long column) {
        StringBuilder sb = new StringBuilder(display(pointer)).append(": ").append(problem);
        if (line > 0) {
            sb.append(" (line ").append(line);
            if (column > 0) {
                sb.append(", column ").append(column);
            }
            sb.append(')');
        }
        return sb.toString();
    }

    private static String display(String pointer) {
        return pointer == null || pointer.isEmpty() ? "document" : pointer.substring(1);
    }

    /**
     * {@return the RFC 6901 JSON pointer of the offending node, e.g.
     * {@code "/missions/0/programs/1/code"}; {@code ""} for the whole document}
     */
    public String pointer() {
        return pointer;
    }

    /**
     * {@return the pointer as the messages show it, without the leading slash, e.g.
     * {@code "missions/0/programs/1/code"}, or {@code "document"} for the whole document}
     */
    public String path() {
        return display(pointer);
    }

    /** {@return what is wrong, without the location, e.g. {@code expected 3 digits, got "05"}} */
    public String problem() {
        return problem;
    }

    /** {@return the 1-based line where the offending node starts, or -1 when unknown} */
    public long line() {
        return line;
    }

    /** {@return the 1-based column where the offending node starts, or -1 when unknown} */
    public long column() {
        return column;
    }
}
