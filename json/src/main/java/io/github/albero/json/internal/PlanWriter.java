package io.github.albero.json.internal;

import io.github.albero.measure.Quantity;
import io.github.albero.measure.Unit;
import io.github.albero.model.Administration;
import io.github.albero.model.Baseline;
import io.github.albero.model.Indicator;
import io.github.albero.model.Mission;
import io.github.albero.model.Objective;
import io.github.albero.model.OperationalObjective;
import io.github.albero.model.Plan;
import io.github.albero.model.Program;
import io.github.albero.model.ResourceAmounts;
import io.github.albero.model.Resources;
import io.github.albero.model.Result;
import io.github.albero.model.ResultReading;
import io.github.albero.model.StrategicObjective;
import io.github.albero.model.Target;
import io.github.albero.model.TargetReading;
import io.github.albero.model.YearResources;
import io.github.albero.money.Money;
import io.github.albero.period.Timeframe;
import io.github.albero.period.YearRange;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SortedMap;
import java.util.function.Consumer;
import tools.jackson.core.JsonGenerator;

/**
 * Writes the core model in the Albero JSON format, members in the order FORMAT.md lists them,
 * optional members omitted when absent and optional lists omitted when empty, numbers in plain
 * notation. Not exported.
 */
public final class PlanWriter {
    private final JsonGenerator g;

    /** @param g the generator to write to */
    public PlanWriter(JsonGenerator g) {
        this.g = g;
    }

    private void text(String name, Optional<String> value) {
        if (value.isPresent()) {
            g.writeStringProperty(name, value.get());
        }
    }

    private void texts(String name, List<String> values) {
        if (!values.isEmpty()) {
            g.writeName(name);
            g.writeStartArray();
            for (String v : values) {
                g.writeString(v);
            }
            g.writeEndArray();
        }
    }

    private <T> void list(String name, List<T> values, Consumer<T> element, boolean always) {
        if (always || !values.isEmpty()) {
            g.writeName(name);
            g.writeStartArray();
            for (T v : values) {
                element.accept(v);
            }
            g.writeEndArray();
        }
    }

    private <T> void yearMap(String name, SortedMap<Integer, T> values, Consumer<T> value) {
        if (!values.isEmpty()) {
            g.writeName(name);
            yearMap(values, value);
        }
    }

    private <T> void yearMap(SortedMap<Integer, T> values, Consumer<T> value) {
        g.writeStartObject();
        for (Map.Entry<Integer, T> e : values.entrySet()) {
            g.writeName(Integer.toString(e.getKey()));
            value.accept(e.getValue());
        }
        g.writeEndObject();
    }

    /**
     * Writes a number in plain notation, never as a double.
     *
     * @param v the number
     */
    public void number(BigDecimal v) {
        g.writeNumber(v.toPlainString());
    }

    /** @param s a string value */
    public void string(String s) {
        g.writeString(s);
    }

    private void number(String name, BigDecimal v) {
        g.writeName(name);
        number(v);
    }

    /** @param plan the plan to write as a whole document */
    public void plan(Plan plan) {
        g.writeStartObject();
        g.writeStringProperty("formatVersion", PlanReader.VERSION);
        g.writeStringProperty("kind", Enums.name(plan.kind()));
        text("title", plan.title());
        g.writeName("administration");
        administration(plan.administration());
        g.writeNumberProperty("referenceYear", plan.referenceYear());
        g.writeName("horizon");
        yearRange(plan.horizon());
        g.writeStringProperty("currency", plan.currency());
        list("missions", plan.missions(), this::mission, true);
        texts("notes", plan.notes());
        g.writeEndObject();
    }

    /** @param a the administration */
    public void administration(Administration a) {
        g.writeStartObject();
        g.writeStringProperty("name", a.name());
        text("identifier", a.identifier());
        g.writeEndObject();
    }

    /** @param r the range */
    public void yearRange(YearRange r) {
        g.writeStartObject();
        g.writeNumberProperty("first", r.first());
        g.writeNumberProperty("last", r.last());
        g.writeEndObject();
    }

    /** @param m the mission */
    public void mission(Mission m) {
        g.writeStartObject();
        g.writeStringProperty("code", m.code().value());
        g.writeStringProperty("title", m.title());
        list("programs", m.programs(), this::program, true);
        texts("notes", m.notes());
        g.writeEndObject();
    }

    /** @param p the program */
    public void program(Program p) {
        g.writeStartObject();
        g.writeStringProperty("code", p.code().value());
        g.writeStringProperty("title", p.title());
        list("objectives", p.objectives(), this::strategicObjective, true);
        texts("notes", p.notes());
        g.writeEndObject();
    }

    /** @param o the strategic objective */
    public void strategicObjective(StrategicObjective o) {
        g.writeStartObject();
        g.writeStringProperty("code", o.code().toString());
        objectiveMembers(o);
        list("operationalObjectives", o.operationalObjectives(), this::operationalObjective, false);
        texts("notes", o.notes());
        g.writeEndObject();
    }

    /** @param o the operational objective */
    public void operationalObjective(OperationalObjective o) {
        g.writeStartObject();
        text("code", o.code());
        objectiveMembers(o);
        texts("notes", o.notes());
        g.writeEndObject();
    }

    private void objectiveMembers(Objective o) {
        g.writeStringProperty("title", o.title());
        text("description", o.description());
        if (o.timeframe().isPresent()) {
            g.writeName("timeframe");
            timeframe(o.timeframe().get());
        }
        text("responsibleUnit", o.responsibleUnit());
        if (o.weight().isPresent()) {
            number("weight", o.weight().get().value());
        }
        texts("stakeholders", o.stakeholders());
        if (o.resources().isPresent()) {
            g.writeName("resources");
            resources(o.resources().get());
        }
        if (o.declaredIndicatorCount().isPresent()) {
            g.writeNumberProperty("declaredIndicatorCount", o.declaredIndicatorCount().get());
        }
        list("indicators", o.indicators(), this::indicator, false);
    }

    /** @param t the timeframe */
    public void timeframe(Timeframe t) {
        g.writeStartObject();
        g.writeStringProperty("label", t.label());
        if (t.years().isPresent()) {
            g.writeName("years");
            yearRange(t.years().get());
        }
        g.writeEndObject();
    }

    /** @param r the resources */
    public void resources(Resources r) {
        yearMap(r.years(), this::yearResources);
    }

    /** @param y one year's resources */
    public void yearResources(YearResources y) {
        g.writeStartObject();
        amounts("budget", y.budget());
        amounts("revisedBudget", y.revisedBudget());
        amounts("actual", y.actual());
        g.writeEndObject();
    }

    private void amounts(String name, Optional<ResourceAmounts> a) {
        if (a.isPresent()) {
            g.writeName(name);
            amounts(a.get());
        }
    }

    /** @param a the amounts */
    public void amounts(ResourceAmounts a) {
        g.writeStartObject();
        number("revenues", a.revenues().amount());
        number("costs", a.costs().amount());
        number("investments", a.investments().amount());
        g.writeEndObject();
    }

    /** @param m the amount, with its two decimals */
    public void money(Money m) {
        number(m.amount());
    }

    /** @param i the indicator */
    public void indicator(Indicator i) {
        g.writeStartObject();
        text("code", i.code());
        g.writeStringProperty("name", i.name());
        text("measures", i.measures());
        if (i.type().isPresent()) {
            g.writeStringProperty("type", i.type().get().label());
        }
        text("unit", i.unit());
        text("algorithm", i.algorithm());
        text("dataSource", i.dataSource());
        if (i.baseline().isPresent()) {
            g.writeName("baseline");
            baseline(i.baseline().get());
        }
        g.writeStringProperty("polarity", Enums.name(i.polarity()));
        if (i.weight().isPresent()) {
            number("weight", i.weight().get().value());
        }
        yearMap("targets", i.targets(), this::target);
        yearMap("results", i.results(), this::result);
        texts("notes", i.notes());
        g.writeEndObject();
    }

    /** @param b the baseline */
    public void baseline(Baseline b) {
        g.writeStartObject();
        text("text", b.text());
        if (b.value().isPresent()) {
            Quantity q = b.value().get();
            number("value", q.value());
            unit("unit", q.unit());
        }
        if (b.year().isPresent()) {
            g.writeNumberProperty("year", b.year().get());
        }
        g.writeEndObject();
    }

    private void unit(String name, Optional<Unit> u) {
        if (u.isPresent()) {
            g.writeStringProperty(name, u.get().symbol());
        }
    }

    /** @param q the quantity */
    public void quantity(Quantity q) {
        g.writeStartObject();
        number("value", q.value());
        unit("unit", q.unit());
        g.writeEndObject();
    }

    /** @param t the target */
    public void target(Target t) {
        g.writeStartObject();
        g.writeStringProperty("text", t.text());
        if (t.reading().isPresent()) {
            g.writeName("reading");
            targetReading(t.reading().get());
        }
        g.writeEndObject();
    }

    /** @param r the reading */
    public void targetReading(TargetReading r) {
        g.writeStartObject();
        g.writeStringProperty("operator", Enums.name(r.operator()));
        if (r.value().isPresent()) {
            number("value", r.value().get());
        }
        if (r.upperBound().isPresent()) {
            number("upperBound", r.upperBound().get());
        }
        unit("unit", r.unit());
        g.writeEndObject();
    }

    /** @param r the result */
    public void result(Result r) {
        g.writeStartObject();
        g.writeStringProperty("text", r.text());
        if (r.reading().isPresent()) {
            g.writeName("reading");
            resultReading(r.reading().get());
        }
        text("comment", r.comment());
        g.writeEndObject();
    }

    /** @param r the reading */
    public void resultReading(ResultReading r) {
        g.writeStartObject();
        g.writeStringProperty("kind", Enums.name(r.kind()));
        if (r.value().isPresent()) {
            number("value", r.value().get());
        }
        unit("unit", r.unit());
        if (r.status().isPresent()) {
            g.writeStringProperty("status", Enums.name(r.status().get()));
        }
        g.writeEndObject();
    }
}
