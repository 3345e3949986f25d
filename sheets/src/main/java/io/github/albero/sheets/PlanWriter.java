package io.github.albero.sheets;

import io.github.albero.model.Baseline;
import io.github.albero.model.Breakdown;
import io.github.albero.model.BreakdownPart;
import io.github.albero.model.Completeness;
import io.github.albero.model.Contribution;
import io.github.albero.model.Indicator;
import io.github.albero.model.Mission;
import io.github.albero.model.Monitoring;
import io.github.albero.model.Objective;
import io.github.albero.model.OperationalObjective;
import io.github.albero.model.PeriodResult;
import io.github.albero.model.Plan;
import io.github.albero.model.Program;
import io.github.albero.model.PublicValueObjective;
import io.github.albero.model.ResourceAmounts;
import io.github.albero.model.ReportingStatus;
import io.github.albero.model.ResourceBasis;
import io.github.albero.model.Result;
import io.github.albero.model.StaffAllocation;
import io.github.albero.model.StrategicObjective;
import io.github.albero.model.Target;
import io.github.albero.model.TargetRevision;
import io.github.albero.model.YearResources;
import io.github.albero.money.Money;
import io.github.albero.period.MonitoringPeriod;
import io.github.albero.period.Timeframe;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;

/**
 * Writes a plan to the template's sheets, so that reading them back gives an equal plan: texts
 * verbatim, numbers exact, readings written only when they differ from what the text reader
 * derives, operational objectives without code referred to as {@code #n}.
 */
final class PlanWriter {
    private final Sink sink;
    private String sheet;
    private int row;

    PlanWriter(Sink sink) {
        this.sink = sink;
    }

    void write(Plan plan) {
        refuseUncarried(plan);
        references(plan);
        planSheet(plan);
        methodSheet(plan);
        treeSheet(plan);
        publicValueSheet(plan);
        List<Located> located = locate(plan);
        indicatorSheet(located);
        valueSheet(located);
        monitoringSheet(located);
        revisionSheet(located);
        breakdownSheet(located);
        resourceSheet(plan);
        staffSheet(plan);
        contributionSheet(plan);
    }

    /**
     * Shapes the template cannot hold, which writing would lose or change: a monitoring year
     * without any period (the Monitoraggio sheet has one row per period), a public-value
     * objective whose code is also a strategic objective's (the Indicatori sheet could not tell
     * whose indicator is whose), two breakdowns of one result by the same dimension, and a band
     * label over two lines (the Metodo sheet has one band per line). Refused, naming each place,
     * rather than written wrongly.
     */
    private static void refuseUncarried(Plan plan) {
        List<SheetProblem> problems = new ArrayList<>();
        // the Metodo sheet holds every choice of a method, its bands one per line: a label over two lines cannot be
        if (plan.method().isPresent() && !MethodSheet.carries(plan.method().get())) {
            problems.add(notCarried(MethodSheet.SHEET.italian, "$", "method.bands"));
        }
        for (PublicValueObjective v : plan.publicValue()) {
            if (plan.objectives().stream().anyMatch(o -> o.code().toString().equals(v.code()))) {
                problems.add(notCarried(Template.PUBLIC_VALUE.italian, v.code(), "publicValue.code"));
            }
        }
        for (io.github.albero.model.LocatedIndicator l : plan.indicators()) {
            Indicator i = l.indicator();
            String where = l.path().toString();
            if (i.monitoring().values().stream().anyMatch(m -> m.periods().isEmpty())) {
                problems.add(notCarried(Template.MONITORING.italian, where, "monitoring"));
            }
            List<Result> results = new ArrayList<>(i.results().values());
            i.monitoring().values().forEach(m -> m.periods().forEach(p -> p.result().ifPresent(results::add)));
            for (Result r : results) {
                if (r.breakdowns().stream().map(b -> b.dimension()).distinct().count() != r.breakdowns().size()) {
                    problems.add(notCarried(Template.BREAKDOWNS.italian, where, "results.breakdowns"));
                }
            }
        }
        if (!problems.isEmpty()) {
            throw new SheetsException(new SheetReport(problems));
        }
    }

    private static SheetProblem notCarried(String sheet, String where, String member) {
        return new SheetProblem(SheetProblem.Severity.ERROR, SheetRule.NOT_CARRIED, sheet, null, null, where, Map.of("member", member));
    }

    // how other sheets name each strategic objective, and where the Albero sheet places it
    private final Map<StrategicObjective, String> reference = new IdentityHashMap<>();
    private final Map<StrategicObjective, String> placement = new IdentityHashMap<>();

    /**
     * A strategic objective is named by its code, or by placement/code (011-005/OS1) when the
     * document's own codes repeat across programs or areas.
     */
    private void references(Plan plan) {
        Map<String, Integer> uses = new HashMap<>();
        plan.objectives().forEach(o -> uses.merge(o.code().toString(), 1, Integer::sum));
        for (Mission m : plan.missions()) {
            m.objectives().forEach(o -> placement.put(o, m.code().value()));
            m.programs().forEach(p -> p.objectives().forEach(o -> placement.put(o, m.code().value() + "-" + p.code().value())));
        }
        for (StrategicObjective o : plan.objectives()) {
            String code = o.code().toString();
            reference.put(o, uses.get(code) > 1 ? placement.get(o) + "/" + code : code);
        }
    }

    /** {@return the Collocazione cell: written when neither the code nor the level says where the objective belongs} */
    private String placementCell(Mission m, StrategicObjective o) {
        boolean derived = o.code().isClassified() && !m.objectives().contains(o)
                && placement.get(o).equals(o.code().mission().get() + "-" + o.code().program().get());
        return derived ? null : placement.get(o);
    }

    /** An indicator with its reference and where it is attached. */
    private static final class Located {
        final String ref;
        final String objective;
        final String operational;
        final Indicator indicator;

        Located(String ref, String objective, String operational, Indicator indicator) {
            this.ref = ref;
            this.objective = objective;
            this.operational = operational;
            this.indicator = indicator;
        }
    }

    private List<Located> locate(Plan plan) {
        List<Located> all = new ArrayList<>();
        for (PublicValueObjective v : plan.publicValue()) {
            for (Indicator i : v.indicators()) {
                all.add(new Located(Integer.toString(all.size() + 1), v.code(), null, i));
            }
        }
        for (StrategicObjective o : plan.objectives()) {
            for (Indicator i : o.indicators()) {
                all.add(new Located(Integer.toString(all.size() + 1), reference.get(o), null, i));
            }
            for (int j = 0; j < o.operationalObjectives().size(); j++) {
                OperationalObjective op = o.operationalObjectives().get(j);
                for (Indicator i : op.indicators()) {
                    all.add(new Located(Integer.toString(all.size() + 1), reference.get(o), key(op, j), i));
                }
            }
        }
        return all;
    }

    static String key(OperationalObjective op, int index) {
        return op.code().orElse("#" + (index + 1));
    }

    private void start(Template.SheetDef def) {
        sheet = def.italian;
        row = 1;
        List<String> headers = new ArrayList<>();
        List<String> help = new ArrayList<>();
        for (Column<?, ?> c : def.columns) {
            headers.add(c.header());
            help.add(c.help);
        }
        sink.sheet(def.italian, headers, help);
    }

    private void emit(Sink.Out[] cells) {
        row++;
        sink.row(cells);
    }

    private static int at(Template.SheetDef def, String italian) {
        return def.columns.indexOf(def.column(italian));
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    private Sink.Out cell(Column col, Object model, int column) {
        Optional<Object> v = col.value(model);
        if (v.isEmpty()) {
            return null;
        }
        try {
            return new Sink.Out(col.xlsx(v.get()), col.text(v.get()), col.format());
        } catch (CellProblem p) {
            throw new SheetsException(new SheetReport(List.of(new SheetProblem(SheetProblem.Severity.ERROR, p.rule, sheet,
                    Source.columnName(column) + row, col.header(), String.valueOf(v.get()), p.arguments))));
        }
    }

    private static Sink.Out list(List<String> items) {
        return items.isEmpty() ? null : Sink.Out.text(Kind.LIST.text(items));
    }

    private static Sink.Out money(Money m) {
        return new Sink.Out(Kind.MONEY.xlsx(m), Kind.MONEY.text(m), Kind.MONEY.format());
    }

    // ---- sheets -----------------------------------------------------------------------------------

    private void planSheet(Plan plan) {
        start(Template.PLAN);
        for (Column<Plan, Template.PlanDraft> field : Template.PLAN_FIELDS) {
            Sink.Out value = cell(field, plan, 1);
            if (value != null) {
                emit(new Sink.Out[] {Sink.Out.text(field.header()), value});
            }
        }
    }

    /** Every choice of a stated method, defaults included; nothing when the document states none. */
    private void methodSheet(Plan plan) {
        start(MethodSheet.SHEET);
        if (plan.method().isEmpty()) {
            return;
        }
        for (Column<io.github.albero.achievement.AchievementPolicy, io.github.albero.achievement.AchievementPolicy.Builder> field : MethodSheet.FIELDS) {
            emit(new Sink.Out[] {Sink.Out.text(field.header()), cell(field, plan.method().get(), 1)});
        }
    }

    private void treeSheet(Plan plan) {
        Template.SheetDef def = Template.TREE;
        start(def);
        for (Mission m : plan.missions()) {
            Sink.Out[] cells = new Sink.Out[def.columns.size()];
            // a strategic area is written as such; both words read as the first level
            cells[at(def, Template.LEVEL_COL)] = Sink.Out.text(plan.scheme() == io.github.albero.reference.Scheme.STRATEGIC_AREAS
                    ? "area strategica" : Template.LEVEL.text(Template.Level.MISSION));
            cells[at(def, Template.CODE)] = Sink.Out.text(m.code().value());
            cells[at(def, Template.TITLE)] = Sink.Out.text(m.title());
            cells[at(def, Template.NOTES)] = list(m.notes());
            emit(cells);
            for (Program p : m.programs()) {
                cells = new Sink.Out[def.columns.size()];
                cells[at(def, Template.LEVEL_COL)] = Sink.Out.text(Template.LEVEL.text(Template.Level.PROGRAM));
                cells[at(def, Template.CODE)] = Sink.Out.text(m.code().value() + "-" + p.code().value());
                cells[at(def, Template.TITLE)] = Sink.Out.text(p.title());
                cells[at(def, Template.NOTES)] = list(p.notes());
                emit(cells);
                for (StrategicObjective o : p.objectives()) {
                    strategicRows(def, m, o);
                }
            }
            for (StrategicObjective o : m.objectives()) {
                strategicRows(def, m, o);
            }
        }
    }

    private void strategicRows(Template.SheetDef def, Mission m, StrategicObjective o) {
        Sink.Out[] cells = objective(def, o, Template.Level.STRATEGIC_OBJECTIVE);
        cells[at(def, Template.CODE)] = Sink.Out.text(o.code().toString());
        cells[at(def, Template.PLACEMENT)] = Sink.Out.text(placementCell(m, o));
        emit(cells);
        for (OperationalObjective op : o.operationalObjectives()) {
            cells = objective(def, op, Template.Level.OPERATIONAL_OBJECTIVE);
            cells[at(def, Template.CODE)] = Sink.Out.text(op.code().orElse(null));
            cells[at(def, Template.PARENT)] = Sink.Out.text(reference.get(o));
            emit(cells);
        }
    }

    private Sink.Out[] objective(Template.SheetDef def, Objective o, Template.Level level) {
        Sink.Out[] cells = new Sink.Out[def.columns.size()];
        cells[at(def, Template.LEVEL_COL)] = Sink.Out.text(Template.LEVEL.text(level));
        cells[at(def, Template.TITLE)] = Sink.Out.text(o.title());
        if (o.timeframe().isPresent()) {
            Timeframe t = o.timeframe().get();
            cells[at(def, Template.TIMEFRAME)] = Sink.Out.text(t.label());
            if (t.years().isPresent()) {
                cells[at(def, Template.TIMEFRAME_YEARS)] = Sink.Out.text(t.years().get().toString());
            } else if (Timeframe.of(t.label()).years().isPresent()) {
                cells[at(def, Template.TIMEFRAME_YEARS)] = Sink.Out.text("nessuno");
            }
        }
        for (Column<Objective, OperationalObjective.Builder> c : Template.OBJECTIVE_COLUMNS) {
            int i = def.columns.indexOf(c);
            cells[i] = cell(c, o, i);
        }
        cells[at(def, Template.NOTES)] = list(o.notes());
        return cells;
    }

    private void indicatorSheet(List<Located> located) {
        Template.SheetDef def = Template.INDICATORS;
        start(def);
        for (Located l : located) {
            Sink.Out[] cells = new Sink.Out[def.columns.size()];
            cells[at(def, Template.REF)] = Sink.Out.text(l.ref);
            cells[at(def, Template.OBJECTIVE)] = Sink.Out.text(l.objective);
            cells[at(def, Template.OPERATIONAL)] = Sink.Out.text(l.operational);
            for (Column<Indicator, Indicator.Builder> c : Template.INDICATOR_COLUMNS) {
                int i = def.columns.indexOf(c);
                cells[i] = cell(c, l.indicator, i);
            }
            if (l.indicator.baseline().isPresent()) {
                Baseline b = l.indicator.baseline().get();
                cells[at(def, Template.BASELINE_TEXT)] = Sink.Out.text(b.text().orElse(null));
                b.value().ifPresent(q -> {
                    cells[at(def, Template.BASELINE_VALUE)] = new Sink.Out(q.value(), q.value().toPlainString().replace('.', ','), null);
                    cells[at(def, Template.BASELINE_UNIT)] = Sink.Out.text(q.unit().map(Object::toString).orElse(null));
                });
                cells[at(def, Template.BASELINE_YEAR)] = Sink.Out.number(b.year().orElse(null));
            }
            l.indicator.ratio().ifPresent(r -> {
                cells[at(def, Template.NUMERATOR)] = Sink.Out.text(r.numerator());
                cells[at(def, Template.NUMERATOR_UNIT)] = Sink.Out.text(r.numeratorUnit().orElse(null));
                cells[at(def, Template.DENOMINATOR)] = Sink.Out.text(r.denominator());
                cells[at(def, Template.DENOMINATOR_UNIT)] = Sink.Out.text(r.denominatorUnit().orElse(null));
                cells[at(def, Template.RATIO_SCALE_COL)] = Sink.Out.text(Template.RATIO_SCALE.text(r.scale()));
            });
            cells[at(def, Template.NOTES)] = list(l.indicator.notes());
            emit(cells);
        }
    }

    private void valueSheet(List<Located> located) {
        Template.SheetDef def = Template.VALUES;
        start(def);
        for (Located l : located) {
            TreeSet<Integer> years = new TreeSet<>(l.indicator.targets().keySet());
            years.addAll(l.indicator.results().keySet());
            for (int year : years) {
                Sink.Out[] cells = new Sink.Out[def.columns.size()];
                cells[at(def, Template.INDICATOR_REF)] = Sink.Out.text(l.ref);
                cells[at(def, Template.YEAR)] = Sink.Out.number(year);
                Target t = l.indicator.targets().get(year);
                if (t != null) {
                    cells[at(def, Template.TARGET)] = Sink.Out.text(t.text());
                    if (!t.reading().equals(Readings.derivedTarget(t.text()))) {
                        cells[at(def, Template.TARGET_READING)] = Sink.Out.text(Readings.write(t.reading()));
                    }
                }
                Result r = l.indicator.results().get(year);
                if (r != null) {
                    result(def, cells, r);
                }
                emit(cells);
            }
        }
    }

    /** The result's text, reading override, parts and comment, in the columns of the same names. */
    private static void result(Template.SheetDef def, Sink.Out[] cells, Result r) {
        cells[at(def, Template.RESULT)] = Sink.Out.text(r.text());
        if (!r.reading().equals(Readings.derivedResult(r.text()))) {
            cells[at(def, Template.RESULT_READING)] = Sink.Out.text(Readings.writeResult(r.reading()));
        }
        r.parts().ifPresent(p -> {
            cells[at(def, Template.RESULT_NUMERATOR)] = decimal(p.numerator());
            cells[at(def, Template.RESULT_DENOMINATOR)] = decimal(p.denominator());
        });
        cells[at(def, Template.COMMENT)] = Sink.Out.text(r.comment().orElse(null));
    }

    private static Sink.Out decimal(java.math.BigDecimal v) {
        return new Sink.Out(Kind.DECIMAL.xlsx(v), Kind.DECIMAL.text(v), null);
    }

    private static Sink.Out date(java.time.LocalDate d) {
        return new Sink.Out(Kind.DATE.xlsx(d), Kind.DATE.text(d), Kind.DATE.format());
    }

    private void monitoringSheet(List<Located> located) {
        Template.SheetDef def = Template.MONITORING;
        start(def);
        for (Located l : located) {
            for (Monitoring m : l.indicator.monitoring().values()) {
                for (PeriodResult p : m.periods()) {
                    Sink.Out[] cells = new Sink.Out[def.columns.size()];
                    cells[at(def, Template.INDICATOR_REF)] = Sink.Out.text(l.ref);
                    cells[at(def, Template.FROM)] = date(p.period().start());
                    cells[at(def, Template.TO)] = date(p.period().end());
                    p.result().ifPresent(r -> result(def, cells, r));
                    p.target().ifPresent(t -> {
                        cells[at(def, Template.PERIOD_TARGET)] = Sink.Out.text(t.text());
                        if (!t.reading().equals(Readings.derivedTarget(t.text()))) {
                            cells[at(def, Template.TARGET_READING)] = Sink.Out.text(Readings.write(t.reading()));
                        }
                    });
                    if (p.status() != ReportingStatus.FINAL) {
                        cells[at(def, Template.STATUS_COL)] = Sink.Out.text(Template.STATUS.text(p.status()));
                    }
                    if (p.completeness() != Completeness.COMPLETE) {
                        cells[at(def, Template.COMPLETENESS_COL)] = Sink.Out.text(Template.COMPLETENESS.text(p.completeness()));
                    }
                    emit(cells);
                }
            }
        }
    }

    /** Fills the place columns: the year, or the period's first and last day. */
    private static void place(Template.SheetDef def, Sink.Out[] cells, Integer year, MonitoringPeriod period) {
        if (period == null) {
            cells[at(def, Template.YEAR)] = Sink.Out.number(year);
        } else {
            cells[at(def, Template.FROM)] = date(period.start());
            cells[at(def, Template.TO)] = date(period.end());
        }
    }

    private void revisionSheet(List<Located> located) {
        Template.SheetDef def = Template.REVISIONS;
        start(def);
        for (Located l : located) {
            l.indicator.targets().forEach((year, t) -> revisions(def, l.ref, year, null, t));
            for (Monitoring m : l.indicator.monitoring().values()) {
                for (PeriodResult p : m.periods()) {
                    p.target().ifPresent(t -> revisions(def, l.ref, null, p.period(), t));
                }
            }
        }
    }

    private void revisions(Template.SheetDef def, String ref, Integer year, MonitoringPeriod period, Target t) {
        for (TargetRevision r : t.revisions()) {
            Sink.Out[] cells = new Sink.Out[def.columns.size()];
            cells[at(def, Template.INDICATOR_REF)] = Sink.Out.text(ref);
            place(def, cells, year, period);
            cells[at(def, Template.REVISION_DATE)] = date(r.date());
            cells[at(def, Template.REVISED_TARGET)] = Sink.Out.text(r.text());
            if (!r.reading().equals(Readings.derivedTarget(r.text()))) {
                cells[at(def, Template.READING)] = Sink.Out.text(Readings.write(r.reading()));
            }
            cells[at(def, Template.REASON)] = Sink.Out.text(r.reason().orElse(null));
            cells[at(def, Template.ACT)] = Sink.Out.text(r.act().orElse(null));
            emit(cells);
        }
    }

    private void breakdownSheet(List<Located> located) {
        Template.SheetDef def = Template.BREAKDOWNS;
        start(def);
        for (Located l : located) {
            l.indicator.results().forEach((year, r) -> breakdowns(def, l.ref, year, null, r));
            for (Monitoring m : l.indicator.monitoring().values()) {
                for (PeriodResult p : m.periods()) {
                    p.result().ifPresent(r -> breakdowns(def, l.ref, null, p.period(), r));
                }
            }
        }
    }

    private void breakdowns(Template.SheetDef def, String ref, Integer year, MonitoringPeriod period, Result r) {
        for (Breakdown b : r.breakdowns()) {
            for (BreakdownPart part : b.parts()) {
                Sink.Out[] cells = new Sink.Out[def.columns.size()];
                cells[at(def, Template.INDICATOR_REF)] = Sink.Out.text(ref);
                place(def, cells, year, period);
                cells[at(def, Template.DIMENSION)] = Sink.Out.text(b.dimension());
                cells[at(def, Template.PART)] = Sink.Out.text(part.label());
                part.value().ifPresent(v -> cells[at(def, Template.PART_VALUE)] = decimal(v));
                part.parts().ifPresent(p -> {
                    cells[at(def, Template.NUMERATOR)] = decimal(p.numerator());
                    cells[at(def, Template.DENOMINATOR)] = decimal(p.denominator());
                });
                emit(cells);
            }
        }
    }

    private void staffSheet(Plan plan) {
        Template.SheetDef def = Template.STAFF;
        start(def);
        for (StrategicObjective o : plan.objectives()) {
            staff(def, o, reference.get(o), null);
            for (int j = 0; j < o.operationalObjectives().size(); j++) {
                OperationalObjective op = o.operationalObjectives().get(j);
                staff(def, op, reference.get(o), key(op, j));
            }
        }
    }

    private void staff(Template.SheetDef def, Objective o, String objective, String operational) {
        for (StaffAllocation a : o.staff()) {
            Sink.Out[] cells = new Sink.Out[def.columns.size()];
            cells[at(def, Template.OBJECTIVE)] = Sink.Out.text(objective);
            cells[at(def, Template.OPERATIONAL)] = Sink.Out.text(operational);
            cells[at(def, Template.CATEGORY)] = Sink.Out.text(a.category());
            cells[at(def, Template.FTE)] = decimal(a.fte());
            emit(cells);
        }
    }

    private void publicValueSheet(Plan plan) {
        Template.SheetDef def = Template.PUBLIC_VALUE;
        start(def);
        for (PublicValueObjective v : plan.publicValue()) {
            Sink.Out[] cells = new Sink.Out[def.columns.size()];
            cells[at(def, Template.CODE)] = Sink.Out.text(v.code());
            cells[at(def, Template.TITLE)] = Sink.Out.text(v.title());
            cells[at(def, "Descrizione")] = Sink.Out.text(v.description().orElse(null));
            v.weight().ifPresent(w -> cells[at(def, "Peso")] = new Sink.Out(Kind.WEIGHT.xlsx(w), Kind.WEIGHT.text(w), null));
            List<String> dimensions = new ArrayList<>();
            v.dimensions().forEach(d -> dimensions.add(d.label()));
            cells[at(def, Template.DIMENSIONS)] = list(dimensions);
            cells[at(def, "Portatori di interesse")] = list(v.stakeholders());
            cells[at(def, Template.NOTES)] = list(v.notes());
            emit(cells);
        }
    }

    private void contributionSheet(Plan plan) {
        Template.SheetDef def = Template.CONTRIBUTIONS;
        start(def);
        for (PublicValueObjective v : plan.publicValue()) {
            for (Contribution c : v.contributions()) {
                Sink.Out[] cells = new Sink.Out[def.columns.size()];
                cells[at(def, Template.PUBLIC_VALUE_COL)] = Sink.Out.text(v.code());
                cells[at(def, Template.OBJECTIVE)] = Sink.Out.text(c.objective());
                c.weight().ifPresent(w -> cells[at(def, "Peso")] = new Sink.Out(Kind.WEIGHT.xlsx(w), Kind.WEIGHT.text(w), null));
                emit(cells);
            }
        }
    }

    private void resourceSheet(Plan plan) {
        Template.SheetDef def = Template.RESOURCES;
        start(def);
        for (StrategicObjective o : plan.objectives()) {
            resources(def, o, reference.get(o), null);
            for (int j = 0; j < o.operationalObjectives().size(); j++) {
                OperationalObjective op = o.operationalObjectives().get(j);
                resources(def, op, reference.get(o), key(op, j));
            }
        }
    }

    private void resources(Template.SheetDef def, Objective o, String objective, String operational) {
        if (o.resources().isEmpty()) {
            return;
        }
        for (Map.Entry<Integer, YearResources> e : o.resources().get().years().entrySet()) {
            for (ResourceBasis basis : ResourceBasis.values()) {
                Optional<ResourceAmounts> amounts = e.getValue().statement(basis);
                if (amounts.isEmpty()) {
                    continue;
                }
                Sink.Out[] cells = new Sink.Out[def.columns.size()];
                cells[at(def, Template.OBJECTIVE)] = Sink.Out.text(objective);
                cells[at(def, Template.OPERATIONAL)] = Sink.Out.text(operational);
                cells[at(def, Template.YEAR)] = Sink.Out.number(e.getKey());
                cells[at(def, Template.BASIS_COL)] = Sink.Out.text(Template.BASIS.text(basis));
                cells[at(def, Template.REVENUES)] = money(amounts.get().revenues());
                cells[at(def, Template.COSTS)] = money(amounts.get().costs());
                cells[at(def, Template.INVESTMENTS)] = money(amounts.get().investments());
                emit(cells);
            }
        }
    }
}
