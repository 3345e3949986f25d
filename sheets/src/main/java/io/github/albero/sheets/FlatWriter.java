package io.github.albero.sheets;

import io.github.albero.render.Render;

import io.github.albero.achievement.AchievementCalculator;
import io.github.albero.achievement.AchievementNode;
import io.github.albero.achievement.AchievementReport;
import io.github.albero.achievement.Band;
import io.github.albero.model.Indicator;
import io.github.albero.model.LocatedIndicator;
import io.github.albero.model.Objective;
import io.github.albero.model.Plan;
import io.github.albero.model.ResourceLine;
import io.github.albero.model.Result;
import io.github.albero.model.Target;
import io.github.albero.money.Money;
import io.github.albero.variance.LineVariance;
import io.github.albero.variance.ResourceVariance;
import io.github.albero.variance.VarianceCalculator;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;

/**
 * The flat export for analysts: one row per indicator and year, with where the indicator sits,
 * its target and result texts, its achievement score and band (core's default
 * {@link AchievementCalculator}), and the budget variance of its objective that year (core's
 * {@link VarianceCalculator#againstBudget()}), line by line: ready for a pivot table.
 * Years outside the plan's horizon are written without score.
 */
final class FlatWriter {
    static final String SHEET = "Analisi";
    private static final String PERCENT = "0.##";
    static final List<String> HEADERS;

    static {
        List<String> h = new ArrayList<>(List.of("Missione / Mission", "Programma / Program", "Obiettivo strategico / Strategic objective",
                "Obiettivo operativo / Operational objective", "Codice indicatore / Indicator code", "Indicatore / Indicator",
                "Polarità / Polarity", "Peso / Weight", "Anno / Year", "Risultato atteso / Target", "Risultato / Result",
                "Punteggio (%) / Score (%)", "Fascia / Band", "Non valutabile perché / Not measurable because"));
        for (ResourceLine line : ResourceLine.values()) {
            String it = line.italianName().substring(0, 1).toUpperCase(java.util.Locale.ITALIAN) + line.italianName().substring(1);
            String en = line.name().charAt(0) + line.name().substring(1).toLowerCase(java.util.Locale.ROOT);
            h.add(it + " preventivo / " + en + " budget");
            h.add(it + " consuntivo / " + en + " actual");
            h.add(it + " scostamento / " + en + " variance");
            h.add(it + " scostamento (%) / " + en + " variance (%)");
        }
        HEADERS = List.copyOf(h);
    }

    private FlatWriter() {
    }

    static void write(Plan plan, Sink sink) {
        sink.sheet(SHEET, HEADERS, null);
        AchievementCalculator achievement = AchievementCalculator.defaults();
        VarianceCalculator variance = VarianceCalculator.againstBudget();
        Map<Integer, AchievementReport> reports = new HashMap<>();
        for (LocatedIndicator l : plan.indicators()) {
            Indicator i = l.indicator();
            Objective owner = l.operationalObjective().<Objective>map(o -> o).orElse(l.objective());
            TreeSet<Integer> years = new TreeSet<>(i.targets().keySet());
            years.addAll(i.results().keySet());
            for (int year : years) {
                List<Sink.Out> row = new ArrayList<>();
                row.add(Sink.Out.text(l.mission().code().value()));
                row.add(Sink.Out.text(l.program().map(p -> l.mission().code().value() + "-" + p.code().value()).orElse(null)));
                row.add(Sink.Out.text(l.objective().code().toString()));
                row.add(Sink.Out.text(l.operationalObjective().map(o -> o.code().orElse(o.title())).orElse(null)));
                row.add(Sink.Out.text(i.code().orElse(null)));
                row.add(Sink.Out.text(i.name()));
                row.add(Sink.Out.text(Template.POLARITY.text(i.polarity())));
                row.add(i.weight().map(w -> number(w.value(), null)).orElse(null));
                row.add(Sink.Out.number(year));
                row.add(Sink.Out.text(Optional.ofNullable(i.targets().get(year)).map(Target::text).orElse(null)));
                row.add(Sink.Out.text(Optional.ofNullable(i.results().get(year)).map(Result::text).orElse(null)));
                Optional<AchievementNode> node = Optional.empty();
                if (plan.horizon().contains(year)) {
                    node = reports.computeIfAbsent(year, y -> achievement.evaluate(plan, y)).find(l.path());
                }
                row.add(node.flatMap(AchievementNode::score).map(p -> number(p.points(), PERCENT)).orElse(null));
                row.add(Sink.Out.text(node.flatMap(AchievementNode::band).map(Band::label).orElse(null)));
                row.add(Sink.Out.text(node.flatMap(n -> Render.canonical().reason(n)).orElse(null)));
                Optional<ResourceVariance> v = variance.evaluate(owner, year);
                for (ResourceLine line : ResourceLine.values()) {
                    Optional<LineVariance> lv = v.map(r -> r.line(line));
                    row.add(lv.map(x -> money(x.budget())).orElse(null));
                    row.add(lv.map(x -> money(x.actual())).orElse(null));
                    row.add(lv.map(x -> money(x.absolute())).orElse(null));
                    row.add(lv.flatMap(LineVariance::relative).map(p -> number(p.points(), PERCENT)).orElse(null));
                }
                sink.row(row.toArray(new Sink.Out[0]));
            }
        }
    }

    private static Sink.Out number(BigDecimal value, String format) {
        return new Sink.Out(value, value.toPlainString().replace('.', ','), format);
    }

    private static Sink.Out money(Money m) {
        return new Sink.Out(m.amount(), m.amount().toPlainString().replace('.', ','), Kind.MONEY.format());
    }
}
