package io.github.albero.sheets;

import io.github.albero.InvalidValueException;
import io.github.albero.measure.Unit;
import io.github.albero.model.ResultKind;
import io.github.albero.model.ResultReading;
import io.github.albero.model.ResultStatus;
import io.github.albero.model.TargetReading;
import io.github.albero.model.TextReader;
import java.math.BigDecimal;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The reading overrides of the Valori sheet. A target's or result's reading is normally derived
 * from its text by core's {@code TextReader}; only when the plan's reading differs from the
 * derived one does the writer fill the override cell, in the notation of {@code toString}:
 * {@code atLeast 2 n}, {@code between 1..5 score}, {@code milestone}, {@code deadline 2017-06-30},
 * {@code exactly 5 % (inferred)}; {@code number 2.9 gg}, {@code percentage 95},
 * {@code status achieved}, {@code date 2017-06-28}, {@code nothingReported}; {@code nessuna} /
 * {@code none} for no reading at all.
 */
final class Readings {
    static final String NONE = "nessuna";
    private static final Pattern TARGET = Pattern.compile(
            "(?i)(atLeast|atMost|exactly|between|milestone)(?:\\s+([-+]?\\d+(?:\\.\\d+)?)(?:\\.\\.([-+]?\\d+(?:\\.\\d+)?))?)?(?:\\s+(\\S.*))?");
    private static final Pattern RESULT = Pattern.compile(
            "(?i)(number|percentage|status|date|nothingReported)(?:\\s+([-+]?\\d+(?:\\.\\d+)?))?(?:\\s+(\\S.*))?");
    private static final Pattern DATE = Pattern.compile("(?i)date\\s+(\\d{4}-\\d{2}-\\d{2})");

    private Readings() {
    }

    /** {@return the reading core's {@code TextReader} derives from a target's text (it remembers recent texts)} */
    static Optional<TargetReading> derivedTarget(String text) {
        return TextReader.readTarget(text);
    }

    /** {@return the reading core's {@code TextReader} derives from a result's text} */
    static Optional<ResultReading> derivedResult(String text) {
        return TextReader.readResult(text);
    }

    /**
     * A bounded table of override notations parsed (the readings of texts are core's
     * {@code TextReader}'s own table): a fixed number of slots indexed by the text's hash, a newcomer
     * replacing the occupant of its slot, texts above a length not kept, so memory stays bounded
     * whatever the input (4 096 slots of up to 128 characters: about 1.5 MB at worst per table). No lock: an entry is an immutable object with
     * final fields, safely published by the plain array store; racing threads at worst compute a
     * value twice.
     */
    private static final class Memo<V> {
        final int maxLength;
        private final Entry<V>[] table;
        private final java.util.function.Function<String, V> make;

        /**
         * @param slots a power of two
         * @param maxLength the longest text kept
         */
        @SuppressWarnings("unchecked")
        Memo(int slots, int maxLength, java.util.function.Function<String, V> make) {
            this.table = new Entry[slots];
            this.maxLength = maxLength;
            this.make = make;
        }

        V of(String key) {
            if (key.length() > maxLength) {
                return make.apply(key);
            }
            int h = key.hashCode();
            int slot = (h ^ (h >>> 16)) & (table.length - 1);
            Entry<V> e = table[slot];
            if (e != null && e.key.equals(key)) {
                return e.value;
            }
            V v = make.apply(key);
            table[slot] = new Entry<>(key, v);
            return v;
        }
    }

    private static final class Entry<V> {
        final String key;
        final V value;

        Entry(String key, V value) {
            this.key = key;
            this.value = value;
        }
    }

    static boolean isNone(String text) {
        String f = Kind.fold(text);
        return f.equals("nessuna") || f.equals("none") || f.equals("nessuno");
    }

    static String write(Optional<TargetReading> reading) {
        return reading.map(TargetReading::toString).orElse(NONE);
    }

    static String writeResult(Optional<ResultReading> reading) {
        if (reading.isEmpty()) {
            return NONE;
        }
        ResultReading r = reading.get();
        switch (r.kind()) {
            case NUMBER:
                return "number " + r.value().get().toPlainString() + r.unit().map(u -> " " + u).orElse("");
            case PERCENTAGE:
                return "percentage " + r.value().get().toPlainString();
            case STATUS:
                return "status " + camel(r.status().get());
            case DATE:
                return "date " + r.date().get();
            default:
                return "nothingReported";
        }
    }

    // overrides repeat too (a plan's readings that its texts do not give): parsed once; a text that is
    // not a reading throws and is not kept
    private static final Memo<Optional<TargetReading>> TARGET_OVERRIDES = new Memo<>(1 << 12, 128, Readings::parseTarget);
    private static final Memo<Optional<ResultReading>> RESULT_OVERRIDES = new Memo<>(1 << 12, 128, Readings::parseResult);

    /** {@return the reading, empty for "none"; the canonical form is core's {@link TargetReading#parse}} */
    static Optional<TargetReading> readTarget(String text) {
        return TARGET_OVERRIDES.of(text);
    }

    /** {@return the reading, empty for "none"} */
    static Optional<ResultReading> readResult(String text) {
        return RESULT_OVERRIDES.of(text);
    }

    private static Optional<TargetReading> parseTarget(String text) {
        if (isNone(text)) {
            return Optional.empty();
        }
        try {
            return Optional.of(TargetReading.parse(text));
        } catch (InvalidValueException e) {
            throw new CellProblem(SheetRule.BAD_READING);
        }
    }

    private static Optional<ResultReading> parseResult(String text) {
        if (isNone(text)) {
            return Optional.empty();
        }
        Matcher d = DATE.matcher(text.strip());
        if (d.matches()) {
            try {
                return Optional.of(ResultReading.date(LocalDate.parse(d.group(1))));
            } catch (DateTimeException e) {
                throw new CellProblem(SheetRule.BAD_READING);
            }
        }
        Matcher m = RESULT.matcher(text.strip());
        if (!m.matches()) {
            throw new CellProblem(SheetRule.BAD_READING);
        }
        ResultKind kind = enumOf(ResultKind.class, m.group(1));
        ResultReading.Builder b = ResultReading.builder().kind(kind);
        if (m.group(2) != null) {
            b.value(new BigDecimal(m.group(2)));
        }
        if (m.group(3) != null) {
            if (kind == ResultKind.STATUS) {
                b.status(enumOf(ResultStatus.class, m.group(3).strip()));
            } else {
                b.unit(Unit.of(m.group(3)));
            }
        }
        return Optional.of(b.build());
    }

    private static <E extends Enum<E>> E enumOf(Class<E> type, String camel) {
        String f = camel.replace("_", "").toLowerCase(Locale.ROOT);
        for (E e : type.getEnumConstants()) {
            if (e.name().replace("_", "").toLowerCase(Locale.ROOT).equals(f)) {
                return e;
            }
        }
        throw new CellProblem(SheetRule.BAD_READING);
    }

    private static String camel(Enum<?> e) {
        String[] parts = e.name().toLowerCase(Locale.ROOT).split("_");
        StringBuilder sb = new StringBuilder(parts[0]);
        for (int i = 1; i < parts.length; i++) {
            sb.append(Character.toUpperCase(parts[i].charAt(0))).append(parts[i].substring(1));
        }
        return sb.toString();
    }
}
