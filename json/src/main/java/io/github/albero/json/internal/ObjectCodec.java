package io.github.albero.json.internal;

import io.github.albero.InvalidValueException;
import io.github.albero.model.YearMap;
import io.github.albero.period.YearRange;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.SortedMap;
import java.util.function.BiConsumer;
import java.util.function.BiFunction;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.function.Supplier;
import java.util.function.ToIntFunction;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.io.SerializedString;
import tools.jackson.core.sym.BinaryNameMatcher;
import tools.jackson.core.sym.PropertyNameMatcher;

/**
 * A JSON object of the format, declared as its members in writing order: each member is a
 * name, the codec of its value, its shape (one value, maybe absent or null, a list, an object
 * keyed by year), how the value goes into the builder and how it is read back from the model.
 * One declaration drives reading, writing, and the tests that hold FORMAT.md and the schema to
 * it. Rules that involve more than one member are the core builders' alone; a broken one is
 * re-located by {@link In#translate}. Not exported.
 *
 * @param <T> the model type
 * @param <B> what the members are gathered in: the type's builder, or a small draft
 */
public final class ObjectCodec<T, B> extends Codec<T> {
    private final Supplier<B> start;
    private BiFunction<In, B, T> finish;
    private final List<Member<T, B>> members = new ArrayList<>();
    // Jackson's own matcher of member names (what databind's bean deserializers use): the name's
    // bytes are matched to a member's index without decoding a String
    private PropertyNameMatcher matcher;
    @SuppressWarnings("unchecked")
    private Member<T, B>[] byIndex = new Member[0];
    private long required;
    private Canon.Shared<T> shared;
    private Canon.ByBytes<T> byBytes;

    ObjectCodec(Class<T> type, String what, Supplier<B> start, BiFunction<In, B, T> finish) {
        super(type, what);
        this.start = start;
        this.finish = finish;
    }

    /** {@return the members' names, in writing order} */
    public List<String> names() {
        return members.stream().map(m -> m.name).toList();
    }

    /** {@return the names of the members that must be present} */
    public List<String> requiredNames() {
        return members.stream().filter(m -> (required & m.bit) != 0).map(m -> m.name).toList();
    }

    /** How a member holds its value. */
    private enum Shape {
        /** One value, present. */
        REQUIRED,
        /** One value, or absent: written when present. */
        OPTIONAL,
        /** One value, absent, or {@code null}: written as {@code null} when the model says so. */
        NULLABLE,
        /** An array: written when not empty (or always). */
        LIST,
        /** An object keyed by year: written in year order when not empty. */
        YEARS
    }

    /** One member of an object. */
    private static final class Member<T, B> {
        final String name;
        final SerializedString serialized;
        final Codec<Object> codec;
        final boolean isText;
        final Shape shape;
        final BiConsumer<B, Object> set;
        final Function<T, ?> get;
        Consumer<B> setNull;
        YearPut<B, Object> put;
        Predicate<T> writeNull;
        boolean always;
        long bit;

        @SuppressWarnings("unchecked")
        Member(String name, Codec<?> codec, Shape shape, BiConsumer<B, ?> set, Function<T, ?> get) {
            this.name = name;
            this.serialized = new SerializedString(name);
            this.codec = (Codec<Object>) codec;
            this.isText = codec == Values.TEXT;
            this.shape = shape;
            this.set = (BiConsumer<B, Object>) set;
            this.get = get;
        }

        void read(In in, B b) {
            JsonParser p = in.p;
            switch (shape) {
                case LIST:
                    if (p.currentToken() != JsonToken.START_ARRAY) {
                        throw in.expected("expected", Errors.say("what.array"));
                    }
                    while (p.nextToken() != JsonToken.END_ARRAY) {
                        set.accept(b, value(in));
                    }
                    return;
                case YEARS:
                    readYears(in, b, codec, put, name);
                    return;
                case NULLABLE:
                    if (p.currentToken() == JsonToken.VALUE_NULL) {
                        setNull.accept(b);
                        return;
                    }
                    set.accept(b, value(in));
                    return;
                default:
                    set.accept(b, value(in));
            }
        }

        /** {@return the value read} Texts, the most common values, are read by a direct call. */
        private Object value(In in) {
            return isText ? Values.text(in) : codec.read(in);
        }

        void write(Out out, T t) {
            Object v = get.apply(t);
            if (shape == Shape.OPTIONAL || shape == Shape.NULLABLE) {
                Optional<?> o = (Optional<?>) v;
                if (o.isEmpty() && (shape == Shape.OPTIONAL || !writeNull.test(t))) {
                    return;
                }
                v = o.orElse(null);
            } else if (shape == Shape.LIST && !always && ((List<?>) v).isEmpty() || shape == Shape.YEARS && ((YearMap<?>) v).isEmpty()) {
                return;
            }
            out.g.writeName(serialized);
            writeValue(out, v);
        }

        /** Writes the member's value (null for a nullable member's {@code null}) without its name. */
        @SuppressWarnings("unchecked")
        void writeValue(Out out, Object v) {
            if (v == null) {
                out.g.writeNull();
            } else if (shape == Shape.LIST) {
                List<?> values = (List<?>) v;
                out.g.writeStartArray(values, values.size());
                for (int i = 0, n = values.size(); i < n; i++) {
                    out.value(codec, values.get(i));
                }
                out.g.writeEndArray();
            } else if (shape == Shape.YEARS) {
                out.g.writeStartObject();
                // year by year without boxing: a year map's entry set makes an entry and a year object each
                ((YearMap<Object>) v).forEachYear((year, value) -> {
                    out.g.writeName(Format.yearName(year));
                    out.value(codec, value);
                });
                out.g.writeEndObject();
            } else {
                out.value(codec, v);
            }
        }
    }

    private ObjectCodec<T, B> add(Member<T, B> m, boolean isRequired) {
        if (members.size() == Long.SIZE) {
            throw new IllegalStateException("an object of the format has at most 64 members");
        }
        if (members.stream().anyMatch(other -> other.name.equals(m.name))) {
            throw new IllegalStateException("member " + m.name + " declared twice in " + what);
        }
        m.bit = 1L << members.size();
        members.add(m);
        if (isRequired) {
            required |= m.bit;
        }
        byIndex = members.toArray(byIndex);
        matcher = BinaryNameMatcher.construct(names());
        return this;
    }

    /** A member that must be present. */
    <V> ObjectCodec<T, B> required(String name, Codec<V> codec, BiConsumer<B, V> set, Function<T, V> get) {
        return add(new Member<>(name, codec, Shape.REQUIRED, set, get), true);
    }

    /** A member that may be absent; absent in the model, it is not written. */
    <V> ObjectCodec<T, B> optional(String name, Codec<V> codec, BiConsumer<B, V> set, Function<T, Optional<V>> get) {
        return add(new Member<>(name, codec, Shape.OPTIONAL, set, get), false);
    }

    /**
     * A member that may be absent or {@code null}; written as {@code null} when absent in the
     * model and {@code writeNull} says so.
     */
    <V> ObjectCodec<T, B> nullable(String name, Codec<V> codec, BiConsumer<B, V> set, Consumer<B> setNull,
            Function<T, Optional<V>> get, Predicate<T> writeNull) {
        Member<T, B> m = new Member<>(name, codec, Shape.NULLABLE, set, get);
        m.setNull = setNull;
        m.writeNull = writeNull;
        return add(m, false);
    }

    /** An array of values, added one by one; written when not empty, or {@code always}. */
    <V> ObjectCodec<T, B> list(String name, Codec<V> codec, BiConsumer<B, V> add, Function<T, List<V>> get,
            boolean isRequired, boolean always) {
        Member<T, B> m = new Member<>(name, codec, Shape.LIST, add, get);
        m.always = always;
        return add(m, isRequired);
    }

    /** An object keyed by year ({@code "2017": …}), each year put in the builder with its year. */
    @SuppressWarnings("unchecked")
    <V> ObjectCodec<T, B> years(String name, Codec<V> codec, YearPut<B, V> put, Function<T, SortedMap<Integer, V>> get) {
        Member<T, B> m = new Member<>(name, codec, Shape.YEARS, null, get);
        m.put = (YearPut<B, Object>) put;
        return add(m, false);
    }

    /**
     * {@return a value type whose JSON form is the value of this object's one member alone: a
     * band table is the array of its bands, resources the object of its years}
     */
    Codec<T> bare() {
        Member<T, B> m = members.get(0);
        return new Codec<>(type, what) {
            @Override
            T read(In in) {
                B b = start.get();
                m.read(in, b);
                return built(in, b);
            }

            @Override
            void write(Out out, T value) {
                m.writeValue(out, m.get.apply(value));
            }
        };
    }

    /**
     * Keeps equal values read recently once (a bounded table), for the small immutable values
     * that repeat across indicators and plans.
     *
     * @param slots the table's size, a power of two
     * @param hash a cheap hash consistent with {@code equals}
     */
    void share(int slots, ToIntFunction<? super T> hash) {
        this.shared = new Canon.Shared<>(slots, hash);
        this.byBytes = new Canon.ByBytes<>(slots);
    }

    /**
     * Adds a step before the value is built, with the reading context at hand.
     *
     * @param step what to do with the builder first
     * @return this
     */
    ObjectCodec<T, B> before(BiConsumer<In, B> step) {
        BiFunction<In, B, T> then = finish;
        this.finish = (in, b) -> {
            step.accept(in, b);
            return then.apply(in, b);
        };
        return this;
    }

    /** How a year's value goes into a builder, e.g. {@code Indicator.Builder::putTargets}. */
    interface YearPut<B, V> {
        void put(B builder, int year, V value);
    }

    /** Reads an object keyed by year into the builder; a repeated year found in one word near the first year, else in a bit set of all years. */
    private static <B, V> void readYears(In in, B b, Codec<V> codec, YearPut<B, ? super V> put, String what) {
        JsonParser p = in.p;
        if (p.currentToken() != JsonToken.START_OBJECT) {
            throw in.expected("expected.years", what);
        }
        long near = 0;
        long[] far = null;
        int base = Integer.MIN_VALUE;
        String key;
        while ((key = p.nextName()) != null) {
            int y = yearOf(key);
            if (y < 0) {
                throw in.fail(Errors.say("expected.yearName", Errors.quote(key)));
            }
            try {
                YearRange.checkYear("year", y);
            } catch (InvalidValueException e) {
                throw in.fail(e);
            }
            base = base == Integer.MIN_VALUE ? y - Long.SIZE / 2 : base;
            int i = y - base;
            long before = near;
            if (i >= 0 && i < Long.SIZE) {
                near |= 1L << i;
            } else {
                far = far == null ? new long[(Canon.LAST_YEAR - Canon.FIRST_YEAR) / Long.SIZE + 1] : far;
                i = y - Canon.FIRST_YEAR;
                before = far[i >>> 6];
                far[i >>> 6] |= 1L << i;
            }
            if ((before & (1L << i)) != 0) {
                throw in.duplicate(key);
            }
            p.nextToken();
            put.put(b, y, codec.read(in));
        }
    }

    /** {@return the year a member name of four digits gives, or -1} */
    static int yearOf(String key) {
        if (key.length() != 4) {
            return -1;
        }
        int y = 0;
        for (int i = 0; i < 4; i++) {
            char c = key.charAt(i);
            if (c < '0' || c > '9') {
                return -1;
            }
            y = 10 * y + c - '0';
        }
        return y;
    }

    @Override
    T read(In in) {
        JsonParser p = in.p;
        if (p.currentToken() != JsonToken.START_OBJECT) {
            throw in.expected("expected.object", what());
        }
        byte[] bytes = byBytes != null && in.sharing ? in.bytes : null;
        if (bytes != null) {
            // an object met recently is found by its bytes: jumped over, not read again
            int from = in.contentStart() - 1;
            boolean located = from >= 0 && bytes[from] == '{';
            int context = in.context();
            int h = located ? Canon.hash(bytes, from, Math.min(bytes.length, from + Canon.PREFIX)) * 31 + context : 0;
            Canon.Bytes found = located ? byBytes.find(bytes, from, h, context) : null;
            if (found != null) {
                in.jumping.jumpObject(from + found.bytes().length, found.tokens());
                @SuppressWarnings("unchecked")
                T value = (T) found.value();
                return value;
            }
            int to = located ? Canon.objectEnd(bytes, from) : -1;
            if (to >= 0) {
                // met for the first time in these bytes: an equal value read before is still kept once
                long tokens = p.currentTokenCount();
                T value = shared.of(readMembers(in));
                byBytes.keep(bytes, from, to, h, context, (int) (p.currentTokenCount() - tokens), value);
                return value;
            }
        }
        T value = readMembers(in);
        return shared == null || !in.sharing ? value : shared.of(value);
    }

    /** {@return the object, read member by member; the parser is on its opening brace} */
    private T readMembers(In in) {
        JsonParser p = in.p;
        B b = start.get();
        long seen = 0;
        int ix;
        while ((ix = p.nextNameMatch(matcher)) != PropertyNameMatcher.MATCH_END_OBJECT) {
            if (ix < 0) {
                // a name the format does not define (MATCH_ODD_TOKEN cannot occur inside an object)
                String name = p.currentName();
                p.nextToken();
                in.unknown(this, name);
                continue;
            }
            Member<T, B> m = byIndex[ix];
            if ((seen & m.bit) != 0) {
                throw in.duplicate(m.name);
            }
            seen |= m.bit;
            p.nextToken();
            m.read(in, b);
        }
        if ((seen & required) != required) {
            long missing = required & ~seen;
            Member<T, B> m = byIndex[Long.numberOfTrailingZeros(missing)];
            throw in.failAt(in.pointer(), Errors.say("missing", Errors.quote(m.name), what()), null);
        }
        return built(in, b);
    }

    /** {@return the value built from its members; a rule of the model it breaks is located on the document} */
    private T built(In in, B b) {
        try {
            return finish.apply(in, b);
        } catch (InvalidValueException e) {
            throw in.translate(e, in.pointer());
        }
    }

    @Override
    void write(Out out, T value) {
        out.g.writeStartObject(value, members.size());
        for (Member<T, B> m : members) {
            m.write(out, value);
        }
        out.g.writeEndObject();
    }
}
