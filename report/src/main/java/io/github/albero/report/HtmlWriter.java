package io.github.albero.report;

import io.github.albero.render.Render;

import io.github.albero.achievement.AchievementNode;
import io.github.albero.achievement.AchievementPolicy;
import io.github.albero.achievement.Band;
import io.github.albero.model.NodeKind;
import io.github.albero.measure.Percentage;
import io.github.albero.model.Indicator;
import io.github.albero.model.LocatedObjective;
import io.github.albero.model.Mission;
import io.github.albero.model.NodePath;
import io.github.albero.model.Objective;
import io.github.albero.model.OperationalObjective;
import io.github.albero.model.Plan;
import io.github.albero.model.Program;
import io.github.albero.model.StrategicObjective;
import io.github.albero.model.Target;
import io.github.albero.money.Money;
import io.github.albero.validation.Finding;
import io.github.albero.validation.RuleCode;
import io.github.albero.variance.LineVariance;
import io.github.albero.variance.ResourceVariance;
import io.github.albero.variance.VarianceNode;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;

/**
 * The HTML page: summary, one "scheda" per strategic objective, findings; one self-contained
 * file with inline CSS and inline SVG, no script and no external resource. It is HTML5 and
 * well-formed XML at once.
 *
 * <p>Charts are rows of HTML labels beside small SVG bars that carry no text of their own: the
 * text stays at the page's font size at any width (never shrunk with a scaled drawing), and
 * each bar has a {@code <title>} and an {@code aria-label} that say its value in words.
 */
final class HtmlWriter {
    /** How many errors the summary lists before pointing to the findings section. */
    static final int SUMMARY_ERRORS = 10;

    private static final java.util.regex.Pattern CODE = java.util.regex.Pattern.compile(
            "(?<![\\w-])(?:ALB-[A-Z]{3}-\\d{3}|\\d{3}(?:[-\u2010]\\d{3}){1,2})(?![\\w-])");

    static final String STYLE = String.join("\n",
            ".nw{white-space:nowrap}",
            "*{box-sizing:border-box}",
            "html{-webkit-text-size-adjust:100%;text-size-adjust:100%}",
            "body{margin:0;font:16px/1.5 system-ui,-apple-system,'Segoe UI',Roboto,'Noto Sans',sans-serif;color:#1b1f24;"
                    + "background:#fff;overflow-wrap:anywhere;word-break:break-word}",
            "header,main,footer{max-width:72rem;margin:0 auto;padding:0 1rem}",
            "h1{font-size:1.6rem;line-height:1.25;margin:.25rem 0 .5rem}",
            "h2{font-size:1.3rem;line-height:1.3;margin:2rem 0 .75rem;border-bottom:2px solid #d0d7de;padding-bottom:.25rem}",
            "h3{font-size:1.1rem;line-height:1.3;margin:1.5rem 0 .5rem}",
            "h4{font-size:1rem;margin:1.25rem 0 .25rem}",
            ".kicker{margin:1rem 0 0;color:#45505c;font-weight:600;font-size:.9rem;letter-spacing:.03em;text-transform:uppercase}",
            ".muted,.explanation{color:#45505c}.explanation{font-size:.92rem}",
            ".headline{display:flex;flex-wrap:wrap;gap:.5rem 1.25rem;align-items:center;border:1px solid #d0d7de;"
                    + "border-radius:.5rem;padding:1rem;margin:1rem 0}",
            ".headline .figure{font-size:2.5rem;font-weight:700;line-height:1}",
            ".badge{display:inline-block;padding:0 .5rem;border-radius:1rem;font-weight:600;font-size:.9rem;border:1px solid currentColor}",
            ".tone-good{background:#e6f4ea;color:#14532d}.tone-mid{background:#fff4d6;color:#5c3a00}",
            ".tone-bad{background:#fde7e7;color:#8f1a1a}.tone-none{background:#eef0f2;color:#373f48}",
            ".sev-ERROR{background:#fde7e7;color:#8f1a1a}.sev-WARNING{background:#fff4d6;color:#5c3a00}.sev-INFO{background:#eef0f2;color:#373f48}",
            "table{border-collapse:collapse;width:100%;margin:.5rem 0 1rem;font-size:.95rem}",
            "caption{text-align:left;font-weight:600;padding:.25rem 0}",
            "th,td{border-bottom:1px solid #d0d7de;padding:.35rem .5rem;text-align:left;vertical-align:top}",
            "thead th{background:#f3f5f7;border-bottom:2px solid #8c959f}",
            ".num{text-align:right;font-variant-numeric:tabular-nums}",
            "tr.current>*{background:#f3f7fc;font-weight:600}",
            ".bars{list-style:none;margin:.5rem 0 1rem;padding:0}",
            ".bars li{display:grid;grid-template-columns:minmax(0,18rem) minmax(3rem,1fr) minmax(0,auto);gap:.2rem .75rem;"
                    + "align-items:center;padding:.2rem 0;border-bottom:1px solid #eef0f2}",
            ".bars li.program .label{padding-left:1rem;font-weight:400}.bars li.mission .label{font-weight:600}",
            ".bars .value{font-size:.95rem}",
            "svg.bar{display:block;width:100%;height:1.1rem}",
            ".track{fill:#eef0f2}.fill-good{fill:#1f7a3a}.fill-mid{fill:#a86500}.fill-bad{fill:#c62828}.fill-none{fill:#8c959f}",
            ".fill-budget{fill:#8c959f}.fill-actual{fill:#2f5f9e}",
            ".tick{stroke:#1b1f24;stroke-width:1.5;stroke-dasharray:2 2;vector-effect:non-scaling-stroke}",
            ".legend{font-size:.9rem;color:#45505c;margin:.25rem 0 1rem}",
            ".swatch{display:inline-block;width:.8rem;height:.8rem;margin:0 .25rem 0 .75rem;vertical-align:-.05rem}",
            ".swatch.budget{background:#8c959f}.swatch.actual{background:#2f5f9e}",
            "dl.facts{display:grid;grid-template-columns:minmax(8rem,14rem) minmax(0,1fr);gap:.25rem 1rem;margin:.5rem 0}",
            "dl.facts dt{font-weight:600;color:#373f48}dl.facts dd{margin:0}",
            ".scheda{border-top:3px solid #2f5f9e;margin-top:2.5rem}",
            ".indicator{border-left:3px solid #d0d7de;padding-left:.75rem;margin:1rem 0}",
            "ul.findings{padding-left:1.25rem}ul.findings li{margin:.35rem 0}",
            "footer{margin-top:3rem;padding-bottom:2rem;font-size:.9rem;color:#45505c}",
            "a{color:#1a4f8b}",
            "@media (max-width:40rem){",
            ".bars li{grid-template-columns:minmax(3rem,1fr) minmax(0,auto)}.bars li .label{grid-column:1/-1}",
            "dl.facts{grid-template-columns:minmax(0,1fr)}dl.facts dd{margin-bottom:.35rem}",
            // headers stay for screen readers, visually hidden; each cell shows its header through data-label
            "table.reflow thead{position:absolute;width:1px;height:1px;overflow:hidden;clip:rect(0 0 0 0);clip-path:inset(50%)}",
            "table.reflow thead tr,table.reflow thead th{display:block;width:1px;height:1px;overflow:hidden;padding:0;border:0}",
            "table.reflow,table.reflow tbody,table.reflow tr,table.reflow td,table.reflow tbody th{display:block;width:auto}",
            "table.reflow caption{display:block}",
            "table.reflow tr{border-bottom:2px solid #d0d7de;padding:.3rem 0}",
            "table.reflow td,table.reflow tbody th{border:0;padding:.1rem 0;text-align:left}",
            "table.reflow td[data-label]::before{content:attr(data-label) ': ';font-weight:600;color:#373f48}",
            "}",
            "@media print{",
            "@page{size:A4;margin:15mm 12mm}",
            "body{font-size:10.5pt}header,main,footer{max-width:none;padding:0}",
            ".scheda,#findings{break-before:page;page-break-before:always}.scheda{border-top:0}",
            "tr,.bars li,.indicator,.headline{break-inside:avoid;page-break-inside:avoid}",
            "thead{display:table-header-group}a{color:inherit;text-decoration:none}",
            "}");

    private final Analysis analysis;
    private final Labels labels;
    private final Formats formats;
    private final Summary summary;
    private final AchievementPolicy policy;
    private final String source;
    private final IndicatorFacts facts;
    private final StringBuilder out = new StringBuilder(64 * 1024);

    private HtmlWriter(Analysis analysis, Labels labels, Formats formats, String source) {
        this.analysis = analysis;
        this.labels = labels;
        this.formats = formats;
        this.summary = Summary.of(analysis);
        this.policy = analysis.achievement().policy();
        this.source = source;
        this.facts = new IndicatorFacts(labels, formats);
    }

    static String render(Analysis analysis, Labels labels, Formats formats, String source) {
        HtmlWriter w = new HtmlWriter(analysis, labels, formats, source);
        w.page();
        return w.out.toString();
    }

    // ------------------------------------------------------------------ helpers

    private HtmlWriter t(String text) {
        out.append(Safe.html(text));
        return this;
    }

    private HtmlWriter a(String markup) {
        out.append(markup);
        return this;
    }

    /** Text of the document, isolated so that right-to-left text never reorders what follows it; codes kept on one line. */
    private HtmlWriter u(String text) {
        out.append("<bdi>").append(codes(Safe.html(Safe.flat(text)))).append("</bdi>");
        return this;
    }

    /** Escaped text with its codes (011, 011-005, 011-005-004, ALB-STR-001) kept on one line. */
    private HtmlWriter tc(String text) {
        out.append(codes(Safe.html(text)));
        return this;
    }

    /** @return escaped text with each code wrapped in a span that does not break at its hyphens */
    static String codes(String escaped) {
        return CODE.matcher(escaped).replaceAll("<span class=\"nw\">$0</span>");
    }

    private HtmlWriter badge(String tone, String words) {
        return a("<span class=\"badge tone-").a(tone).a("\">").t(Words.mark(tone) + " " + words).a("</span>");
    }

    private static String attr(String s) {
        return Safe.html(Safe.flat(s));
    }

    private String score(Optional<Percentage> p) {
        return p.map(formats::percent).orElse("—");
    }

    // ------------------------------------------------------------------ page

    private void page() {
        Plan plan = analysis.plan();
        int year = analysis.year();
        String title = Words.title(plan, labels);
        a("<!DOCTYPE html>\n<html lang=\"").a(labels.tag()).a("\">\n<head>\n<meta charset=\"utf-8\"/>\n")
                .a("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\"/>\n")
                .a("<title>").t(title + " · " + Safe.flat(plan.administration().name()) + " · " + year).a("</title>\n")
                .a("<style>\n").a(STYLE).a("\n</style>\n</head>\n<body>\n");
        a("<header>\n<p class=\"kicker\">").t(Words.kicker(plan, year, labels)).a("</p>\n<h1>").u(title).a("</h1>\n<p>")
                .u(plan.administration().name()).a("</p>\n<nav aria-label=\"").t(labels.get("nav")).a("\"><p><a href=\"#summary\">")
                .t(labels.get("section.summary")).a("</a> · <a href=\"#schede\">").t(labels.get("section.schede"))
                .a("</a> · ");
        if (!plan.publicValue().isEmpty()) {
            a("<a href=\"#public-value\">").t(labels.get("section.publicValue")).a("</a> · ");
        }
        a("<a href=\"#findings\">").t(labels.get("section.findings")).a("</a></p></nav>\n</header>\n<main>\n");
        summarySection();
        schede();
        publicValue();
        findings();
        a("</main>\n<footer><p>").t(labels.get("generated", source)).a("</p></footer>\n</body>\n</html>\n");
    }

    // ------------------------------------------------------------------ summary

    private void summarySection() {
        int year = analysis.year();
        a("<section id=\"summary\" aria-labelledby=\"summary-h\">\n<h2 id=\"summary-h\">").t(labels.get("section.summary")).a("</h2>\n");
        Plan plan = analysis.plan();
        int programs = plan.missions().stream().mapToInt(m -> m.programs().size()).sum();
        a("<p>").t(labels.get("counts", plan.missions().size(), programs, plan.objectives().size(), plan.indicators().size(), year))
                .a("</p>\n");
        // headline
        String tone = Words.tone(summary.root(), policy.bands());
        a("<div class=\"headline\">\n<p class=\"figure\" style=\"margin:0\">").t(score(summary.headline())).a("</p>\n<div><p style=\"margin:0\">")
                .t(labels.get("headline", year)).a("</p>\n<p style=\"margin:.25rem 0 0\">").badge(tone, Words.status(summary.root(), labels))
                .a("</p></div>\n</div>\n");
        // achievement per mission and program
        a("<h3>").t(labels.get("chart.missions", year)).a("</h3>\n");
        achievementBars(summary.missionsAndPrograms());
        a("<p class=\"legend\">").t(labels.get("legend.bands", policy.bands().bands().stream()
                .map(b -> Words.range(b, formats, labels)).reduce((x, y) -> x + "; " + y).orElse("")) + " " + labels.get("legend.ticks"))
                .a("</p>\n");
        // objectives by band
        a("<table class=\"reflow\" id=\"bands\">\n<caption>").t(labels.get("bands.caption", year)).a("</caption>\n<thead><tr><th scope=\"col\">")
                .t(labels.get("column.band")).a("</th><th scope=\"col\" class=\"num\">").t(labels.get("column.objectives"))
                .a("</th></tr></thead>\n<tbody>\n");
        for (Map.Entry<String, Integer> e : summary.objectivesByBand().entrySet()) {
            String bt = e.getKey().equals(Summary.NOT_MEASURABLE) ? "none" : Words.tone(e.getKey(), policy.bands());
            a("<tr><th scope=\"row\">").badge(bt, Words.band(e.getKey(), labels)).a("</th><td class=\"num\" data-label=\"")
                    .a(attr(labels.get("column.objectives"))).a("\">").t(String.valueOf(e.getValue())).a("</td></tr>\n");
        }
        a("</tbody>\n</table>\n");
        // budget against actual
        a("<h3>").t(labels.get("budget.title", year)).a("</h3>\n");
        if (summary.totals().isPresent()) {
            resourcesTable(summary.totals().get(), "totals", labels.get("budget.caption", year));
            resourceBars(summary.totals().get());
        } else {
            a("<p>").t(labels.get("noFigures", year)).a("</p>\n");
        }
        // the errors that matter
        a("<h3>").t(labels.get("errors.title")).a("</h3>\n<p>").t(Words.counts(analysis.validation(), labels)).a("</p>\n");
        List<Finding> errors = summary.errors();
        if (!errors.isEmpty()) {
            a("<ul class=\"findings\">\n");
            for (Finding f : errors.subList(0, Math.min(SUMMARY_ERRORS, errors.size()))) {
                finding(f);
            }
            a("</ul>\n");
            if (errors.size() > SUMMARY_ERRORS) {
                a("<p><a href=\"#findings\">").t(labels.get("errors.more", errors.size() - SUMMARY_ERRORS)).a("</a></p>\n");
            }
        }
        a("</section>\n");
    }

    private void achievementBars(List<AchievementNode> nodes) {
        BigDecimal max = BigDecimal.valueOf(100);
        for (AchievementNode n : nodes) {
            if (n.score().isPresent() && n.score().get().points().compareTo(max) > 0) {
                max = n.score().get().points();
            }
        }
        a("<ul class=\"bars\" id=\"chart-achievement\">\n");
        for (AchievementNode n : nodes) {
            String tone = Words.tone(n, policy.bands());
            String label = n.code().map(c -> c + " ").orElse("") + Safe.flat(n.name());
            String words = n.score().map(p -> formats.percent(p) + " ").orElse("") + Words.status(n, labels);
            a("<li class=\"").a(n.kind() == NodeKind.MISSION ? "mission" : "program").a("\"><span class=\"label\">")
                    .t(n.kind() == NodeKind.MISSION ? labels.get("member.missions") + " " : labels.get("member.programs") + " ")
                    .u(label).a("</span>");
            a("<svg class=\"bar\" viewBox=\"0 0 100 10\" preserveAspectRatio=\"none\" role=\"img\" aria-label=\"")
                    .a(attr(label + ": " + words)).a("\"><title>").t(label + ": " + words).a("</title>")
                    .a("<rect class=\"track\" x=\"0\" y=\"0\" width=\"100\" height=\"10\"/>");
            if (n.score().isPresent()) {
                a("<rect class=\"fill-").a(tone).a("\" x=\"0\" y=\"0\" width=\"").a(scale(n.score().get().points(), max))
                        .a("\" height=\"10\"/>");
            }
            for (Band b : policy.bands().bands()) {
                if (b.lower().isPresent() && b.lower().get().points().signum() > 0 && b.lower().get().points().compareTo(max) < 0) {
                    String x = scale(b.lower().get().points(), max);
                    a("<line class=\"tick\" x1=\"").a(x).a("\" y1=\"0\" x2=\"").a(x).a("\" y2=\"10\"/>");
                }
            }
            a("</svg><span class=\"value\">").badge(tone, words).a("</span></li>\n");
        }
        a("</ul>\n");
    }

    private void resourceBars(ResourceVariance v) {
        Money max = Money.ZERO;
        for (LineVariance lv : v.lines()) {
            max = max.compareTo(lv.budget()) < 0 ? lv.budget() : max;
            max = max.compareTo(lv.actual()) < 0 ? lv.actual() : max;
        }
        BigDecimal top = max.isZero() ? BigDecimal.ONE : max.amount();
        a("<p class=\"legend\" aria-hidden=\"true\"><span class=\"swatch budget\"></span>").t(labels.get("column.budget"))
                .a("<span class=\"swatch actual\"></span>").t(labels.get("column.actual")).a("</p>\n<ul class=\"bars\" id=\"chart-budget\">\n");
        for (LineVariance lv : v.lines()) {
            String line = labels.get("line." + lv.line().name());
            String words = labels.get("column.budget") + " " + formats.euros(lv.budget()) + ", " + labels.get("column.actual") + " "
                    + formats.euros(lv.actual());
            a("<li class=\"mission\"><span class=\"label\">").t(line).a("</span>")
                    .a("<svg class=\"bar\" viewBox=\"0 0 100 10\" preserveAspectRatio=\"none\" role=\"img\" aria-label=\"")
                    .a(attr(line + ": " + words)).a("\"><title>").t(line + ": " + words).a("</title>")
                    .a("<rect class=\"track\" x=\"0\" y=\"0\" width=\"100\" height=\"10\"/>")
                    .a("<rect class=\"fill-budget\" x=\"0\" y=\"0\" width=\"").a(scale(positive(lv.budget()), top)).a("\" height=\"5\"/>")
                    .a("<rect class=\"fill-actual\" x=\"0\" y=\"5\" width=\"").a(scale(positive(lv.actual()), top)).a("\" height=\"5\"/>")
                    .a("</svg><span class=\"value\">").badge(Words.directionTone(lv.direction()), Words.direction(lv.direction(), labels))
                    .a("</span></li>\n");
        }
        a("</ul>\n");
    }

    private static BigDecimal positive(Money m) {
        return m.amount().max(BigDecimal.ZERO);
    }

    /** {@return the share of {@code max} as a width of 0–100 with one decimal} */
    private static String scale(BigDecimal value, BigDecimal max) {
        if (value.signum() <= 0 || max.signum() <= 0) {
            return "0";
        }
        BigDecimal w = value.multiply(BigDecimal.valueOf(100)).divide(max, 1, RoundingMode.HALF_EVEN).min(BigDecimal.valueOf(100));
        return w.toPlainString();
    }

    private void resourcesTable(ResourceVariance v, String id, String caption) {
        a("<table class=\"reflow resources\" id=\"").a(id).a("\">\n<caption>").t(caption).a("</caption>\n<thead><tr>")
                .a("<th scope=\"col\">").t(labels.get("column.line")).a("</th>")
                .a("<th scope=\"col\" class=\"num\">").t(labels.get("column.budget")).a("</th>")
                .a("<th scope=\"col\" class=\"num\">").t(labels.get("column.actual")).a("</th>")
                .a("<th scope=\"col\" class=\"num\">").t(labels.get("column.absolute")).a("</th>")
                .a("<th scope=\"col\" class=\"num\">").t(labels.get("column.relative")).a("</th>")
                .a("<th scope=\"col\">").t(labels.get("column.direction")).a("</th></tr></thead>\n<tbody>\n");
        for (LineVariance lv : v.lines()) {
            a("<tr><th scope=\"row\">").t(labels.get("line." + lv.line().name())).a("</th>");
            cell("column.budget", formats.euros(lv.budget()));
            cell("column.actual", formats.euros(lv.actual()));
            cell("column.absolute", formats.euros(lv.absolute()));
            cell("column.relative", lv.relative().map(formats::percent).orElse(labels.get("notAvailable")));
            a("<td data-label=\"").a(attr(labels.get("column.direction"))).a("\">")
                    .badge(Words.directionTone(lv.direction()), Words.direction(lv.direction(), labels)).a("</td></tr>\n");
        }
        a("</tbody>\n</table>\n");
    }

    private void cell(String column, String text) {
        a("<td class=\"num\" data-label=\"").a(attr(labels.get(column))).a("\">").t(text).a("</td>");
    }

    // ------------------------------------------------------------------ schede

    private void schede() {
        a("<section id=\"schede\" aria-labelledby=\"schede-h\">\n<h2 id=\"schede-h\">").t(labels.get("section.schede")).a("</h2>\n");
        int n = 0;
        for (LocatedObjective lo : analysis.plan().locatedObjectives()) {
            // one scheda per strategic objective (of a program or of a strategic area), its operational ones inside
            if (lo.operationalObjective().isEmpty()) {
                scheda(++n, lo.mission(), lo.program().orElse(null), lo.objective(), lo.path());
            }
        }
        if (n == 0) {
            a("<p>").t(labels.get("schede.none")).a("</p>\n");
        }
        a("</section>\n");
    }

    private void scheda(int n, Mission m, Program p, StrategicObjective o, NodePath path) {
        int year = analysis.year();
        a("<section class=\"scheda\" id=\"scheda-").a(String.valueOf(n)).a("\" aria-labelledby=\"scheda-").a(String.valueOf(n))
                .a("-h\">\n<p class=\"kicker\">").tc(labels.get("member.missions") + " " + m.code()
                        + (p == null ? "" : " › " + labels.get("member.programs") + " " + p.code())).a("</p>\n<h3 id=\"scheda-").a(String.valueOf(n)).a("-h\">").tc(labels.get("member.objectives") + " "
                        + o.code() + " ").u(o.title()).a("</h3>\n");
        Optional<AchievementNode> node = analysis.achievement().find(path);
        node.ifPresent(this::verdict);
        a("<dl class=\"facts\">\n");
        fact("field.mission", m.code() + " " + Safe.flat(m.title()));
        if (p != null) {
            fact("field.program", p.code() + " " + Safe.flat(p.title()));
        }
        o.description().ifPresent(d -> fact("field.description", d));
        o.timeframe().ifPresent(t -> fact("field.timeframe", t.label()));
        o.responsibleUnit().ifPresent(r -> fact("field.responsible", r));
        o.weight().ifPresent(w -> fact("field.weight", formats.number(w.value())));
        if (!o.stakeholders().isEmpty()) {
            fact("field.stakeholders", String.join("; ", o.stakeholders()));
        }
        facts.staff(o).ifPresent(s -> fact("field.staff", s));
        int count = (int) o.allIndicators().count();
        fact("field.indicatorCount", o.declaredIndicatorCount().map(d -> d == count ? String.valueOf(d)
                : labels.get("indicatorCount.differs", d, count)).orElse(String.valueOf(count)));
        a("</dl>\n");
        // resources, as the document's "Risorse preventivo / consuntivo" lines
        Optional<VarianceNode> vn = analysis.variance().find(path);
        if (vn.isPresent() && vn.get().variance().isPresent()) {
            resourcesTable(vn.get().variance().get(), "resources-" + n, labels.get("resources.caption", year));
        } else {
            a("<p>").t(labels.get("noFigures", year)).a("</p>\n");
        }
        indicators(o, path, "");
        List<OperationalObjective> ops = o.operationalObjectives();
        for (int j = 0; j < ops.size(); j++) {
            OperationalObjective op = ops.get(j);
            NodePath opPath = path.operationalObjective(j);
            a("<h4>").t(labels.get("member.operationalObjectives") + " " + (j + 1) + " ").u(op.title()).a("</h4>\n");
            analysis.achievement().find(opPath).ifPresent(this::verdict);
            facts.staff(op).ifPresent(s -> a("<dl class=\"facts\">\n").fact("field.staff", s).a("</dl>\n"));
            indicators(op, opPath, (j + 1) + ".");
        }
        o.notes().forEach(note -> a("<p class=\"muted\">").u(note).a("</p>\n"));
        a("</section>\n");
    }

    private void verdict(AchievementNode n) {
        a("<p>").t(labels.get("score", analysis.year()) + " ").a("<strong>").t(score(n.score())).a("</strong> ")
                .badge(Words.tone(n, policy.bands()), Words.status(n, labels)).a("</p>\n<p class=\"explanation\">")
                .t(Safe.flat(Render.of(labels.locale()).explanation(n.explanation()))).a("</p>\n");
    }

    private HtmlWriter fact(String key, String value) {
        return a("<dt>").t(labels.get(key)).a("</dt><dd>").u(value).a("</dd>\n");
    }

    private void indicators(Objective o, NodePath path, String prefix) {
        indicators(o.indicators(), i -> analysis.achievement().find(path.indicator(i)), prefix);
    }

    private void indicators(List<Indicator> list, java.util.function.IntFunction<Optional<AchievementNode>> node, String prefix) {
        for (int i = 0; i < list.size(); i++) {
            Indicator ind = list.get(i);
            a("<div class=\"indicator\">\n<h4>").t(labels.get("member.indicators") + " " + prefix + (i + 1) + " ")
                    .u(ind.code().map(c -> c + " ").orElse("") + ind.name()).a("</h4>\n<dl class=\"facts\">\n");
            ind.measures().ifPresent(v -> fact("field.measures", v));
            ind.type().ifPresent(v -> fact("field.type", v.label()));
            ind.unit().ifPresent(v -> fact("field.unit", v));
            ind.algorithm().ifPresent(v -> fact("field.algorithm", v));
            ind.dataSource().ifPresent(v -> fact("field.dataSource", v));
            ind.weight().ifPresent(w -> fact("field.weight", formats.number(w.value())));
            ind.baseline().ifPresent(b -> fact("field.baseline", b.text().orElseGet(() -> b.value().map(Object::toString).orElse("—"))
                    + b.year().map(y -> " (" + y + ")").orElse("")));
            facts.indicator(ind, analysis.year()).forEach(f -> fact(f.key(), f.text()));
            a("</dl>\n");
            yearsTable(ind);
            ind.results().forEach((y, r) -> facts.breakdowns(r, y, ind).forEach(line -> a("<p>").u(line).a("</p>\n")));
            ind.monitoring().forEach((y, m) -> monitoringTable(y, m, ind));
            node.apply(i).ifPresent(this::verdict);
            ind.notes().forEach(note -> a("<p class=\"muted\">").u(note).a("</p>\n"));
            a("</div>\n");
        }
    }

    private void yearsTable(Indicator ind) {
        TreeSet<Integer> years = new TreeSet<>(ind.targets().keySet());
        years.addAll(ind.results().keySet());
        if (years.isEmpty()) {
            return;
        }
        a("<table class=\"reflow years\">\n<thead><tr><th scope=\"col\">").t(labels.get("column.year")).a("</th><th scope=\"col\">")
                .t(labels.get("column.target")).a("</th><th scope=\"col\">").t(labels.get("column.result")).a("</th></tr></thead>\n<tbody>\n");
        for (int y : years) {
            boolean current = y == analysis.year();
            a(current ? "<tr class=\"current\">" : "<tr>").a("<th scope=\"row\">").t(current ? labels.get("year.current", y) : String.valueOf(y))
                    .a("</th><td data-label=\"").a(attr(labels.get("column.target"))).a("\">")
                    .u(ind.target(y).map(facts::target).orElse("—")).a("</td><td data-label=\"").a(attr(labels.get("column.result")))
                    .a("\">").u(ind.result(y).map(r -> facts.result(r, ind)).orElse("—"))
                    .a("</td></tr>\n");
        }
        a("</tbody>\n</table>\n");
    }

    private void monitoringTable(int year, io.github.albero.model.Monitoring m, Indicator ind) {
        a("<table class=\"reflow periods\">\n<caption>").t(labels.get("monitoring.caption", year)).a("</caption>\n<thead><tr>");
        for (String c : List.of("column.period", "column.periodTarget", "column.result", "column.state")) {
            a("<th scope=\"col\">").t(labels.get(c)).a("</th>");
        }
        a("</tr></thead>\n<tbody>\n");
        for (IndicatorFacts.PeriodRow r : facts.monitoring(m, ind)) {
            a("<tr><th scope=\"row\">").t(r.period()).a("</th><td data-label=\"").a(attr(labels.get("column.periodTarget"))).a("\">")
                    .u(r.target()).a("</td><td data-label=\"").a(attr(labels.get("column.result"))).a("\">").u(r.result())
                    .a("</td><td data-label=\"").a(attr(labels.get("column.state"))).a("\">").t(r.state()).a("</td></tr>\n");
        }
        a("</tbody>\n</table>\n");
    }

    // ------------------------------------------------------------------ public value

    private void publicValue() {
        List<io.github.albero.model.PublicValueObjective> values = analysis.plan().publicValue();
        if (values.isEmpty()) {
            return;
        }
        a("<section id=\"public-value\" aria-labelledby=\"public-value-h\">\n<h2 id=\"public-value-h\">").t(labels.get("section.publicValue"))
                .a("</h2>\n");
        for (io.github.albero.model.PublicValueObjective v : values) {
            a("<h3>").tc(labels.get("member.publicValue") + " " + v.code() + " ").u(v.title()).a("</h3>\n");
            Optional<AchievementNode> node = analysis.achievement().publicValue(v.code());
            node.ifPresent(this::verdict);
            a("<dl class=\"facts\">\n");
            facts.publicValue(v).forEach(f -> fact(f.key(), f.text()));
            a("</dl>\n");
            if (!v.indicators().isEmpty()) {
                a("<h4>").t(labels.get("publicValue.indicators")).a("</h4>\n");
                List<AchievementNode> impact = node.map(n -> n.children().stream().filter(c -> c.kind() == NodeKind.INDICATOR).toList())
                        .orElse(List.of());
                indicators(v.indicators(), i -> i < impact.size() ? Optional.of(impact.get(i)) : Optional.empty(), v.code() + ".");
            }
            v.notes().forEach(note -> a("<p class=\"muted\">").u(note).a("</p>\n"));
        }
        a("</section>\n");
    }

    // ------------------------------------------------------------------ findings

    private void findings() {
        a("<section id=\"findings\" aria-labelledby=\"findings-h\">\n<h2 id=\"findings-h\">").t(labels.get("section.findings")).a("</h2>\n<p>")
                .t(Words.counts(analysis.validation(), labels)).a("</p>\n");
        for (Map.Entry<RuleCode, List<Finding>> g : Words.byRule(analysis.validation()).entrySet()) {
            RuleCode r = g.getKey();
            a("<h3><span class=\"badge sev-").a(r.severity().name()).a("\">").t(Words.severity(r.severity(), labels)).a("</span> ")
                    .tc(r.code() + " · " + Words.findings(g.getValue().size(), labels)).a("</h3>\n<ul class=\"findings\">\n");
            g.getValue().forEach(this::finding);
            a("</ul>\n");
        }
        a("</section>\n");
    }

    private void finding(Finding f) {
        a("<li><strong>").u(HumanPath.of(analysis.plan(), f.path(), labels)).a("</strong><br/>")
                .t(Words.message(f, labels, formats)).a(" <span class=\"muted nw\">(").t(f.code().code()).a(")</span></li>\n");
    }
}
