package io.github.albero.examples;

import io.github.albero.achievement.AchievementNode;
import io.github.albero.achievement.NodeKind;
import io.github.albero.measure.Percentage;
import io.github.albero.model.Plan;
import io.github.albero.model.ResourceLine;
import io.github.albero.money.Money;
import io.github.albero.validation.Finding;
import io.github.albero.variance.LineVariance;
import io.github.albero.variance.ResourceVariance;
import io.github.albero.variance.VarianceNode;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/**
 * The example's HTML page (<i>report HTML</i>): the three sections of the text output and two
 * inline SVG charts (achievement per objective, budget against actual per objective) in one
 * self-contained file. It needs no network, no script and no other file, and it is well-formed
 * XML as well as HTML5, so any XML parser can check it.
 */
final class HtmlReport {
    private static final int CHART_WIDTH = 960;
    private static final int LABEL_WIDTH = 440;
    // room is left right of the longest bar for its value and status
    private static final int ACHIEVEMENT_BAR = 380;
    private static final int RESOURCE_BAR = 350;
    private static final int TOP = 34;

    private static final String STYLE = String.join("\n",
            "body{font-family:system-ui,-apple-system,'Segoe UI',Roboto,sans-serif;margin:2em auto;max-width:1100px;color:#222;"
                    + "padding:0 1em}",
            "h1{font-size:1.5em}h2{margin-top:2em;border-bottom:1px solid #ccc}",
            "table{border-collapse:collapse;width:100%;font-size:.85em;margin:1em 0}",
            "th,td{border-bottom:1px solid #e4e4e4;padding:.25em .5em;text-align:left;vertical-align:top}",
            "td.num,th.num{text-align:right;white-space:nowrap}",
            ".ERROR{color:#b00020;font-weight:bold}.WARNING{color:#9a6700}.INFO{color:#555}",
            ".FAVOURABLE{color:#1a7f37}.UNFAVOURABLE{color:#b00020}.NEUTRAL{color:#555}",
            ".explanation{color:#555;font-size:.9em}",
            "tr.MISSION td{font-weight:bold;background:#f4f6f8}tr.PLAN td{font-weight:bold;background:#e8ecf0}",
            "tr.PROGRAM td{font-weight:600}",
            "svg{max-width:100%;height:auto;font-size:12px}svg .label{fill:#222}svg .value{fill:#333;font-size:11px}",
            "svg .axis{stroke:#bbb;stroke-width:1}svg .threshold{stroke:#999;stroke-dasharray:4 3}",
            ".achieved{fill:#2e9e5b}.partially{fill:#e0a526}.notachieved{fill:#d64545}.nomeasure{fill:#999;font-style:italic}",
            ".budget-revenues{fill:#9fd4b1}.actual-revenues{fill:#2e9e5b}.budget-costs{fill:#a9c6ea}.actual-costs{fill:#2f6db5}",
            "code{font-size:.95em}");

    private final Analysis analysis;
    private final Labels labels;
    private final Formats formats;
    private final StringBuilder html = new StringBuilder();

    private HtmlReport(Analysis analysis, Labels labels, Formats formats) {
        this.analysis = analysis;
        this.labels = labels;
        this.formats = formats;
    }

    /**
     * @param analysis the analysis
     * @param labels the language
     * @param formats the number formats
     * @param source where the report was read from, named in the page's footer
     * @return the whole page
     */
    static String render(Analysis analysis, Labels labels, Formats formats, String source) {
        HtmlReport r = new HtmlReport(analysis, labels, formats);
        r.page(source);
        return r.html.toString();
    }

    private void page(String source) {
        Plan plan = analysis.plan();
        String title = plan.title().orElse(plan.kind().name());
        html.append("<!DOCTYPE html>\n<html lang=\"").append(labels.italian() ? "it" : "en").append("\">\n<head>\n")
                .append("<meta charset=\"utf-8\"/>\n")
                .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\"/>\n")
                .append("<title>").append(esc(labels.get("html.title", title, plan.administration().name()))).append("</title>\n")
                .append("<style>\n").append(STYLE).append("\n</style>\n</head>\n<body>\n");
        html.append("<h1>").append(esc(title)).append(" · ").append(esc(plan.administration().name())).append("</h1>\n");
        int programs = plan.missions().stream().mapToInt(m -> m.programs().size()).sum();
        html.append("<p>").append(esc(labels.get("summary", plan.missions().size(), programs, plan.objectives().size(),
                plan.indicators().size(), plan.referenceYear()))).append("</p>\n");
        validation();
        achievement();
        resources();
        html.append("<footer><p>").append(esc(labels.get("html.generated", source))).append("</p></footer>\n</body>\n</html>\n");
    }

    // 1. validation -------------------------------------------------------------------------

    private void validation() {
        html.append("<section id=\"validation\">\n<h2>").append(esc(labels.get("section.validation"))).append("</h2>\n");
        html.append("<p>").append(esc(TextReport.validationSummary(analysis, labels))).append("</p>\n");
        if (analysis.validation().isEmpty()) {
            html.append("</section>\n");
            return;
        }
        html.append("<table>\n<thead><tr><th></th><th>").append(esc(labels.get("column.code"))).append("</th><th></th><th></th></tr>"
                + "</thead>\n<tbody>\n");
        for (Finding f : analysis.validation().findings()) {
            html.append("<tr><td class=\"").append(f.severity().name()).append("\">")
                    .append(esc(labels.get("severity." + f.severity().name()))).append("</td><td>").append(esc(f.code().code()))
                    .append("</td><td><code>").append(esc(f.path().toString())).append("</code></td><td>")
                    .append(esc(formats.localizeNumbers(f.message(labels.locale())))).append("</td></tr>\n");
        }
        html.append("</tbody>\n</table>\n</section>\n");
    }

    // 2. achievement ------------------------------------------------------------------------

    private void achievement() {
        int year = analysis.year();
        html.append("<section id=\"achievement\">\n<h2>").append(esc(labels.get("section.achievement", year))).append("</h2>\n");
        List<AchievementNode> objectives = new ArrayList<>();
        collect(analysis.achievement().root(), NodeKind.STRATEGIC_OBJECTIVE, objectives::add);
        achievementChart(objectives);
        html.append("<table>\n<thead><tr><th>").append(esc(labels.get("column.node"))).append("</th><th class=\"num\">")
                .append(esc(labels.get("column.score"))).append("</th><th>").append(esc(labels.get("column.status")))
                .append("</th><th>").append(esc(labels.get("explanation"))).append("</th></tr></thead>\n<tbody>\n");
        row(analysis.achievement().root(), 0);
        html.append("</tbody>\n</table>\n</section>\n");
    }

    private static void collect(AchievementNode n, NodeKind kind, Consumer<AchievementNode> sink) {
        if (n.kind() == kind) {
            sink.accept(n);
            return;
        }
        n.children().forEach(c -> collect(c, kind, sink));
    }

    private void achievementChart(List<AchievementNode> objectives) {
        int row = 24;
        int height = TOP + objectives.size() * row + 10;
        BigDecimal max = BigDecimal.valueOf(100);
        for (AchievementNode n : objectives) {
            if (n.score().isPresent() && n.score().get().points().compareTo(max) > 0) {
                max = n.score().get().points();
            }
        }
        String title = labels.get("chart.achievement", analysis.year());
        svgStart("chart-achievement", title, height);
        // axis with ticks at 0, 50, 100% and the band thresholds
        for (int p : new int[] {0, 50, 70, 90, 100}) {
            int x = LABEL_WIDTH + scale(BigDecimal.valueOf(p), max, ACHIEVEMENT_BAR);
            html.append("<line class=\"").append(p == 70 || p == 90 ? "threshold" : "axis").append("\" x1=\"").append(x)
                    .append("\" y1=\"").append(TOP - 6).append("\" x2=\"").append(x).append("\" y2=\"").append(height - 6)
                    .append("\"/>\n<text class=\"value\" x=\"").append(x).append("\" y=\"").append(TOP - 10)
                    .append("\" text-anchor=\"middle\">").append(esc(formats.percent(Percentage.of(p)))).append("</text>\n");
        }
        int y = TOP;
        for (AchievementNode n : objectives) {
            String code = n.code().orElse("");
            String status = TextReport.status(n, labels);
            String score = n.score().map(formats::percent).orElse("—");
            html.append("<g class=\"entry\" data-code=\"").append(esc(code)).append("\" transform=\"translate(0,").append(y)
                    .append(")\">\n<title>").append(esc(code + " " + Text.flat(n.name()) + ": " + score + " " + status))
                    .append("</title>\n<text class=\"label\" x=\"0\" y=\"16\">").append(esc(Text.abbreviate(code + " " + n.name(), 64)))
                    .append("</text>\n");
            if (n.score().isPresent()) {
                int w = scale(n.score().get().points(), max, ACHIEVEMENT_BAR);
                html.append("<rect class=\"").append(bandClass(n)).append("\" x=\"").append(LABEL_WIDTH).append("\" y=\"4\" width=\"")
                        .append(w).append("\" height=\"16\"/>\n<text class=\"value\" x=\"").append(LABEL_WIDTH + w + 6)
                        .append("\" y=\"16\">").append(esc(score + " " + status)).append("</text>\n");
            } else {
                html.append("<text class=\"nomeasure\" x=\"").append(LABEL_WIDTH + 6).append("\" y=\"16\">").append(esc(status))
                        .append("</text>\n");
            }
            html.append("</g>\n");
            y += row;
        }
        html.append("</svg>\n</figure>\n");
    }

    private static String bandClass(AchievementNode n) {
        String label = n.band().map(b -> b.label()).orElse("");
        switch (label) {
            case "achieved":
                return "achieved";
            case "partially achieved":
                return "partially";
            default:
                return "notachieved";
        }
    }

    private void row(AchievementNode n, int depth) {
        String label = n.kind() == NodeKind.INDICATOR ? Text.flat(n.name()) : n.code().map(c -> c + " ").orElse("") + Text.flat(n.name());
        html.append("<tr class=\"").append(n.kind().name()).append("\"><td style=\"padding-left:").append(depth * 1.5 + 0.5)
                .append("em\">").append(esc(label)).append("</td><td class=\"num\">").append(esc(n.score().map(formats::percent).orElse("—")))
                .append("</td><td>").append(esc(TextReport.status(n, labels))).append("</td><td class=\"explanation\">")
                .append(esc(n.explanation().render(labels.locale()))).append("</td></tr>\n");
        n.children().forEach(c -> row(c, depth + 1));
    }

    // 3. resources --------------------------------------------------------------------------

    private void resources() {
        int year = analysis.year();
        html.append("<section id=\"resources\">\n<h2>").append(esc(labels.get("section.resources", year))).append("</h2>\n");
        VarianceNode root = analysis.variance().root();
        List<VarianceNode> missions = root.children();
        List<VarianceNode> programs = new ArrayList<>();
        missions.forEach(m -> programs.addAll(m.children()));
        List<VarianceNode> objectives = new ArrayList<>();
        programs.forEach(p -> objectives.addAll(p.children()));
        resourcesChart(objectives);
        html.append("<p>").append(esc(labels.get("legend.direction"))).append("</p>\n");
        table(labels.get("level.objectives"), objectives);
        table(labels.get("level.programs"), programs);
        table(labels.get("level.missions"), missions);
        table(labels.get("level.total"), List.of(root));
        html.append("</section>\n");
    }

    private void resourcesChart(List<VarianceNode> objectives) {
        int row = 44;
        int height = TOP + objectives.size() * row + 10;
        Money max = Money.ZERO;
        for (VarianceNode n : objectives) {
            if (n.variance().isPresent()) {
                for (ResourceLine line : List.of(ResourceLine.REVENUES, ResourceLine.COSTS)) {
                    LineVariance lv = n.variance().get().line(line);
                    max = max.compareTo(lv.budget()) < 0 ? lv.budget() : max;
                    max = max.compareTo(lv.actual()) < 0 ? lv.actual() : max;
                }
            }
        }
        BigDecimal top = max.isZero() ? BigDecimal.ONE : max.amount();
        svgStart("chart-resources", labels.get("chart.resources", analysis.year()), height);
        String[][] legend = {
            {"budget-revenues", labels.get("chart.budget") + " " + labels.get("line.REVENUES")},
            {"actual-revenues", labels.get("chart.actual") + " " + labels.get("line.REVENUES")},
            {"budget-costs", labels.get("chart.budget") + " " + labels.get("line.COSTS")},
            {"actual-costs", labels.get("chart.actual") + " " + labels.get("line.COSTS")}};
        for (int i = 0; i < legend.length; i++) {
            int x = i * 200;
            html.append("<rect class=\"").append(legend[i][0]).append("\" x=\"").append(x).append("\" y=\"6\" width=\"12\" height=\"12\"/>")
                    .append("<text class=\"label\" x=\"").append(x + 18).append("\" y=\"16\">").append(esc(legend[i][1])).append("</text>\n");
        }
        int y = TOP;
        for (VarianceNode n : objectives) {
            String code = n.code().orElse("");
            html.append("<g class=\"entry\" data-code=\"").append(esc(code)).append("\" transform=\"translate(0,").append(y).append(")\">\n");
            StringBuilder tip = new StringBuilder(code);
            n.variance().ifPresent(v -> {
                for (ResourceLine line : List.of(ResourceLine.REVENUES, ResourceLine.COSTS)) {
                    LineVariance lv = v.line(line);
                    tip.append("; ").append(labels.get("line." + line.name())).append(' ').append(formats.euros(lv.budget()))
                            .append(" → ").append(formats.euros(lv.actual()));
                }
            });
            html.append("<title>").append(esc(tip.toString())).append("</title>\n<text class=\"label\" x=\"0\" y=\"22\">")
                    .append(esc(Text.abbreviate(code + " " + n.name(), 64))).append("</text>\n");
            if (n.variance().isPresent()) {
                ResourceVariance v = n.variance().get();
                bar("budget-revenues", v.line(ResourceLine.REVENUES).budget(), top, 2);
                bar("actual-revenues", v.line(ResourceLine.REVENUES).actual(), top, 11);
                bar("budget-costs", v.line(ResourceLine.COSTS).budget(), top, 22);
                bar("actual-costs", v.line(ResourceLine.COSTS).actual(), top, 31);
            }
            html.append("</g>\n");
            y += row;
        }
        html.append("</svg>\n</figure>\n");
    }

    private void bar(String cssClass, Money amount, BigDecimal top, int y) {
        int w = scale(amount.amount(), top, RESOURCE_BAR);
        html.append("<rect class=\"").append(cssClass).append("\" x=\"").append(LABEL_WIDTH).append("\" y=\"").append(y)
                .append("\" width=\"").append(w).append("\" height=\"8\"/>").append("<text class=\"value\" x=\"")
                .append(LABEL_WIDTH + w + 4).append("\" y=\"").append(y + 8).append("\">").append(esc(formats.amount(amount)))
                .append("</text>\n");
    }

    private void svgStart(String id, String title, int height) {
        html.append("<figure>\n<figcaption>").append(esc(title)).append("</figcaption>\n<svg id=\"").append(id)
                .append("\" class=\"chart\" role=\"img\" viewBox=\"0 0 ").append(CHART_WIDTH).append(' ').append(height)
                .append("\" width=\"").append(CHART_WIDTH).append("\" height=\"").append(height).append("\">\n<title>")
                .append(esc(title)).append("</title>\n");
    }

    private static int scale(BigDecimal value, BigDecimal max, int width) {
        if (value.signum() <= 0) {
            return 0;
        }
        return value.multiply(BigDecimal.valueOf(width)).divide(max, 0, RoundingMode.HALF_EVEN).intValueExact();
    }

    private void table(String caption, List<VarianceNode> nodes) {
        html.append("<table>\n<caption>").append(esc(caption)).append("</caption>\n<thead><tr><th>").append(esc(labels.get("column.code")))
                .append("</th><th>").append(esc(labels.get("column.title"))).append("</th><th>").append(esc(labels.get("column.line")))
                .append("</th><th class=\"num\">").append(esc(labels.get("column.budget"))).append("</th><th class=\"num\">")
                .append(esc(labels.get("column.actual"))).append("</th><th class=\"num\">").append(esc(labels.get("column.absolute")))
                .append("</th><th class=\"num\">").append(esc(labels.get("column.relative"))).append("</th><th>")
                .append(esc(labels.get("column.direction"))).append("</th></tr></thead>\n<tbody>\n");
        for (VarianceNode n : nodes) {
            String code = n.code().orElse(labels.get("total"));
            if (n.variance().isEmpty()) {
                html.append("<tr><td>").append(esc(code)).append("</td><td>").append(esc(Text.flat(n.name()))).append("</td><td colspan=\"6\">")
                        .append(esc(labels.get("noFigures", analysis.year()))).append("</td></tr>\n");
                continue;
            }
            boolean first = true;
            for (ResourceLine line : ResourceLine.values()) {
                LineVariance lv = n.variance().get().line(line);
                html.append("<tr>");
                if (first) {
                    html.append("<td rowspan=\"3\">").append(esc(code)).append("</td><td rowspan=\"3\">").append(esc(Text.flat(n.name())))
                            .append("</td>");
                    first = false;
                }
                html.append("<td>").append(esc(labels.get("line." + line.name()))).append("</td><td class=\"num\">")
                        .append(esc(formats.amount(lv.budget()))).append("</td><td class=\"num\">").append(esc(formats.amount(lv.actual())))
                        .append("</td><td class=\"num\">").append(esc(formats.amount(lv.absolute()))).append("</td><td class=\"num\">")
                        .append(esc(lv.relative().map(formats::percent).orElse(labels.get("notAvailable")))).append("</td><td class=\"")
                        .append(lv.direction().name()).append("\">").append(esc(labels.get("direction." + lv.direction().name())))
                        .append("</td></tr>\n");
            }
        }
        html.append("</tbody>\n</table>\n");
    }

    /**
     * @param s a text
     * @return the text with the five XML special characters escaped
     */
    static String esc(String s) {
        StringBuilder sb = new StringBuilder(s.length() + 16);
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '&':
                    sb.append("&amp;");
                    break;
                case '<':
                    sb.append("&lt;");
                    break;
                case '>':
                    sb.append("&gt;");
                    break;
                case '"':
                    sb.append("&quot;");
                    break;
                case '\'':
                    sb.append("&#39;");
                    break;
                default:
                    sb.append(c);
            }
        }
        return sb.toString();
    }
}
