package io.github.albero.json.internal;

import io.github.albero.InvalidValueException;
import io.github.albero.code.MissionCode;
import io.github.albero.code.ObjectiveCode;
import io.github.albero.code.ProgramCode;
import io.github.albero.json.AlberoJsonException;
import io.github.albero.measure.Percentage;
import io.github.albero.measure.Quantity;
import io.github.albero.measure.Unit;
import io.github.albero.measure.Weight;
import io.github.albero.model.Administration;
import io.github.albero.model.Baseline;
import io.github.albero.model.Indicator;
import io.github.albero.model.IndicatorType;
import io.github.albero.model.Mission;
import io.github.albero.model.OperationalObjective;
import io.github.albero.model.Plan;
import io.github.albero.model.PlanKind;
import io.github.albero.model.Polarity;
import io.github.albero.model.Program;
import io.github.albero.model.ResourceAmounts;
import io.github.albero.model.Resources;
import io.github.albero.model.Result;
import io.github.albero.model.ResultKind;
import io.github.albero.model.ResultReading;
import io.github.albero.model.ResultStatus;
import io.github.albero.model.StrategicObjective;
import io.github.albero.model.Target;
import io.github.albero.model.TargetOperator;
import io.github.albero.model.TargetReading;
import io.github.albero.model.YearResources;
import io.github.albero.money.Money;
import io.github.albero.period.Timeframe;
import io.github.albero.period.YearRange;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonPointer;
import tools.jackson.core.JsonToken;
import tools.jackson.core.TokenStreamLocation;
import tools.jackson.core.exc.StreamConstraintsException;
import tools.jackson.core.exc.UnexpectedEndOfInputException;

/**
 * Reads the Albero JSON format token by token from a {@link JsonParser}, building the core
 * model and reporting every problem as an {@link AlberoJsonException} with its JSON pointer.
 * One instance reads one value; it is not thread-safe. Not exported.
 */
public final class PlanReader {
    /** The major version of the format this reader understands. */
    public static final int MAJOR = 1;
    /** The version this library writes. */
    public static final String VERSION = "1.0";
    /** The largest scale a number may have before the model's own, tighter checks. */
    private static final int MAX_READ_SCALE = 64;
    private static final int MAX_SHOWN = 80;
    private static final Pattern VERSION_FORM = Pattern.compile("(0|[1-9][0-9]{0,8})\\.(0|[1-9][0-9]{0,8})");

    static final List<String> PLAN = List.of("formatVersion", "kind", "title", "administration", "referenceYear",
            "horizon", "currency", "missions", "notes");
    static final List<String> ADMINISTRATION = List.of("name", "identifier");
    static final List<String> MISSION = List.of("code", "title", "programs", "notes");
    static final List<String> PROGRAM = List.of("code", "title", "objectives", "notes");
    static final List<String> STRATEGIC = List.of("code", "title", "description", "timeframe", "responsibleUnit",
            "weight", "stakeholders", "resources", "declaredIndicatorCount", "indicators", "operationalObjectives", "notes");
    static final List<String> OPERATIONAL = List.of("code", "title", "description", "timeframe", "responsibleUnit",
            "weight", "stakeholders", "resources", "declaredIndicatorCount", "indicators", "notes");
    static final List<String> TIMEFRAME = List.of("label", "years");
    static final List<String> YEAR_RANGE = List.of("first", "last");
    static final List<String> YEAR_RESOURCES = List.of("budget", "revisedBudget", "actual");
    static final List<String> AMOUNTS = List.of("revenues", "costs", "investments");
    static final List<String> INDICATOR = List.of("code", "name", "measures", "type", "unit", "algorithm", "dataSource",
            "baseline", "polarity", "weight", "targets", "results", "notes");
    static final List<String> BASELINE = List.of("text", "value", "unit", "year");
    static final List<String> TARGET = List.of("text", "reading");
    static final List<String> TARGET_READING = List.of("operator", "value", "upperBound", "unit");
    static final List<String> RESULT = List.of("text", "reading", "comment");
    static final List<String> RESULT_READING = List.of("kind", "value", "unit", "status");
    static final List<String> QUANTITY = List.of("value", "unit");

    private final JsonParser p;
    private final boolean strict;
    private final Map<Object, TokenStreamLocation> codeLocations = new IdentityHashMap<>();
    private String declaredVersion;

    /**
     * @param p a parser positioned on the first token of the value to read
     * @param strict true to reject members the format does not define
     */
    public PlanReader(JsonParser p, boolean strict) {
        this.p = p;
        this.strict = strict;
    }

    // ---------------------------------------------------------------- errors

    /**
     * Turns a parser-level exception (malformed JSON, a limit exceeded, invalid UTF-8) into the
     * module's exception, located where the parser stopped.
     *
     * @param e the exception
     * @param p the parser that threw it
     * @return the module's exception
     */
    public static AlberoJsonException translate(JacksonException e, JsonParser p) {
        String pointer = "";
        TokenStreamLocation loc = e.getLocation();
        if (p != null) {
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
            if (loc == null || loc == TokenStreamLocation.NA) {
                loc = p.currentLocation();
            }
        }
        return new AlberoJsonException(pointer, describe(e), line(loc), column(loc), e);
    }

    private static String describe(JacksonException e) {
        String m = e.getOriginalMessage() == null ? e.getClass().getSimpleName() : e.getOriginalMessage();
        int nl = m.indexOf('\n');
        if (nl >= 0) {
            m = m.substring(0, nl);
        }
        // Jackson's source descriptions say nothing to a person (the source is not included)
        m = m.replaceAll("\\s*\\(start marker at \\[Source: [^\\]]*\\]\\)", "")
                .replaceAll("\\s*at \\[Source: [^\\]]*\\]", "")
                .replaceAll(", from `StreamReadConstraints\\.[A-Za-z]+\\(\\)`", "");
        if (e instanceof StreamConstraintsException) {
            return "exceeds a limit of the reader: " + m;
        }
        if (e instanceof UnexpectedEndOfInputException || m.startsWith("Unexpected end-of-input")) {
            return "the document ends too early (truncated?): " + m;
        }
        if (m.startsWith("Duplicate Object property")) {
            return "duplicate member: " + m;
        }
        if (m.contains("UTF-8") || m.contains("UTF8")) {
            return "invalid UTF-8: " + m;
        }
        if (m.contains("Non-standard token") || m.contains("NaN") || m.contains("Infinity")) {
            return "not a JSON number (NaN and Infinity are not allowed): " + m;
        }
        return "malformed JSON: " + m;
    }

    private static long line(TokenStreamLocation loc) {
        return loc == null ? -1 : loc.getLineNr();
    }

    private static long column(TokenStreamLocation loc) {
        return loc == null ? -1 : loc.getColumnNr();
    }

    private static AlberoJsonException error(String at, TokenStreamLocation loc, String problem) {
        return new AlberoJsonException(at, problem, line(loc), column(loc), null);
    }

    private static AlberoJsonException error(String at, TokenStreamLocation loc, InvalidValueException e) {
        return new AlberoJsonException(at, problem(e), line(loc), column(loc), e);
    }

    private static String problem(InvalidValueException e) {
        return e.value() == null ? e.problem() : e.problem() + ", got " + quote(e.value());
    }

    /**
     * @param s a text
     * @return the text quoted for a message, shortened when long
     */
    static String quote(String s) {
        String t = s.length() > MAX_SHOWN ? s.substring(0, MAX_SHOWN) + "…" : s;
        StringBuilder sb = new StringBuilder(t.length() + 2).append('"');
        for (int i = 0; i < t.length(); i++) {
            char c = t.charAt(i);
            if (c == '"' || c == '\\') {
                sb.append('\\').append(c);
            } else if (c < 0x20) {
                sb.append(String.format("\\u%04x", (int) c));
            } else {
                sb.append(c);
            }
        }
        return sb.append('"').toString();
    }

    /**
     * @param pointer a JSON pointer
     * @param name a member name
     * @return the pointer of that member (RFC 6901 escaping)
     */
    static String child(String pointer, String name) {
        return pointer + "/" + name.replace("~", "~0").replace("/", "~1");
    }

    private String got(JsonToken t) {
        return got(t, "");
    }

    private String got(JsonToken t, String at) {
        if (t == null) {
            return "the end of the document";
        }
        switch (t) {
            case START_OBJECT:
                return "an object";
            case START_ARRAY:
                return "an array";
            case VALUE_STRING:
                return "the string " + quote(string(at));
            case VALUE_NUMBER_INT:
            case VALUE_NUMBER_FLOAT:
                return "the number " + quote(p.getString()).replace("\"", "");
            case VALUE_TRUE:
                return "true";
            case VALUE_FALSE:
                return "false";
            case VALUE_NULL:
                return "null (omit a member that has no value)";
            default:
                return t.toString();
        }
    }

    /** Reads the current string value, whose contents Jackson decodes only now (invalid UTF-8, length). */
    private String string(String at) {
        try {
            return p.getString();
        } catch (JacksonException e) {
            AlberoJsonException located = translate(e, null);
            TokenStreamLocation loc = e.getLocation() == null ? here() : e.getLocation();
            throw new AlberoJsonException(at, located.problem(), line(loc), column(loc), e);
        }
    }

    private TokenStreamLocation here() {
        return p.currentTokenLocation();
    }

    private void expect(JsonToken expected, String at, String what) {
        JsonToken t = p.currentToken();
        if (t != expected) {
            throw error(at, here(), "expected " + what + ", got " + got(t, at));
        }
    }

    private <T> T call(String at, TokenStreamLocation loc, Supplier<T> s) {
        try {
            return s.get();
        } catch (InvalidValueException e) {
            throw error(at, loc, e);
        }
    }

    // ---------------------------------------------------------------- objects

    /** One JSON object being read: its members, where they are, and how to report on them. */
    private final class Obj {
        final String ptr;
        final String what;
        final List<String> known;
        final TokenStreamLocation start;
        final Set<String> seen = new HashSet<>();
        final Map<String, TokenStreamLocation> locations = new HashMap<>();
        String name;
        String at;
        TokenStreamLocation loc;

        Obj(String ptr, String what, List<String> known) {
            this.ptr = ptr;
            this.what = what;
            this.known = known;
            expect(JsonToken.START_OBJECT, ptr, what + " (an object)");
            this.start = here();
        }

        boolean next() {
            JsonToken t = p.nextToken();
            if (t == JsonToken.END_OBJECT) {
                return false;
            }
            if (t != JsonToken.PROPERTY_NAME) {
                throw error(ptr, here(), "expected a member name, got " + got(t, ptr));
            }
            name = p.currentName();
            at = child(ptr, name);
            if (!seen.add(name)) {
                throw error(at, here(), "duplicate member " + quote(name));
            }
            p.nextToken();
            loc = here();
            if (known.contains(name)) {
                locations.put(name, loc);
            }
            return true;
        }

        void unknown() {
            if (strict) {
                StringBuilder sb = new StringBuilder("unknown member ").append(quote(name)).append(" in ").append(what)
                        .append("; known members: ").append(String.join(", ", known));
                if (declaredVersion != null && !VERSION.equals(declaredVersion)) {
                    sb.append(" (the document declares format ").append(declaredVersion).append(", this reader knows ")
                            .append(VERSION).append(": read it in lenient mode to skip members it does not know)");
                }
                throw error(at, loc, sb.toString());
            }
            p.skipChildren();
        }

        void require(String... names) {
            for (String n : names) {
                if (!seen.contains(n)) {
                    throw error(ptr, start, "missing required member " + quote(n) + " in " + what);
                }
            }
        }

        boolean has(String n) {
            return seen.contains(n);
        }

        String at(String n) {
            return child(ptr, n);
        }

        TokenStreamLocation loc(String n) {
            return locations.get(n);
        }

        /** Builds, re-locating a broken invariant on the member it names when there is one. */
        <T> T build(Supplier<T> s) {
            try {
                return s.get();
            } catch (InvalidValueException e) {
                String field = e.field();
                String last = field.substring(field.lastIndexOf('.') + 1);
                String member = last;
                String index = null;
                int br = last.indexOf('[');
                if (br > 0 && last.endsWith("]")) {
                    member = last.substring(0, br);
                    index = last.substring(br + 1, last.length() - 1);
                }
                TokenStreamLocation l = locations.get(member);
                if (l != null) {
                    String where = at(member);
                    if (index != null && index.chars().allMatch(Character::isDigit) && !index.isEmpty()) {
                        where = where + "/" + index;
                    }
                    throw error(where, l, e);
                }
                throw new AlberoJsonException(ptr, field + ": " + problem(e), line(start), column(start), e);
            }
        }
    }

    // ---------------------------------------------------------------- scalars

    /**
     * Reads a string that must not be blank and must be well-formed Unicode.
     *
     * @param at the pointer
     * @return the string
     */
    public String text(String at) {
        expect(JsonToken.VALUE_STRING, at, "a string");
        String s = string(at);
        if (s.isBlank()) {
            throw error(at, here(), "must not be blank, got " + quote(s));
        }
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (Character.isHighSurrogate(c) && i + 1 < s.length() && Character.isLowSurrogate(s.charAt(i + 1))) {
                i++;
            } else if (Character.isSurrogate(c)) {
                throw error(at, here(), String.format("contains an unpaired surrogate \\u%04x at index %d", (int) c, i));
            }
        }
        return s;
    }

    private List<String> texts(String at) {
        return list(at, this::text);
    }

    /**
     * Reads a JSON number exactly, rejecting absurd exponents before any arithmetic.
     *
     * @param at the pointer
     * @return the number
     */
    public BigDecimal decimal(String at) {
        JsonToken t = p.currentToken();
        if (t != JsonToken.VALUE_NUMBER_INT && t != JsonToken.VALUE_NUMBER_FLOAT) {
            throw error(at, here(), "expected a number, got " + got(t, at));
        }
        String raw = p.getString();
        BigDecimal v;
        try {
            v = p.getDecimalValue();
        } catch (NumberFormatException | ArithmeticException e) {
            // an exponent beyond what BigDecimal can hold, e.g. 1e99999999999
            throw error(at, here(), "exponent out of range, got " + quote(raw));
        }
        if (v.signum() == 0) {
            if (v.scale() > MAX_READ_SCALE || v.scale() < -MAX_READ_SCALE) {
                throw error(at, here(), "exponent out of range, got " + quote(raw));
            }
            return v;
        }
        if ((long) v.precision() - v.scale() > 16) {
            throw error(at, here(), "magnitude must be below 10^15, got " + quote(raw));
        }
        if (v.scale() > MAX_READ_SCALE) {
            throw error(at, here(), "has too many decimals, got " + quote(raw));
        }
        return v;
    }

    private int integer(String at, String what) {
        JsonToken t = p.currentToken();
        if (t != JsonToken.VALUE_NUMBER_INT) {
            throw error(at, here(), "expected " + what + ", got " + got(t, at));
        }
        if (p.getNumberType() != JsonParser.NumberType.INT) {
            throw error(at, here(), "expected " + what + ", got " + got(t, at) + " (out of range)");
        }
        return p.getIntValue();
    }

    private int year(String at) {
        int y = integer(at, "a year (a whole number)");
        return call(at, here(), () -> YearRange.checkYear("year", y));
    }

    private <E extends Enum<E>> E enumValue(String at, Class<E> type) {
        JsonToken t = p.currentToken();
        if (t != JsonToken.VALUE_STRING) {
            throw error(at, here(), "expected one of " + String.join(", ", Enums.names(type)) + ", got " + got(t, at));
        }
        String s = string(at);
        E e = Enums.byName(type, s);
        if (e == null) {
            throw error(at, here(), "expected one of " + String.join(", ", Enums.names(type)) + ", got " + quote(s));
        }
        return e;
    }

    private <T> List<T> list(String at, Function<String, T> element) {
        expect(JsonToken.START_ARRAY, at, "an array");
        List<T> out = new ArrayList<>();
        int i = 0;
        while (p.nextToken() != JsonToken.END_ARRAY) {
            out.add(element.apply(at + "/" + i++));
        }
        return out;
    }

    private <T> SortedMap<Integer, T> yearMap(String at, String what, Function<String, T> value) {
        expect(JsonToken.START_OBJECT, at, what + " (an object keyed by year)");
        SortedMap<Integer, T> out = new TreeMap<>();
        JsonToken t;
        while ((t = p.nextToken()) != JsonToken.END_OBJECT) {
            if (t != JsonToken.PROPERTY_NAME) {
                throw error(at, here(), "expected a year as member name, got " + got(t, at));
            }
            String key = p.currentName();
            String kat = child(at, key);
            TokenStreamLocation kloc = here();
            if (key.length() != 4 || !key.chars().allMatch(c -> c >= '0' && c <= '9')) {
                throw error(kat, kloc, "expected a year such as \"2017\" as member name, got " + quote(key));
            }
            int year = call(kat, kloc, () -> YearRange.checkYear("year", Integer.parseInt(key)));
            p.nextToken();
            T v = value.apply(kat);
            if (out.put(year, v) != null) {
                throw error(kat, kloc, "duplicate member " + quote(key));
            }
        }
        return out;
    }

    // ---------------------------------------------------------------- the tree

    /**
     * Reads the format version and rejects an unknown major version.
     *
     * @param at the pointer
     * @return the version
     */
    private String formatVersion(String at) {
        JsonToken t = p.currentToken();
        if (t != JsonToken.VALUE_STRING) {
            throw error(at, here(), "expected a version string such as \"" + VERSION + "\", got " + got(t, at));
        }
        String v = string(at);
        Matcher m = VERSION_FORM.matcher(v);
        if (!m.matches()) {
            throw error(at, here(), "expected a version such as \"" + VERSION + "\" (major.minor), got " + quote(v));
        }
        if (Integer.parseInt(m.group(1)) != MAJOR) {
            throw error(at, here(), "unsupported format version " + quote(v) + ": this reader supports versions "
                    + MAJOR + ".x (it writes " + VERSION + ")");
        }
        declaredVersion = v;
        return v;
    }

    /**
     * Reads a whole plan or report.
     *
     * @param ptr the pointer of the plan object
     * @return the plan
     */
    public Plan plan(String ptr) {
        Obj o = new Obj(ptr, "a plan", PLAN);
        Plan.Builder b = Plan.builder();
        List<Mission> missions = List.of();
        while (o.next()) {
            switch (o.name) {
                case "formatVersion":
                    formatVersion(o.at);
                    break;
                case "kind":
                    b.kind(enumValue(o.at, PlanKind.class));
                    break;
                case "title":
                    b.title(text(o.at));
                    break;
                case "administration":
                    b.administration(administration(o.at));
                    break;
                case "referenceYear":
                    b.referenceYear(year(o.at));
                    break;
                case "horizon":
                    b.horizon(yearRange(o.at));
                    break;
                case "currency":
                    b.currency(text(o.at));
                    break;
                case "missions":
                    missions = list(o.at, this::mission);
                    break;
                case "notes":
                    b.addAllNotes(texts(o.at));
                    break;
                default:
                    o.unknown();
            }
        }
        o.require("formatVersion", "kind", "administration", "referenceYear", "horizon", "currency", "missions");
        Map<String, Integer> codes = new HashMap<>();
        for (int i = 0; i < missions.size(); i++) {
            Mission m = missions.get(i);
            Integer first = codes.putIfAbsent(m.code().value(), i);
            if (first != null) {
                throw error(o.at("missions") + "/" + i + "/code", codeLocations.get(m), "duplicate mission code "
                        + quote(m.code().value()) + " (already used by missions/" + first + ")");
            }
        }
        b.addAllMissions(missions);
        return o.build(b::build);
    }

    /**
     * @param ptr the pointer
     * @return the administration
     */
    public Administration administration(String ptr) {
        Obj o = new Obj(ptr, "an administration", ADMINISTRATION);
        Administration.Builder b = Administration.builder();
        while (o.next()) {
            switch (o.name) {
                case "name":
                    b.name(text(o.at));
                    break;
                case "identifier":
                    b.identifier(text(o.at));
                    break;
                default:
                    o.unknown();
            }
        }
        o.require("name");
        return o.build(b::build);
    }

    /**
     * @param ptr the pointer
     * @return the range
     */
    public YearRange yearRange(String ptr) {
        Obj o = new Obj(ptr, "a range of years", YEAR_RANGE);
        int first = 0;
        int last = 0;
        while (o.next()) {
            switch (o.name) {
                case "first":
                    first = year(o.at);
                    break;
                case "last":
                    last = year(o.at);
                    break;
                default:
                    o.unknown();
            }
        }
        o.require("first", "last");
        int f = first;
        int l = last;
        return o.build(() -> YearRange.of(f, l));
    }

    /**
     * @param ptr the pointer
     * @return the mission
     */
    public Mission mission(String ptr) {
        Obj o = new Obj(ptr, "a mission", MISSION);
        Mission.Builder b = Mission.builder();
        List<Program> programs = List.of();
        TokenStreamLocation codeAt = null;
        MissionCode missionCode = null;
        while (o.next()) {
            switch (o.name) {
                case "code":
                    String c = text(o.at);
                    codeAt = o.loc;
                    missionCode = call(o.at, o.loc, () -> MissionCode.of(c));
                    b.code(missionCode);
                    break;
                case "title":
                    b.title(text(o.at));
                    break;
                case "programs":
                    programs = list(o.at, this::program);
                    break;
                case "notes":
                    b.addAllNotes(texts(o.at));
                    break;
                default:
                    o.unknown();
            }
        }
        o.require("code", "title");
        String code = missionCode.value();
        Map<String, Integer> seen = new HashMap<>();
        for (int j = 0; j < programs.size(); j++) {
            Program pr = programs.get(j);
            String pat = o.at("programs") + "/" + j;
            Integer first = seen.putIfAbsent(pr.code().value(), j);
            if (first != null) {
                throw error(pat + "/code", codeLocations.get(pr), "duplicate program code " + quote(pr.code().value())
                        + " within mission " + code + " (already used by programs/" + first + ")");
            }
            for (int k = 0; k < pr.objectives().size(); k++) {
                StrategicObjective so = pr.objectives().get(k);
                if (!so.code().mission().value().equals(code)) {
                    throw error(pat + "/objectives/" + k + "/code", codeLocations.get(so), "objective code "
                            + quote(so.code().toString()) + " must start with its mission's code " + code);
                }
            }
        }
        b.addAllPrograms(programs);
        Mission m = o.build(b::build);
        codeLocations.put(m, codeAt);
        return m;
    }

    /**
     * @param ptr the pointer
     * @return the program
     */
    public Program program(String ptr) {
        Obj o = new Obj(ptr, "a program", PROGRAM);
        Program.Builder b = Program.builder();
        List<StrategicObjective> objectives = List.of();
        TokenStreamLocation codeAt = null;
        ProgramCode code = null;
        while (o.next()) {
            switch (o.name) {
                case "code":
                    String c = text(o.at);
                    codeAt = o.loc;
                    code = call(o.at, o.loc, () -> ProgramCode.of(c));
                    b.code(code);
                    break;
                case "title":
                    b.title(text(o.at));
                    break;
                case "objectives":
                    objectives = list(o.at, this::strategicObjective);
                    break;
                case "notes":
                    b.addAllNotes(texts(o.at));
                    break;
                default:
                    o.unknown();
            }
        }
        o.require("code", "title");
        Map<String, Integer> seen = new HashMap<>();
        for (int k = 0; k < objectives.size(); k++) {
            StrategicObjective so = objectives.get(k);
            String oat = o.at("objectives") + "/" + k + "/code";
            String c = so.code().toString();
            if (!so.code().program().equals(code)) {
                throw error(oat, codeLocations.get(so), "objective code " + quote(c)
                        + " must carry its program's code " + code + " in the middle");
            }
            Integer first = seen.putIfAbsent(c, k);
            if (first != null) {
                throw error(oat, codeLocations.get(so), "duplicate objective code " + quote(c) + " within program "
                        + code + " (already used by objectives/" + first + ")");
            }
        }
        b.addAllObjectives(objectives);
        Program pr = o.build(b::build);
        codeLocations.put(pr, codeAt);
        return pr;
    }

    /** The members strategic and operational objectives share, gathered before building. */
    private static final class Parts {
        ObjectiveCode code;
        String freeCode;
        TokenStreamLocation codeAt;
        String title;
        Optional<String> description = Optional.empty();
        Optional<Timeframe> timeframe = Optional.empty();
        Optional<String> responsibleUnit = Optional.empty();
        Optional<Weight> weight = Optional.empty();
        List<String> stakeholders = List.of();
        Optional<Resources> resources = Optional.empty();
        Optional<Integer> declared = Optional.empty();
        List<Indicator> indicators = List.of();
        List<OperationalObjective> operational = List.of();
        List<String> notes = List.of();
    }

    private Obj objective(String ptr, boolean strategic, Parts parts) {
        Obj o = new Obj(ptr, strategic ? "a strategic objective" : "an operational objective",
                strategic ? STRATEGIC : OPERATIONAL);
        while (o.next()) {
            switch (o.name) {
                case "code":
                    String c = text(o.at);
                    parts.codeAt = o.loc;
                    if (strategic) {
                        parts.code = call(o.at, o.loc, () -> ObjectiveCode.parse(c));
                        if (!parts.code.toString().equals(c)) {
                            throw error(o.at, o.loc, "expected MMM-PPP-NNN with ASCII hyphens and no spaces, e.g. "
                                    + "011-005-001, got " + quote(c));
                        }
                    } else {
                        parts.freeCode = c;
                    }
                    break;
                case "title":
                    parts.title = text(o.at);
                    break;
                case "description":
                    parts.description = Optional.of(text(o.at));
                    break;
                case "timeframe":
                    parts.timeframe = Optional.of(timeframe(o.at));
                    break;
                case "responsibleUnit":
                    parts.responsibleUnit = Optional.of(text(o.at));
                    break;
                case "weight":
                    parts.weight = Optional.of(weight(o.at));
                    break;
                case "stakeholders":
                    parts.stakeholders = texts(o.at);
                    break;
                case "resources":
                    parts.resources = Optional.of(resources(o.at));
                    break;
                case "declaredIndicatorCount":
                    parts.declared = Optional.of(integer(o.at, "a whole number"));
                    break;
                case "indicators":
                    parts.indicators = list(o.at, this::indicator);
                    break;
                case "operationalObjectives":
                    if (!strategic) {
                        o.unknown();
                        break;
                    }
                    parts.operational = list(o.at, this::operationalObjective);
                    break;
                case "notes":
                    parts.notes = texts(o.at);
                    break;
                default:
                    o.unknown();
            }
        }
        if (strategic) {
            o.require("code", "title");
        } else {
            o.require("title");
        }
        return o;
    }

    /**
     * @param ptr the pointer
     * @return the strategic objective
     */
    public StrategicObjective strategicObjective(String ptr) {
        Parts x = new Parts();
        Obj o = objective(ptr, true, x);
        Map<String, Integer> seen = new HashMap<>();
        for (int j = 0; j < x.operational.size(); j++) {
            OperationalObjective op = x.operational.get(j);
            if (op.code().isPresent()) {
                Integer first = seen.putIfAbsent(op.code().get(), j);
                if (first != null) {
                    throw error(o.at("operationalObjectives") + "/" + j + "/code", codeLocations.get(op),
                            "duplicate operational objective code " + quote(op.code().get()) + " within objective "
                                    + x.code + " (already used by operationalObjectives/" + first + ")");
                }
            }
        }
        StrategicObjective so = o.build(() -> StrategicObjective.builder().code(x.code).title(x.title)
                .description(x.description).timeframe(x.timeframe).responsibleUnit(x.responsibleUnit).weight(x.weight)
                .addAllStakeholders(x.stakeholders).resources(x.resources).declaredIndicatorCount(x.declared)
                .addAllIndicators(x.indicators).addAllOperationalObjectives(x.operational).addAllNotes(x.notes).build());
        codeLocations.put(so, x.codeAt);
        return so;
    }

    /**
     * @param ptr the pointer
     * @return the operational objective
     */
    public OperationalObjective operationalObjective(String ptr) {
        Parts x = new Parts();
        Obj o = objective(ptr, false, x);
        OperationalObjective op = o.build(() -> OperationalObjective.builder().code(Optional.ofNullable(x.freeCode))
                .title(x.title).description(x.description).timeframe(x.timeframe).responsibleUnit(x.responsibleUnit)
                .weight(x.weight).addAllStakeholders(x.stakeholders).resources(x.resources)
                .declaredIndicatorCount(x.declared).addAllIndicators(x.indicators).addAllNotes(x.notes).build());
        codeLocations.put(op, x.codeAt);
        return op;
    }

    /**
     * @param ptr the pointer
     * @return the timeframe
     */
    public Timeframe timeframe(String ptr) {
        Obj o = new Obj(ptr, "a timeframe", TIMEFRAME);
        String label = null;
        YearRange years = null;
        while (o.next()) {
            switch (o.name) {
                case "label":
                    label = text(o.at);
                    break;
                case "years":
                    years = yearRange(o.at);
                    break;
                default:
                    o.unknown();
            }
        }
        o.require("label");
        String l = label;
        YearRange y = years;
        return o.build(() -> Timeframe.of(l, y));
    }

    /**
     * @param at the pointer
     * @return the weight
     */
    public Weight weight(String at) {
        TokenStreamLocation loc = here();
        BigDecimal v = decimal(at);
        return call(at, loc, () -> Weight.of(v));
    }

    /**
     * @param at the pointer
     * @return the amount
     */
    public Money money(String at) {
        TokenStreamLocation loc = here();
        BigDecimal v = decimal(at);
        return call(at, loc, () -> Money.of(v));
    }

    /**
     * @param at the pointer
     * @return the percentage, in points
     */
    public Percentage percentage(String at) {
        TokenStreamLocation loc = here();
        BigDecimal v = decimal(at);
        return call(at, loc, () -> Percentage.of(v));
    }

    /**
     * @param at the pointer
     * @return the unit
     */
    public Unit unit(String at) {
        TokenStreamLocation loc = here();
        String s = text(at);
        return call(at, loc, () -> Unit.of(s));
    }

    /**
     * @param ptr the pointer
     * @return the quantity
     */
    public Quantity quantity(String ptr) {
        Obj o = new Obj(ptr, "a quantity", QUANTITY);
        BigDecimal value = null;
        Unit unit = null;
        while (o.next()) {
            switch (o.name) {
                case "value":
                    value = decimal(o.at);
                    break;
                case "unit":
                    unit = unit(o.at);
                    break;
                default:
                    o.unknown();
            }
        }
        o.require("value");
        BigDecimal v = value;
        Unit u = unit;
        return o.build(() -> Quantity.of(v, u));
    }

    /**
     * @param ptr the pointer
     * @return the resources
     */
    public Resources resources(String ptr) {
        TokenStreamLocation loc = here();
        SortedMap<Integer, YearResources> years = yearMap(ptr, "resources", this::yearResources);
        return call(ptr, loc, () -> Resources.builder().putAllYears(years).build());
    }

    /**
     * @param ptr the pointer
     * @return one year's resources
     */
    public YearResources yearResources(String ptr) {
        Obj o = new Obj(ptr, "a year's resources", YEAR_RESOURCES);
        YearResources.Builder b = YearResources.builder();
        while (o.next()) {
            switch (o.name) {
                case "budget":
                    b.budget(amounts(o.at));
                    break;
                case "revisedBudget":
                    b.revisedBudget(amounts(o.at));
                    break;
                case "actual":
                    b.actual(amounts(o.at));
                    break;
                default:
                    o.unknown();
            }
        }
        if (!o.has("budget") && !o.has("revisedBudget") && !o.has("actual")) {
            throw error(ptr, o.start, "a year needs a budget, a revisedBudget or actual figures");
        }
        return o.build(b::build);
    }

    /**
     * @param ptr the pointer
     * @return the amounts
     */
    public ResourceAmounts amounts(String ptr) {
        Obj o = new Obj(ptr, "resource amounts", AMOUNTS);
        ResourceAmounts.Builder b = ResourceAmounts.builder();
        while (o.next()) {
            switch (o.name) {
                case "revenues":
                    b.revenues(money(o.at));
                    break;
                case "costs":
                    b.costs(money(o.at));
                    break;
                case "investments":
                    b.investments(money(o.at));
                    break;
                default:
                    o.unknown();
            }
        }
        o.require("revenues", "costs", "investments");
        return o.build(b::build);
    }

    /**
     * @param ptr the pointer
     * @return the indicator
     */
    public Indicator indicator(String ptr) {
        Obj o = new Obj(ptr, "an indicator", INDICATOR);
        Indicator.Builder b = Indicator.builder();
        while (o.next()) {
            switch (o.name) {
                case "code":
                    b.code(text(o.at));
                    break;
                case "name":
                    b.name(text(o.at));
                    break;
                case "measures":
                    b.measures(text(o.at));
                    break;
                case "type":
                    b.type(indicatorType(o.at));
                    break;
                case "unit":
                    b.unit(text(o.at));
                    break;
                case "algorithm":
                    b.algorithm(text(o.at));
                    break;
                case "dataSource":
                    b.dataSource(text(o.at));
                    break;
                case "baseline":
                    b.baseline(baseline(o.at));
                    break;
                case "polarity":
                    b.polarity(enumValue(o.at, Polarity.class));
                    break;
                case "weight":
                    b.weight(weight(o.at));
                    break;
                case "targets":
                    b.putAllTargets(yearMap(o.at, "targets", this::target));
                    break;
                case "results":
                    b.putAllResults(yearMap(o.at, "results", this::result));
                    break;
                case "notes":
                    b.addAllNotes(texts(o.at));
                    break;
                default:
                    o.unknown();
            }
        }
        o.require("name", "polarity");
        return o.build(b::build);
    }

    /**
     * @param at the pointer
     * @return the type
     */
    public IndicatorType indicatorType(String at) {
        TokenStreamLocation loc = here();
        String s = text(at);
        return call(at, loc, () -> IndicatorType.of(s));
    }

    /**
     * @param ptr the pointer
     * @return the baseline
     */
    public Baseline baseline(String ptr) {
        Obj o = new Obj(ptr, "a baseline", BASELINE);
        Baseline.Builder b = Baseline.builder();
        BigDecimal value = null;
        Unit unit = null;
        while (o.next()) {
            switch (o.name) {
                case "text":
                    b.text(text(o.at));
                    break;
                case "value":
                    value = decimal(o.at);
                    break;
                case "unit":
                    unit = unit(o.at);
                    break;
                case "year":
                    b.year(year(o.at));
                    break;
                default:
                    o.unknown();
            }
        }
        if (unit != null && value == null) {
            throw error(o.at("unit"), o.loc("unit"), "a unit needs a value");
        }
        if (!o.has("text") && value == null) {
            throw error(ptr, o.start, "a baseline needs a text or a value");
        }
        if (value != null) {
            BigDecimal v = value;
            Unit u = unit;
            b.value(call(o.at("value"), o.loc("value"), () -> Quantity.of(v, u)));
        }
        return o.build(b::build);
    }

    /**
     * @param ptr the pointer
     * @return the target
     */
    public Target target(String ptr) {
        Obj o = new Obj(ptr, "a target", TARGET);
        Target.Builder b = Target.builder();
        while (o.next()) {
            switch (o.name) {
                case "text":
                    b.text(text(o.at));
                    break;
                case "reading":
                    b.reading(targetReading(o.at));
                    break;
                default:
                    o.unknown();
            }
        }
        o.require("text");
        return o.build(b::build);
    }

    /**
     * @param ptr the pointer
     * @return the reading
     */
    public TargetReading targetReading(String ptr) {
        Obj o = new Obj(ptr, "a target reading", TARGET_READING);
        TargetReading.Builder b = TargetReading.builder();
        TargetOperator op = null;
        while (o.next()) {
            switch (o.name) {
                case "operator":
                    op = enumValue(o.at, TargetOperator.class);
                    b.operator(op);
                    break;
                case "value":
                    b.value(decimal(o.at));
                    break;
                case "upperBound":
                    b.upperBound(decimal(o.at));
                    break;
                case "unit":
                    b.unit(unit(o.at));
                    break;
                default:
                    o.unknown();
            }
        }
        o.require("operator");
        String name = quote(Enums.name(op));
        if (op == TargetOperator.MILESTONE) {
            if (o.has("value")) {
                throw error(o.at("value"), o.loc("value"), "operator " + name + " has no value");
            }
            if (o.has("upperBound")) {
                throw error(o.at("upperBound"), o.loc("upperBound"), "operator " + name + " has no upperBound");
            }
        } else if (!o.has("value")) {
            throw error(ptr, o.start, "operator " + name + " needs a value");
        }
        if (op == TargetOperator.BETWEEN && !o.has("upperBound")) {
            throw error(ptr, o.start, "operator " + name + " needs an upperBound");
        }
        if (op != TargetOperator.BETWEEN && o.has("upperBound")) {
            throw error(o.at("upperBound"), o.loc("upperBound"), "only operator \"between\" has an upperBound");
        }
        return o.build(b::build);
    }

    /**
     * @param ptr the pointer
     * @return the result
     */
    public Result result(String ptr) {
        Obj o = new Obj(ptr, "a result", RESULT);
        Result.Builder b = Result.builder();
        while (o.next()) {
            switch (o.name) {
                case "text":
                    b.text(text(o.at));
                    break;
                case "reading":
                    b.reading(resultReading(o.at));
                    break;
                case "comment":
                    b.comment(text(o.at));
                    break;
                default:
                    o.unknown();
            }
        }
        o.require("text");
        return o.build(b::build);
    }

    /**
     * @param ptr the pointer
     * @return the reading
     */
    public ResultReading resultReading(String ptr) {
        Obj o = new Obj(ptr, "a result reading", RESULT_READING);
        ResultReading.Builder b = ResultReading.builder();
        ResultKind kind = null;
        Unit unit = null;
        while (o.next()) {
            switch (o.name) {
                case "kind":
                    kind = enumValue(o.at, ResultKind.class);
                    b.kind(kind);
                    break;
                case "value":
                    b.value(decimal(o.at));
                    break;
                case "unit":
                    unit = unit(o.at);
                    b.unit(unit);
                    break;
                case "status":
                    b.status(enumValue(o.at, ResultStatus.class));
                    break;
                default:
                    o.unknown();
            }
        }
        o.require("kind");
        String name = quote(Enums.name(kind));
        boolean numeric = kind == ResultKind.NUMBER || kind == ResultKind.PERCENTAGE;
        if (numeric && !o.has("value")) {
            throw error(ptr, o.start, "kind " + name + " needs a value");
        }
        if (!numeric && o.has("value")) {
            throw error(o.at("value"), o.loc("value"), "kind " + name + " has no value");
        }
        if (kind == ResultKind.STATUS && !o.has("status")) {
            throw error(ptr, o.start, "kind " + name + " needs a status");
        }
        if (kind != ResultKind.STATUS && o.has("status")) {
            throw error(o.at("status"), o.loc("status"), "only kind \"status\" has a status");
        }
        if (kind != ResultKind.NUMBER && unit != null && !unit.equals(Unit.PERCENT)) {
            throw error(o.at("unit"), o.loc("unit"), "only kind \"number\" has a unit other than \"%\"");
        }
        return o.build(b::build);
    }

    /**
     * @param at the pointer
     * @param type the enum type
     * @param <E> the enum type
     * @return the constant
     */
    public <E extends Enum<E>> E constant(String at, Class<E> type) {
        return enumValue(at, type);
    }

    /**
     * @param at the pointer
     * @return the mission code
     */
    public MissionCode missionCode(String at) {
        TokenStreamLocation loc = here();
        String s = text(at);
        return call(at, loc, () -> MissionCode.of(s));
    }

    /**
     * @param at the pointer
     * @return the program code
     */
    public ProgramCode programCode(String at) {
        TokenStreamLocation loc = here();
        String s = text(at);
        return call(at, loc, () -> ProgramCode.of(s));
    }

    /**
     * @param at the pointer
     * @return the objective code, in canonical form
     */
    public ObjectiveCode objectiveCode(String at) {
        TokenStreamLocation loc = here();
        String s = text(at);
        ObjectiveCode c = call(at, loc, () -> ObjectiveCode.parse(s));
        if (!c.toString().equals(s)) {
            throw error(at, loc, "expected MMM-PPP-NNN with ASCII hyphens and no spaces, e.g. 011-005-001, got " + quote(s));
        }
        return c;
    }
}
