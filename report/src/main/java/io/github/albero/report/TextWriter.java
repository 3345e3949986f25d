package io.github.albero.report;

import io.github.albero.render.Render;

import io.github.albero.achievement.AchievementNode;
import io.github.albero.achievement.AchievementPolicy;
import io.github.albero.model.NodeKind;
import io.github.albero.model.Plan;
import io.github.albero.model.ResourceLine;
import io.github.albero.validation.Finding;
import io.github.albero.validation.RuleCode;
import io.github.albero.variance.LineVariance;
import io.github.albero.variance.ResourceVariance;
import io.github.albero.variance.VarianceNode;
import io.github.albero.table.Table;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The terminal text: summary, achievement tree, resources table and findings, no wider than
 * {@value #WIDTH} code points; every table printed by core's {@link Table}, the code an analyst's
 * views print with. Every text of the document is neutralised (an ESC prints as {@code ␛}, never
 * reaching the terminal).
 */
final class TextWriter {
    static final int WIDTH = 120;

    /** The most code points of a title in the resources tables, wrapped over the lines of one node. */
    private static final int TITLE = 20;

    private final Analysis analysis;
    private final Labels labels;
    private final Formats formats;
    private final Summary summary;
    private final List<String> out = new ArrayList<>();

    private TextWriter(Analysis analysis, Labels labels, Formats formats) {
        this.analysis = analysis;
        this.labels = labels;
        this.formats = formats;
        this.summary = Summary.of(analysis);
    }

    static String render(Analysis analysis, Labels labels, Formats formats) {
        TextWriter w = new TextWriter(analysis, labels, formats);
        w.heading();
        w.summary();
        w.achievement();
        w.resources();
        w.findings();
        return w.out.stream().map(String::stripTrailing).collect(Collectors.joining("\n", "", "\n"));
    }

    private void heading() {
        Plan plan = analysis.plan();
        out.add(Safe.abbreviate(Words.title(plan, labels) + " · " + plan.administration().name(), WIDTH));
        out.add(Words.kicker(plan, analysis.year(), labels));
        int programs = plan.missions().stream().mapToInt(m -> m.programs().size()).sum();
        out.add(labels.get("counts", plan.missions().size(), programs, plan.objectives().size(), plan.indicators().size(), analysis.year()));
    }

    private void section(String title) {
        out.add("");
        out.add(title);
        out.add("=".repeat(Safe.width(title)));
    }

    private void wrapped(String text, String indent) {
        for (String line : Safe.wrap(text, WIDTH - indent.length())) {
            out.add(indent + line);
        }
    }

    // 1. summary ------------------------------------------------------------------------------

    private void summary() {
        int year = analysis.year();
        section(labels.get("section.summary.n", 1));
        out.add(labels.get("headline", year) + ": " + summary.headline().map(formats::percent).orElse("—") + " "
                + Words.mark(Words.tone(summary.root(), analysis.achievement().policy().bands())) + " "
                + Words.status(summary.root(), labels));
        out.add("");
        out.add(labels.get("bands.caption", year) + ":");
        List<List<String>> bands = new ArrayList<>();
        for (Map.Entry<String, Integer> e : summary.objectivesByBand().entrySet()) {
            bands.add(List.of(Words.band(e.getKey(), labels), String.valueOf(e.getValue())));
        }
        table(Table.of(List.of(labels.get("column.band"), labels.get("column.objectives")), bands), "  ");
        out.add("");
        out.add(labels.get("budget.caption", year) + ":");
        if (summary.totals().isPresent()) {
            List<List<String>> rows = new ArrayList<>();
            lines(rows, "", "", summary.totals().get());
            table(Table.of(resourceHeaders().subList(2, 8), rows), "  ");
        } else {
            out.add("  " + labels.get("noFigures", year));
        }
        out.add("");
        out.add(labels.get("errors.title") + ": " + Words.counts(analysis.validation(), labels));
        for (Finding f : summary.errors()) {
            finding(f);
        }
    }

    // 2. achievement --------------------------------------------------------------------------

    private void achievement() {
        section(labels.get("section.achievement", 2, analysis.year()));
        AchievementPolicy p = analysis.achievement().policy();
        out.add(labels.get("policy", formats.percent(p.cap()), formats.percent(p.partiallyAchieved()), formats.percent(p.postponed())));
        wrapped(labels.get("legend.bands", p.bands().bands().stream().map(b -> Words.range(b, formats, labels))
                .collect(Collectors.joining("; "))), "");
        out.add("");
        tree(analysis.achievement().root());
        // the PIAO's public-value objectives roll up from impact indicators and the objectives linked to them
        for (AchievementNode v : analysis.achievement().publicValue()) {
            out.add("");
            out.add(labels.get("member.publicValue") + " " + v.code().orElse(""));
            tree(v);
        }
    }

    private void tree(AchievementNode root) {
        List<AchievementNode> nodes = new ArrayList<>();
        List<Integer> depths = new ArrayList<>();
        List<List<String>> rows = new ArrayList<>();
        node(root, 0, nodes, depths, rows);
        List<String> lines = Table.of(List.of(labels.get("column.node"), labels.get("column.score"), labels.get("column.status")), rows)
                .render(WIDTH).lines().collect(Collectors.toList());
        // the table's lines are its header, its rule and one line per row: each row's explanation goes under it
        out.addAll(lines.subList(0, 2));
        for (int i = 0; i < nodes.size(); i++) {
            out.add(lines.get(i + 2));
            wrapped(Render.of(labels.locale()).explanation(nodes.get(i).explanation()), "  ".repeat(depths.get(i)) + "    ");
        }
    }

    private void node(AchievementNode n, int depth, List<AchievementNode> nodes, List<Integer> depths, List<List<String>> rows) {
        String label = n.kind() == NodeKind.INDICATOR ? "· " + n.name() : n.code().map(c -> c + " ").orElse("") + n.name();
        String tone = Words.tone(n, analysis.achievement().policy().bands());
        nodes.add(n);
        depths.add(depth);
        rows.add(List.of("  ".repeat(depth) + Safe.flat(label), n.score().map(formats::percent).orElse("—"),
                Words.mark(tone) + " " + Words.status(n, labels)));
        n.children().forEach(c -> node(c, depth + 1, nodes, depths, rows));
    }

    // 3. resources ----------------------------------------------------------------------------

    private void resources() {
        section(labels.get("section.resources", 3, analysis.year()));
        out.add(labels.get("legend.direction"));
        VarianceNode root = analysis.variance().root();
        List<VarianceNode> missions = root.children();
        List<VarianceNode> programs = missions.stream().flatMap(m -> m.children().stream()).collect(Collectors.toList());
        List<VarianceNode> objectives = programs.stream().flatMap(p -> p.children().stream()).collect(Collectors.toList());
        level(labels.get("level.objectives"), objectives);
        level(labels.get("level.programs"), programs);
        level(labels.get("level.missions"), missions);
        out.add("");
        out.add(labels.get("level.total"));
        List<List<String>> rows = new ArrayList<>();
        rows(rows, labels.get("total"), root.name(), root);
        table(Table.of(resourceHeaders(), rows), "");
    }

    private void level(String title, List<VarianceNode> nodes) {
        out.add("");
        out.add(title);
        List<List<String>> rows = new ArrayList<>();
        for (VarianceNode n : nodes) {
            rows(rows, Safe.flat(n.code().orElse("")), n.name(), n);
        }
        table(Table.of(resourceHeaders(), rows), "");
    }

    private List<String> resourceHeaders() {
        return List.of(labels.get("column.code"), labels.get("column.title"), labels.get("column.line"), labels.get("column.budget"),
                labels.get("column.actual"), labels.get("column.absolute"), labels.get("column.relative"), labels.get("column.direction"));
    }

    private void rows(List<List<String>> rows, String code, String title, VarianceNode n) {
        if (n.variance().isEmpty()) {
            // the message goes in the last, widest text column, so that it does not widen the others
            rows.add(List.of(code, Safe.abbreviate(title, TITLE), "", "—", "—", "—", "—", labels.get("noFigures", analysis.year())));
            return;
        }
        lines(rows, code, title, n.variance().get());
    }

    /** One row per resource line: with a code and a title wrapped over the rows, or (both empty) only the figures. */
    private void lines(List<List<String>> rows, String code, String title, ResourceVariance v) {
        boolean withTitle = !code.isEmpty() || !title.isEmpty();
        List<String> titles = Safe.wrap(title, TITLE, ResourceLine.values().length);
        int i = 0;
        for (LineVariance lv : v.lines()) {
            List<String> row = new ArrayList<>();
            if (withTitle) {
                row.add(i == 0 ? code : "");
                row.add(i < titles.size() ? titles.get(i) : "");
            }
            row.add(labels.get("line." + lv.line().name()));
            row.add(formats.amount(lv.budget()));
            row.add(formats.amount(lv.actual()));
            row.add(formats.amount(lv.absolute()));
            row.add(lv.relative().map(formats::percent).orElse(labels.get("notAvailable")));
            row.add(Words.mark(Words.directionTone(lv.direction())) + " " + Words.direction(lv.direction(), labels));
            rows.add(row);
            i++;
        }
    }

    private void table(Table table, String indent) {
        table.render(WIDTH - indent.length()).lines().forEach(l -> out.add(indent + l));
    }

    // 4. findings -----------------------------------------------------------------------------

    private void findings() {
        section(labels.get("section.findings.n", 4));
        out.add(Words.counts(analysis.validation(), labels));
        for (Map.Entry<RuleCode, List<Finding>> g : Words.byRule(analysis.validation()).entrySet()) {
            out.add("");
            out.add(Words.severity(g.getKey().severity(), labels) + " " + g.getKey().code() + " · "
                    + Words.findings(g.getValue().size(), labels));
            g.getValue().forEach(this::finding);
        }
    }

    private void finding(Finding f) {
        List<String> path = Safe.wrap(HumanPath.of(analysis.plan(), f.path(), labels), WIDTH - 4);
        for (int i = 0; i < path.size(); i++) {
            out.add((i == 0 ? "  • " : "    ") + path.get(i));
        }
        wrapped(Words.message(f, labels, formats) + " (" + f.code().code() + ")", "    ");
    }
}
