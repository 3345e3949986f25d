package io.github.albero.report;

import io.github.albero.model.Breakdown;
import io.github.albero.model.BreakdownPart;
import io.github.albero.model.Completeness;
import io.github.albero.model.Contribution;
import io.github.albero.model.CrossCuttingDimension;
import io.github.albero.model.Indicator;
import io.github.albero.model.Monitoring;
import io.github.albero.model.Objective;
import io.github.albero.model.PeriodResult;
import io.github.albero.model.PublicValueObjective;
import io.github.albero.model.RatioDefinition;
import io.github.albero.model.RatioScale;
import io.github.albero.model.Result;
import io.github.albero.model.StaffAllocation;
import io.github.albero.model.Target;
import io.github.albero.model.TargetInForce;
import io.github.albero.model.TargetRevision;
import io.github.albero.period.MonitoringPeriod;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * The words for the richer members of an indicator and an objective (ratio definitions and
 * parts, revised targets and the one in force, breakdowns, monitoring periods, staff, public
 * value), said once for the three renderings so that none of them drops what the user gave.
 * Plain text; each writer escapes it.
 */
final class IndicatorFacts {
    private final Labels labels;
    private final Formats formats;

    IndicatorFacts(Labels labels, Formats formats) {
        this.labels = labels;
        this.formats = formats;
    }

    /** A fact of an indicator or objective: its label key and its text. */
    record Fact(String key, String text) {
    }

    /** One row of a monitoring table. */
    record PeriodRow(String period, String target, String result, String state) {
    }

    String day(LocalDate d) {
        return formats.date(d);
    }

    String period(MonitoringPeriod p) {
        return day(p.start()) + " – " + day(p.end());
    }

    /** {@return the facts of an indicator beyond the 1.0 ones: ratio, period aggregation, breakdown rule, the target in force} */
    List<Fact> indicator(Indicator ind, int year) {
        List<Fact> facts = new ArrayList<>();
        ind.ratio().ifPresent(r -> facts.add(new Fact("field.ratio", ratio(r))));
        if (!ind.monitoring().isEmpty() || ind.periodAggregation().isPresent()) {
            facts.add(new Fact("field.periodAggregation", labels.get("aggregation." + ind.periodAggregation()
                    .orElse(io.github.albero.model.PeriodAggregation.LAST).name())));
        }
        ind.breakdownRule().ifPresent(r -> facts.add(new Fact("field.breakdownRule", labels.get("breakdownRule." + r.name()))));
        inForce(ind, year).ifPresent(t -> facts.add(new Fact("field.targetInForce", t)));
        return facts;
    }

    String ratio(RatioDefinition r) {
        return r.numerator() + r.numeratorUnit().map(u -> " (" + u + ")").orElse("") + " ÷ " + r.denominator()
                + r.denominatorUnit().map(u -> " (" + u + ")").orElse("") + ", " + labels.get("ratio.scale." + r.scale().name());
    }

    /**
     * {@return the target in force at the end of the year and why, when the target was revised:
     * e.g. "almeno 90% (revised on 02/10/2023: act …; reason …)"}
     */
    Optional<String> inForce(Indicator ind, int year) {
        Optional<Target> t = ind.target(year).filter(x -> !x.revisions().isEmpty());
        if (t.isEmpty()) {
            return Optional.empty();
        }
        TargetInForce f = t.get().inForce(LocalDate.of(year, 12, 31));
        String text = f.target().text() + " (" + f.revision().map(this::revisionWords).orElse(labels.get("target.original")) + ")";
        return Optional.of(labels.get("target.inForce", day(f.asOf()), text));
    }

    private String revisionWords(TargetRevision r) {
        return labels.get("target.revisedOn", day(r.date())) + r.act().map(a -> "; " + labels.get("target.act", a)).orElse("")
                + r.reason().map(x -> "; " + labels.get("target.reason", x)).orElse("");
    }

    /** {@return the target's text, then each revision with its day, act and reason} */
    String target(Target t) {
        StringBuilder sb = new StringBuilder(t.text());
        for (TargetRevision r : t.revisions()) {
            sb.append(" → ").append(r.text()).append(" (").append(revisionWords(r)).append(')');
        }
        return sb.toString();
    }

    /** {@return the result's text, its parts when the text does not already show them ("15 % (15/100)"), and its comment} */
    String result(Result r, Indicator ind) {
        StringBuilder sb = new StringBuilder(r.text());
        r.parts().ifPresent(p -> {
            String shown = ind.ratio().map(RatioDefinition::scale).orElse(RatioScale.PERCENT).display(p);
            if (!r.text().equals(shown)) {
                sb.append(" = ").append(shown);
            }
        });
        r.comment().ifPresent(c -> sb.append(" — ").append(c));
        return sb.toString();
    }

    /** {@return one line per breakdown of a result: "Breakdown 2023 by genere: donne 12, uomini 13 (total 25)"} */
    List<String> breakdowns(Result r, int year, Indicator ind) {
        RatioScale scale = ind.ratio().map(RatioDefinition::scale).orElse(RatioScale.PERCENT);
        List<String> lines = new ArrayList<>();
        for (Breakdown b : r.breakdowns()) {
            String parts = b.parts().stream().map(p -> part(p, scale)).collect(Collectors.joining(", "));
            String total = b.total().map(formats::number).orElseGet(() -> b.ratioTotal().map(scale::display).orElse(""));
            lines.add(labels.get("breakdown.line", year, b.dimension(), parts, total));
        }
        return lines;
    }

    private String part(BreakdownPart p, RatioScale scale) {
        return p.label() + " " + p.value().map(formats::number).orElseGet(() -> scale.display(p.parts().get()));
    }

    /** {@return the rows of one year's monitoring, in period order} */
    List<PeriodRow> monitoring(Monitoring m, Indicator ind) {
        List<PeriodRow> rows = new ArrayList<>();
        for (PeriodResult p : m.periods()) {
            String state = labels.get("reporting." + p.status().name())
                    + (p.completeness() == Completeness.PARTIAL ? ", " + labels.get("completeness.PARTIAL") : "");
            rows.add(new PeriodRow(period(p.period()), p.target().map(this::target).orElse("—"),
                    p.result().map(r -> result(r, ind)).orElse("—"), state));
        }
        return rows;
    }

    /** {@return the staff of an objective, "Area dei funzionari 2.5 FTE; dirigenti 0.1 FTE", when it has some} */
    Optional<String> staff(Objective o) {
        if (o.staff().isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(o.staff().stream().map((StaffAllocation s) -> s.category() + " " + formats.number(s.fte()) + " FTE")
                .collect(Collectors.joining("; ")));
    }

    /** {@return the facts of a public-value objective} */
    List<Fact> publicValue(PublicValueObjective v) {
        List<Fact> facts = new ArrayList<>();
        v.description().ifPresent(d -> facts.add(new Fact("field.description", d)));
        v.weight().ifPresent(w -> facts.add(new Fact("field.weight", formats.number(w.value()))));
        if (!v.contributions().isEmpty()) {
            facts.add(new Fact("field.contributions", v.contributions().stream().map(this::contribution).collect(Collectors.joining("; "))));
        }
        if (!v.dimensions().isEmpty()) {
            facts.add(new Fact("field.dimensions", v.dimensions().stream().map(CrossCuttingDimension::label).collect(Collectors.joining("; "))));
        }
        if (!v.stakeholders().isEmpty()) {
            facts.add(new Fact("field.stakeholders", String.join("; ", v.stakeholders())));
        }
        return facts;
    }

    private String contribution(Contribution c) {
        return c.objective() + c.weight().map(w -> " (" + labels.get("field.weight").toLowerCase(labels.locale()) + " "
                + formats.number(w.value()) + ")").orElse("");
    }
}
