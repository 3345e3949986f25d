package io.github.albero.sheets;

import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * Every problem found in one spreadsheet (<i>rapporto sul foglio</i>), in the order met, so
 * that the whole file can be fixed in one pass. Immutable and thread-safe.
 */
public final class SheetReport {
    private final List<SheetProblem> problems;

    SheetReport(List<SheetProblem> problems) {
        this.problems = List.copyOf(problems);
    }

    /** {@return every problem, errors and warnings, in the order met} */
    public List<SheetProblem> problems() {
        return problems;
    }

    /** {@return the errors only} */
    public List<SheetProblem> errors() {
        return problems.stream().filter(p -> p.severity() == SheetProblem.Severity.ERROR).collect(Collectors.toUnmodifiableList());
    }

    /** {@return the warnings only} */
    public List<SheetProblem> warnings() {
        return problems.stream().filter(p -> p.severity() == SheetProblem.Severity.WARNING).collect(Collectors.toUnmodifiableList());
    }

    /** {@return true when at least one problem is an error} */
    public boolean hasErrors() {
        return problems.stream().anyMatch(p -> p.severity() == SheetProblem.Severity.ERROR);
    }

    /** {@return true when there is no problem at all} */
    public boolean isEmpty() {
        return problems.isEmpty();
    }

    /**
     * {@return a summary line followed by one line per problem}
     *
     * @param locale the language: Italian for any Italian locale, English otherwise
     */
    public String render(Locale locale) {
        StringBuilder sb = new StringBuilder(Messages.render(locale, "report.summary",
                java.util.Map.of("errors", errors().size(), "warnings", warnings().size())));
        for (SheetProblem p : problems) {
            sb.append('\n').append(p.render(locale));
        }
        return sb.toString();
    }

    /** {@return the English rendering} */
    @Override
    public String toString() {
        return render(Locale.ENGLISH);
    }
}
