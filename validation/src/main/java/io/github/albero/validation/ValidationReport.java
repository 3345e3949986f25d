package io.github.albero.validation;

import io.github.albero.text.Formatter;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.EnumSet;
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
     * {@return a report holding them in the stable order}
     *
     * @param findings the findings, in any order
     */
    public static ValidationReport of(Iterable<Finding> findings) {
        List<Sorted> sorted = new ArrayList<>();
        // findings on one node share its key: the readable path is rendered once per node
        java.util.Map<io.github.albero.model.NodePath, String> keys = new java.util.HashMap<>();
        findings.forEach(f -> sorted.add(new Sorted(keys.computeIfAbsent(f.path(), p -> naturalKey(p.toString())), f)));
        sorted.sort(Comparator.comparing(Sorted::key).thenComparing(s -> s.finding().code())
                .thenComparing(s -> s.finding().value().orElse("")));
        List<Finding> list = new ArrayList<>(sorted.size());
        sorted.forEach(s -> list.add(s.finding()));
        return new ValidationReport(Collections.unmodifiableList(list));
    }

    /** {@return every finding} */
    public List<Finding> findings() {
        return findings;
    }

    /** {@return the findings of severity ERROR} */
    public List<Finding> errors() {
        return withSeverity(Severity.ERROR);
    }

    /** {@return the findings of severity WARNING} */
    public List<Finding> warnings() {
        return withSeverity(Severity.WARNING);
    }

    /** {@return the findings of severity INFO} */
    public List<Finding> infos() {
        return withSeverity(Severity.INFO);
    }

    /**
     * {@return the findings of that severity}
     *
     * @param severity a severity
     */
    public List<Finding> withSeverity(Severity severity) {
        return findings.stream().filter(f -> f.severity() == severity).collect(Collectors.toUnmodifiableList());
    }

    /**
     * {@return the findings of that rule}
     *
     * @param code a rule
     */
    public List<Finding> withCode(RuleCode code) {
        return findings.stream().filter(f -> f.code() == code).collect(Collectors.toUnmodifiableList());
    }

    /** {@return the findings grouped by rule, in rule order; rules without findings are absent} */
    public Map<RuleCode, List<Finding>> byCode() {
        Map<RuleCode, List<Finding>> map = new EnumMap<>(RuleCode.class);
        for (Finding f : findings) {
            map.computeIfAbsent(f.code(), c -> new ArrayList<>()).add(f);
        }
        map.replaceAll((c, l) -> Collections.unmodifiableList(l));
        return Collections.unmodifiableMap(map);
    }

    /** {@return the rules that have at least one finding} */
    public Set<RuleCode> codes() {
        Set<RuleCode> set = EnumSet.noneOf(RuleCode.class);
        findings.forEach(f -> set.add(f.code()));
        return Collections.unmodifiableSet(set);
    }

    /** {@return true when at least one finding is an error} */
    public boolean hasErrors() {
        return findings.stream().anyMatch(f -> f.severity() == Severity.ERROR);
    }

    /** {@return true when there are no findings at all} */
    public boolean isEmpty() {
        return findings.isEmpty();
    }

    /**
     * {@return a summary line followed by one line per finding}
     *
     * @param locale the language: Italian for any Italian locale, English otherwise
     */
    public String render(Locale locale) {
        return render(Formatter.of(locale));
    }

    private String render(Formatter f) {
        StringBuilder sb = new StringBuilder(Messages.CATALOG.message("report.summary", Map.of(
                "errors", errors().size(), "warnings", warnings().size(), "infos", infos().size())).render(f));
        for (Finding finding : findings) {
            sb.append('\n').append(finding.render(f));
        }
        return sb.toString();
    }

    /** {@return the report in English with canonical numbers ({@code EUR 5000.00})} */
    @Override
    public String toString() {
        return render(Formatter.canonical());
    }

    /** A finding with its sort key, computed once rather than on every comparison. */
    private record Sorted(String key, Finding finding) {
    }

    /**
     * The path as a key whose plain string order is natural order (digit runs compare as numbers,
     * so indicators[2] comes before indicators[10]): every run of digits loses its leading zeros
     * and is padded to ten digits.
     */
    static String naturalKey(String path) {
        int n = path.length();
        int runs = 0;
        for (int i = 0; i < n; i++) {
            if (isDigit(path.charAt(i)) && (i == 0 || !isDigit(path.charAt(i - 1)))) {
                runs++;
            }
        }
        char[] key = new char[n + 10 * runs];
        int k = 0;
        for (int i = 0; i < n;) {
            char c = path.charAt(i);
            if (!isDigit(c)) {
                key[k++] = c;
                i++;
                continue;
            }
            int start = i;
            while (i < n && isDigit(path.charAt(i))) {
                i++;
            }
            while (start < i - 1 && path.charAt(start) == '0') {
                start++;
            }
            for (int pad = 10 - (i - start); pad > 0; pad--) {
                key[k++] = '0';
            }
            path.getChars(start, i, key, k);
            k += i - start;
        }
        return new String(key, 0, k);
    }

    private static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }
}
