package io.github.albero.report;

import io.github.albero.render.Render;

import io.github.albero.achievement.AchievementNode;
import io.github.albero.achievement.AchievementPolicy;
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
import io.github.albero.validation.Finding;
import io.github.albero.validation.RuleCode;
import io.github.albero.variance.LineVariance;
import io.github.albero.variance.ResourceVariance;
import io.github.albero.variance.VarianceNode;
import io.github.albero.table.Table;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;
import java.util.stream.Collectors;

/**
 * The Markdown document: the same sections as the HTML page (summary, schede, findings) in
 * CommonMark with GitHub-style tables printed by core's {@link Table}. Every text of the document is neutralised, put on one line
 * and escaped, so that no text can open a heading, a list, a link, a table cell or raw HTML.
 */
final class MarkdownWriter {
    private final Analysis analysis;
    private final Labels labels;
    private final Formats formats;
    private final Summary summary;
    private final AchievementPolicy policy;
    private final IndicatorFacts facts;
    private final StringBuilder out = new StringBuilder(32 * 1024);

    private MarkdownWriter(Analysis analysis, Labels labels, Formats formats) {
        this.analysis = analysis;
        this.labels = labels;
        this.formats = formats;
        this.summary = Summary.of(analysis);
        this.policy = analysis.achievement().policy();
        this.facts = new IndicatorFacts(labels, formats);
    }

    static String render(Analysis analysis, Labels labels, Formats formats, String source) {
        MarkdownWriter w = new MarkdownWriter(analysis, labels, formats);
        w.page(source);
        return w.out.toString();
    }

    private static String md(String s) {
        return Safe.markdown(s);
    }

    private MarkdownWriter line(String s) {
        out.append(s).append('\n');
        return this;
    }

    private String status(AchievementNode n) {
        return Words.mark(Words.tone(n, policy.bands())) + " " + md(Words.status(n, labels));
    }

    private void page(String source) {
        Plan plan = analysis.plan();
        int year = analysis.year();
        line("# " + md(Words.title(plan, labels))).line("");
        line("*" + md(Words.kicker(plan, year, labels)) + "* · " + md(plan.administration().name())).line("");
        summarySection();
        schede();
        publicValue();
        findings();
        line("---").line("").line(md(labels.get("generated", source)));
    }

    private void summarySection() {
        int year = analysis.year();
        Plan plan = analysis.plan();
        line("## " + md(labels.get("section.summary"))).line("");
        int programs = plan.missions().stream().mapToInt(m -> m.programs().size()).sum();
        line(md(labels.get("counts", plan.missions().size(), programs, plan.objectives().size(), plan.indicators().size(), year))).line("");
        line("**" + md(labels.get("headline", year)) + ": " + md(summary.headline().map(formats::percent).orElse("—")) + "** "
                + status(summary.root())).line("");
        line("### " + md(labels.get("chart.missions", year))).line("");
        List<List<String>> chart = new ArrayList<>();
        for (AchievementNode n : summary.missionsAndPrograms()) {
            String indent = n.kind() == io.github.albero.model.NodeKind.PROGRAM ? "↳ " : "";
            chart.add(List.of(indent + md(n.code().map(c -> c + " ").orElse("") + n.name()), md(n.score().map(formats::percent).orElse("—")),
                    status(n)));
        }
        table(Table.of(List.of(md(labels.get("column.node")), md(labels.get("column.score")), md(labels.get("column.status"))), chart));
        line("");
        line(md(labels.get("legend.bands", policy.bands().bands().stream().map(b -> Words.range(b, formats, labels))
                .collect(Collectors.joining("; "))))).line("");
        List<List<String>> bands = new ArrayList<>();
        for (Map.Entry<String, Integer> e : summary.objectivesByBand().entrySet()) {
            bands.add(List.of(md(Words.band(e.getKey(), labels)), String.valueOf(e.getValue())));
        }
        table(Table.of(List.of(md(labels.get("column.band")), md(labels.get("column.objectives"))), bands));
        line("");
        line("### " + md(labels.get("budget.title", year))).line("");
        if (summary.totals().isPresent()) {
            resources(summary.totals().get());
        } else {
            line(md(labels.get("noFigures", year))).line("");
        }
        line("### " + md(labels.get("errors.title"))).line("");
        line(md(Words.counts(analysis.validation(), labels))).line("");
        summary.errors().forEach(this::finding);
        if (!summary.errors().isEmpty()) {
            line("");
        }
    }

    private void table(Table table) {
        out.append(table.markdown());
    }

    private void resources(ResourceVariance v) {
        List<List<String>> rows = new ArrayList<>();
        for (LineVariance lv : v.lines()) {
            rows.add(List.of(md(labels.get("line." + lv.line().name())), md(formats.euros(lv.budget())), md(formats.euros(lv.actual())),
                    md(formats.euros(lv.absolute())), md(lv.relative().map(formats::percent).orElse(labels.get("notAvailable"))),
                    Words.mark(Words.directionTone(lv.direction())) + " " + md(Words.direction(lv.direction(), labels))));
        }
        table(Table.of(List.of(md(labels.get("column.line")), md(labels.get("column.budget")), md(labels.get("column.actual")),
                md(labels.get("column.absolute")), md(labels.get("column.relative")), md(labels.get("column.direction"))), rows));
        line("");
    }

    private void schede() {
        line("## " + md(labels.get("section.schede"))).line("");
        for (LocatedObjective lo : analysis.plan().locatedObjectives()) {
            // one scheda per strategic objective (of a program or of a strategic area), its operational ones inside
            if (lo.operationalObjective().isEmpty()) {
                scheda(lo.mission(), lo.program().orElse(null), lo.objective(), lo.path());
            }
        }
    }

    private void scheda(Mission m, Program p, StrategicObjective o, NodePath path) {
        int year = analysis.year();
        line("### " + md(labels.get("member.objectives") + " " + o.code() + " " + o.title())).line("");
        analysis.achievement().find(path).ifPresent(this::verdict);
        fact("field.mission", Optional.of(m.code() + " " + m.title()));
        fact("field.program", Optional.ofNullable(p).map(x -> x.code() + " " + x.title()));
        fact("field.description", o.description());
        fact("field.timeframe", o.timeframe().map(t -> t.label()));
        fact("field.responsible", o.responsibleUnit());
        fact("field.staff", facts.staff(o));
        line("");
        Optional<VarianceNode> vn = analysis.variance().find(path);
        if (vn.isPresent() && vn.get().variance().isPresent()) {
            line("**" + md(labels.get("resources.caption", year)) + "**").line("");
            resources(vn.get().variance().get());
        } else {
            line(md(labels.get("noFigures", year))).line("");
        }
        indicators(o, path, "");
        List<OperationalObjective> ops = o.operationalObjectives();
        for (int j = 0; j < ops.size(); j++) {
            NodePath opPath = path.operationalObjective(j);
            line("#### " + md(labels.get("member.operationalObjectives") + " " + (j + 1) + " " + ops.get(j).title())).line("");
            analysis.achievement().find(opPath).ifPresent(this::verdict);
            if (facts.staff(ops.get(j)).isPresent()) {
                fact("field.staff", facts.staff(ops.get(j)));
                line("");
            }
            indicators(ops.get(j), opPath, (j + 1) + ".");
        }
    }

    private void verdict(AchievementNode n) {
        line("**" + md(labels.get("score", analysis.year())) + " " + md(n.score().map(formats::percent).orElse("—")) + "** " + status(n)
                + " — " + md(Render.of(labels.locale()).explanation(n.explanation()))).line("");
    }

    private void fact(String key, Optional<String> value) {
        value.ifPresent(v -> line("- **" + md(labels.get(key)) + "**: " + md(v)));
    }

    private void indicators(Objective o, NodePath path, String prefix) {
        indicators(o.indicators(), i -> analysis.achievement().find(path.indicator(i)), prefix);
    }

    private void indicators(List<Indicator> list, java.util.function.IntFunction<Optional<AchievementNode>> node, String prefix) {
        for (int i = 0; i < list.size(); i++) {
            Indicator ind = list.get(i);
            line("#### " + md(labels.get("member.indicators") + " " + prefix + (i + 1) + " " + ind.code().map(c -> c + " ").orElse("")
                    + ind.name())).line("");
            fact("field.measures", ind.measures());
            fact("field.unit", ind.unit());
            fact("field.algorithm", ind.algorithm());
            fact("field.dataSource", ind.dataSource());
            fact("field.baseline", ind.baseline().map(b -> b.text().orElseGet(() -> b.value().map(Object::toString).orElse("—"))
                    + b.year().map(y -> " (" + y + ")").orElse("")));
            facts.indicator(ind, analysis.year()).forEach(f -> fact(f.key(), Optional.of(f.text())));
            line("");
            TreeSet<Integer> years = new TreeSet<>(ind.targets().keySet());
            years.addAll(ind.results().keySet());
            if (!years.isEmpty()) {
                List<List<String>> rows = new ArrayList<>();
                for (int y : years) {
                    String yl = y == analysis.year() ? "**" + md(labels.get("year.current", y)) + "**" : String.valueOf(y);
                    rows.add(List.of(yl, md(ind.target(y).map(facts::target).orElse("—")),
                            md(ind.result(y).map(r -> facts.result(r, ind)).orElse("—"))));
                }
                table(Table.of(List.of(md(labels.get("column.year")), md(labels.get("column.target")), md(labels.get("column.result"))), rows));
                line("");
            }
            ind.results().forEach((y, r) -> facts.breakdowns(r, y, ind).forEach(l -> line(md(l)).line("")));
            ind.monitoring().forEach((y, m) -> {
                line("*" + md(labels.get("monitoring.caption", y)) + "*").line("");
                List<List<String>> rows = new ArrayList<>();
                facts.monitoring(m, ind).forEach(r -> rows.add(List.of(md(r.period()), md(r.target()), md(r.result()), md(r.state()))));
                table(Table.of(List.of(md(labels.get("column.period")), md(labels.get("column.periodTarget")), md(labels.get("column.result")),
                        md(labels.get("column.state"))), rows));
                line("");
            });
            node.apply(i).ifPresent(this::verdict);
        }
    }

    private void publicValue() {
        List<io.github.albero.model.PublicValueObjective> values = analysis.plan().publicValue();
        if (values.isEmpty()) {
            return;
        }
        line("## " + md(labels.get("section.publicValue"))).line("");
        for (io.github.albero.model.PublicValueObjective v : values) {
            line("### " + md(labels.get("member.publicValue") + " " + v.code() + " " + v.title())).line("");
            Optional<AchievementNode> node = analysis.achievement().publicValue(v.code());
            node.ifPresent(this::verdict);
            facts.publicValue(v).forEach(f -> fact(f.key(), Optional.of(f.text())));
            line("");
            if (!v.indicators().isEmpty()) {
                line("**" + md(labels.get("publicValue.indicators")) + "**").line("");
                List<AchievementNode> impact = node.map(n -> n.children().stream()
                        .filter(c -> c.kind() == io.github.albero.model.NodeKind.INDICATOR).toList()).orElse(List.of());
                indicators(v.indicators(), i -> i < impact.size() ? Optional.of(impact.get(i)) : Optional.empty(), v.code() + ".");
            }
            v.notes().forEach(n -> line(md(n)).line(""));
        }
    }

    private void findings() {
        line("## " + md(labels.get("section.findings"))).line("");
        line(md(Words.counts(analysis.validation(), labels))).line("");
        for (Map.Entry<RuleCode, List<Finding>> g : Words.byRule(analysis.validation()).entrySet()) {
            line("### " + md(Words.severity(g.getKey().severity(), labels) + " " + g.getKey().code() + " · "
                    + Words.findings(g.getValue().size(), labels))).line("");
            g.getValue().forEach(this::finding);
            line("");
        }
    }

    private void finding(Finding f) {
        line("- **" + md(HumanPath.of(analysis.plan(), f.path(), labels)) + "**: " + md(Words.message(f, labels, formats)) + " ("
                + md(f.code().code()) + ")");
    }
}
