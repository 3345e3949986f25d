package io.github.albero.render;

import io.github.albero.achievement.AchievementNode;
import io.github.albero.achievement.AchievementPolicy;
import io.github.albero.achievement.AchievementReport;
import io.github.albero.achievement.Band;
import io.github.albero.achievement.BandTable;
import io.github.albero.achievement.Row;
import io.github.albero.achievement.Rows;
import io.github.albero.internal.Strings;
import io.github.albero.model.NodeKind;
import io.github.albero.table.Table;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Achievement trees, their lines, headings, summaries and row tables in one language. */
final class AchievementText {
    private AchievementText() {
    }

    static void tree(StringBuilder sb, AchievementNode n, Phrases p) {
        Trees.indent(sb, n, 0, x -> line(x, p));
    }

    static String report(AchievementReport r, Phrases p) {
        // the canonical rendering is headed by the report's own toString, as every canonical form of the library
        String heading = p == Phrases.TEXT ? r.toString() : p.get("report.heading", r.year(), policy(r.policy(), p));
        StringBuilder sb = new StringBuilder(heading).append('\n');
        tree(sb, r.root(), p);
        r.publicValue().forEach(n -> tree(sb, n, p));
        return sb.toString();
    }

    /** {@return e.g. "strategic objective 011-005-004 FAVORIRE …: 75% partially achieved (weight 25%) — mean of …"} */
    static String line(AchievementNode n, Phrases p) {
        StringBuilder sb = new StringBuilder(p.get("kind." + n.kind().name() + ".1"));
        n.code().ifPresent(c -> sb.append(' ').append(c));
        sb.append(' ').append(Strings.abbreviate(n.name(), 50)).append(": ");
        if (n.score().isEmpty()) {
            sb.append(p.get("node.notMeasurable"));
        } else {
            sb.append(p.pct(n.score().get()));
            n.band().ifPresent(b -> sb.append(' ').append(bandLabel(b, p)));
        }
        n.relativeWeight().ifPresent(r -> sb.append(p.get("node.weight", p.pct(r))));
        return sb.append(" — ").append(ExplanationText.of(n.explanation(), p)).toString();
    }

    /** {@return the band's label, translated into Italian when it is one of the default table's} */
    static String bandLabel(Band band, Phrases p) {
        return p.italian() && BandTable.defaults().bands().contains(band) ? p.get("band." + band.label()) : band.label();
    }

    static String policy(AchievementPolicy policy, Phrases p) {
        StringBuilder bands = new StringBuilder();
        for (Band b : policy.bands().bands()) {
            if (bands.length() > 0) {
                bands.append(" | ");
            }
            String sep = p.italian() ? "; " : ", ";
            bands.append(bandLabel(b, p)).append(' ')
                    .append(b.lower().map(l -> (b.lowerInclusive() ? "[" : "(") + p.pct(l)).orElse("(−∞")).append(sep)
                    .append(b.upper().map(u -> p.pct(u) + (b.upperInclusive() ? "]" : ")")).orElse("+∞)"));
        }
        // the cap only when the method has one, and the method's other rules only when it states them
        String cap = policy.isCapped() ? p.get("policy.cap", p.pct(policy.cap())) : p.get("policy.noCap");
        StringBuilder method = new StringBuilder();
        policy.minimumThreshold().ifPresent(t -> method.append(p.get("policy.threshold", p.pct(t))));
        policy.scoreScale().ifPresent(s -> method.append(p.get("policy.scoreScale", s)));
        policy.lateDeadlineDecline().ifPresent(d -> method.append(p.get("policy.lateDecline", p.num(d.points()))));
        if (policy.rollsUpExactValues()) {
            method.append(p.get("policy.exactRollups"));
        }
        if (policy.scale() != AchievementPolicy.SCALE || policy.rounding() != AchievementPolicy.ROUNDING) {
            method.append(p.get("rounding." + policy.rounding(), policy.scale()));
        }
        return p.get("policy.summary", cap, p.get("policy." + policy.formula()), p.pct(policy.partiallyAchieved()),
                p.pct(policy.postponed()), p.get("policy." + policy.nothingReported()), p.get("policy." + policy.missingResult()),
                p.get("policy." + policy.outsideRange()), bands, p.get("policy." + policy.rollup())) + method;
    }

    /** {@return the headline score and what it averages, the count of objectives and indicators per band, the indicators not measurable and why} */
    static String summary(AchievementReport report, Phrases p) {
        AchievementNode root = report.root();
        StringBuilder sb = new StringBuilder();
        sb.append(p.view("summary.heading", report.year(),
                root.score().map(s -> percent(s.points(), p)).orElseGet(() -> p.view("summary.notMeasurable"))))
                .append(" — ").append(ExplanationText.of(root.explanation(), p)).append('\n');
        counts(sb, report.objectives(), p.view("summary.objectives"), p);
        counts(sb, report.indicators(), p.view("summary.indicators"), p);
        Rows missing = report.indicators().notMeasurable();
        if (!missing.isEmpty()) {
            sb.append(p.view("summary.missing")).append('\n');
            for (Row r : missing) {
                sb.append("- ").append(r.objectiveCode()).append(' ').append(r.name()).append(": ").append(reason(r, p)).append('\n');
            }
        }
        return sb.toString();
    }

    private static void counts(StringBuilder sb, Rows rows, String noun, Phrases p) {
        Map<String, Integer> byBand = new LinkedHashMap<>();
        for (Row r : rows) {
            String band = !r.measurable() ? p.view("summary.band.notMeasurable")
                    : bandLabel(r, p).isEmpty() ? p.view("summary.band.none") : bandLabel(r, p);
            byBand.merge(band, 1, Integer::sum);
        }
        sb.append(rows.size()).append(' ').append(noun).append(": ");
        StringBuilder parts = new StringBuilder();
        byBand.forEach((band, n) -> parts.append(parts.length() == 0 ? "" : ", ").append(n).append(' ').append(band));
        sb.append(parts.length() == 0 ? p.view("summary.none") : parts).append('\n');
    }

    /** {@return the row's band label, or "" when not measurable or in no band} */
    static String bandLabel(Row r, Phrases p) {
        return r.node().band().map(b -> bandLabel(b, p)).orElse("");
    }

    /** {@return the row's score rounded to at most two decimals, e.g. "98,75%", or "" when not measurable} */
    static String scoreText(Row r, Phrases p) {
        return r.score().map(s -> percent(s.points(), p)).orElse("");
    }

    /** {@return why the row's node is not measurable, or "" when it is} */
    static String reason(Row r, Phrases p) {
        return r.measurable() ? "" : ExplanationText.of(r.node().explanation(), p);
    }

    /** A percentage with at most two decimals, decimal comma in Italian. */
    static String percent(BigDecimal points, Phrases p) {
        String n = points.setScale(2, RoundingMode.HALF_EVEN).stripTrailingZeros().toPlainString();
        return (p.italian() ? n.replace('.', ',') : n) + "%";
    }

    /**
     * {@return for indicators the objective, name, target and result texts, score and band; for
     * other levels the code, name, score, band and, when not measurable, the reason}
     */
    static Table table(Rows rows, Phrases p) {
        boolean indicators = !rows.isEmpty() && rows.stream().allMatch(r -> r.kind() == NodeKind.INDICATOR);
        List<List<String>> cells = new ArrayList<>();
        if (indicators) {
            rows.forEach(r -> cells.add(List.of(r.objectiveCode(), r.name(), r.targetText(), r.resultText(), scoreText(r, p),
                    r.measurable() ? bandLabel(r, p) : p.view("rows.notMeasurable"))));
            return Table.of(p.views("rows.indicatorHeaders"), cells);
        }
        rows.forEach(r -> cells.add(List.of(r.code(), r.name(), scoreText(r, p), r.measurable() ? bandLabel(r, p) : reason(r, p))));
        return Table.of(p.views("rows.headers"), cells);
    }

    /** {@return every row with all its columns, the score a plain number with the language's decimal mark} */
    static Table csvTable(Rows rows, Phrases p) {
        List<List<String>> cells = new ArrayList<>();
        for (Row r : rows) {
            String score = r.score().map(s -> s.points().setScale(2, RoundingMode.HALF_EVEN).toPlainString()).orElse("");
            cells.add(List.of(p.view("rows.kind." + r.kind().name()), r.path().toString(), r.code(), r.objectiveCode(), r.name(),
                    r.targetText(), r.resultText(), p.italian() ? score.replace('.', ',') : score, bandLabel(r, p),
                    r.measurable() ? p.view("rows.yes") : p.view("rows.no"), reason(r, p)));
        }
        return Table.of(p.views("rows.csvHeaders"), cells);
    }
}
