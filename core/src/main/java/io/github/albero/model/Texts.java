package io.github.albero.model;

import io.github.albero.internal.Problems;
import io.github.albero.InvalidValueException;
import io.github.albero.internal.Numbers;
import io.github.albero.internal.Strings;
import io.github.albero.period.YearRange;

/** Checks on the texts the model keeps. */
final class Texts {
    /** Longest text any field may hold: one million characters. */
    static final int MAX_LENGTH = 1_000_000;

    private Texts() {
    }

    // paths built once: the checks below run for every value read
    static final NodePath READING_VALUE = NodePath.of("reading", "value");
    static final NodePath READING_UPPER_BOUND = NodePath.of("reading", "upperBound");
    static final NodePath BASELINE_TEXT = NodePath.of("baseline", "text");
    static final NodePath BASELINE_YEAR = NodePath.of("baseline", "year");
    static final NodePath RESOURCES_YEARS = NodePath.of("resources", "years");

    static String requireText(String field, String text) {
        // the path is built only for the exception
        if (text != null && text.length() <= MAX_LENGTH && !Strings.isBlank(text)) {
            return text;
        }
        return requireText(NodePath.of(field), text);
    }

    static String requireText(NodePath field, String text) {
        if (text == null) {
            throw new InvalidValueException(field, null, Problems.of("required"));
        }
        if (Strings.isBlank(text)) {
            throw new InvalidValueException(field, text, Problems.of("notBlank"));
        }
        if (text.length() > MAX_LENGTH) {
            throw new InvalidValueException(field, text, Problems.of("atMostCharacters", MAX_LENGTH));
        }
        return text;
    }

    static void requireTexts(String field, java.util.List<String> texts) {
        for (int i = 0; i < texts.size(); i++) {
            requireText(NodePath.root().member(field, i), texts.get(i));
        }
    }

    /** A year as {@link YearRange#checkYear} checks it, located at {@code field}. */
    static int checkYear(NodePath field, int year) {
        try {
            return YearRange.checkYear("year", year);
        } catch (InvalidValueException e) {
            throw new InvalidValueException(field, year, e.message());
        }
    }

    /** A number as {@link Numbers#check} checks it, located at {@code field}. */
    static java.math.BigDecimal checkNumber(NodePath field, java.math.BigDecimal value, int maxScale) {
        try {
            return Numbers.check("value", value, maxScale);
        } catch (InvalidValueException e) {
            throw new InvalidValueException(field, e.value(), e.message());
        }
    }

    static String abbreviate(String text, int max) {
        return Strings.abbreviate(text, max);
    }
}
