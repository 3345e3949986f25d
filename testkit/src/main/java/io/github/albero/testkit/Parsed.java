package io.github.albero.testkit;

import io.github.albero.model.Result;
import io.github.albero.model.Target;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;

/**
 * Targets and results read by the core TextReader, memoised for the short texts the generators
 * draw again and again: reading is pure and the values are immutable, so sharing them changes
 * nothing but speed.
 */
final class Parsed {
    private static final int MAX_TEXT = 300;
    private static final int MAX_ENTRIES = 20_000;
    private static final Map<String, Target> TARGETS = new ConcurrentHashMap<>();
    private static final Map<String, Result> RESULTS = new ConcurrentHashMap<>();

    private Parsed() {
    }

    static Target target(String text) {
        return memo(TARGETS, text, Target::parse);
    }

    static Result result(String text) {
        return memo(RESULTS, text, Result::parse);
    }

    private static <T> T memo(Map<String, T> cache, String text, Function<String, T> parse) {
        if (text.length() > MAX_TEXT) {
            return parse.apply(text);
        }
        T value = cache.get(text);
        if (value == null) {
            value = parse.apply(text);
            if (cache.size() < MAX_ENTRIES) {
                cache.putIfAbsent(text, value);
            }
        }
        return value;
    }
}
