package io.github.albero.json;

import io.github.albero.json.internal.Errors;
import io.github.albero.text.Formatter;
import io.github.albero.text.Message;
import java.util.Locale;

/**
 * The one exception the JSON module throws when a document cannot be read (<i>documento JSON
 * non leggibile</i>): malformed JSON, a limit exceeded, a member of the wrong type, a value
 * breaking a rule of the model.
 *
 * <p>It names the offending node by its JSON pointer and gives the line and column where it
 * starts, so that the message reads, for instance,
 * {@code missions/0/programs/1/code: expected 3 digits, got "05" (line 12, column 21)}.
 * {@link #getMessage()} is English with canonical numbers; {@link #render(Locale)} says the
 * same in Italian or English, through the library's one message mechanism
 * ({@link io.github.albero.text.Catalog}):
 *
 * <pre>{@code
 * try {
 *     AlberoJson.read("{\"formatVersion\": \"1.0\", \"kind\": \"Report\"}");
 * } catch (AlberoJsonException e) {
 *     e.getMessage();                // kind: expected one of plan, report, got "Report" (line 1, column 34)
 *     e.render(Locale.ITALIAN);      // kind: atteso uno tra plan, report, trovato "Report" (riga 1, colonna 34)
 *     e.message().render(Locale.ITALIAN);   // atteso uno tra plan, report, trovato "Report"
 * }
 * }</pre>
 *
 * <p>The parts are also available separately. Jackson's own description of malformed JSON is
 * quoted as Jackson words it, in English, inside the message of either language.
 */
public final class AlberoJsonException extends RuntimeException {
    private static final long serialVersionUID = 2L;

    private final String pointer;
    // a Message is not serialisable: a serialised exception keeps its problem in English
    private transient Message problem;
    private final String english;
    private final long line;
    private final long column;

    /**
     * Creates an exception for the node at {@code pointer}.
     *
     * @param pointer the RFC 6901 pointer of the offending node ({@code ""} for the whole document)
     * @param problem what is wrong, as a typed message of the module's catalog
     * @param line the 1-based line, or -1 when unknown
     * @param column the 1-based column, or -1 when unknown
     * @param cause the underlying exception, or null
     */
    public AlberoJsonException(String pointer, Message problem, long line, long column, Throwable cause) {
        super(null, cause);
        this.pointer = pointer == null ? "" : pointer;
        this.problem = problem;
        this.english = problem.toString();
        this.line = line;
        this.column = column;
    }

    /** {@return the place, the problem and the line and column, in English with canonical numbers} */
    @Override
    public String getMessage() {
        return render(Formatter.canonical());
    }

    /**
     * {@return the place, the problem and the line and column in a language}, e.g.
     * {@code missions/0/programs/1/code: atteso 3 cifre, trovato "05" (riga 12, colonna 21)}
     *
     * @param locale Italian for an Italian-language locale, English otherwise
     */
    public String render(Locale locale) {
        return render(Formatter.of(locale));
    }

    private String render(Formatter f) {
        Object where = pointer.isEmpty() ? Errors.say("document") : pointer.substring(1);
        Message m = line <= 0 ? Errors.say("at", where, message())
                : column <= 0 ? Errors.say("at.line", where, message(), line)
                : Errors.say("at.lineColumn", where, message(), line, column);
        return m.render(f);
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
        return pointer.isEmpty() ? "document" : pointer.substring(1);
    }

    /** {@return what is wrong, without the location, in English, e.g. {@code expected 3 digits, got "05"}} */
    public String problem() {
        return english;
    }

    /**
     * {@return what is wrong, without the location, as a typed message to render in a
     * language: {@code message().render(Locale.ITALIAN)}}
     */
    public Message message() {
        if (problem == null) {
            // read back from a serialised form: the English text, said as it is
            problem = Errors.say("rule", english);
        }
        return problem;
    }

    /**
     * {@return a copy located on another line, e.g. the line of a JSON Lines file}
     *
     * @param otherLine the 1-based line
     */
    AlberoJsonException onLine(long otherLine) {
        // past a carriage return inside the line (Jackson's line 2 and on) the column counts from it, not from the line's start
        return new AlberoJsonException(pointer, message(), otherLine, line > 1 ? -1 : column, this);
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
