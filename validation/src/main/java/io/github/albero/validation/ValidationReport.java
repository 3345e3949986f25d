package io.github.albero.validation;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The outcome of validating a plan (<i>esito della validazione</i>): its findings, in a stable
 * order (by path, then rule code), with helpers to filter them.
 *
 * <pre>{@code
 * ValidationReport report = PlanValidator.create().validate(plan);
 * report.hasErrors();                                  // false
 * report.warnings().size();                            // 3
 * report.byCode().get(RuleCode.BUDGET_UNUSED);         // [WARNING ALB-RES-002 …]
 * System.out.println(report.render(Locale.ITALIAN));
 * }</pre>
 */
public final class ValidationReport {

    private final List<Finding> findings;

    private ValidationReport(List<Finding> findings) {
        this.findings = findings;
    }

    /**
     * @param findings the findings, in any order
     * @return a report holding them in the stable order
     */
    public static ValidationReport of(Iterable<Finding> findings) {
        List<Finding> list = new ArrayList<>();
        findings.forEach(list::add);
        // each path is rendered once, not on every comparison
        Map<Finding, String> paths = new IdentityHashMap<>();
        list.forEach(f -> paths.put(f, f.path().toString()));
        list.sort(Comparator.<Finding, String>comparing(paths::get, ValidationReport::naturalCompare)
                .thenComparing(Finding::code).thenComparing(f -> f.value().orElse("")));
        return new ValidationReport(Collections.unmodifiableList(list));
    }

    /** @return every finding */
    public List<Finding> findings() {
        return findings;
    }

    /** @return the findings of severity ERROR */
    public List<Finding> errors() {
        return withSeverity(Severity.ERROR);
    }

    /** @return the findings of severity WARNING */
    public List<Finding> warnings() {
        return withSeverity(Severity.WARNING);
    }

    /** @return the findings of severity INFO */
    public List<Finding> infos() {
        return withSeverity(Severity.INFO);
    }

    /**
     * @param severity a severity
     * @return the findings of that severity
     */
    public List<Finding> withSeverity(Severity severity) {
        return findings.stream().filter(f -> f.severity() == severity).collect(Collectors.toUnmodifiableList());
    }

    /**
     * @param code a rule
     * @return the findings of that rule
     */
    public List<Finding> withCode(RuleCode code) {
        return findings.stream().filter(f -> f.code() == code).collect(Collectors.toUnmodifiableList());
    }

    /** @return the findings grouped by rule, in rule order; rules without findings are absent */
    public Map<RuleCode, List<Finding>> byCode() {
        Map<RuleCode, List<Finding>> map = new EnumMap<>(RuleCode.class);
        for (Finding f : findings) {
            map.computeIfAbsent(f.code(), c -> new ArrayList<>()).add(f);
        }
        map.replaceAll((c, l) -> Collections.unmodifiableList(l));
        return Collections.unmodifiableMap(map);
    }

    /** @return the rules that have at least one finding */
    public Set<RuleCode> codes() {
        Set<RuleCode> set = EnumSet.noneOf(RuleCode.class);
        findings.forEach(f -> set.add(f.code()));
        return Collections.unmodifiableSet(set);
    }

    /** @return true when at least one finding is an error */
    public boolean hasErrors() {
        return findings.stream().anyMatch(f -> f.severity() == Severity.ERROR);
    }

    /** @return true when there are no findings at all */
    public boolean isEmpty() {
        return findings.isEmpty();
    }

    /**
     * @param locale the language: Italian for any Italian locale, English otherwise
     * @return a summary line followed by one line per finding
     */
    public String render(Locale locale) {
        StringBuilder sb = new StringBuilder(Messages.render(locale, "report.summary", Map.of(
                "errors", Integer.toString(errors().size()),
                "warnings", Integer.toString(warnings().size()),
                "infos", Integer.toString(infos().size()))));
        for (Finding f : findings) {
            sb.append('\n').append(f.render(locale));
        }
        return sb.toString();
    }

    /** @return the report in English */
    @Override
    public String toString() {
        return render(Locale.ENGLISH);
    }

    // digit runs compare as numbers, so indicators[2] comes before indicators[10]
    static int naturalCompare(String a, String b) {
        int i = 0;
        int j = 0;
        while (i < a.length() && j < b.length()) {
            char ca = a.charAt(i);
            char cb = b.charAt(j);
            if (Character.isDigit(ca) && Character.isDigit(cb)) {
                int si = i;
                int sj = j;
                while (i < a.length() && Character.isDigit(a.charAt(i))) {
                    i++;
                }
                while (j < b.length() && Character.isDigit(b.charAt(j))) {
                    j++;
                }
                // compare the numbers without their leading zeros: first by length, then digit by digit
                while (si < i - 1 && a.charAt(si) == '0') {
                    si++;
                }
                while (sj < j - 1 && b.charAt(sj) == '0') {
                    sj++;
                }
                if (i - si != j - sj) {
                    return Integer.compare(i - si, j - sj);
                }
                for (int k = 0; k < i - si; k++) {
                    int c = Character.compare(a.charAt(si + k), b.charAt(sj + k));
                    if (c != 0) {
                        return c;
                    }
                }
            } else {
                if (ca != cb) {
                    return Character.compare(ca, cb);
                }
                i++;
                j++;
            }
        }
        return Integer.compare(a.length() - i, b.length() - j);
    }
}
