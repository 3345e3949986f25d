package io.github.albero.sheets;

import java.util.Map;

/** Thrown by a conversion when a cell breaks a rule; the reader adds the location. */
final class CellProblem extends RuntimeException {
    private static final long serialVersionUID = 1L;

    final SheetRule rule;
    final transient Map<String, ?> arguments;

    CellProblem(SheetRule rule, Map<String, ?> arguments) {
        super(rule.code(), null, false, false);
        this.rule = rule;
        this.arguments = arguments;
    }

    CellProblem(SheetRule rule) {
        this(rule, Map.of());
    }
}
