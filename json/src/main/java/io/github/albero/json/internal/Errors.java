package io.github.albero.json.internal;

import io.github.albero.InvalidValueException;
import io.github.albero.json.AlberoJsonException;
import io.github.albero.model.NodePath;
import io.github.albero.text.Catalog;
import io.github.albero.text.Message;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.ResourceBundle;
import java.util.Set;
import java.util.stream.Collectors;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonPointer;
import tools.jackson.core.JsonToken;
import tools.jackson.core.TokenStreamLocation;
import tools.jackson.core.exc.StreamConstraintsException;
import tools.jackson.core.exc.UnexpectedEndOfInputException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The one place where problems become {@link AlberoJsonException}s: Jackson's own (malformed
 * JSON, limits) and the core's {@link InvalidValueException}, re-located on the JSON member the
 * broken rule names. Not exported.
 */
public final class Errors {
    private static final int MAX_SHOWN = 80;
    // plain parsing of a document already accepted once, only to locate an error
    private static final JsonMapper TREE = JsonMapper.builder().build();

    /** The module's messages, English and Italian ({@code io/github/albero/json/messages*.properties}). */
    private static final Catalog MESSAGES = Catalog.of("io.github.albero.json.messages", ResourceBundle::getBundle);

    private Errors() {
    }

    /**
     * {@return a message of the module's catalog, rendered when asked for}
     *
     * @param key its key in {@code messages.properties}
     * @param arguments its typed arguments
     */
    public static Message say(String key, Object... arguments) {
        return MESSAGES.message(key, arguments);
    }

    static long line(TokenStreamLocation loc) {
        return loc == null ? -1 : loc.getLineNr();
    }

    static long column(TokenStreamLocation loc) {
        return loc == null ? -1 : loc.getColumnNr();
    }

    /**
     * {@return the text quoted for a message, shortened when long; quotes, backslashes, control
     * and format characters, spaces other than U+0020 and unpaired surrogates escaped so that
     * nothing is shown as {@code ?} or not seen at all}
     *
     * @param s a text
     */
    public static String quote(String s) {
        String t = s.length() > MAX_SHOWN ? s.substring(0, MAX_SHOWN) + "…" : s;
        StringBuilder sb = new StringBuilder(t.length() + 2).append('"');
        for (int i = 0; i < t.length(); i++) {
            char c = t.charAt(i);
            if (c == '"' || c == '\\') {
                sb.append('\\').append(c);
            } else if (Character.isISOControl(c) || Character.getType(c) == Character.FORMAT || c != ' ' && Character.isSpaceChar(c)) {
                // invisible in a message: U+0085, U+FEFF, a no-break space, a bidi control are shown by their code
                sb.append(String.format(Locale.ROOT, "\\u%04x", (int) c));
            } else if (Character.isHighSurrogate(c) && i + 1 < t.length() && Character.isLowSurrogate(t.charAt(i + 1))) {
                sb.append(c).append(t.charAt(++i));
            } else if (Character.isSurrogate(c)) {
                sb.append(String.format(Locale.ROOT, "\\u%04x", (int) c));
            } else {
                sb.append(c);
            }
        }
        return sb.append('"').toString();
    }

    static Message problem(InvalidValueException e) {
        Message rule = jsonSpelling(e.message());
        return e.value() == null ? say("rule", rule) : say("rule.got", rule, quote(e.value()));
    }

    private static final Set<Class<?>> JSON_ENUMS = Format.ENUMS.stream().map(c -> c.type).collect(Collectors.toSet());

    // the core's messages take the model's enum constants as arguments (AT_LEAST); a JSON
    // document spells them "atLeast": the same message with those arguments in JSON spelling
    private static Message jsonSpelling(Message m) {
        Object[] arguments = m.arguments().stream().map(Errors::jsonSpelling).toArray();
        Map<String, Object> named = new LinkedHashMap<>();
        m.namedArguments().forEach((k, v) -> named.put(k, jsonSpelling(v)));
        return named.isEmpty() ? m.catalog().message(m.key(), arguments) : m.catalog().message(m.key(), named);
    }

    private static Object jsonSpelling(Object argument) {
        if (argument instanceof Enum<?> c && JSON_ENUMS.contains(c.getDeclaringClass())) {
            return "\"" + Values.camelCase(c.name()) + "\"";
        }
        return argument instanceof Message inner ? jsonSpelling(inner) : argument;
    }

    /**
     * Turns a parser-level exception (malformed JSON, a limit exceeded, invalid UTF-8) into the
     * module's exception, located where the parser stopped.
     *
     * @param e the exception
     * @param p the parser that threw it
     * @return the module's exception
     */
    public static AlberoJsonException translate(JacksonException e, JsonParser p) {
        if (tooLong(e)) {
            return new AlberoJsonException("", describe(e), -1, -1, e);
        }
        String pointer = "";
        try {
            JsonPointer where = p.streamReadContext().pathAsPointer();
            JsonToken t = p.currentToken();
            // after a complete value the parser still names it: the problem lies in its container
            boolean duplicate = String.valueOf(e.getOriginalMessage()).startsWith("Duplicate Object property");
            if (!duplicate && t != null && (t.isScalarValue() || t.isStructEnd()) && !where.toString().isEmpty()) {
                where = where.head();
            }
            pointer = where.toString();
        } catch (RuntimeException ignored) {
            // the pointer is a courtesy; the message still says what happened
        }
        TokenStreamLocation loc = e.getLocation() == null || e.getLocation() == TokenStreamLocation.NA ? p.currentLocation() : e.getLocation();
        return new AlberoJsonException(pointer, describe(e), line(loc), column(loc), e);
    }

    /** {@return whether the whole document is too long (a mapper's read stops there): no member is at fault, no place meant} */
    static boolean tooLong(JacksonException e) {
        return e instanceof StreamConstraintsException && String.valueOf(e.getOriginalMessage()).startsWith("Document length");
    }

    static Message describe(JacksonException e) {
        String m = e.getOriginalMessage() == null ? e.getClass().getSimpleName() : e.getOriginalMessage();
        // its first line; Jackson's source descriptions say nothing to a person (the source is not included)
        m = m.split("\n", 2)[0].replaceAll("\\s*\\(start marker at \\[Source: [^\\]]*\\]\\)", "")
                .replaceAll("\\s*at \\[Source: [^\\]]*\\]", "")
                .replaceAll(", from `StreamReadConstraints\\.[A-Za-z]+\\(\\)`", "");
        if (e instanceof StreamConstraintsException) {
            return say("jackson.limit", m);
        }
        if (e instanceof UnexpectedEndOfInputException || m.startsWith("Unexpected end-of-input")) {
            return say("jackson.truncated", m);
        }
        if (m.startsWith("Duplicate Object property")) {
            return say("jackson.duplicate", m);
        }
        if (m.contains("UTF-8") || m.contains("UTF8")) {
            return say("jackson.utf8", m);
        }
        if (m.contains("Non-standard token") || m.contains("NaN") || m.contains("Infinity")) {
            return say("jackson.nan", m);
        }
        return say("jackson.malformed", m);
    }

    /**
     * Reads the source again up to a node: the price of locating an error is paid only when
     * there is one.
     *
     * @param source the document, or null
     * @param pointer the node
     * @return where the node's value starts, or null when unknown
     */
    static TokenStreamLocation locate(Object source, String pointer) {
        if (source == null) {
            return null;
        }
        try (JsonParser p = source instanceof byte[] b ? TREE.createParser(b) : TREE.createParser((String) source)) {
            JsonToken t;
            while ((t = p.nextToken()) != null) {
                if (t != JsonToken.PROPERTY_NAME && !t.isStructEnd()
                        && p.streamReadContext().pathAsPointer().toString().equals(pointer)) {
                    return p.currentTokenLocation();
                }
            }
        } catch (JacksonException e) {
            // the document was read up to the error already; nothing more to find
        }
        return null;
    }

    /** Where a broken rule lies in the document, and how to say it there. */
    record Where(String pointer, Message problem) {
    }

    /**
     * Follows the path an {@link InvalidValueException} carries ({@code programs[005].code},
     * {@code reading.value}, {@code budget.costs}) from the object that was being built, through
     * the members present in the document: a bracketed key is a list index, the element whose
     * {@code code} it is (the repeated one when two share it), or a year. Leading segments the
     * object lacks are the builder's own prefix and are skipped.
     *
     * @param source the document, or null
     * @param object the pointer of the object being built
     * @param e the broken rule
     * @return the deepest member the field reaches and the problem, prefixed with what remains
     */
    static Where resolve(Object source, String object, InvalidValueException e) {
        List<NodePath.Segment> segments = e.path().segments();
        JsonNode node = null;
        if (source != null) {
            try {
                node = source instanceof byte[] ? TREE.readTree((byte[]) source) : TREE.readTree((String) source);
                node = node.at(object);
            } catch (JacksonException | IllegalArgumentException ex) {
                node = null;
            }
        }
        JsonPointer pointer = JsonPointer.compile(object);
        int i = 0;
        if (node != null) {
            // skip the builder's own prefix ("reading" in "reading.value" thrown by the reading itself)
            while (i < segments.size() - 1 && !node.has(segments.get(i).name())) {
                i++;
            }
            for (; i < segments.size(); i++) {
                NodePath.Segment seg = segments.get(i);
                JsonNode next = node.get(seg.name());
                if (next == null) {
                    break;
                }
                JsonPointer at = pointer.appendProperty(seg.name());
                if (seg.key() != null) {
                    String index = index(next, seg.key());
                    if (index == null) {
                        break;
                    }
                    next = next.isArray() ? next.get(Integer.parseInt(index)) : next.get(index);
                    at = at.appendProperty(index);
                }
                node = next;
                pointer = at;
            }
        } else {
            // no document to walk (a mapper's read): the rule's whole path, without the object's own name,
            // so that an objective's code is not taken for its mission's
            i = segments.size() > 1 && object.endsWith("/" + segments.get(0).name()) ? 1 : 0;
        }
        if (i >= segments.size()) {
            return new Where(pointer.toString(), problem(e));
        }
        String rest = segments.subList(i, segments.size()).stream().map(Object::toString).collect(Collectors.joining("."));
        return new Where(pointer.toString(), say("rule.within", rest, problem(e)));
    }

    private static String index(JsonNode container, String key) {
        if (container.isObject()) {
            return container.has(key) ? key : null;
        }
        if (!container.isArray()) {
            return null;
        }
        if (!key.isEmpty() && key.chars().allMatch(c -> c >= '0' && c <= '9') && key.length() < 9
                && Integer.parseInt(key) < container.size()) {
            return key;
        }
        int first = -1;
        for (int k = 0; k < container.size(); k++) {
            JsonNode code = container.get(k).get("code");
            if (code != null && code.isString() && code.asString().equals(key)) {
                if (first >= 0) {
                    return Integer.toString(k);
                }
                first = k;
            }
        }
        return first >= 0 ? Integer.toString(first) : null;
    }
}
