package io.github.albero.json.internal;

import io.github.albero.InvalidValueException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SortedMap;
import java.util.function.BiConsumer;
import java.util.function.Function;
import java.util.function.Supplier;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.io.SerializedString;
import tools.jackson.core.sym.BinaryNameMatcher;
import tools.jackson.core.sym.PropertyNameMatcher;

/**
 * A JSON object of the format, declared as its members in writing order: each member is a
 * name, the codec of its value, how the value goes into the builder and how it is read back
 * from the model. One declaration drives reading, writing, and the tests that hold FORMAT.md
 * and the schema to it. Rules that involve more than one member are the core builders' alone;
 * a broken one is re-located by {@link In#translate}. Not exported.
 *
 * @param <T> the model type
 * @param <B> what the members are gathered in: the type's builder, or a small draft
 */
public final class ObjectCodec<T, B> extends Codec<T> {
    private final Supplier<B> start;
    private final Function<B, T> finish;
    private java.util.function.BiFunction<In, B, T> finishIn;
    private final List<Member<T, B>> members = new ArrayList<>();
    private final Map<String, Member<T, B>> byName = new HashMap<>();
    // Jackson's own matcher of member names (what databind's bean deserializers use): the name's
    // bytes are matched to a member's index without decoding a String
    private PropertyNameMatcher matcher;
    @SuppressWarnings("unchecked")
    private Member<T, B>[] byIndex = new Member[0];
    private long required;
    private Canon.Shared<T> shared;

    ObjectCodec(Class<T> type, String what, Supplier<B> start, Function<B, T> finish) {
        super(type, what);
        this.start = start;
        this.finish = finish;
    }

    /** {@return the members' names, in writing order} */
    public List<String> names() {
        List<String> names = new ArrayList<>();
        members.forEach(m -> names.add(m.name));
        return names;
    }

    /** {@return the names of the members that must be present} */
    public List<String> requiredNames() {
        List<String> names = new ArrayList<>();
        members.stream().filter(m -> (required & m.bit) != 0).forEach(m -> names.add(m.name));
        return names;
    }

    /**
     * {@return the codec of its value (of its elements, for lists and year maps)}
     *
     * @param name a member's name
     */
    public Codec<?> codecOf(String name) {
        return byName.get(name).valueCodec;
    }

    private <V> ObjectCodec<T, B> add(Member<T, B> m, boolean isRequired) {
        if (members.size() == Long.SIZE) {
            throw new IllegalStateException("an object of the format has at most 64 members");
        }
        m.bit = 1L << members.size();
        members.add(m);
        if (byName.put(m.name, m) != null) {
            throw new IllegalStateException("member " + m.name + " declared twice in " + what);
        }
        if (isRequired) {
            required |= m.bit;
        }
        byIndex = members.toArray(byIndex);
        matcher = BinaryNameMatcher.construct(names());
        return this;
    }

    /**
     * A member that must be present.
     *
     * @param name its JSON name
     * @param codec its value
     * @param set puts the value in the builder
     * @param get the value in the model
     * @param <V> the value's type
     * @return this
     */
    <V> ObjectCodec<T, B> required(String name, Codec<V> codec, BiConsumer<B, V> set, Function<T, V> get) {
        return add(new Member<>(name, codec) {
            @Override
            void read(In in, B b) {
                set.accept(b, codec.read(in));
            }

            @Override
            void write(Out out, T t) {
                out.g.writeName(serialized);
                out.value(codec, get.apply(t));
            }
        }, true);
    }

    /**
     * A member that may be absent; absent in the model, it is not written.
     *
     * @param name its JSON name
     * @param codec its value
     * @param set puts the value in the builder
     * @param get the value in the model
     * @param <V> the value's type
     * @return this
     */
    <V> ObjectCodec<T, B> optional(String name, Codec<V> codec, BiConsumer<B, V> set, Function<T, Optional<V>> get) {
        return add(new Member<>(name, codec) {
            @Override
            void read(In in, B b) {
                set.accept(b, codec.read(in));
            }

            @Override
            void write(Out out, T t) {
                Optional<V> v = get.apply(t);
                if (v.isPresent()) {
                    out.g.writeName(serialized);
                    out.value(codec, v.get());
                }
            }
        }, false);
    }

    /**
     * Keeps equal values read recently once (a bounded table), for the small immutable values
     * that repeat across indicators and plans.
     *
     * @param slots the table's size, a power of two
     * @param hash a cheap hash consistent with {@code equals}
     */
    void share(int slots, java.util.function.ToIntFunction<? super T> hash) {
        this.shared = new Canon.Shared<>(slots, hash);
    }

    /**
     * Finishes the value with the reading context at hand (the format version, the reader's options).
     *
     * @param finisher builds the value from the builder
     * @return this
     */
    ObjectCodec<T, B> finishing(java.util.function.BiFunction<In, B, T> finisher) {
        this.finishIn = finisher;
        return this;
    }

    /**
     * A member that may be absent or {@code null}; written as {@code null} when the model says so.
     *
     * @param name its JSON name
     * @param codec its value
     * @param set puts the value in the builder
     * @param setNull records an explicit {@code null}
     * @param get the value in the model
     * @param writeNull true when an absent value must be written as {@code null}
     * @param <V> the value's type
     * @return this
     */
    <V> ObjectCodec<T, B> nullable(String name, Codec<V> codec, BiConsumer<B, V> set, java.util.function.Consumer<B> setNull,
            Function<T, Optional<V>> get, java.util.function.Predicate<T> writeNull) {
        return add(new Member<>(name, codec) {
            @Override
            void read(In in, B b) {
                if (in.p.currentToken() == JsonToken.VALUE_NULL) {
                    setNull.accept(b);
                } else {
                    set.accept(b, codec.read(in));
                }
            }

            @Override
            void write(Out out, T t) {
                Optional<V> v = get.apply(t);
                if (v.isPresent()) {
                    out.g.writeName(serialized);
                    out.value(codec, v.get());
                } else if (writeNull.test(t)) {
                    out.g.writeName(serialized);
                    out.g.writeNull();
                }
            }
        }, false);
    }

    /**
     * A list; written when not empty (or always, for the tree's own levels).
     *
     * @param name its JSON name
     * @param codec its elements
     * @param add adds one element to the builder
     * @param get the list in the model
     * @param isRequired true when the member must be present
     * @param always true to write the member even when the list is empty
     * @param <V> the elements' type
     * @return this
     */
    <V> ObjectCodec<T, B> list(String name, Codec<V> codec, BiConsumer<B, V> add, Function<T, List<V>> get,
            boolean isRequired, boolean always) {
        return add(new Member<>(name, codec) {
            @Override
            void read(In in, B b) {
                JsonParser p = in.p;
                if (p.currentToken() != JsonToken.START_ARRAY) {
                    throw in.expected("expected", Errors.say("what.array"));
                }
                while (p.nextToken() != JsonToken.END_ARRAY) {
                    add.accept(b, codec.read(in));
                }
            }

            @Override
            void write(Out out, T t) {
                List<V> values = get.apply(t);
                if (always || !values.isEmpty()) {
                    out.g.writeName(serialized);
                    out.g.writeStartArray(values, values.size());
                    for (int i = 0, n = values.size(); i < n; i++) {
                        out.value(codec, values.get(i));
                    }
                    out.g.writeEndArray();
                }
            }
        }, isRequired);
    }

    /** Puts one year's value in a builder. */
    interface YearSetter<B, V> {
        void put(B builder, Integer year, V value);
    }

    /**
     * An object keyed by year ({@code "2017": …}), written in year order when not empty.
     *
     * @param name its JSON name
     * @param codec the values
     * @param put puts one year's value in the builder
     * @param get the map in the model
     * @param <V> the values' type
     * @return this
     */
    <V> ObjectCodec<T, B> years(String name, Codec<V> codec, YearSetter<B, V> put, Function<T, SortedMap<Integer, V>> get) {
        return add(new Member<>(name, codec) {
            @Override
            void read(In in, B b) {
                readYears(in, b, codec, put, name);
            }

            @Override
            void write(Out out, T t) {
                SortedMap<Integer, V> values = get.apply(t);
                if (!values.isEmpty()) {
                    out.g.writeName(serialized);
                    writeYears(out, values, codec);
                }
            }
        }, false);
    }

    static <B, V> void readYears(In in, B b, Codec<V> codec, YearSetter<B, V> put, String what) {
        JsonParser p = in.p;
        if (p.currentToken() != JsonToken.START_OBJECT) {
            throw in.expected("expected.years", what);
        }
        // years met so far, 1900-2999 as bits: duplicates are found here rather than by the parser
        long[] seen = null;
        String key;
        while ((key = p.nextName()) != null) {
            if (!isYear(key)) {
                throw in.fail(Errors.say("expected.yearName", Errors.quote(key)));
            }
            int y;
            try {
                y = io.github.albero.period.YearRange.checkYear("year", (key.charAt(0) - '0') * 1000
                        + (key.charAt(1) - '0') * 100 + (key.charAt(2) - '0') * 10 + (key.charAt(3) - '0'));
            } catch (InvalidValueException e) {
                throw in.fail(e);
            }
            if (seen == null) {
                seen = new long[(Canon.LAST_YEAR - Canon.FIRST_YEAR) / Long.SIZE + 1];
            }
            int i = y - Canon.FIRST_YEAR;
            if ((seen[i >>> 6] & (1L << i)) != 0) {
                throw in.duplicate(key);
            }
            seen[i >>> 6] |= 1L << i;
            p.nextToken();
            put.put(b, Canon.year(y), codec.read(in));
        }
    }

    private static boolean isYear(String key) {
        if (key.length() != 4) {
            return false;
        }
        for (int i = 0; i < 4; i++) {
            char c = key.charAt(i);
            if (c < '0' || c > '9') {
                return false;
            }
        }
        return true;
    }

    static <V> void writeYears(Out out, SortedMap<Integer, V> values, Codec<V> codec) {
        out.g.writeStartObject();
        for (Map.Entry<Integer, V> e : values.entrySet()) {
            out.g.writeName(Format.yearName(e.getKey()));
            out.value(codec, e.getValue());
        }
        out.g.writeEndObject();
    }

    @Override
    T read(In in) {
        JsonParser p = in.p;
        if (p.currentToken() != JsonToken.START_OBJECT) {
            throw in.expected("expected.object", what());
        }
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
            for (Member<T, B> m : members) {
                if ((required & m.bit) != 0 && (seen & m.bit) == 0) {
                    throw in.failAt(in.pointer(), Errors.say("missing", Errors.quote(m.name), what()), null);
                }
            }
        }
        try {
            T value = finishIn != null ? finishIn.apply(in, b) : finish.apply(b);
            return shared == null || !in.sharing ? value : shared.of(value);
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

    /** One member of an object. */
    private abstract static class Member<T, B> {
        final String name;
        final SerializedString serialized;
        final Codec<?> valueCodec;
        long bit;

        Member(String name, Codec<?> valueCodec) {
            this.name = name;
            this.serialized = new SerializedString(name);
            this.valueCodec = valueCodec;
        }

        abstract void read(In in, B b);

        abstract void write(Out out, T t);
    }
}
