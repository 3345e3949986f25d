package io.github.albero.sheets;

import io.github.albero.model.Baseline;
import io.github.albero.model.Indicator;
import io.github.albero.model.Mission;
import io.github.albero.model.Objective;
import io.github.albero.model.OperationalObjective;
import io.github.albero.model.Plan;
import io.github.albero.model.Program;
import io.github.albero.model.ResourceAmounts;
import io.github.albero.model.ResourceBasis;
import io.github.albero.model.Result;
import io.github.albero.model.StrategicObjective;
import io.github.albero.model.Target;
import io.github.albero.model.TextReader;
import io.github.albero.model.YearResources;
import io.github.albero.money.Money;
import io.github.albero.period.Timeframe;
import java.util.ArrayList;
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
        planSheet(plan);
        treeSheet(plan);
        List<Located> located = locate(plan);
        indicatorSheet(located);
        valueSheet(located);
        resourceSheet(plan);
    }

    /**
     * Members the model gained that the template does not carry yet (ratios, monitoring periods,
     * target revisions, breakdowns, staff, public value): writing would lose them, so it is
     * refused, naming each place, rather than done silently.
     */
    private static void refuseUncarried(Plan plan) {
        List<SheetProblem> problems = new ArrayList<>();
        if (!plan.publicValue().isEmpty()) {
            problems.add(notCarried(Template.PLAN.italian, "$", "publicValue"));
        }
        // the template knows the chambers' classification only: other schemes, areas' objectives and
        // the document's own objective codes (placed by MMM-PPP-NNN) would be lost or misplaced
        if (plan.scheme() != io.github.albero.reference.Scheme.CHAMBERS_OF_COMMERCE) {
            problems.add(notCarried(Template.PLAN.italian, "$", "scheme"));
        }
        if (plan.uniqueCodes()) {
            problems.add(notCarried(Template.PLAN.italian, "$", "uniqueCodes"));
        }
        if (plan.method().isPresent()) {
            problems.add(notCarried(Template.PLAN.italian, "$", "method"));
        }
        for (int i = 0; i < plan.missions().size(); i++) {
            Mission m = plan.missions().get(i);
            if (!m.objectives().isEmpty()) {
                problems.add(notCarried(Template.TREE.italian, io.github.albero.model.NodePath.root().mission(m.code(), i).toString(), "objectives"));
            }
        }
        for (StrategicObjective o : plan.objectives()) {
            if (!o.code().isClassified()) {
                problems.add(notCarried(Template.TREE.italian, o.code().toString(), "code"));
            }
        }
        for (StrategicObjective o : plan.objectives()) {
            if (!o.staff().isEmpty()) {
                problems.add(notCarried(Template.TREE.italian, o.code().toString(), "staff"));
            }
            for (OperationalObjective op : o.operationalObjectives()) {
                if (!op.staff().isEmpty()) {
                    problems.add(notCarried(Template.TREE.italian, o.code() + " " + op.title(), "staff"));
                }
            }
        }
        for (io.github.albero.model.LocatedIndicator l : plan.indicators()) {
            Indicator i = l.indicator();
            String where = l.path().toString();
            List<String> members = new ArrayList<>();
            i.ratio().ifPresent(r -> members.add("ratio"));
            if (!i.monitoring().isEmpty()) {
                members.add("monitoring");
            }
            i.periodAggregation().ifPresent(r -> members.add("periodAggregation"));
            i.breakdownRule().ifPresent(r -> members.add("breakdownRule"));
            if (i.targets().values().stream().anyMatch(t -> !t.revisions().isEmpty())) {
                members.add("targets.revisions");
            }
            if (i.results().values().stream().anyMatch(r -> r.parts().isPresent())) {
                members.add("results.parts");
            }
            if (i.results().values().stream().anyMatch(r -> !r.breakdowns().isEmpty())) {
                members.add("results.breakdowns");
            }
            members.forEach(m -> problems.add(notCarried(Template.INDICATORS.italian, where, m)));
        }
        if (!problems.isEmpty()) {
            throw new SheetsException(new SheetReport(problems));
        }
    }

    private static SheetProblem notCarried(String sheet, String where, String member) {
        return new SheetProblem(SheetProblem.Severity.ERROR, SheetRule.NOT_CARRIED, sheet, null, null, where, Map.of("member", member));
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

    private static List<Located> locate(Plan plan) {
        List<Located> all = new ArrayList<>();
        for (StrategicObjective o : plan.objectives()) {
            for (Indicator i : o.indicators()) {
                all.add(new Located(Integer.toString(all.size() + 1), o.code().toString(), null, i));
            }
            for (int j = 0; j < o.operationalObjectives().size(); j++) {
                OperationalObjective op = o.operationalObjectives().get(j);
                for (Indicator i : op.indicators()) {
                    all.add(new Located(Integer.toString(all.size() + 1), o.code().toString(), key(op, j), i));
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

    private void treeSheet(Plan plan) {
        Template.SheetDef def = Template.TREE;
        start(def);
        for (Mission m : plan.missions()) {
            Sink.Out[] cells = new Sink.Out[def.columns.size()];
            cells[at(def, Template.LEVEL_COL)] = Sink.Out.text(Template.LEVEL.text(Template.Level.MISSION));
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
                    cells = objective(def, o, Template.Level.STRATEGIC_OBJECTIVE);
                    cells[at(def, Template.CODE)] = Sink.Out.text(o.code().toString());
                    emit(cells);
                    for (OperationalObjective op : o.operationalObjectives()) {
                        cells = objective(def, op, Template.Level.OPERATIONAL_OBJECTIVE);
                        cells[at(def, Template.CODE)] = Sink.Out.text(op.code().orElse(null));
                        cells[at(def, Template.PARENT)] = Sink.Out.text(o.code().toString());
                        emit(cells);
                    }
                }
            }
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
                    if (!t.reading().equals(TextReader.readTarget(t.text()))) {
                        cells[at(def, Template.TARGET_READING)] = Sink.Out.text(Readings.write(t.reading()));
                    }
                }
                Result r = l.indicator.results().get(year);
                if (r != null) {
                    cells[at(def, Template.RESULT)] = Sink.Out.text(r.text());
                    if (!r.reading().equals(TextReader.readResult(r.text()))) {
                        cells[at(def, Template.RESULT_READING)] = Sink.Out.text(Readings.writeResult(r.reading()));
                    }
                    cells[at(def, Template.COMMENT)] = Sink.Out.text(r.comment().orElse(null));
                }
                emit(cells);
            }
        }
    }

    private void resourceSheet(Plan plan) {
        Template.SheetDef def = Template.RESOURCES;
        start(def);
        for (StrategicObjective o : plan.objectives()) {
            resources(def, o, o.code().toString(), null);
            for (int j = 0; j < o.operationalObjectives().size(); j++) {
                OperationalObjective op = o.operationalObjectives().get(j);
                resources(def, op, o.code().toString(), key(op, j));
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
