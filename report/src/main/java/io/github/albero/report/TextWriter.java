package io.github.albero.report;

import io.github.albero.achievement.AchievementNode;
import io.github.albero.achievement.AchievementPolicy;
import io.github.albero.achievement.NodeKind;
import io.github.albero.model.Plan;
import io.github.albero.model.ResourceLine;
import io.github.albero.validation.Finding;
import io.github.albero.validation.RuleCode;
import io.github.albero.variance.LineVariance;
import io.github.albero.variance.ResourceVariance;
import io.github.albero.variance.VarianceNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The terminal text: summary, achievement tree, resources table and findings, in aligned
 * columns no wider than {@value #WIDTH} code points. Every text of the document is neutralised
 * (an ESC prints as {@code ␛}, never reaching the terminal).
 */
final class TextWriter {
    static final int WIDTH = 120;

    private static final int SCORE = 8;
    private static final int NODE = WIDTH - SCORE - 26 - 3;
    private static final int CODE = 11;
    private static final int TITLE = 20;
    private static final int LINE = 12;
    private static final int MONEY = 15;
    private static final int RELATIVE = 8;

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
        for (Map.Entry<String, Integer> e : summary.objectivesByBand().entrySet()) {
            out.add("  " + Safe.left(Words.band(e.getKey(), labels), 28) + Safe.right(String.valueOf(e.getValue()), 5));
        }
        out.add("");
        out.add(labels.get("budget.caption", year) + ":");
        if (summary.totals().isPresent()) {
            columns(false);
            lines("", "", summary.totals().get());
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
        out.add(Safe.left(labels.get("column.node"), NODE) + " " + Safe.right(labels.get("column.score"), SCORE) + "  "
                + labels.get("column.status"));
        out.add("-".repeat(WIDTH));
        node(analysis.achievement().root(), 0);
    }

    private void node(AchievementNode n, int depth) {
        String indent = "  ".repeat(depth);
        String label = n.kind() == NodeKind.INDICATOR ? "· " + n.name() : n.code().map(c -> c + " ").orElse("") + n.name();
        String score = n.score().map(formats::percent).orElse("—");
        String tone = Words.tone(n, analysis.achievement().policy().bands());
        out.add(Safe.left(indent + Safe.abbreviate(label, NODE - indent.length()), NODE) + " " + Safe.right(score, SCORE) + "  "
                + Words.mark(tone) + " " + Words.status(n, labels));
        wrapped(n.explanation().render(labels.locale()), indent + "    ");
        n.children().forEach(c -> node(c, depth + 1));
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
        columns(true);
        rows(labels.get("total"), root.name(), root);
    }

    private void level(String title, List<VarianceNode> nodes) {
        out.add("");
        out.add(title);
        columns(true);
        for (VarianceNode n : nodes) {
            rows(Safe.flat(n.code().orElse("")), n.name(), n);
        }
    }

    private void columns(boolean withTitle) {
        String head = withTitle ? Safe.left(labels.get("column.code"), CODE) + " " + Safe.left(labels.get("column.title"), TITLE) + " " : "  ";
        out.add(head + Safe.left(labels.get("column.line"), LINE) + " " + Safe.right(labels.get("column.budget"), MONEY) + " "
                + Safe.right(labels.get("column.actual"), MONEY) + " " + Safe.right(labels.get("column.absolute"), MONEY) + " "
                + Safe.right(labels.get("column.relative"), RELATIVE) + " " + labels.get("column.direction"));
        out.add("-".repeat(WIDTH));
    }

    private void rows(String code, String title, VarianceNode n) {
        if (n.variance().isEmpty()) {
            out.add(Safe.left(code, CODE) + " " + Safe.left(Safe.abbreviate(title, TITLE), TITLE) + " "
                    + labels.get("noFigures", analysis.year()));
            return;
        }
        lines(code, title, n.variance().get());
    }

    private void lines(String code, String title, ResourceVariance v) {
        boolean withTitle = !code.isEmpty() || !title.isEmpty();
        List<String> titles = Safe.wrap(title, TITLE, ResourceLine.values().length);
        int i = 0;
        for (LineVariance lv : v.lines()) {
            String head = withTitle ? Safe.left(i == 0 ? code : "", CODE) + " " + Safe.left(i < titles.size() ? titles.get(i) : "", TITLE) + " "
                    : "  ";
            out.add(head + Safe.left(labels.get("line." + lv.line().name()), LINE) + " " + Safe.right(formats.amount(lv.budget()), MONEY)
                    + " " + Safe.right(formats.amount(lv.actual()), MONEY) + " " + Safe.right(formats.amount(lv.absolute()), MONEY) + " "
                    + Safe.right(lv.relative().map(formats::percent).orElse(labels.get("notAvailable")), RELATIVE) + " "
                    + Words.mark(Words.directionTone(lv.direction())) + " " + Words.direction(lv.direction(), labels));
            i++;
        }
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
