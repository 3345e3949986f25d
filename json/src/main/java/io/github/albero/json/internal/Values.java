package io.github.albero.json.internal;

import io.github.albero.InvalidValueException;
import io.github.albero.period.YearRange;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.SerializableString;
import tools.jackson.core.io.SerializedString;

/**
 * The JSON scalars of the format: texts, exact numbers, years, enum names, and the value types
 * written as one of them. Each reads the token, checks what only JSON can get wrong (the token
 * type, a number's magnitude before any arithmetic, well-formed Unicode) and leaves every rule
 * of the value to the core type's own factory. Not exported.
 */
final class Values {
    /** The largest scale a number may have before the model's own, tighter checks. */
    private static final int MAX_READ_SCALE = 64;
    private static final BigDecimal[] SMALL = new BigDecimal[1025];

    static {
        for (int i = 0; i < SMALL.length; i++) {
            SMALL[i] = BigDecimal.valueOf(i);
        }
    }

    private Values() {
    }

    /** A non-blank, well-formed Unicode text; short ones shared through {@link Canon}. */
    static final Codec<String> TEXT = new Codec<>(String.class, "string") {
        @Override
        String read(In in) {
            return text(in);
        }

        @Override
        void write(Out out, String value) {
            out.g.writeString(value);
        }
    };

    static String text(In in) {
        JsonParser p = in.p;
        if (p.currentToken() != JsonToken.VALUE_STRING) {
            throw in.expected("expected", Errors.say("what.string"));
        }
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
        // a text met recently is shared, and was checked when first met: only a new one is checked
        int h = in.sharing ? Canon.hash(chars, offset, length) : 0;
        String shared = in.sharing ? Canon.find(chars, offset, length, h) : null;
        if (shared != null) {
            return shared;
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
        return in.sharing ? Canon.keep(chars, offset, length, h) : new String(chars, offset, length);
    }

    /** An exact number, bounded in magnitude and scale before any arithmetic. */
    static final Codec<BigDecimal> DECIMAL = new Codec<>(BigDecimal.class, "number") {
        @Override
        BigDecimal read(In in) {
            return decimal(in);
        }

        @Override
        void write(Out out, BigDecimal value) {
            out.g.writeNumber(value.toPlainString());
        }
    };

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
    static final Codec<java.time.LocalDate> DATE = new Codec<>(java.time.LocalDate.class, "date") {
        @Override
        java.time.LocalDate read(In in) {
            if (in.p.currentToken() != JsonToken.VALUE_STRING) {
                throw in.fail(Errors.say("expected.date", in.got()));
            }
            String v = in.p.getString();
            try {
                if (!v.matches("\\d{4}-\\d{2}-\\d{2}")) {
                    throw new java.time.DateTimeException(v);
                }
                return java.time.LocalDate.parse(v);
            } catch (java.time.DateTimeException e) {
                throw in.fail(Errors.say("expected.dateForm", Errors.quote(v)));
            }
        }

        @Override
        void write(Out out, java.time.LocalDate value) {
            out.g.writeString(value.toString());
        }
    };

    /** {@code true} or {@code false}. */
    static final Codec<Boolean> BOOLEAN = new Codec<>(Boolean.class, "boolean") {
        @Override
        Boolean read(In in) {
            JsonToken t = in.p.currentToken();
            if (t != JsonToken.VALUE_TRUE && t != JsonToken.VALUE_FALSE) {
                throw in.expected("expected", Errors.say("what.boolean"));
            }
            return t == JsonToken.VALUE_TRUE;
        }

        @Override
        void write(Out out, Boolean value) {
            out.g.writeBoolean(value);
        }
    };

    /** A whole number that fits an {@code int}. */
    static final Codec<Integer> WHOLE = whole("whole", Integer.class, v -> v);

    /** A year between 1900 and 2999. */
    static final Codec<Integer> YEAR = whole("year", Integer.class,
            v -> Canon.year(YearRange.checkYear("year", v)));

    private static <T> Codec<T> whole(String what, Class<T> type, Function<Integer, T> make) {
        return new Codec<>(type, what) {
            @Override
            T read(In in) {
                JsonParser p = in.p;
                if (p.currentToken() != JsonToken.VALUE_NUMBER_INT) {
                    throw in.expected("expected", what());
                }
                if (p.getNumberType() != JsonParser.NumberType.INT) {
                    throw in.expected("expected.outOfRange", what());
                }
                try {
                    return make.apply(p.getIntValue());
                } catch (InvalidValueException e) {
                    throw in.fail(e);
                }
            }

            @Override
            void write(Out out, T value) {
                out.g.writeNumber(((Integer) value).intValue());
            }
        };
    }

    /**
     * A value type written as a number.
     *
     * @param type the type
     * @param make its factory from the exact number
     * @param number its number, as written
     * @param <T> the type
     * @return the codec
     */
    static <T> Codec<T> number(Class<T> type, Function<BigDecimal, T> make, Function<T, BigDecimal> number) {
        return new Codec<>(type, "number") {
            @Override
            T read(In in) {
                BigDecimal v = decimal(in);
                try {
                    return make.apply(v);
                } catch (InvalidValueException e) {
                    throw in.fail(e);
                }
            }

            @Override
            void write(Out out, T value) {
                out.g.writeNumber(number.apply(value).toPlainString());
            }
        };
    }

    /**
     * A value type written as a text.
     *
     * @param type the type
     * @param make its factory from the text
     * @param text its text, as written
     * @param <T> the type
     * @return the codec
     */
    static <T> Codec<T> text(Class<T> type, Function<String, T> make, Function<T, String> text) {
        return new Codec<>(type, "string") {
            @Override
            T read(In in) {
                String s = text(in);
                try {
                    return make.apply(s);
                } catch (InvalidValueException e) {
                    throw in.fail(e);
                }
            }

            @Override
            void write(Out out, T value) {
                out.g.writeString(text.apply(value));
            }
        };
    }

    /**
     * An enum written by the camelCase name of its constant: {@code HIGHER_IS_BETTER} is
     * {@code "higherIsBetter"}.
     *
     * @param type the enum
     * @param <E> the enum
     * @return the codec
     */
    static <E extends Enum<E>> Codec<E> enumeration(Class<E> type) {
        E[] constants = type.getEnumConstants();
        SerializableString[] names = new SerializableString[constants.length];
        Map<String, E> byName = new HashMap<>();
        List<String> all = new ArrayList<>();
        for (E e : constants) {
            String name = camelCase(e.name());
            names[e.ordinal()] = new SerializedString(name);
            byName.put(name, e);
            all.add(name);
        }
        String expected = String.join(", ", all);
        return new Codec<>(type, "enum") {
            @Override
            E read(In in) {
                if (in.p.currentToken() != JsonToken.VALUE_STRING) {
                    throw in.fail(Errors.say("expected.oneOf", expected, in.got()));
                }
                String s = in.string();
                E e = byName.get(s);
                if (e == null) {
                    throw in.fail(Errors.say("expected.oneOf", expected, Errors.quote(s)));
                }
                return e;
            }

            @Override
            void write(Out out, E value) {
                out.g.writeString(names[value.ordinal()]);
            }
        };
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

    private static final Pattern VERSION_FORM = Pattern.compile("(0|[1-9][0-9]{0,8})\\.(0|[1-9][0-9]{0,8})");

    /** The document's format version: major.minor, major {@value Format#MAJOR}; remembered for messages. */
    static final Codec<String> FORMAT_VERSION = new Codec<>(String.class, "version") {
        @Override
        String read(In in) {
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
        }

        @Override
        void write(Out out, String value) {
            out.g.writeString(Format.VERSION);
        }
    };
}
