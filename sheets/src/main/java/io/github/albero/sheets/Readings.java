package io.github.albero.sheets;

import io.github.albero.InvalidValueException;
import io.github.albero.measure.Unit;
import io.github.albero.model.ResultKind;
import io.github.albero.model.ResultReading;
import io.github.albero.model.ResultStatus;
import io.github.albero.model.TargetReading;
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

    /** {@return the reading, empty for "none"; the canonical form is core's {@link TargetReading#parse}} */
    static Optional<TargetReading> readTarget(String text) {
        if (isNone(text)) {
            return Optional.empty();
        }
        try {
            return Optional.of(TargetReading.parse(text));
        } catch (InvalidValueException e) {
            throw new CellProblem(SheetRule.BAD_READING);
        }
    }

    /** {@return the reading, empty for "none"} */
    static Optional<ResultReading> readResult(String text) {
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
