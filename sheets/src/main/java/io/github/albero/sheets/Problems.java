package io.github.albero.sheets;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** Collects the problems of one file, up to the limit; past it, one last problem says so and reading stops. */
final class Problems {
    /** Stops reading a file: a fatal problem, or too many. */
    static final class Abort extends RuntimeException {
        private static final long serialVersionUID = 1L;

        Abort() {
            super(null, null, false, false);
        }
    }

    private final List<SheetProblem> list = new ArrayList<>();
    private final int max;
    private final boolean strict;
    private boolean errors;

    Problems(int max, boolean strict) {
        this.max = max;
        this.strict = strict;
    }

    void error(SheetRule rule, String sheet, String cell, String column, String value, Map<String, ?> args) {
        add(SheetProblem.Severity.ERROR, rule, sheet, cell, column, value, args);
    }

    /** A problem that only a strict reader counts as an error: something in the file that is not read. */
    void notRead(SheetRule rule, String sheet, String cell, String column, String value, Map<String, ?> args) {
        add(strict ? SheetProblem.Severity.ERROR : SheetProblem.Severity.WARNING, rule, sheet, cell, column, value, args);
    }

    /** Adds a fatal error and stops reading. */
    Abort fatal(SheetRule rule, String sheet, String cell, String value, Map<String, ?> args) {
        add(SheetProblem.Severity.ERROR, rule, sheet, cell, null, value, args);
        return new Abort();
    }

    private void add(SheetProblem.Severity severity, SheetRule rule, String sheet, String cell, String column, String value,
            Map<String, ?> args) {
        if (severity == SheetProblem.Severity.ERROR) {
            errors = true;
        }
        if (list.size() >= max) {
            list.add(new SheetProblem(SheetProblem.Severity.ERROR, SheetRule.TOO_MANY_PROBLEMS, null, null, null, null,
                    Map.of("max", Integer.toString(max))));
            errors = true;
            throw new Abort();
        }
        list.add(new SheetProblem(severity, rule, sheet, cell, column, value, args));
    }

    boolean hasErrors() {
        return errors;
    }

    SheetReport report() {
        return new SheetReport(list);
    }
}
