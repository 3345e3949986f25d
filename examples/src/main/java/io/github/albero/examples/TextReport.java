package io.github.albero.examples;

import io.github.albero.achievement.AchievementNode;
import io.github.albero.achievement.AchievementPolicy;
import io.github.albero.achievement.Band;
import io.github.albero.achievement.NodeKind;
import io.github.albero.model.Plan;
import io.github.albero.model.ResourceLine;
import io.github.albero.validation.Finding;
import io.github.albero.validation.Severity;
import io.github.albero.variance.LineVariance;
import io.github.albero.variance.VarianceNode;
import io.github.albero.variance.ResourceVariance;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/**
 * The example's terminal output (<i>report testuale</i>): the validation findings, the
 * achievement tree and the resources table, in aligned columns no wider than {@value #WIDTH}
 * characters.
 */
final class TextReport {
    /** The widest line printed. */
    static final int WIDTH = 120;

    private static final int SCORE = 8;
    private static final int STATUS = 22;
    private static final int NODE = WIDTH - SCORE - STATUS - 3;

    private static final int CODE = 11;
    private static final int TITLE = 24;
    private static final int LINE = 12;
    private static final int MONEY = 12;
    private static final int RELATIVE = 8;

    private final Analysis analysis;
    private final Labels labels;
    private final Formats formats;
    private final List<String> out = new ArrayList<>();

    private TextReport(Analysis analysis, Labels labels, Formats formats) {
        this.analysis = analysis;
        this.labels = labels;
        this.formats = formats;
    }

    /**
     * @param analysis the analysis to print
     * @param labels the language
     * @param formats the number formats
     * @return the whole text, one line per element, each line ending with a line break
     */
    static String render(Analysis analysis, Labels labels, Formats formats) {
        TextReport r = new TextReport(analysis, labels, formats);
        r.heading();
        r.validation();
        r.achievement();
        r.resources();
        return r.out.stream().map(String::stripTrailing).collect(Collectors.joining("\n", "", "\n"));
    }

    private void heading() {
        Plan plan = analysis.plan();
        String title = plan.title().orElse(plan.kind().name()) + " · " + plan.administration().name();
        out.add(Text.abbreviate(title, WIDTH));
        int programs = plan.missions().stream().mapToInt(m -> m.programs().size()).sum();
        out.add(labels.get("summary", plan.missions().size(), programs, plan.objectives().size(), plan.indicators().size(),
                plan.referenceYear()));
    }

    private void section(String title) {
        out.add("");
        out.add(title);
        out.add("=".repeat(title.length()));
    }

    // 1. validation -------------------------------------------------------------------------

    private void validation() {
        section(labels.get("section.validation"));
        out.add(validationSummary(analysis, labels));
        for (Finding f : analysis.validation().findings()) {
            String head = Text.left(labels.get("severity." + f.severity().name()), 8) + f.code().code() + "  ";
            out.add(head + f.path());
            for (String line : Text.wrap(formats.localizeNumbers(f.message(labels.locale())), WIDTH - 8)) {
                out.add(" ".repeat(8) + line);
            }
        }
    }

    /**
     * @param analysis the analysis
     * @param labels the language
     * @return e.g. {@code "1 errore, 18 avvisi, 16 note"}
     */
    static String validationSummary(Analysis analysis, Labels labels) {
        if (analysis.validation().isEmpty()) {
            return labels.get("validation.none");
        }
        List<String> parts = new ArrayList<>();
        for (Severity s : Severity.values()) {
            int n = analysis.validation().withSeverity(s).size();
            parts.add(n + " " + labels.get("count." + s.name() + (n == 1 ? ".1" : ".n")));
        }
        return String.join(", ", parts);
    }

    // 2. achievement ------------------------------------------------------------------------

    private void achievement() {
        section(labels.get("section.achievement", analysis.year()));
        AchievementPolicy p = analysis.achievement().policy();
        out.add(labels.get("policy", formats.percent(p.cap()), formats.percent(p.partiallyAchieved()), formats.percent(p.postponed())));
        out.addAll(Text.wrap(labels.get("bands", p.bands().bands().stream().map(this::band).collect(Collectors.joining(", "))), WIDTH));
        out.add("");
        out.add(Text.left(labels.get("column.node"), NODE) + " " + Text.right(labels.get("column.score"), SCORE) + "  "
                + labels.get("column.status"));
        out.add("-".repeat(WIDTH));
        node(analysis.achievement().root(), 0);
    }

    private String band(Band b) {
        String range;
        if (b.lower().isPresent()) {
            range = (b.lowerInclusive() ? "≥ " : "> ") + formats.percent(b.lower().get());
        } else if (b.upper().isPresent()) {
            range = (b.upperInclusive() ? "≤ " : "< ") + formats.percent(b.upper().get());
        } else {
            range = "*";
        }
        return range + " " + statusLabel(b.label(), labels);
    }

    private void node(AchievementNode n, int depth) {
        String indent = "  ".repeat(depth);
        String label = n.kind() == NodeKind.INDICATOR ? "· " + Text.flat(n.name())
                : n.code().map(c -> c + " ").orElse("") + Text.flat(n.name());
        String score = n.score().map(formats::percent).orElse("—");
        out.add(Text.left(indent + Text.abbreviate(label, NODE - indent.length()), NODE) + " " + Text.right(score, SCORE) + "  " + status(n, labels));
        String explanation = n.explanation().render(labels.locale());
        String pad = indent + "    ";
        for (String line : Text.wrap(explanation, WIDTH - pad.length())) {
            out.add(pad + line);
        }
        n.children().forEach(c -> node(c, depth + 1));
    }

    /**
     * @param n an achievement node
     * @param labels the language
     * @return its band in that language, or "not measurable"
     */
    static String status(AchievementNode n, Labels labels) {
        if (!n.measurable()) {
            return labels.get("status.none");
        }
        return n.band().map(b -> statusLabel(b.label(), labels)).orElse(labels.get("status.nobands"));
    }

    private static String statusLabel(String bandLabel, Labels labels) {
        return Labels.has("status." + bandLabel) ? labels.get("status." + bandLabel) : bandLabel;
    }

    // 3. resources --------------------------------------------------------------------------

    private void resources() {
        section(labels.get("section.resources", analysis.year()));
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
        columns();
        rows(labels.get("total"), Text.flat(root.name()), root);
    }

    private void level(String title, List<VarianceNode> nodes) {
        out.add("");
        out.add(title);
        columns();
        for (VarianceNode n : nodes) {
            rows(n.code().orElse(""), Text.flat(n.name()), n);
        }
    }

    private void columns() {
        out.add(Text.left(labels.get("column.code"), CODE) + " " + Text.left(labels.get("column.title"), TITLE) + " "
                + Text.left(labels.get("column.line"), LINE) + " " + Text.right(labels.get("column.budget"), MONEY) + " "
                + Text.right(labels.get("column.actual"), MONEY) + " " + Text.right(labels.get("column.absolute"), MONEY) + " "
                + Text.right(labels.get("column.relative"), RELATIVE) + " " + labels.get("column.direction"));
        out.add("-".repeat(WIDTH));
    }

    private void rows(String code, String title, VarianceNode n) {
        List<String> titles = Text.wrap(title, TITLE, ResourceLine.values().length);
        if (n.variance().isEmpty()) {
            out.add(Text.left(code, CODE) + " " + Text.left(titles.get(0), TITLE) + " " + labels.get("noFigures", analysis.year()));
            return;
        }
        ResourceVariance v = n.variance().get();
        int i = 0;
        for (ResourceLine line : ResourceLine.values()) {
            LineVariance lv = v.line(line);
            out.add(Text.left(i == 0 ? code : "", CODE) + " " + Text.left(i < titles.size() ? titles.get(i) : "", TITLE) + " "
                    + Text.left(labels.get("line." + line.name()), LINE) + " " + Text.right(formats.amount(lv.budget()), MONEY) + " "
                    + Text.right(formats.amount(lv.actual()), MONEY) + " " + Text.right(formats.amount(lv.absolute()), MONEY) + " "
                    + Text.right(lv.relative().map(formats::percent).orElse(labels.get("notAvailable")), RELATIVE) + " "
                    + labels.get("direction." + lv.direction().name()));
            i++;
        }
    }
}
