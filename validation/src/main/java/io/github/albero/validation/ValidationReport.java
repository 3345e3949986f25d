package io.github.albero.validation;

import io.github.albero.model.NodePath;
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
 * order (by place in the plan, then rule code; see {@link #of}), with helpers to filter them.
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
     * {@return a report holding them in the stable order}: by place in the plan (segment by
     * segment from the plan down, member names and then codes, indices or years in natural order,
     * so that indicators[2] comes before indicators[10], and a node before what lies below it),
     * then by rule code, then by value
     *
     * @param findings the findings, in any order
     */
    public static ValidationReport of(Iterable<Finding> findings) {
        List<Sorted> sorted = new ArrayList<>();
        // compared on the path's typed segments: no path is rendered to be sorted
        findings.forEach(f -> sorted.add(new Sorted(f.path().segments(), f)));
        sorted.sort(ORDER);
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

    /** A finding with its path's segments, taken once rather than on every comparison. */
    private record Sorted(List<NodePath.Segment> path, Finding finding) {
    }

    private static final Comparator<Sorted> ORDER = (x, y) -> {
        int c = comparePaths(x.path(), y.path());
        if (c != 0) {
            return c;
        }
        c = x.finding().code().compareTo(y.finding().code());
        return c != 0 ? c : x.finding().value().orElse("").compareTo(y.finding().value().orElse(""));
    };

    /** The order of paths: segment by segment from the plan down; a path before those it leads to. */
    static int comparePaths(List<NodePath.Segment> a, List<NodePath.Segment> b) {
        int n = Math.min(a.size(), b.size());
        for (int i = 0; i < n; i++) {
            NodePath.Segment s = a.get(i);
            NodePath.Segment t = b.get(i);
            if (s == t) {
                continue;
            }
            // member names are a few constants and siblings share their keys' strings: equal most of the time
            int c = s.name().equals(t.name()) ? 0 : natural(s.name(), t.name());
            if (c == 0) {
                c = s.key() == null ? (t.key() == null ? 0 : -1) : t.key() == null ? 1 : s.key().equals(t.key()) ? 0 : natural(s.key(), t.key());
            }
            if (c != 0) {
                return c;
            }
        }
        return Integer.compare(a.size(), b.size());
    }

    /**
     * Natural order of two texts: runs of digits compare as numbers (leading zeros aside), the rest
     * character by character.
     */
    static int natural(String a, String b) {
        int i = 0;
        int j = 0;
        int n = a.length();
        int m = b.length();
        while (i < n && j < m) {
            char c = a.charAt(i);
            char d = b.charAt(j);
            if (isDigit(c) && isDigit(d)) {
                int si = i;
                int sj = j;
                while (si < n - 1 && a.charAt(si) == '0' && isDigit(a.charAt(si + 1))) {
                    si++;
                }
                while (sj < m - 1 && b.charAt(sj) == '0' && isDigit(b.charAt(sj + 1))) {
                    sj++;
                }
                int ei = si;
                int ej = sj;
                while (ei < n && isDigit(a.charAt(ei))) {
                    ei++;
                }
                while (ej < m && isDigit(b.charAt(ej))) {
                    ej++;
                }
                int c2 = Integer.compare(ei - si, ej - sj);
                for (int k = 0; c2 == 0 && k < ei - si; k++) {
                    c2 = Character.compare(a.charAt(si + k), b.charAt(sj + k));
                }
                if (c2 != 0) {
                    return c2;
                }
                i = ei;
                j = ej;
            } else {
                if (c != d) {
                    return Character.compare(c, d);
                }
                i++;
                j++;
            }
        }
        return Integer.compare(n - i, m - j);
    }

    private static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }
}
