package io.github.albero.sheets;

import io.github.albero.InvalidValueException;
import io.github.albero.code.MissionCode;
import io.github.albero.code.ObjectiveCode;
import io.github.albero.code.ProgramCode;
import io.github.albero.measure.Quantity;
import io.github.albero.measure.Ratio;
import io.github.albero.measure.Unit;
import io.github.albero.measure.Weight;
import io.github.albero.model.Administration;
import io.github.albero.model.Baseline;
import io.github.albero.model.Breakdown;
import io.github.albero.model.BreakdownPart;
import io.github.albero.model.Completeness;
import io.github.albero.model.Contribution;
import io.github.albero.model.CrossCuttingDimension;
import io.github.albero.model.Indicator;
import io.github.albero.model.Mission;
import io.github.albero.model.Monitoring;
import io.github.albero.model.Objective;
import io.github.albero.model.OperationalObjective;
import io.github.albero.model.PeriodResult;
import io.github.albero.model.Plan;
import io.github.albero.model.Program;
import io.github.albero.model.PublicValueObjective;
import io.github.albero.model.RatioDefinition;
import io.github.albero.model.RatioScale;
import io.github.albero.model.ReportingStatus;
import io.github.albero.model.ResourceAmounts;
import io.github.albero.model.ResourceBasis;
import io.github.albero.model.Resources;
import io.github.albero.model.Result;
import io.github.albero.model.ResultReading;
import io.github.albero.model.StaffAllocation;
import io.github.albero.model.StrategicObjective;
import io.github.albero.model.Target;
import io.github.albero.model.TargetReading;
import io.github.albero.model.TargetRevision;
import io.github.albero.model.YearResources;
import io.github.albero.money.Money;
import io.github.albero.period.MonitoringPeriod;
import io.github.albero.reference.Scheme;
import io.github.albero.period.Timeframe;
import io.github.albero.period.YearRange;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Assembles a plan from the template's sheets, read in order (plan, tree, indicators, values,
 * resources), collecting every problem with its cell. Nothing is built when a problem is an
 * error; the drafts are linked and built at the end, so rows may come in any order.
 */
final class PlanReader {
    private final Source source;
    private final Problems problems;

    private final Template.PlanDraft plan = new Template.PlanDraft();
    private final Map<Column<?, ?>, String> planFieldCells = new LinkedHashMap<>();
    private final Map<String, MissionDraft> missions = new LinkedHashMap<>();
    private final List<ProgramDraft> programs = new ArrayList<>();
    private final List<ObjectiveDraft> strategic = new ArrayList<>();
    // strategic objectives by placement/code (011-005/OS1) and by bare code: a document's own codes may repeat across programs
    private final Map<String, ObjectiveDraft> strategicByKey = new HashMap<>();
    private final Map<String, List<ObjectiveDraft>> strategicByCode = new HashMap<>();
    private final List<ObjectiveDraft> operational = new ArrayList<>();
    private final Map<String, IndicatorDraft> indicators = new HashMap<>();
    // the same texts recur across indicators and years ("100%", "_____", "SI"): each is read once

    private static final class MissionDraft {
        MissionCode code;
        String title;
        List<String> notes = List.of();
        String where;
        final Map<String, ProgramDraft> programs = new LinkedHashMap<>();
        // a strategic area's own objectives (scheme aree strategiche)
        final List<ObjectiveDraft> objectives = new ArrayList<>();
    }

    private static final class ProgramDraft {
        ProgramCode code;
        MissionCode mission;
        String title;
        List<String> notes = List.of();
        String where;
        String sheet;
        final List<ObjectiveDraft> objectives = new ArrayList<>();
    }

    private static final class ObjectiveDraft {
        ObjectiveCode code;
        // a strategic objective's program (MMM-PPP) or strategic area, as the Collocazione column or its classified code gives it
        String placement;
        String placementWhere;
        String ownCode;
        String parent;
        String where;
        String sheet;
        final OperationalObjective.Builder builder = OperationalObjective.builder();
        final List<IndicatorDraft> indicators = new ArrayList<>();
        final Map<Integer, Map<ResourceBasis, ResourceAmounts>> resources = new TreeMap<>();
        final List<ObjectiveDraft> operational = new ArrayList<>();
        final Map<String, ObjectiveDraft> operationalByKey = new HashMap<>();
    }

    private static final class IndicatorDraft {
        final Indicator.Builder builder = Indicator.builder();
        String where;
        String sheet;
        final Map<Integer, Target> targets = new TreeMap<>();
        final Map<Integer, Result.Builder> results = new TreeMap<>();
        final Map<MonitoringPeriod, PeriodDraft> periods = new LinkedHashMap<>();
        // by place: a year (Integer) or a monitoring period
        final Map<Object, List<TargetRevision>> revisions = new HashMap<>();
        final Map<Object, Map<String, BreakdownDraft>> breakdowns = new HashMap<>();
        // the years of its Valori rows
        final Set<Integer> valueYears = new HashSet<>(4);
        // where each member was read, for a rule broken across members (kept cheap: one small object per value)
        final List<Where> cells = new ArrayList<>(4);
    }

    /**
     * Where a member of an indicator was read ({@code targets[2017]} at {@code Valori!C5}): the
     * member's path and the cell, both rendered only when a problem needs them.
     */
    private static final class Where {
        final String member;
        final Object place;
        final SheetRows rows;
        final int row;
        final Column<?, ?> column;

        Where(String member, Object place, SheetRows rows, String italian) {
            this.member = member;
            this.place = place;
            this.rows = rows;
            this.row = rows.rowNumber;
            this.column = rows.def.column(italian);
        }

        String path() {
            return member + "[" + place + "]";
        }

        String cell() {
            return rows.ref(column, row);
        }
    }

    private static final class PeriodDraft {
        final PeriodResult.Builder builder = PeriodResult.builder();
        Result.Builder result;
        Target target;
        String where;
    }

    private static final class BreakdownDraft {
        final Breakdown.Builder builder;
        final String where;

        BreakdownDraft(String dimension, String where) {
            this.builder = Breakdown.builder().dimension(dimension);
            this.where = where;
        }
    }

    private static final class PublicValueDraft {
        final PublicValueObjective.Builder builder = PublicValueObjective.builder();
        final List<IndicatorDraft> indicators = new ArrayList<>();
        final Map<String, String> contributionCells = new LinkedHashMap<>();
        String where;
    }

    private final Map<String, PublicValueDraft> publicValue = new LinkedHashMap<>();

    PlanReader(Source source, Problems problems) {
        this.source = source;
        this.problems = problems;
    }

    Optional<Plan> read() {
        Map<Template.SheetDef, Source.SheetInfo> found = new LinkedHashMap<>();
        for (Source.SheetInfo info : source.sheets()) {
            if (Template.INSTRUCTIONS.matches(info.name)) {
                continue;
            }
            Template.SheetDef def = Template.SHEETS.stream().filter(d -> d.matches(info.name)).findFirst().orElse(null);
            if (def == null || found.containsKey(def)) {
                problems.notRead(SheetRule.SHEET_UNKNOWN, info.name, null, null, null,
                        Map.of("sheets", String.join(", ", Template.SHEETS.stream().map(d -> d.italian).toArray(String[]::new))));
                continue;
            }
            if (info.hidden) {
                problems.notRead(SheetRule.SHEET_HIDDEN, info.name, null, null, null, Map.of());
            }
            found.put(def, info);
        }
        for (Template.SheetDef def : Template.SHEETS) {
            if (def.required && !found.containsKey(def)) {
                problems.error(SheetRule.SHEET_MISSING, def.italian, null, null, null, Map.of("english", def.english));
            }
        }
        readSheet(found.get(Template.PLAN), Template.PLAN, this::planRow);
        if (found.containsKey(Template.PLAN)) {
            requiredPlanFields();
        }
        readSheet(found.get(MethodSheet.SHEET), MethodSheet.SHEET, this::methodRow);
        Optional<io.github.albero.achievement.AchievementPolicy> stated = method();
        readSheet(found.get(Template.TREE), Template.TREE, this::treeRow);
        linkTree();
        readSheet(found.get(Template.PUBLIC_VALUE), Template.PUBLIC_VALUE, this::publicValueRow);
        readSheet(found.get(Template.INDICATORS), Template.INDICATORS, this::indicatorRow);
        readSheet(found.get(Template.VALUES), Template.VALUES, this::valueRow);
        readSheet(found.get(Template.MONITORING), Template.MONITORING, this::monitoringRow);
        readSheet(found.get(Template.REVISIONS), Template.REVISIONS, this::revisionRow);
        readSheet(found.get(Template.BREAKDOWNS), Template.BREAKDOWNS, this::breakdownRow);
        readSheet(found.get(Template.RESOURCES), Template.RESOURCES, this::resourceRow);
        readSheet(found.get(Template.STAFF), Template.STAFF, this::staffRow);
        readSheet(found.get(Template.CONTRIBUTIONS), Template.CONTRIBUTIONS, this::contributionRow);
        if (problems.hasErrors()) {
            return Optional.empty();
        }
        Plan built = build();
        if (built != null && stated.isPresent()) {
            built = built.withMethod(stated);
        }
        return problems.hasErrors() ? Optional.empty() : Optional.ofNullable(built);
    }

    private interface RowReader {
        void row(SheetRows rows);
    }

    private void readSheet(Source.SheetInfo info, Template.SheetDef def, RowReader reader) {
        if (info == null) {
            return;
        }
        SheetRows rows = new SheetRows(def, info.name, problems);
        boolean[] complete = {false};
        source.read(info, (number, cells) -> {
            if (rows.accept(number, cells)) {
                complete[0] = rows.headerComplete();
            } else if (complete[0] && rows.isDataRow()) {
                reader.row(rows);
            }
        });
    }

    // ---- plan -------------------------------------------------------------------------------------

    private final Map<String, Column<Plan, Template.PlanDraft>> planFields = Template.planFieldsByName();

    private void planRow(SheetRows rows) {
        fieldRow(rows, planFields, plan, planFieldCells);
    }

    /**
     * One row of a sheet of fields (Piano, Metodo): the field's name, then its value read into the draft.
     *
     * @return the field, when the row gives a value (right or wrong); else null
     */
    private <T, D> Column<T, D> fieldRow(SheetRows rows, Map<String, Column<T, D>> fields, D draft, Map<Column<?, ?>, String> cells) {
        String name = rows.get(Template.FIELD, Kind.TEXT, true);
        if (name == null) {
            return null;
        }
        Column<T, D> field = fields.get(Kind.fold(name));
        Column<?, ?> valueCol = rows.def.column(Template.VALUE);
        if (field == null) {
            problems.notRead(SheetRule.COLUMN_UNKNOWN, rows.sheet, rows.ref(rows.def.column(Template.FIELD)), null, name, Map.of());
            return null;
        }
        if (cells.containsKey(field)) {
            rows.problem(Template.FIELD, SheetRule.DUPLICATE_FIELD, Map.of("first", cells.get(field)));
            return null;
        }
        cells.put(field, rows.ref(valueCol));
        Cell cell = rows.cell(valueCol);
        if (cell == null) {
            return null;
        }
        try {
            field.read(draft, cell);
        } catch (CellProblem p) {
            problems.error(p.rule, rows.sheet, rows.ref(valueCol), field.header(), cell.shown(), p.arguments);
        } catch (InvalidValueException e) {
            problems.error(SheetRule.INVALID_VALUE, rows.sheet, rows.ref(valueCol), field.header(), cell.shown(),
                    Map.of("problem", e.message()));
        }
        return field;
    }

    // ---- measurement method -------------------------------------------------------------------------

    private final io.github.albero.achievement.AchievementPolicy.Builder method = io.github.albero.achievement.AchievementPolicy.builder();
    private final Map<Column<?, ?>, String> methodCells = new LinkedHashMap<>();
    private final java.util.Set<Column<?, ?>> methodGiven = new java.util.HashSet<>();
    private final Map<String, Column<io.github.albero.achievement.AchievementPolicy, io.github.albero.achievement.AchievementPolicy.Builder>> methodFields =
            MethodSheet.fieldsByName();
    private String methodSheetName;

    private void methodRow(SheetRows rows) {
        methodSheetName = rows.sheet;
        Column<?, ?> given = fieldRow(rows, methodFields, method, methodCells);
        if (given != null) {
            methodGiven.add(given);
        }
    }

    /** {@return the method the Metodo sheet states, or empty (none stated, or a problem reported at its cell)} */
    private Optional<io.github.albero.achievement.AchievementPolicy> method() {
        if (methodGiven.isEmpty()) {
            return Optional.empty();
        }
        Column<?, ?> steps = MethodSheet.field(MethodSheet.STEPS_FIELD);
        Column<?, ?> linear = MethodSheet.field(MethodSheet.LINEAR_FIELD);
        if (methodGiven.contains(steps) && methodGiven.contains(linear)) {
            // both scales: at the linear one, naming the steps' cell
            problems.error(SheetRule.SCALE_TWICE, methodSheetName, methodCells.get(linear), linear.header(), null,
                    Map.of("first", methodCells.get(steps)));
            return Optional.empty();
        }
        try {
            return Optional.of(method.build());
        } catch (InvalidValueException e) {
            problems.error(SheetRule.INVALID_VALUE, methodSheetName, null, null, String.valueOf(e.value()), Map.of("problem", e.message()));
        }
        return Optional.empty();
    }

    private void requiredPlanFields() {
        for (Column<Plan, Template.PlanDraft> field : Template.PLAN_FIELDS) {
            if (!field.required) {
                continue;
            }
            boolean missing = field.italian.equals("Tipo documento") ? plan.kind == null
                    : field.italian.equals("Amministrazione") ? plan.administration == null
                    : field.italian.equals("Anno di riferimento") ? plan.referenceYear == null
                    : field.italian.equals("Primo anno") ? plan.firstYear == null
                    : plan.lastYear == null;
            if (missing) {
                String cell = planFieldCells.get(field);
                problems.error(SheetRule.VALUE_REQUIRED, Template.PLAN.italian, cell, field.header(), null, Map.of());
            }
        }
    }

    // ---- tree -------------------------------------------------------------------------------------

    private void treeRow(SheetRows rows) {
        Template.Level level = rows.get(Template.LEVEL_COL, Template.LEVEL, true);
        String title = rows.get(Template.TITLE, Kind.TEXT, true);
        List<String> notes = rows.get(Template.NOTES, Kind.LIST, false);
        Column<?, ?> codeCol = rows.def.column(Template.CODE);
        if (level == null) {
            return;
        }
        String where = rows.sheet + "!" + rows.ref(codeCol);
        switch (level) {
            case MISSION: {
                notForLevel(rows, level);
                MissionCode code = code(rows, codeCol, c -> MissionCode.of(pad(c, plan.scheme)));
                if (code == null) {
                    return;
                }
                if (missions.containsKey(code.value())) {
                    rows.problem(codeCol, SheetRule.DUPLICATE_CODE, rows.cell(codeCol), Map.of("first", missions.get(code.value()).where));
                    return;
                }
                MissionDraft m = new MissionDraft();
                m.code = code;
                m.title = title;
                m.notes = notes == null ? List.of() : notes;
                m.where = where;
                missions.put(code.value(), m);
                return;
            }
            case PROGRAM: {
                notForLevel(rows, level);
                String[] parts = code(rows, codeCol, c -> {
                    String[] p = c.strip().split("[-\u2010\u2011\u2013]");
                    if (p.length != 2) {
                        throw new InvalidValueException("program.code", c, Messages.CATALOG.message("problem.programCode", Map.of()));
                    }
                    MissionCode.of(p[0]);
                    ProgramCode.of(p[1]);
                    return p;
                });
                if (parts == null) {
                    return;
                }
                ProgramDraft p = new ProgramDraft();
                p.mission = MissionCode.of(parts[0]);
                p.code = ProgramCode.of(parts[1]);
                p.title = title;
                p.notes = notes == null ? List.of() : notes;
                p.where = where;
                p.sheet = rows.sheet;
                programs.add(p);
                return;
            }
            case STRATEGIC_OBJECTIVE: {
                ObjectiveCode code = code(rows, codeCol, ObjectiveCode::parse);
                ObjectiveDraft o = objectiveRow(rows, title, notes);
                String placement = rows.get(Template.PLACEMENT, Kind.TEXT, false);
                if (code == null) {
                    return;
                }
                if (placement == null && !code.isClassified()) {
                    rows.problem(Template.PLACEMENT, SheetRule.VALUE_REQUIRED, Map.of());
                    return;
                }
                o.placement = placement != null ? placement.strip() : code.mission().get() + "-" + code.program().get();
                o.placementWhere = rows.sheet + "!" + rows.ref(rows.def.column(placement != null ? Template.PLACEMENT : Template.CODE));
                String key = o.placement + "/" + code;
                if (strategicByKey.containsKey(key)) {
                    rows.problem(codeCol, SheetRule.DUPLICATE_CODE, rows.cell(codeCol), Map.of("first", strategicByKey.get(key).where));
                    return;
                }
                o.code = code;
                o.where = where;
                strategic.add(o);
                strategicByKey.put(key, o);
                strategicByCode.computeIfAbsent(code.toString(), k -> new ArrayList<>()).add(o);
                return;
            }
            default: {
                ObjectiveDraft o = objectiveRow(rows, title, notes);
                Column<?, ?> parentCol = rows.def.column(Template.PARENT);
                String parent = rows.get(parentCol, Kind.TEXT, false);
                if (rows.cell(Template.PLACEMENT) != null) {
                    rows.problem(Template.PLACEMENT, SheetRule.INVALID_VALUE,
                            Map.of("problem", Messages.CATALOG.message("problem.placedByParent", Map.of())));
                }
                if (parent == null) {
                    if (rows.cell(parentCol) == null) {
                        rows.problem(parentCol, SheetRule.VALUE_REQUIRED, null, Map.of());
                    }
                    return;
                }
                boolean parentAsNumber = codeAsNumber(rows, parentCol);
                o.ownCode = codeAsNumber(rows, codeCol) ? null : rows.get(codeCol, Kind.TEXT, false);
                if (parentAsNumber) {
                    return;
                }
                o.parent = parent.strip();
                o.where = rows.sheet + "!" + rows.ref(parentCol);
                operational.add(o);
            }
        }
    }

    private ObjectiveDraft objectiveRow(SheetRows rows, String title, List<String> notes) {
        ObjectiveDraft o = new ObjectiveDraft();
        o.sheet = rows.sheet;
        if (title != null) {
            o.builder.title(title);
        }
        if (notes != null) {
            o.builder.addAllNotes(notes);
        }
        for (Column<Objective, OperationalObjective.Builder> c : Template.OBJECTIVE_COLUMNS) {
            rows.apply(c, o.builder);
        }
        String label = rows.get(Template.TIMEFRAME, Kind.TEXT, false);
        Cell yearsCell = rows.cell(Template.TIMEFRAME_YEARS);
        if (label == null && yearsCell != null) {
            rows.problem(Template.TIMEFRAME, SheetRule.VALUE_REQUIRED, Map.of());
        } else if (label != null) {
            try {
                if (yearsCell == null) {
                    o.builder.timeframe(Timeframe.of(label));
                } else if (yearsCell.type == Cell.Type.TEXT && Readings.isNone(yearsCell.text)) {
                    o.builder.timeframe(Timeframe.of(label, null));
                } else {
                    YearRange years = rows.get(Template.TIMEFRAME_YEARS, Kind.YEARS, false);
                    if (years != null) {
                        o.builder.timeframe(Timeframe.of(label, years));
                    }
                }
            } catch (InvalidValueException e) {
                rows.problem(Template.TIMEFRAME, SheetRule.INVALID_VALUE, Map.of("problem", e.message()));
            }
        }
        return o;
    }

    private void notForLevel(SheetRows rows, Template.Level level) {
        List<Column<?, ?>> objectiveOnly = new ArrayList<>(Template.OBJECTIVE_COLUMNS);
        objectiveOnly.add(rows.def.column(Template.TIMEFRAME));
        objectiveOnly.add(rows.def.column(Template.TIMEFRAME_YEARS));
        objectiveOnly.add(rows.def.column(Template.PARENT));
        objectiveOnly.add(rows.def.column(Template.PLACEMENT));
        for (Column<?, ?> c : objectiveOnly) {
            if (rows.cell(c) != null) {
                rows.problem(c, SheetRule.INVALID_VALUE, rows.cell(c),
                        Map.of("problem", Messages.CATALOG.message("problem.objectivesOnly", Map.of("level", Template.LEVEL.text(level)))));
            }
        }
    }

    private interface Parse<V> {
        V parse(String text);
    }

    private static final Pattern SHORT_CODE = Pattern.compile("\\d{1,2}");

    /** A mission code typed as a number loses its leading zeros: 11 is 011 for the chambers, 1 is 01 under D.Lgs. 118/2011. */
    private static String pad(String code, Scheme scheme) {
        String c = code.strip();
        int digits = scheme == null || scheme == Scheme.CHAMBERS_OF_COMMERCE ? 3 : scheme == Scheme.LOCAL_AUTHORITIES ? 2 : 0;
        return c.length() < digits && SHORT_CODE.matcher(c).matches() ? "0".repeat(digits - c.length()) + c : c;
    }

    private <V> V code(SheetRows rows, Column<?, ?> col, Parse<V> parse) {
        String text = rows.get(col, Kind.TEXT, false);
        if (text == null) {
            if (rows.has(col) && col != rows.def.column(Template.PARENT)) {
                rows.problem(col, SheetRule.VALUE_REQUIRED, null, Map.of());
            }
            return null;
        }
        if (codeAsNumber(rows, col)) {
            return null;
        }
        try {
            return parse.parse(text);
        } catch (InvalidValueException e) {
            rows.problem(col, SheetRule.INVALID_VALUE, rows.cell(col), Map.of("problem", e.message()));
            return null;
        }
    }

    /** Reports a code typed as a number with decimals: "1.10" typed in a spreadsheet is the number 1.1, the document's code is lost. */
    private boolean codeAsNumber(SheetRows rows, Column<?, ?> col) {
        Cell cell = rows.cell(col);
        if (cell != null && cell.type == Cell.Type.NUMBER && cell.number.stripTrailingZeros().scale() > 0) {
            rows.problem(col, SheetRule.INVALID_VALUE, cell, Map.of("problem", Messages.CATALOG.message("problem.codeAsNumber", Map.of())));
            return true;
        }
        return false;
    }

    private void linkTree() {
        for (ProgramDraft p : programs) {
            MissionDraft m = missions.get(p.mission.value());
            if (m == null) {
                unknownParent(p.where, p.mission.value());
                continue;
            }
            if (m.programs.containsKey(p.code.value())) {
                problems.error(SheetRule.DUPLICATE_CODE, p.sheet, cellOf(p.where), header(Template.TREE, Template.CODE),
                        p.mission + "-" + p.code, Map.of("first", m.programs.get(p.code.value()).where));
                continue;
            }
            m.programs.put(p.code.value(), p);
        }
        for (ObjectiveDraft o : strategic) {
            MissionDraft area = missions.get(o.placement);
            if (area != null) {
                area.objectives.add(o);
                continue;
            }
            ProgramDraft p = program(o.placement);
            if (p == null) {
                problems.error(SheetRule.UNKNOWN_PARENT, o.sheet, cellOf(o.placementWhere), header(Template.TREE,
                        o.placementWhere.equals(o.where) ? Template.CODE : Template.PLACEMENT), o.placement, Map.of());
                continue;
            }
            p.objectives.add(o);
        }
        for (ObjectiveDraft op : operational) {
            List<ObjectiveDraft> found = strategic(op.parent);
            if (found.size() != 1) {
                problems.error(found.isEmpty() ? SheetRule.UNKNOWN_PARENT : SheetRule.AMBIGUOUS_OBJECTIVE, op.sheet, cellOf(op.where),
                        header(Template.TREE, Template.PARENT), op.parent, Map.of());
                continue;
            }
            ObjectiveDraft parent = found.get(0);
            parent.operational.add(op);
            String key = op.ownCode != null ? op.ownCode : "#" + parent.operational.size();
            if (op.ownCode != null && parent.operationalByKey.containsKey(key)) {
                problems.error(SheetRule.DUPLICATE_CODE, op.sheet, cellOf(op.where), header(Template.TREE, Template.CODE), key,
                        Map.of("first", parent.operationalByKey.get(key).where));
                continue;
            }
            parent.operationalByKey.put(key, op);
            parent.operationalByKey.putIfAbsent("#" + parent.operational.size(), op);
        }
    }

    /** {@return the strategic objectives a reference names: placement/code (011-005/OS1) or a bare code, which may name several} */
    private List<ObjectiveDraft> strategic(String reference) {
        String r = reference.strip();
        ObjectiveDraft exact = strategicByKey.get(r);
        return exact != null ? List.of(exact) : strategicByCode.getOrDefault(r, List.of());
    }

    /** {@return the program a placement such as 011-005 names, trying each hyphen as the mission's end} */
    private ProgramDraft program(String placement) {
        for (int i = 0; i < placement.length(); i++) {
            char c = placement.charAt(i);
            if (c == '-' || c == '\u2010' || c == '\u2011' || c == '\u2013') {
                MissionDraft m = missions.get(placement.substring(0, i).strip());
                ProgramDraft p = m == null ? null : m.programs.get(placement.substring(i + 1).strip());
                if (p != null) {
                    return p;
                }
            }
        }
        return null;
    }

    private void unknownParent(String where, String parent) {
        problems.error(SheetRule.UNKNOWN_PARENT, where.substring(0, where.indexOf('!')), cellOf(where),
                header(Template.TREE, Template.CODE), parent, Map.of());
    }

    private static String cellOf(String where) {
        return where.substring(where.indexOf('!') + 1);
    }

    private static String header(Template.SheetDef def, String italian) {
        return def.column(italian).header();
    }

    // ---- indicators -------------------------------------------------------------------------------

    private ObjectiveDraft objective(SheetRows rows) {
        Column<?, ?> objCol = rows.def.column(Template.OBJECTIVE);
        String reference = rows.get(objCol, Kind.TEXT, true);
        // "1.10" typed is the number 1.1: named as such, not as a dangling reference "1,1"
        if (reference == null || codeAsNumber(rows, objCol)) {
            return null;
        }
        List<ObjectiveDraft> found = strategic(reference);
        if (found.size() != 1) {
            rows.problem(objCol, found.isEmpty() ? SheetRule.UNKNOWN_PARENT : SheetRule.AMBIGUOUS_OBJECTIVE, rows.cell(objCol), Map.of());
            return null;
        }
        ObjectiveDraft o = found.get(0);
        String op = rows.get(Template.OPERATIONAL, Kind.TEXT, false);
        if (op == null) {
            return o;
        }
        if (codeAsNumber(rows, rows.def.column(Template.OPERATIONAL))) {
            return null;
        }
        ObjectiveDraft operational = o.operationalByKey.get(op);
        if (operational == null) {
            rows.problem(Template.OPERATIONAL, SheetRule.UNKNOWN_PARENT, Map.of());
        }
        return operational;
    }

    private void indicatorRow(SheetRows rows) {
        String ref = rows.get(Template.REF, Kind.TEXT, true);
        Cell objectiveCell = rows.cell(Template.OBJECTIVE);
        PublicValueDraft value = objectiveCell == null ? null : publicValue.get(objectiveCell.shown());
        ObjectiveDraft o = value == null ? objective(rows) : null;
        if (value != null && rows.cell(Template.OPERATIONAL) != null) {
            rows.problem(Template.OPERATIONAL, SheetRule.INVALID_VALUE,
                    Map.of("problem", Messages.CATALOG.message("problem.publicValueNoOperational", Map.of())));
        }
        IndicatorDraft d = new IndicatorDraft();
        d.sheet = rows.sheet;
        d.where = rows.sheet + "!" + rows.ref(rows.def.column(Template.REF));
        for (Column<Indicator, Indicator.Builder> c : Template.INDICATOR_COLUMNS) {
            rows.apply(c, d.builder);
        }
        baseline(rows, d.builder);
        ratio(rows, d.builder);
        List<String> notes = rows.get(Template.NOTES, Kind.LIST, false);
        if (notes != null) {
            d.builder.addAllNotes(notes);
        }
        if (ref == null) {
            return;
        }
        if (indicators.containsKey(ref)) {
            rows.problem(Template.REF, SheetRule.DUPLICATE_CODE, Map.of("first", indicators.get(ref).where));
            return;
        }
        indicators.put(ref, d);
        if (o != null) {
            o.indicators.add(d);
        } else if (value != null) {
            value.indicators.add(d);
        }
    }

    /** Numerator and denominator go together; their units and the scale only with them. */
    private void ratio(SheetRows rows, Indicator.Builder b) {
        String numerator = rows.get(Template.NUMERATOR, Kind.TEXT, false);
        String denominator = rows.get(Template.DENOMINATOR, Kind.TEXT, false);
        String numeratorUnit = rows.get(Template.NUMERATOR_UNIT, Kind.TEXT, false);
        String denominatorUnit = rows.get(Template.DENOMINATOR_UNIT, Kind.TEXT, false);
        RatioScale scale = rows.get(Template.RATIO_SCALE_COL, Template.RATIO_SCALE, false);
        if (numerator == null && denominator == null) {
            for (String c : List.of(Template.NUMERATOR_UNIT, Template.DENOMINATOR_UNIT, Template.RATIO_SCALE_COL)) {
                if (rows.cell(c) != null) {
                    rows.problem(c, SheetRule.RATIO_INCOMPLETE, Map.of());
                }
            }
            return;
        }
        if (numerator == null || denominator == null) {
            rows.problem(numerator == null ? Template.NUMERATOR : Template.DENOMINATOR, SheetRule.RATIO_INCOMPLETE, Map.of());
            return;
        }
        RatioDefinition.Builder r = RatioDefinition.builder().numerator(numerator).denominator(denominator);
        if (numeratorUnit != null) {
            r.numeratorUnit(numeratorUnit);
        }
        if (denominatorUnit != null) {
            r.denominatorUnit(denominatorUnit);
        }
        if (scale != null) {
            r.scale(scale);
        }
        try {
            b.ratio(r.build());
        } catch (InvalidValueException e) {
            rows.problem(Template.NUMERATOR, SheetRule.INVALID_VALUE, Map.of("problem", e.message()));
        }
    }

    /** {@return the ratio of the two columns, null when both are empty or either is wrong (reported)} */
    private Ratio parts(SheetRows rows, String numeratorCol, String denominatorCol) {
        Cell n = rows.cell(numeratorCol);
        Cell d = rows.cell(denominatorCol);
        if (n == null && d == null) {
            return null;
        }
        if (n == null || d == null) {
            rows.problem(n == null ? numeratorCol : denominatorCol, SheetRule.RATIO_INCOMPLETE, Map.of());
            return null;
        }
        BigDecimal numerator = rows.get(numeratorCol, Kind.DECIMAL, true);
        BigDecimal denominator = rows.get(denominatorCol, Kind.DECIMAL, true);
        if (numerator == null || denominator == null) {
            return null;
        }
        try {
            return Ratio.of(numerator, denominator);
        } catch (InvalidValueException e) {
            rows.problem(numeratorCol, SheetRule.INVALID_VALUE, Map.of("problem", e.message()));
            return null;
        }
    }

    private void baseline(SheetRows rows, Indicator.Builder b) {
        String text = rows.get(Template.BASELINE_TEXT, Kind.TEXT, false);
        Column<?, ?> valueCol = rows.def.column(Template.BASELINE_VALUE);
        Cell valueCell = rows.cell(valueCol);
        String unitText = rows.get(Template.BASELINE_UNIT, Kind.TEXT, false);
        Integer year = rows.get(Template.BASELINE_YEAR, Kind.YEAR, false);
        Quantity value = null;
        try {
            Unit unit = unitText == null ? null : Unit.of(unitText);
            if (valueCell != null && valueCell.type == Cell.Type.NUMBER) {
                value = Quantity.of(valueCell.number, unit);
            } else if (valueCell != null) {
                Quantity q = Quantity.parse(Kind.TEXT.read(valueCell));
                value = Quantity.of(q.value(), unit != null ? unit : q.unit().orElse(null));
            } else if (unit != null) {
                rows.problem(valueCol, SheetRule.VALUE_REQUIRED, null, Map.of());
            }
        } catch (CellProblem p) {
            rows.problem(valueCol, p.rule, valueCell, p.arguments);
        } catch (InvalidValueException e) {
            rows.problem(valueCol, SheetRule.INVALID_VALUE, valueCell, Map.of("problem", e.message()));
        }
        if (text == null && value == null) {
            if (year != null) {
                rows.problem(Template.BASELINE_TEXT, SheetRule.VALUE_REQUIRED, Map.of());
            }
            return;
        }
        Baseline.Builder bl = Baseline.builder();
        if (text != null) {
            bl.text(text);
        }
        if (value != null) {
            bl.value(value);
        }
        if (year != null) {
            bl.year(year);
        }
        b.baseline(bl.build());
    }

    // ---- targets and results ------------------------------------------------------------------------

    private void valueRow(SheetRows rows) {
        String ref = rows.get(Template.INDICATOR_REF, Kind.TEXT, true);
        Integer year = rows.get(Template.YEAR, Kind.YEAR, true);
        String target = rows.get(Template.TARGET, Kind.TEXT, false);
        String targetReading = rows.get(Template.TARGET_READING, Kind.TEXT, false);
        String result = rows.get(Template.RESULT, Kind.TEXT, false);
        String resultReading = rows.get(Template.RESULT_READING, Kind.TEXT, false);
        String comment = rows.get(Template.COMMENT, Kind.TEXT, false);
        IndicatorDraft d = null;
        if (ref != null) {
            d = indicators.get(ref);
            if (d == null) {
                rows.problem(Template.INDICATOR_REF, SheetRule.UNKNOWN_INDICATOR, Map.of());
            }
        }
        if (target == null && result == null) {
            rows.problem(targetReading != null ? Template.TARGET : Template.RESULT, SheetRule.VALUE_REQUIRED, Map.of());
            return;
        }
        if (target == null && targetReading != null) {
            rows.problem(Template.TARGET, SheetRule.VALUE_REQUIRED, Map.of());
        }
        if (result == null && (resultReading != null || comment != null)) {
            rows.problem(Template.RESULT, SheetRule.VALUE_REQUIRED, Map.of());
        }
        if (d == null || year == null) {
            return;
        }
        if (!d.valueYears.add(year)) {
            rows.problem(Template.YEAR, SheetRule.DUPLICATE_ROW, Map.of("indicator", ref));
            return;
        }
        Ratio parts = parts(rows, Template.RESULT_NUMERATOR, Template.RESULT_DENOMINATOR);
        if (result == null && parts != null) {
            rows.problem(Template.RESULT, SheetRule.VALUE_REQUIRED, Map.of());
        }
        try {
            if (target != null) {
                Target t = target(rows, Template.TARGET_READING, target, targetReading);
                if (t != null) {
                    d.targets.put(year, t);
                    d.cells.add(new Where("targets", year, rows, Template.TARGET));
                }
            }
            if (result != null) {
                Result.Builder r = result(rows, result, resultReading, comment, parts);
                if (r != null) {
                    d.results.put(year, r);
                    d.cells.add(new Where("results", year, rows, Template.RESULT));
                }
            }
        } catch (InvalidValueException e) {
            rows.problem(Template.TARGET, SheetRule.INVALID_VALUE, Map.of("problem", e.message()));
        }
    }

    /** {@return the target of a text and its reading override, null when the override is wrong (reported)} */
    private Target target(SheetRows rows, String readingCol, String text, String readingText) {
        Optional<TargetReading> reading = readingText == null
                ? Readings.derivedTarget(text) : readTarget(rows, readingCol, readingText);
        return reading == null ? null : Target.of(text, reading);
    }

    private Result.Builder result(SheetRows rows, String text, String readingText, String comment, Ratio parts) {
        Optional<ResultReading> reading = readingText == null
                ? Readings.derivedResult(text) : readResult(rows, readingText);
        if (reading == null) {
            return null;
        }
        Result.Builder r = Result.builder().text(text).reading(reading);
        if (comment != null) {
            r.comment(comment);
        }
        if (parts != null) {
            r.parts(parts);
        }
        return r;
    }

    // ---- monitoring, revisions, breakdowns ------------------------------------------------------------

    private IndicatorDraft indicator(SheetRows rows) {
        String ref = rows.get(Template.INDICATOR_REF, Kind.TEXT, true);
        IndicatorDraft d = ref == null ? null : indicators.get(ref);
        if (ref != null && d == null) {
            rows.problem(Template.INDICATOR_REF, SheetRule.UNKNOWN_INDICATOR, Map.of());
        }
        return d;
    }

    /** {@return the period of the Dal and Al columns, or null (reported when wrong)} */
    private MonitoringPeriod period(SheetRows rows) {
        LocalDate from = rows.get(Template.FROM, Kind.DATE, true);
        LocalDate to = rows.get(Template.TO, Kind.DATE, true);
        if (from == null || to == null) {
            return null;
        }
        try {
            return MonitoringPeriod.of(from, to);
        } catch (InvalidValueException e) {
            rows.problem(Template.TO, SheetRule.INVALID_VALUE, Map.of("problem", e.message()));
            return null;
        }
    }

    private void monitoringRow(SheetRows rows) {
        IndicatorDraft d = indicator(rows);
        MonitoringPeriod period = period(rows);
        String result = rows.get(Template.RESULT, Kind.TEXT, false);
        String resultReading = rows.get(Template.RESULT_READING, Kind.TEXT, false);
        String comment = rows.get(Template.COMMENT, Kind.TEXT, false);
        String target = rows.get(Template.PERIOD_TARGET, Kind.TEXT, false);
        String targetReading = rows.get(Template.TARGET_READING, Kind.TEXT, false);
        ReportingStatus status = rows.get(Template.STATUS_COL, Template.STATUS, false);
        Completeness completeness = rows.get(Template.COMPLETENESS_COL, Template.COMPLETENESS, false);
        Ratio parts = parts(rows, Template.RESULT_NUMERATOR, Template.RESULT_DENOMINATOR);
        if (result == null && (resultReading != null || comment != null || parts != null)) {
            rows.problem(Template.RESULT, SheetRule.VALUE_REQUIRED, Map.of());
        }
        if (target == null && targetReading != null) {
            rows.problem(Template.PERIOD_TARGET, SheetRule.VALUE_REQUIRED, Map.of());
        }
        if (d == null || period == null || rows.rowFailed) {
            return;
        }
        if (d.periods.containsKey(period)) {
            rows.problem(Template.FROM, SheetRule.DUPLICATE_ROW, Map.of("indicator", rows.cell(Template.INDICATOR_REF).shown()));
            return;
        }
        PeriodDraft p = new PeriodDraft();
        p.where = rows.sheet + "!" + rows.ref(rows.def.column(Template.FROM));
        p.builder.period(period);
        try {
            p.result = result == null ? null : result(rows, result, resultReading, comment, parts);
            p.target = target == null ? null : target(rows, Template.TARGET_READING, target, targetReading);
        } catch (InvalidValueException e) {
            rows.problem(Template.RESULT, SheetRule.INVALID_VALUE, Map.of("problem", e.message()));
        }
        if (status != null) {
            p.builder.status(status);
        }
        if (completeness != null) {
            p.builder.completeness(completeness);
        }
        d.periods.put(period, p);
        d.cells.add(new Where("monitoring", period.year(), rows, Template.FROM));
    }

    /**
     * {@return the place a revision or breakdown row belongs to: the year (Anno) or the period
     * (Dal, Al), one or the other; null when neither or both are given (reported)}
     */
    private Object place(SheetRows rows) {
        boolean year = rows.cell(Template.YEAR) != null;
        boolean period = rows.cell(Template.FROM) != null || rows.cell(Template.TO) != null;
        if (year == period) {
            rows.problem(Template.YEAR, SheetRule.YEAR_OR_PERIOD, Map.of());
            return null;
        }
        return year ? rows.get(Template.YEAR, Kind.YEAR, true) : period(rows);
    }

    private static String placeName(Object place) {
        return place.toString();
    }

    private void revisionRow(SheetRows rows) {
        IndicatorDraft d = indicator(rows);
        Object place = place(rows);
        LocalDate date = rows.get(Template.REVISION_DATE, Kind.DATE, true);
        String text = rows.get(Template.REVISED_TARGET, Kind.TEXT, true);
        String readingText = rows.get(Template.READING, Kind.TEXT, false);
        String reason = rows.get(Template.REASON, Kind.TEXT, false);
        String act = rows.get(Template.ACT, Kind.TEXT, false);
        if (d == null || place == null || date == null || text == null || rows.rowFailed) {
            return;
        }
        boolean hasTarget = place instanceof Integer ? d.targets.containsKey(place)
                : d.periods.containsKey(place) && d.periods.get(place).target != null;
        if (!hasTarget) {
            rows.problem(place instanceof Integer ? Template.YEAR : Template.FROM, SheetRule.NO_TARGET,
                    Map.of("place", placeName(place)));
            return;
        }
        Optional<TargetReading> reading = readingText == null
                ? Readings.derivedTarget(text) : readTarget(rows, Template.READING, readingText);
        if (reading == null) {
            return;
        }
        TargetRevision.Builder r = TargetRevision.builder().date(date).text(text).reading(reading);
        if (reason != null) {
            r.reason(reason);
        }
        if (act != null) {
            r.act(act);
        }
        try {
            d.revisions.computeIfAbsent(place, k -> new ArrayList<>()).add(r.build());
        } catch (InvalidValueException e) {
            rows.problem(Template.REVISION_DATE, SheetRule.INVALID_VALUE, Map.of("problem", e.message()));
        }
    }

    private void breakdownRow(SheetRows rows) {
        IndicatorDraft d = indicator(rows);
        Object place = place(rows);
        String dimension = rows.get(Template.DIMENSION, Kind.TEXT, true);
        String label = rows.get(Template.PART, Kind.TEXT, true);
        BigDecimal value = rows.get(Template.PART_VALUE, Kind.DECIMAL, false);
        Ratio parts = parts(rows, Template.NUMERATOR, Template.DENOMINATOR);
        if (rows.cell(Template.PART_VALUE) != null && (rows.cell(Template.NUMERATOR) != null || rows.cell(Template.DENOMINATOR) != null)
                || rows.cell(Template.PART_VALUE) == null && rows.cell(Template.NUMERATOR) == null && rows.cell(Template.DENOMINATOR) == null) {
            rows.problem(Template.PART_VALUE, SheetRule.VALUE_OR_PARTS, Map.of());
        }
        if (d == null || place == null || dimension == null || label == null || rows.rowFailed) {
            return;
        }
        boolean hasResult = place instanceof Integer ? d.results.containsKey(place)
                : d.periods.containsKey(place) && d.periods.get(place).result != null;
        if (!hasResult) {
            rows.problem(place instanceof Integer ? Template.YEAR : Template.FROM, SheetRule.NO_RESULT,
                    Map.of("place", placeName(place)));
            return;
        }
        BreakdownDraft b = d.breakdowns.computeIfAbsent(place, k -> new LinkedHashMap<>()).computeIfAbsent(dimension,
                k -> new BreakdownDraft(dimension, rows.sheet + "!" + rows.ref(rows.def.column(Template.DIMENSION))));
        try {
            b.builder.addParts(value != null ? BreakdownPart.of(label, value) : BreakdownPart.of(label, parts));
        } catch (InvalidValueException e) {
            rows.problem(Template.PART_VALUE, SheetRule.INVALID_VALUE, Map.of("problem", e.message()));
        }
    }

    // ---- staff, public value, contributions ---------------------------------------------------------------

    private void staffRow(SheetRows rows) {
        ObjectiveDraft o = objective(rows);
        String category = rows.get(Template.CATEGORY, Kind.TEXT, true);
        BigDecimal fte = rows.get(Template.FTE, Kind.DECIMAL, true);
        if (o == null || category == null || fte == null) {
            return;
        }
        try {
            o.builder.addStaff(StaffAllocation.of(category, fte));
        } catch (InvalidValueException e) {
            rows.problem(e.field().startsWith("fte") ? Template.FTE : Template.CATEGORY, SheetRule.INVALID_VALUE,
                    Map.of("problem", e.message()));
        }
    }

    private void publicValueRow(SheetRows rows) {
        String code = rows.get(Template.CODE, Kind.TEXT, true);
        String title = rows.get(Template.TITLE, Kind.TEXT, true);
        String description = rows.get("Descrizione", Kind.TEXT, false);
        Weight weight = rows.get("Peso", Kind.WEIGHT, false);
        List<String> dimensions = rows.get(Template.DIMENSIONS, Kind.LIST, false);
        List<String> stakeholders = rows.get("Portatori di interesse", Kind.LIST, false);
        List<String> notes = rows.get(Template.NOTES, Kind.LIST, false);
        if (code == null) {
            return;
        }
        String where = rows.sheet + "!" + rows.ref(rows.def.column(Template.CODE));
        if (publicValue.containsKey(code)) {
            rows.problem(Template.CODE, SheetRule.DUPLICATE_CODE, Map.of("first", publicValue.get(code).where));
            return;
        }
        if (strategicByCode.containsKey(code)) {
            rows.problem(Template.CODE, SheetRule.DUPLICATE_CODE, Map.of("first", strategicByCode.get(code).get(0).where));
            return;
        }
        PublicValueDraft v = new PublicValueDraft();
        v.where = where;
        v.builder.code(code);
        if (title != null) {
            v.builder.title(title);
        }
        if (description != null) {
            v.builder.description(description);
        }
        if (weight != null) {
            v.builder.weight(weight);
        }
        if (dimensions != null) {
            try {
                dimensions.forEach(x -> v.builder.addDimensions(CrossCuttingDimension.of(x)));
            } catch (InvalidValueException e) {
                rows.problem(Template.DIMENSIONS, SheetRule.INVALID_VALUE, Map.of("problem", e.message()));
            }
        }
        if (stakeholders != null) {
            v.builder.addAllStakeholders(stakeholders);
        }
        if (notes != null) {
            v.builder.addAllNotes(notes);
        }
        publicValue.put(code, v);
    }

    private void contributionRow(SheetRows rows) {
        String code = rows.get(Template.PUBLIC_VALUE_COL, Kind.TEXT, true);
        String objective = rows.get(Template.OBJECTIVE, Kind.TEXT, true);
        if (objective != null && codeAsNumber(rows, rows.def.column(Template.OBJECTIVE))) {
            objective = null;
        }
        Weight weight = rows.get("Peso", Kind.WEIGHT, false);
        PublicValueDraft v = code == null ? null : publicValue.get(code);
        if (code != null && v == null) {
            rows.problem(Template.PUBLIC_VALUE_COL, SheetRule.UNKNOWN_PUBLIC_VALUE, Map.of());
        }
        if (v == null || objective == null || rows.rowFailed) {
            return;
        }
        if (v.contributionCells.containsKey(objective)) {
            rows.problem(Template.OBJECTIVE, SheetRule.DUPLICATE_ROW, Map.of("indicator", code));
            return;
        }
        v.contributionCells.put(objective, rows.sheet + "!" + rows.ref(rows.def.column(Template.OBJECTIVE)));
        v.builder.addContributions(Contribution.of(objective, Optional.ofNullable(weight)));
    }

    private Optional<TargetReading> readTarget(SheetRows rows, String column, String text) {
        try {
            return Readings.readTarget(text);
        } catch (CellProblem | InvalidValueException e) {
            rows.problem(column, SheetRule.BAD_READING, Map.of());
            return null;
        }
    }

    private Optional<ResultReading> readResult(SheetRows rows, String text) {
        try {
            return Readings.readResult(text);
        } catch (CellProblem | InvalidValueException e) {
            rows.problem(Template.RESULT_READING, SheetRule.BAD_READING, Map.of());
            return null;
        }
    }

    // ---- resources ----------------------------------------------------------------------------------

    private void resourceRow(SheetRows rows) {
        ObjectiveDraft o = objective(rows);
        Integer year = rows.get(Template.YEAR, Kind.YEAR, true);
        ResourceBasis basis = rows.get(Template.BASIS_COL, Template.BASIS, true);
        Money revenues = rows.get(Template.REVENUES, Kind.MONEY, true);
        Money costs = rows.get(Template.COSTS, Kind.MONEY, true);
        Money investments = rows.get(Template.INVESTMENTS, Kind.MONEY, true);
        if (o == null || year == null || basis == null || revenues == null || costs == null || investments == null) {
            return;
        }
        Map<ResourceBasis, ResourceAmounts> byBasis = o.resources.computeIfAbsent(year, y -> new EnumMap<>(ResourceBasis.class));
        if (byBasis.containsKey(basis)) {
            rows.problem(Template.BASIS_COL, SheetRule.DUPLICATE_ROW, Map.of("indicator", String.valueOf(year)));
            return;
        }
        try {
            byBasis.put(basis, ResourceAmounts.of(revenues, costs, investments));
        } catch (InvalidValueException e) {
            String col = e.field().contains("revenues") ? Template.REVENUES : e.field().contains("costs") ? Template.COSTS : Template.INVESTMENTS;
            rows.problem(col, SheetRule.INVALID_VALUE, Map.of("problem", e.message()));
        }
    }

    // ---- building -----------------------------------------------------------------------------------

    private Plan build() {
        List<Mission> built = new ArrayList<>();
        for (MissionDraft m : missions.values()) {
            List<Program> ps = new ArrayList<>();
            for (ProgramDraft p : m.programs.values()) {
                List<StrategicObjective> os = new ArrayList<>();
                for (ObjectiveDraft o : p.objectives) {
                    StrategicObjective so = strategic(o);
                    if (so != null) {
                        os.add(so);
                    }
                }
                Program program = attempt(p.sheet, p.where, () -> Program.builder().code(p.code).title(p.title).addAllNotes(p.notes)
                        .addAllObjectives(os).build());
                if (program != null) {
                    ps.add(program);
                }
            }
            List<StrategicObjective> own = new ArrayList<>();
            for (ObjectiveDraft o : m.objectives) {
                StrategicObjective so = strategic(o);
                if (so != null) {
                    own.add(so);
                }
            }
            Mission mission = attempt(Template.TREE.italian, m.where, () -> Mission.builder().code(m.code).title(m.title)
                    .addAllNotes(m.notes).addAllPrograms(ps).addAllObjectives(own).build());
            if (mission != null) {
                built.add(mission);
            }
        }
        List<PublicValueObjective> values = new ArrayList<>();
        for (PublicValueDraft v : publicValue.values()) {
            for (IndicatorDraft d : v.indicators) {
                Indicator i = indicator(d);
                if (i != null) {
                    v.builder.addIndicators(i);
                }
            }
            PublicValueObjective o = attempt(Template.PUBLIC_VALUE.italian, v.where, v.builder::build);
            if (o != null) {
                values.add(o);
            }
        }
        Plan base;
        try {
            base = plan(built);
        } catch (InvalidValueException e) {
            String f = e.field();
            Matcher tree = TREE_PATH.matcher(f);
            if (tree.find() && missions.containsKey(tree.group(1))) {
                // a code or shape the scheme does not allow: at the mission's or program's row
                MissionDraft m = missions.get(tree.group(1));
                ProgramDraft p = tree.group(2) == null ? null : m.programs.get(tree.group(2));
                String where = p != null ? p.where : m.where;
                problems.error(SheetRule.INVALID_VALUE, Template.TREE.italian, cellOf(where), header(Template.TREE, Template.CODE),
                        String.valueOf(e.value()), Map.of("problem", e.message()));
                return null;
            }
            String italian = f.startsWith("referenceYear") ? "Anno di riferimento" : f.startsWith("horizon") || f.startsWith("years")
                    ? "Primo anno" : f.startsWith("currency") ? "Valuta" : f.startsWith("title") ? "Titolo"
                    : f.startsWith("identifier") ? "Codice amministrazione" : f.startsWith("notes") ? "Note"
                    : f.startsWith("scheme") ? "Schema di classificazione" : f.startsWith("uniqueCodes") ? "Codici univoci" : "Amministrazione";
            Column<?, ?> field = Template.PLAN_FIELDS.stream().filter(c -> c.italian.equals(italian)).findFirst().get();
            problems.error(SheetRule.INVALID_VALUE, Template.PLAN.italian, planFieldCells.get(field), field.header(), e.value(),
                    Map.of("problem", e.message()));
            return null;
        }
        if (values.isEmpty()) {
            return base;
        }
        // a contribution names an objective of the tree or another public-value objective
        boolean linked = true;
        for (PublicValueDraft v : publicValue.values()) {
            for (Map.Entry<String, String> c : v.contributionCells.entrySet()) {
                if (!publicValue.containsKey(c.getKey()) && base.performanceObjective(c.getKey()).isEmpty()) {
                    problems.error(SheetRule.UNKNOWN_CONTRIBUTOR, Template.CONTRIBUTIONS.italian, cellOf(c.getValue()),
                            header(Template.CONTRIBUTIONS, Template.OBJECTIVE), c.getKey(), Map.of());
                    linked = false;
                }
            }
        }
        if (!linked) {
            return null;
        }
        try {
            return base.withPublicValue(values);
        } catch (InvalidValueException e) {
            // publicValue[i]…: the i-th objective of the sheet (a code already used in the tree, a cycle of contributions)
            Matcher m = INDEX.matcher(e.field());
            int i = m.find() ? Integer.parseInt(m.group(1)) : 0;
            String where = new ArrayList<>(publicValue.values()).get(Math.min(i, publicValue.size() - 1)).where;
            problems.error(SheetRule.INVALID_VALUE, Template.PUBLIC_VALUE.italian, cellOf(where), header(Template.PUBLIC_VALUE, Template.CODE),
                    String.valueOf(e.value()), Map.of("problem", e.message()));
            return null;
        }
    }

    private static final Pattern TREE_PATH = Pattern.compile("^missions\\[([^\\]]+)\\](?:\\.programs\\[([^\\]]+)\\])?");
    private static final Pattern INDEX = Pattern.compile("^publicValue\\[(\\d+)\\]");

    private Plan plan(List<Mission> built) {
        Plan.Builder b = Plan.builder().kind(plan.kind).referenceYear(plan.referenceYear)
                .horizon(YearRange.of(plan.firstYear, plan.lastYear)).addAllMissions(built).addAllNotes(plan.notes);
        Administration.Builder a = Administration.builder().name(plan.administration);
        if (plan.identifier != null) {
            a.identifier(plan.identifier);
        }
        b.administration(a.build());
        if (plan.title != null) {
            b.title(plan.title);
        }
        if (plan.currency != null) {
            b.currency(plan.currency);
        }
        if (plan.scheme != null) {
            b.scheme(plan.scheme);
        }
        if (plan.uniqueCodes != null) {
            b.uniqueCodes(plan.uniqueCodes);
        }
        return b.build();
    }

    private StrategicObjective strategic(ObjectiveDraft o) {
        List<OperationalObjective> ops = new ArrayList<>();
        for (ObjectiveDraft op : o.operational) {
            OperationalObjective built = operational(op);
            if (built != null) {
                ops.add(built);
            }
        }
        OperationalObjective draft = operational(o);
        if (draft == null) {
            return null;
        }
        return attempt(o.sheet, o.where, () -> StrategicObjective.builder().from((Objective) draft).code(o.code)
                .addAllOperationalObjectives(ops).build());
    }

    /** Puts an indicator's targets, results and periods together with their revisions and breakdowns. */
    private Indicator indicator(IndicatorDraft d) {
        d.targets.forEach((year, t) -> d.builder.putTargets(year, revised(t, d.revisions.get(year))));
        for (Map.Entry<Integer, Result.Builder> e : d.results.entrySet()) {
            Result r = brokenDown(e.getValue(), d.breakdowns.get(e.getKey()), d);
            if (r == null) {
                return null;
            }
            d.builder.putResults(e.getKey(), r);
        }
        Map<Integer, Monitoring.Builder> monitoring = new TreeMap<>();
        for (Map.Entry<MonitoringPeriod, PeriodDraft> e : d.periods.entrySet()) {
            PeriodDraft p = e.getValue();
            if (p.result != null) {
                Result r = brokenDown(p.result, d.breakdowns.get(e.getKey()), d);
                if (r == null) {
                    return null;
                }
                p.builder.result(r);
            }
            if (p.target != null) {
                p.builder.target(revised(p.target, d.revisions.get(e.getKey())));
            }
            PeriodResult built = attempt(Template.MONITORING.italian, p.where, p.builder::build);
            if (built == null) {
                return null;
            }
            int year = e.getKey().year();
            monitoring.computeIfAbsent(year, y -> Monitoring.builder().year(y)).addPeriods(built);
        }
        for (Map.Entry<Integer, Monitoring.Builder> e : monitoring.entrySet()) {
            Monitoring m = attempt(Template.MONITORING.italian, d.periods.values().iterator().next().where, e.getValue()::build);
            if (m == null) {
                return null;
            }
            d.builder.putMonitoring(e.getKey(), m);
        }
        try {
            return d.builder.build();
        } catch (InvalidValueException e) {
            // a rule across members (a reading that disagrees with the parts): at the cell of the value that breaks it
            Where at = null;
            for (Where c : d.cells) {
                if (e.field().startsWith(c.path())) {
                    at = c;
                }
            }
            if (at == null) {
                problems.error(SheetRule.INVALID_VALUE, d.sheet, cellOf(d.where), null, e.value(),
                        Messages.located(e));
            } else {
                problems.error(SheetRule.INVALID_VALUE, at.rows.sheet, at.cell(), at.rows.header(at.column), e.value(),
                        Messages.located(e));
            }
            return null;
        }
    }

    private static Target revised(Target t, List<TargetRevision> revisions) {
        return revisions == null ? t : Target.builder().from(t).addAllRevisions(revisions).build();
    }

    private Result brokenDown(Result.Builder r, Map<String, BreakdownDraft> breakdowns, IndicatorDraft d) {
        if (breakdowns != null) {
            for (BreakdownDraft b : breakdowns.values()) {
                Breakdown built = attempt(Template.BREAKDOWNS.italian, b.where, b.builder::build);
                if (built == null) {
                    return null;
                }
                r.addBreakdowns(built);
            }
        }
        return attempt(d.sheet, d.where, r::build);
    }

    private OperationalObjective operational(ObjectiveDraft o) {
        for (IndicatorDraft d : o.indicators) {
            Indicator i = indicator(d);
            if (i != null) {
                o.builder.addIndicators(i);
            }
        }
        if (!o.resources.isEmpty()) {
            Resources.Builder r = Resources.builder();
            o.resources.forEach((year, byBasis) -> r.putYears(year, YearResources.builder()
                    .budget(Optional.ofNullable(byBasis.get(ResourceBasis.BUDGET)))
                    .revisedBudget(Optional.ofNullable(byBasis.get(ResourceBasis.REVISED_BUDGET)))
                    .actual(Optional.ofNullable(byBasis.get(ResourceBasis.ACTUAL))).build()));
            o.builder.resources(r.build());
        }
        if (o.ownCode != null) {
            o.builder.code(o.ownCode);
        }
        return attempt(o.sheet, o.where, o.builder::build);
    }

    private interface Build<T> {
        T build();
    }

    private <T> T attempt(String sheet, String where, Build<T> build) {
        try {
            return build.build();
        } catch (InvalidValueException e) {
            problems.error(SheetRule.INVALID_VALUE, sheet, cellOf(where), null, e.value(),
                    Messages.located(e));
            return null;
        }
    }
}
