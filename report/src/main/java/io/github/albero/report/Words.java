package io.github.albero.report;

import io.github.albero.achievement.AchievementNode;
import io.github.albero.achievement.Band;
import io.github.albero.achievement.BandTable;
import io.github.albero.model.Plan;
import io.github.albero.validation.Finding;
import io.github.albero.validation.RuleCode;
import io.github.albero.validation.Severity;
import io.github.albero.validation.ValidationReport;
import io.github.albero.variance.Direction;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The words and tones every format shares: statuses, bands, directions, counts, the title. */
final class Words {
    private Words() {
    }

    /** {@return the node's band in words, or "not measurable"} */
    static String status(AchievementNode n, Labels labels) {
        if (!n.measurable()) {
            return labels.get("status.none");
        }
        return n.band().map(b -> band(b.label(), labels)).orElse(labels.get("status.nobands"));
    }

    /** {@return a band label in the labels' language (custom labels as they are)} */
    static String band(String bandLabel, Labels labels) {
        if (bandLabel.equals(Summary.NOT_MEASURABLE)) {
            return labels.get("status.none");
        }
        return labels.getOr("status." + bandLabel, Safe.flat(bandLabel));
    }

    /** {@return "good" for the first band tried, "bad" for the last, "mid" between, "none" without a band} */
    static String tone(AchievementNode n, BandTable bands) {
        if (!n.measurable() || n.band().isEmpty()) {
            return "none";
        }
        return tone(n.band().get().label(), bands);
    }

    static String tone(String bandLabel, BandTable bands) {
        List<Band> all = bands.bands();
        for (int i = 0; i < all.size(); i++) {
            if (all.get(i).label().equals(bandLabel)) {
                return i == 0 ? "good" : i == all.size() - 1 ? "bad" : "mid";
            }
        }
        return "none";
    }

    /** {@return a mark and a word that say the tone without colour, e.g. "✓"} */
    static String mark(String tone) {
        switch (tone) {
            case "good":
                return "✓";
            case "mid":
                return "◐";
            case "bad":
                return "✗";
            default:
                return "–";
        }
    }

    /** {@return e.g. "≥ 90% raggiunto"} */
    static String range(Band b, Formats formats, Labels labels) {
        String range;
        if (b.lower().isPresent()) {
            range = (b.lowerInclusive() ? "≥ " : "> ") + formats.percent(b.lower().get());
        } else if (b.upper().isPresent()) {
            range = (b.upperInclusive() ? "≤ " : "< ") + formats.percent(b.upper().get());
        } else {
            range = "*";
        }
        return range + " " + band(b.label(), labels);
    }

    static String direction(Direction d, Labels labels) {
        return labels.get("direction." + d.name());
    }

    static String directionTone(Direction d) {
        return d == Direction.FAVOURABLE ? "good" : d == Direction.UNFAVOURABLE ? "bad" : "none";
    }

    /** {@return e.g. "1 errore, 18 avvisi, 16 note"} */
    static String counts(ValidationReport v, Labels labels) {
        if (v.isEmpty()) {
            return labels.get("validation.none");
        }
        List<String> parts = new ArrayList<>();
        for (Severity s : Severity.values()) {
            int n = v.withSeverity(s).size();
            parts.add(n + " " + labels.get("count." + s.name() + (n == 1 ? ".1" : ".n")));
        }
        return String.join(", ", parts);
    }

    /** {@return the findings grouped by rule, errors first, then warnings, then notes, each in the rulebook's order} */
    static Map<RuleCode, List<Finding>> byRule(ValidationReport v) {
        Map<RuleCode, List<Finding>> groups = new LinkedHashMap<>();
        for (Severity s : Severity.values()) {
            for (RuleCode r : RuleCode.values()) {
                if (r.severity() != s) {
                    continue;
                }
                for (Finding f : v.findings()) {
                    if (f.code() == r) {
                        groups.computeIfAbsent(r, k -> new ArrayList<>()).add(f);
                    }
                }
            }
        }
        return groups;
    }

    /** {@return e.g. "1 rilievo", "2 rilievi"} */
    static String findings(int n, Labels labels) {
        return labels.get("findings.count", n);
    }

    static String severity(Severity s, Labels labels) {
        return labels.get("severity." + s.name());
    }

    /** {@return a finding's message, its numbers in the labels' language, neutralised and flat} */
    static String message(Finding f, Labels labels, Formats formats) {
        return Safe.flat(f.message(labels.locale()));
    }

    /** {@return the document's title, e.g. "Relazione sulla performance 2017" when it has none} */
    static String title(Plan plan, Labels labels) {
        return plan.title().map(Safe::flat).orElse(labels.get("kind." + plan.kind().name(), plan.referenceYear()));
    }

    /** {@return e.g. "Relazione sulla performance · anno 2017"} */
    static String kicker(Plan plan, int year, Labels labels) {
        return labels.get("kicker." + plan.kind().name(), year);
    }
}
