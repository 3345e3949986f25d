package io.github.albero.json.internal;

import io.github.albero.InvalidValueException;
import io.github.albero.period.YearRange;
import java.math.BigDecimal;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.function.BiConsumer;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.SerializableString;
import tools.jackson.core.io.SerializedString;

/**
 * The JSON scalars of the format: texts, exact numbers, days, years, enum names, and the value
 * types written as one of them. Each reads the token, checks what only JSON can get wrong (the
 * token type, a number's magnitude before any arithmetic, well-formed Unicode) and leaves every
 * rule of the value to the core type's own factory. Not exported.
 */
final class Values {
    /** The largest scale a number may have before the model's own, tighter checks. */
    private static final int MAX_READ_SCALE = 64;
    private static final BigDecimal[] SMALL = new BigDecimal[1025];
    private static final Pattern VERSION_FORM = Pattern.compile("(0|[1-9][0-9]{0,8})\\.(0|[1-9][0-9]{0,8})");

    static {
        for (int i = 0; i < SMALL.length; i++) {
            SMALL[i] = BigDecimal.valueOf(i);
        }
    }

    private Values() {
    }

    /**
     * {@return a codec of a value written as one JSON scalar}
     *
     * @param type the type
     * @param what the key of what it is called in messages
     * @param read reads it from the current token
     * @param write writes it
     * @param <T> the type
     */
    static <T> Codec<T> scalar(Class<T> type, String what, Function<In, T> read, BiConsumer<JsonGenerator, T> write) {
        return new Codec<>(type, what) {
            @Override
            T read(In in) {
                return read.apply(in);
            }

            @Override
            void write(Out out, T value) {
                write.accept(out.g, value);
            }
        };
    }

    /** {@return the value a core factory makes of what was read, its broken rule located at the current token} */
    private static <V, T> T make(In in, Function<V, T> factory, V read) {
        try {
            return factory.apply(read);
        } catch (InvalidValueException e) {
            throw in.fail(e);
        }
    }

    /** A non-blank, well-formed Unicode text; short ones shared through {@link Canon}. */
    static final Codec<String> TEXT = scalar(String.class, "string", Values::text, JsonGenerator::writeString);

    static String text(In in) {
        JsonParser p = in.p;
        if (p.currentToken() != JsonToken.VALUE_STRING) {
            throw in.expected("expected", Errors.say("what.string"));
        }
        byte[] bytes = in.sharing ? in.bytes : null;
        int from = bytes == null ? 0 : in.contentStart();
        if (from > 0 && bytes[from - 1] == '"') {
            // a text met recently is found by its bytes and closing quote before Jackson decodes
            // it: a short one by its first bytes, a long one by all of them once its end is found
            int h = Canon.prefixHash(bytes, from);
            Canon.Bytes found = Canon.BYTE_TEXTS.find(bytes, from, h, 0);
            int to = found != null ? from + found.bytes().length - 1
                    : Canon.stringEnd(bytes, from, Math.min(bytes.length, from + Canon.MAX_LONG_SHARED_LENGTH + 1));
            if (found == null && to - from > Canon.MAX_SHARED_LENGTH) {
                h = Canon.longHash(h, bytes, from, to);
                found = Canon.LONG_BYTE_TEXTS.find(bytes, from, h, 0);
            }
            if (found != null) {
                in.jumping.jumpString(to);
                return (String) found.value();
            }
            if (to >= 0) {
                String s = decoded(in, false);
                Canon.keep(bytes, from, to, h, s);
                return s;
            }
        }
        return decoded(in, in.sharing);
    }

    /** {@return the current string, decoded by Jackson and checked; shared when asked} */
    private static String decoded(In in, boolean sharing) {
        JsonParser p = in.p;
        char[] chars;
        int offset;
        int length;
        try {
            chars = p.getStringCharacters();
            offset = p.getStringOffset();
            length = p.getStringLength();
        } catch (tools.jackson.core.JacksonException e) {
            throw in.decoding(e);
        }
        for (int i = offset, end = offset + length; i < end; i++) {
            char c = chars[i];
            if (c >= Character.MIN_SURROGATE && c <= Character.MAX_SURROGATE) {
                if (Character.isHighSurrogate(c) && i + 1 < end && Character.isLowSurrogate(chars[i + 1])) {
                    i++;
                } else {
                    throw in.fail(Errors.say("unpairedSurrogate", String.format(Locale.ROOT, "\\u%04x", (int) c), i - offset));
                }
            }
        }
        String s = new String(chars, offset, length);
        return sharing ? Canon.text(s) : s;
    }

    /** An exact number, bounded in magnitude and scale before any arithmetic. */
    static final Codec<BigDecimal> DECIMAL = number(BigDecimal.class, v -> v, v -> v);

    static BigDecimal decimal(In in) {
        JsonParser p = in.p;
        JsonToken t = p.currentToken();
        if (t == JsonToken.VALUE_NUMBER_INT && p.getNumberType() == JsonParser.NumberType.INT) {
            int v = p.getIntValue();
            // whole numbers are common (weights, counts, percentages): share the small ones
            return v >= 0 && v < SMALL.length ? SMALL[v] : BigDecimal.valueOf(v);
        }
        if (t != JsonToken.VALUE_NUMBER_INT && t != JsonToken.VALUE_NUMBER_FLOAT) {
            throw in.expected("expected", Errors.say("what.number"));
        }
        BigDecimal v;
        try {
            v = p.getDecimalValue();
        } catch (NumberFormatException | ArithmeticException e) {
            // an exponent beyond what BigDecimal can hold, e.g. 1e99999999999
            throw in.fail(Errors.say("exponent", Errors.quote(p.getString())));
        }
        if (v.signum() == 0) {
            if (v.scale() > MAX_READ_SCALE || v.scale() < -MAX_READ_SCALE) {
                throw in.fail(Errors.say("exponent", Errors.quote(p.getString())));
            }
            return v;
        }
        if ((long) v.precision() - v.scale() > 16) {
            throw in.fail(Errors.say("magnitude", Errors.quote(p.getString())));
        }
        if (v.scale() > MAX_READ_SCALE) {
            throw in.fail(Errors.say("decimals", Errors.quote(p.getString())));
        }
        return v;
    }

    /** A day, written {@code "2017-06-30"} (ISO year-month-day). */
    static final Codec<LocalDate> DATE = scalar(LocalDate.class, "date", in -> {
        if (in.p.currentToken() != JsonToken.VALUE_STRING) {
            throw in.fail(Errors.say("expected.date", in.got()));
        }
        String v = in.string();
        try {
            // ISO's own form, four-digit years only: "+12017-01-01" and "2017-1-1" are refused
            if (v.length() == 10) {
                return LocalDate.parse(v);
            }
        } catch (DateTimeException e) {
            // said below
        }
        throw in.fail(Errors.say("expected.dateForm", Errors.quote(v)));
    }, (g, v) -> {
        if (v.getYear() < 0 || v.getYear() > 9999) {
            // LocalDate writes "+10000-01-01" or "-0005-01-01": a form no reader of the format reads back
            throw new IllegalArgumentException("cannot write " + g.streamWriteContext().pathAsPointer() + ": the day " + v
                    + " has no four-digit year (the format holds the days of the years 0000 to 9999)");
        }
        g.writeString(v.toString());
    });

    /** {@code true} or {@code false}. */
    static final Codec<Boolean> BOOLEAN = scalar(Boolean.class, "boolean", in -> {
        JsonToken t = in.p.currentToken();
        if (t != JsonToken.VALUE_TRUE && t != JsonToken.VALUE_FALSE) {
            throw in.expected("expected", Errors.say("what.boolean"));
        }
        return t == JsonToken.VALUE_TRUE;
    }, JsonGenerator::writeBoolean);

    /** A whole number that fits an {@code int}. */
    static final Codec<Integer> WHOLE = whole("whole", v -> v);

    /** A year between 1900 and 2999. */
    static final Codec<Integer> YEAR = whole("year", v -> Canon.year(YearRange.checkYear("year", v)));

    private static Codec<Integer> whole(String what, Function<Integer, Integer> make) {
        return scalar(Integer.class, what, in -> {
            JsonParser p = in.p;
            if (p.currentToken() != JsonToken.VALUE_NUMBER_INT) {
                throw in.expected("expected", Errors.say("what." + what));
            }
            if (p.getNumberType() != JsonParser.NumberType.INT) {
                throw in.expected("expected.outOfRange", Errors.say("what." + what));
            }
            return make(in, make, p.getIntValue());
        }, JsonGenerator::writeNumber);
    }

    /**
     * {@return the codec of a value type written as a number}
     *
     * @param type the type
     * @param make its factory from the exact number
     * @param number its number, as written
     * @param <T> the type
     */
    static <T> Codec<T> number(Class<T> type, Function<BigDecimal, T> make, Function<T, BigDecimal> number) {
        return scalar(type, "number", in -> make(in, make, decimal(in)), (g, v) -> g.writeNumber(number.apply(v).toPlainString()));
    }

    /**
     * {@return the codec of a value type written as a text}
     *
     * @param type the type
     * @param make its factory from the text
     * @param text its text, as written
     * @param <T> the type
     */
    static <T> Codec<T> text(Class<T> type, Function<String, T> make, Function<T, String> text) {
        return scalar(type, "string", in -> make(in, make, text(in)), (g, v) -> g.writeString(text.apply(v)));
    }

    /**
     * {@return the codec of an enum written by the camelCase names of its constants:
     * {@code HIGHER_IS_BETTER} is {@code "higherIsBetter"}}
     *
     * @param type the enum
     * @param <E> the enum
     */
    static <E extends Enum<E>> Codec<E> enumeration(Class<E> type) {
        SerializableString[] names = new SerializableString[type.getEnumConstants().length];
        Map<String, E> byName = new LinkedHashMap<>();
        for (E e : type.getEnumConstants()) {
            names[e.ordinal()] = new SerializedString(camelCase(e.name()));
            byName.put(names[e.ordinal()].getValue(), e);
        }
        String expected = String.join(", ", byName.keySet());
        return scalar(type, "enum", in -> {
            if (in.p.currentToken() != JsonToken.VALUE_STRING) {
                throw in.fail(Errors.say("expected.oneOf", expected, in.got()));
            }
            E e = byName.get(in.string());
            if (e == null) {
                throw in.fail(Errors.say("expected.oneOf", expected, Errors.quote(in.string())));
            }
            return e;
        }, (g, v) -> g.writeString(names[v.ordinal()]));
    }

    /**
     * {@return its JSON name, e.g. {@code partiallyAchieved}}
     *
     * @param constant an enum constant's name, e.g. {@code PARTIALLY_ACHIEVED}
     */
    static String camelCase(String constant) {
        String[] words = constant.toLowerCase(Locale.ROOT).split("_");
        StringBuilder sb = new StringBuilder(words[0]);
        for (int i = 1; i < words.length; i++) {
            sb.append(Character.toUpperCase(words[i].charAt(0))).append(words[i], 1, words[i].length());
        }
        return sb.toString();
    }

    /** The document's format version: major.minor, major {@value Format#MAJOR}; remembered for messages. */
    static final Codec<String> FORMAT_VERSION = scalar(String.class, "version", in -> {
        if (in.p.currentToken() != JsonToken.VALUE_STRING) {
            throw in.fail(Errors.say("expected.versionString", Format.VERSION, in.got()));
        }
        String v = in.string();
        Matcher m = VERSION_FORM.matcher(v);
        if (!m.matches()) {
            throw in.fail(Errors.say("expected.version", Format.VERSION, Errors.quote(v)));
        }
        if (Integer.parseInt(m.group(1)) != Format.MAJOR) {
            throw in.fail(Errors.say("unsupportedVersion", Errors.quote(v), Format.MAJOR, Format.VERSION));
        }
        in.declaredVersion = v;
        return v;
    }, (g, v) -> g.writeString(Format.VERSION));
}
