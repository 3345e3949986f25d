package io.github.albero.sheets;

import io.github.albero.model.BreakdownRule;
import io.github.albero.model.Completeness;
import io.github.albero.model.Indicator;
import io.github.albero.model.Objective;
import io.github.albero.model.OperationalObjective;
import io.github.albero.model.PeriodAggregation;
import io.github.albero.model.PlanKind;
import io.github.albero.model.Polarity;
import io.github.albero.model.RatioScale;
import io.github.albero.model.ReportingStatus;
import io.github.albero.reference.Scheme;
import io.github.albero.model.ResourceBasis;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The template, declared once: its sheets, their columns with Italian and English headers, and
 * the words accepted for plan kind, level, polarity and resource basis. {@code TEMPLATE.md},
 * the blank workbook, the reader and the writer all follow this declaration.
 */
final class Template {
    private Template() {
    }

    /** One sheet of the template. */
    static final class SheetDef {
        final String italian;
        final String english;
        final boolean required;
        final String help;
        final List<Column<?, ?>> columns;
        private final Map<String, Column<?, ?>> byItalian = new HashMap<>();

        SheetDef(String italian, String english, boolean required, String help, List<Column<?, ?>> columns) {
            this.italian = italian;
            this.english = english;
            this.required = required;
            this.help = help;
            this.columns = Collections.unmodifiableList(columns);
            columns.forEach(c -> byItalian.put(c.italian, c));
        }

        boolean matches(String sheetName) {
            String f = Kind.fold(sheetName);
            return f.equals(Kind.fold(italian)) || f.equals(Kind.fold(english))
                    || f.equals(Kind.fold(italian + " / " + english)) || f.equals(Kind.fold(italian + " - " + english));
        }

        Column<?, ?> column(String italian) {
            Column<?, ?> c = byItalian.get(italian);
            if (c == null) {
                throw new IllegalStateException("no column " + italian + " in sheet " + this.italian);
            }
            return c;
        }

        /** {@return a readable one-line description, for logs and JShell} */
        @Override
        public String toString() {
            return italian;
        }
    }

    // ---- words -------------------------------------------------------------------------------

    static final Kind<PlanKind> PLAN_KIND = Kind.choice(PlanKind.class, k -> k == PlanKind.PLAN
            ? List.of("piano", "plan", "piano della performance", "piao")
            : List.of("relazione", "report", "relazione sulla performance"));

    static final Kind<Polarity> POLARITY = Kind.choice(Polarity.class, p -> {
        switch (p) {
            case HIGHER_IS_BETTER:
                return List.of("crescente", "higher is better", "maggiore è meglio", "più è meglio", "positiva");
            case LOWER_IS_BETTER:
                return List.of("decrescente", "lower is better", "minore è meglio", "meno è meglio", "negativa");
            case TARGET_RANGE:
                return List.of("intervallo", "target range", "range");
            default:
                return List.of("realizzazione", "milestone", "si/no", "on/off");
        }
    });

    static final Kind<ResourceBasis> BASIS = Kind.choice(ResourceBasis.class, b -> {
        switch (b) {
            case BUDGET:
                return List.of("preventivo", "budget");
            case REVISED_BUDGET:
                return List.of("preventivo aggiornato", "revised budget", "aggiornato");
            default:
                return List.of("consuntivo", "actual");
        }
    });

    static final Kind<RatioScale> RATIO_SCALE = Kind.choice(RatioScale.class, k -> {
        switch (k) {
            case PERCENT:
                return List.of("percentuale", "percent", "%");
            case PER_MILLE:
                return List.of("per mille", "per mille", "‰");
            default:
                return List.of("quoziente", "quotient", "rapporto");
        }
    });

    static final Kind<PeriodAggregation> PERIOD_AGGREGATION = Kind.choice(PeriodAggregation.class, k -> {
        switch (k) {
            case LAST:
                return List.of("ultimo", "last", "ultimo periodo");
            case SUM:
                return List.of("somma", "sum");
            default:
                return List.of("media", "mean", "average");
        }
    });

    static final Kind<BreakdownRule> BREAKDOWN_RULE = Kind.choice(BreakdownRule.class, k -> k == BreakdownRule.PARTS_EQUAL_TOTAL
            ? List.of("parti uguali al totale", "parts equal total", "uguale al totale")
            : List.of("parti non oltre il totale", "parts not above total", "non oltre il totale"));

    static final Kind<ReportingStatus> STATUS = Kind.choice(ReportingStatus.class, k -> k == ReportingStatus.FINAL
            ? List.of("definitivo", "final") : List.of("provvisorio", "provisional"));

    static final Kind<Completeness> COMPLETENESS = Kind.choice(Completeness.class, k -> k == Completeness.COMPLETE
            ? List.of("completo", "complete") : List.of("parziale", "partial"));

    /** The level of a row of the tree sheet. */
    enum Level {
        MISSION, PROGRAM, STRATEGIC_OBJECTIVE, OPERATIONAL_OBJECTIVE
    }

    static final Kind<Level> LEVEL = Kind.choice(Level.class, l -> {
        switch (l) {
            case MISSION:
                return List.of("missione", "mission", "area strategica", "area");
            case PROGRAM:
                return List.of("programma", "program", "programme");
            case STRATEGIC_OBJECTIVE:
                return List.of("obiettivo strategico", "strategic objective");
            default:
                return List.of("obiettivo operativo", "operational objective");
        }
    });

    // ---- the plan sheet: one row per field ------------------------------------------------------

    /** The plan's own fields, filled into a draft. */
    static final class PlanDraft {
        PlanKind kind;
        String title;
        String administration;
        String identifier;
        Integer referenceYear;
        Integer firstYear;
        Integer lastYear;
        String currency;
        Scheme scheme;
        Boolean uniqueCodes;
        List<String> notes = List.of();
    }

    static final Kind<Scheme> SCHEME = Kind.choice(Scheme.class, k -> {
        switch (k) {
            case CHAMBERS_OF_COMMERCE:
                return List.of("camere di commercio", "chambers of commerce", "DM 27/03/2013", "DM 27 marzo 2013");
            case LOCAL_AUTHORITIES:
                return List.of("enti locali", "local authorities", "D.Lgs. 118/2011", "dlgs 118/2011");
            default:
                return List.of("aree strategiche", "strategic areas");
        }
    });

    static final List<Column<io.github.albero.model.Plan, PlanDraft>> PLAN_FIELDS = List.of(
            Column.required("Tipo documento", "Kind", "piano or relazione (plan or report)", PLAN_KIND,
                    io.github.albero.model.Plan::kind, (d, v) -> d.kind = v),
            Column.optional("Titolo", "Title", "the document's title", Kind.TEXT,
                    io.github.albero.model.Plan::title, (d, v) -> d.title = v),
            Column.required("Amministrazione", "Administration", "the administration's name", Kind.TEXT,
                    p -> p.administration().name(), (d, v) -> d.administration = v),
            Column.optional("Codice amministrazione", "Administration identifier", "IPA code or tax code", Kind.TEXT,
                    p -> p.administration().identifier(), (d, v) -> d.identifier = v),
            Column.required("Anno di riferimento", "Reference year", "the year planned or reported on", Kind.YEAR,
                    io.github.albero.model.Plan::referenceYear, (d, v) -> d.referenceYear = v),
            Column.required("Primo anno", "First year", "first year of the horizon", Kind.YEAR,
                    p -> p.horizon().first(), (d, v) -> d.firstYear = v),
            Column.required("Ultimo anno", "Last year", "last year of the horizon", Kind.YEAR,
                    p -> p.horizon().last(), (d, v) -> d.lastYear = v),
            Column.optional("Valuta", "Currency", "EUR, the only currency", Kind.TEXT,
                    p -> Optional.of(p.currency()), (d, v) -> d.currency = v),
            Column.optional("Schema di classificazione", "Classification scheme",
                    "camere di commercio (DM 27/03/2013, the default), enti locali (D.Lgs. 118/2011) or aree strategiche", SCHEME,
                    p -> Optional.of(p.scheme()).filter(x -> x != Scheme.CHAMBERS_OF_COMMERCE), (d, v) -> d.scheme = v),
            Column.optional("Codici univoci", "Unique codes", "sì when the document says no two objectives or indicators share a code",
                    Kind.YES_NO, p -> Optional.of(p.uniqueCodes()).filter(x -> x), (d, v) -> d.uniqueCodes = v),
            Column.list("Note", "Notes", "editorial notes, one per line", io.github.albero.model.Plan::notes,
                    (d, v) -> d.notes = v));

    static final String FIELD = "Campo";
    static final String VALUE = "Valore";

    static final SheetDef PLAN = new SheetDef("Piano", "Plan", true,
            "The document: one row per field, the field's name in the first column and its value in the second.",
            List.of(Column.key(FIELD, "Field", true, "the field's name"), Column.key(VALUE, "Value", false, "its value")));

    // ---- the tree sheet: missions, programs, objectives -------------------------------------------

    static final String LEVEL_COL = "Livello";
    static final String CODE = "Codice";
    static final String PARENT = "Obiettivo strategico";
    static final String TITLE = "Titolo";
    static final String PLACEMENT = "Collocazione";
    static final String TIMEFRAME = "Arco temporale";
    static final String TIMEFRAME_YEARS = "Anni";
    static final String NOTES = "Note";

    /** The objective members: strategic and operational objectives share them (see {@link Objective}). */
    static final List<Column<Objective, OperationalObjective.Builder>> OBJECTIVE_COLUMNS = List.of(
            Column.optional("Descrizione", "Description", "what the objective is about", Kind.TEXT, Objective::description,
                    OperationalObjective.Builder::description),
            Column.optional("Centro di responsabilità", "Responsible unit", "who answers for it", Kind.TEXT,
                    Objective::responsibleUnit, OperationalObjective.Builder::responsibleUnit),
            Column.optional("Peso", "Weight", "weight among sibling objectives, e.g. 30 or 33,33", Kind.WEIGHT, Objective::weight,
                    OperationalObjective.Builder::weight),
            Column.optional("Indicatori dichiarati", "Declared indicators", "number of indicators the document declares",
                    Kind.INTEGER, Objective::declaredIndicatorCount, OperationalObjective.Builder::declaredIndicatorCount),
            Column.list("Portatori di interesse", "Stakeholders", "one per line", Objective::stakeholders,
                    OperationalObjective.Builder::addAllStakeholders));

    static final SheetDef TREE = new SheetDef("Albero", "Tree", true,
            "The tree: one row per mission, program, strategic objective and operational objective, in document order.",
            concat(List.of(
                    Column.key(LEVEL_COL, "Level", true, "missione, programma, obiettivo strategico or obiettivo operativo"),
                    Column.key(CODE, "Code", false,
                            "mission 011, program 011-005, strategic objective 011-005-001; an operational objective's own code, if any"),
                    Column.key(PARENT, "Strategic objective", false, "for an operational objective: its strategic objective's code"),
                    Column.key(PLACEMENT, "Placed under", false,
                            "for a strategic objective whose code is the document's own (OS1.1): its program (011-005) or its strategic area"),
                    Column.key(TITLE, "Title", true, "the title as the document writes it"),
                    Column.key(TIMEFRAME, "Timeframe", false, "arco temporale: Annuale, Biennio, 2017-2018 …"),
                    Column.key(TIMEFRAME_YEARS, "Years", false,
                            "the timeframe's years when the document gives them (2017-2018); nessuno/none when the label names years that are not meant")),
                    OBJECTIVE_COLUMNS, List.of(Column.key(NOTES, "Notes", false, "editorial notes, one per line"))));

    // ---- the indicators sheet ---------------------------------------------------------------------

    static final String REF = "Rif.";
    static final String OBJECTIVE = "Obiettivo";
    static final String OPERATIONAL = "Obiettivo operativo";
    static final String BASELINE_TEXT = "Valore di partenza";
    static final String BASELINE_VALUE = "Valore di partenza (numero)";
    static final String BASELINE_UNIT = "Unità del valore di partenza";
    static final String BASELINE_YEAR = "Anno del valore di partenza";

    static final List<Column<Indicator, Indicator.Builder>> INDICATOR_COLUMNS = List.of(
            Column.optional("Codice", "Code", "the indicator's code, when the document gives one", Kind.TEXT, Indicator::code,
                    Indicator.Builder::code),
            Column.required("Indicatore", "Name", "the indicator's name", Kind.TEXT, Indicator::name, Indicator.Builder::name),
            Column.optional("Cosa misura", "Measures", "what it measures", Kind.TEXT, Indicator::measures,
                    Indicator.Builder::measures),
            Column.optional("Tipologia", "Type", "efficacia, efficienza, qualità, … (any label is kept)", Kind.INDICATOR_TYPE,
                    Indicator::type, Indicator.Builder::type),
            Column.optional("Unità di misura", "Unit", "as written, e.g. percentuale", Kind.TEXT, Indicator::unit,
                    Indicator.Builder::unit),
            Column.optional("Algoritmo di calcolo", "Algorithm", "how it is computed", Kind.TEXT, Indicator::algorithm,
                    Indicator.Builder::algorithm),
            Column.optional("Fonte dei dati", "Data source", "where the data come from", Kind.TEXT, Indicator::dataSource,
                    Indicator.Builder::dataSource),
            Column.required("Polarità", "Polarity", "crescente, decrescente, intervallo or realizzazione", POLARITY,
                    Indicator::polarity, Indicator.Builder::polarity),
            Column.optional("Peso", "Weight", "weight among sibling indicators", Kind.WEIGHT, Indicator::weight,
                    Indicator.Builder::weight),
            Column.optional("Aggregazione dei periodi", "Period aggregation",
                    "how the Monitoraggio periods give the result as of a day: ultimo, somma or media", PERIOD_AGGREGATION,
                    Indicator::periodAggregation, Indicator.Builder::periodAggregation),
            Column.optional("Regola di scomposizione", "Breakdown rule",
                    "how the parts in Scomposizioni relate to the result: parti uguali al totale or parti non oltre il totale",
                    BREAKDOWN_RULE, Indicator::breakdownRule, Indicator.Builder::breakdownRule));

    static final String NUMERATOR = "Numeratore";
    static final String NUMERATOR_UNIT = "Unità del numeratore";
    static final String DENOMINATOR = "Denominatore";
    static final String DENOMINATOR_UNIT = "Unità del denominatore";
    static final String RATIO_SCALE_COL = "Scala del rapporto";

    static final SheetDef INDICATORS = new SheetDef("Indicatori", "Indicators", false,
            "The indicators: one row per indicator, attached to a strategic objective or to one of its operational objectives.",
            concat(List.of(
                    Column.key(REF, "Ref", true, "any text unique in this sheet (1, 2, 3 …) that the Valori sheet refers to"),
                    Column.key(OBJECTIVE, "Objective", true, "the strategic objective's code, e.g. 011-005-001"),
                    Column.key(OPERATIONAL, "Operational objective", false,
                            "the operational objective's code, or #n for the n-th operational objective without code; empty for the strategic objective itself")),
                    INDICATOR_COLUMNS,
                    List.of(Column.key(BASELINE_TEXT, "Baseline", false, "ultimo valore osservato, as written"),
                            Column.key(BASELINE_VALUE, "Baseline value", false, "the baseline as a number"),
                            Column.key(BASELINE_UNIT, "Baseline unit", false, "the unit of the baseline value: %, gg, n …"),
                            Column.key(BASELINE_YEAR, "Baseline year", false, "the year observed"),
                            Column.key(NUMERATOR, "Numerator", false, "for a ratio indicator: what the numerator counts"),
                            Column.key(NUMERATOR_UNIT, "Numerator unit", false, "the numerator's unit, e.g. pratiche"),
                            Column.key(DENOMINATOR, "Denominator", false, "for a ratio indicator: what the denominator counts"),
                            Column.key(DENOMINATOR_UNIT, "Denominator unit", false, "the denominator's unit"),
                            Column.key(RATIO_SCALE_COL, "Ratio scale", false, "percentuale (the default), per mille or quoziente"),
                            Column.key(NOTES, "Notes", false, "editorial notes, one per line"))));

    // ---- targets and results ------------------------------------------------------------------------

    static final String INDICATOR_REF = "Rif. indicatore";
    static final String YEAR = "Anno";
    static final String TARGET = "Risultato atteso";
    static final String TARGET_READING = "Lettura del risultato atteso";
    static final String RESULT = "Risultato";
    static final String RESULT_READING = "Lettura del risultato";
    static final String COMMENT = "Commento";
    static final String RESULT_NUMERATOR = "Numeratore del risultato";
    static final String RESULT_DENOMINATOR = "Denominatore del risultato";

    static final SheetDef VALUES = new SheetDef("Valori", "Values", false,
            "Targets and results: one row per indicator and year, the texts as the document writes them.",
            List.of(Column.key(INDICATOR_REF, "Indicator ref", true, "the Rif. of the indicator in the Indicatori sheet"),
                    Column.key(YEAR, "Year", true, "the year"),
                    Column.key(TARGET, "Target", false, "the target's text, verbatim; its reading is derived"),
                    Column.key(TARGET_READING, "Target reading", false,
                            "only to override the derived reading: e.g. atLeast 2 n, between 1..5 score, milestone, nessuna/none"),
                    Column.key(RESULT, "Result", false, "the result's text, verbatim; its reading is derived"),
                    Column.key(RESULT_READING, "Result reading", false,
                            "only to override the derived reading: e.g. number 2,9 gg, percentage 95, status achieved, nothingReported, nessuna/none"),
                    Column.key(RESULT_NUMERATOR, "Result numerator", false, "for a ratio indicator: the result's numerator"),
                    Column.key(RESULT_DENOMINATOR, "Result denominator", false, "the result's denominator (with the numerator)"),
                    Column.key(COMMENT, "Comment", false, "a comment on the result or its gap from target")));

    // ---- monitoring periods, target revisions, breakdowns --------------------------------------------

    static final String FROM = "Dal";
    static final String TO = "Al";
    static final String PERIOD_TARGET = "Risultato atteso del periodo";
    static final String STATUS_COL = "Stato";
    static final String COMPLETENESS_COL = "Completezza";

    static final SheetDef MONITORING = new SheetDef("Monitoraggio", "Monitoring", false,
            "Monitoring periods: one row per indicator and period within a year (semester, quarter, month), with the period's result and target.",
            List.of(Column.key(INDICATOR_REF, "Indicator ref", true, "the Rif. of the indicator in the Indicatori sheet"),
                    Column.key(FROM, "From", true, "the period's first day, e.g. 01/01/2023"),
                    Column.key(TO, "To", true, "the period's last day, e.g. 30/06/2023 (same year)"),
                    Column.key(RESULT, "Result", false, "the period's result text, verbatim; its reading is derived"),
                    Column.key(RESULT_READING, "Result reading", false, "only to override the derived reading, as in Valori"),
                    Column.key(RESULT_NUMERATOR, "Result numerator", false, "for a ratio indicator: the period's numerator"),
                    Column.key(RESULT_DENOMINATOR, "Result denominator", false, "the period's denominator"),
                    Column.key(COMMENT, "Comment", false, "a comment on the period's result"),
                    Column.key(PERIOD_TARGET, "Period target", false, "the target for this period, verbatim, if the plan sets one"),
                    Column.key(TARGET_READING, "Target reading", false, "only to override the derived reading, as in Valori"),
                    Column.key(STATUS_COL, "Status", false, "definitivo (the default) or provvisorio"),
                    Column.key(COMPLETENESS_COL, "Completeness", false, "completo (the default) or parziale")));

    static final String REVISION_DATE = "Data";
    static final String REVISED_TARGET = "Risultato atteso rivisto";
    static final String READING = "Lettura";
    static final String REASON = "Motivo";
    static final String ACT = "Atto";

    static final SheetDef REVISIONS = new SheetDef("Revisioni", "Revisions", false,
            "Target revisions: one row per revision of a year's target (Anno) or of a period's target (Dal, Al), in order.",
            List.of(Column.key(INDICATOR_REF, "Indicator ref", true, "the Rif. of the indicator in the Indicatori sheet"),
                    Column.key(YEAR, "Year", false, "the year of the target revised (Valori sheet)"),
                    Column.key(FROM, "From", false, "or the first day of the period whose target is revised (Monitoraggio sheet)"),
                    Column.key(TO, "To", false, "and its last day"),
                    Column.key(REVISION_DATE, "Date", true, "the day the revision takes effect"),
                    Column.key(REVISED_TARGET, "Revised target", true, "the new target's text, verbatim; its reading is derived"),
                    Column.key(READING, "Reading", false, "only to override the derived reading, as in Valori"),
                    Column.key(REASON, "Reason", false, "why the target was revised"),
                    Column.key(ACT, "Act", false, "the act that revised it, e.g. delibera di Giunta n. 45")));

    static final String DIMENSION = "Dimensione";
    static final String PART = "Voce";
    static final String PART_VALUE = "Valore";

    static final SheetDef BREAKDOWNS = new SheetDef("Scomposizioni", "Breakdowns", false,
            "Breakdowns of a result: one row per part (by gender, territory, channel …) of a year's result (Anno) or a period's result (Dal, Al).",
            List.of(Column.key(INDICATOR_REF, "Indicator ref", true, "the Rif. of the indicator in the Indicatori sheet"),
                    Column.key(YEAR, "Year", false, "the year of the result broken down (Valori sheet)"),
                    Column.key(FROM, "From", false, "or the first day of the period whose result is broken down (Monitoraggio sheet)"),
                    Column.key(TO, "To", false, "and its last day"),
                    Column.key(DIMENSION, "Dimension", true, "what the result is broken down by, e.g. genere"),
                    Column.key(PART, "Part", true, "the part's label, unique within the dimension"),
                    Column.key(PART_VALUE, "Value", false, "the part's value, or:"),
                    Column.key(NUMERATOR, "Numerator", false, "for a ratio: the part's numerator"),
                    Column.key(DENOMINATOR, "Denominator", false, "and its denominator")));

    // ---- staff --------------------------------------------------------------------------------------

    static final String CATEGORY = "Categoria";
    static final String FTE = "FTE";

    static final SheetDef STAFF = new SheetDef("Personale", "Staff", false,
            "Staff: one row per objective and staff category, in full-time equivalents (FTE).",
            List.of(Column.key(OBJECTIVE, "Objective", true, "the strategic objective's code"),
                    Column.key(OPERATIONAL, "Operational objective", false, "as in the Indicatori sheet; empty for the strategic objective"),
                    Column.key(CATEGORY, "Category", true, "the staff category, e.g. Area dei funzionari"),
                    Column.key(FTE, "FTE", true, "full-time equivalents, e.g. 2,5")));

    // ---- public value (PIAO) ----------------------------------------------------------------------------

    static final String DIMENSIONS = "Dimensioni trasversali";

    static final SheetDef PUBLIC_VALUE = new SheetDef("Valore pubblico", "Public value", false,
            "Public-value objectives (PIAO): one row each; their indicators go in the Indicatori sheet with this code as Obiettivo.",
            List.of(Column.key(CODE, "Code", true, "the objective's code, e.g. VP1, used in Indicatori and Contributi"),
                    Column.key(TITLE, "Title", true, "the title as the document writes it"),
                    Column.key("Descrizione", "Description", false, "what the objective is about"),
                    Column.key("Peso", "Weight", false, "weight among public-value objectives"),
                    Column.key(DIMENSIONS, "Cross-cutting dimensions", false,
                            "one per line: accessibilità digitale, accessibilità fisica, semplificazione amministrativa, pari opportunità …"),
                    Column.key("Portatori di interesse", "Stakeholders", false, "one per line"),
                    Column.key(NOTES, "Notes", false, "editorial notes, one per line")));

    static final String PUBLIC_VALUE_COL = "Valore pubblico";

    static final SheetDef CONTRIBUTIONS = new SheetDef("Contributi", "Contributions", false,
            "Contributions to public value: one row per link from a public-value objective to an objective that contributes to it.",
            List.of(Column.key(PUBLIC_VALUE_COL, "Public value", true, "the public-value objective's code (Valore pubblico sheet)"),
                    Column.key(OBJECTIVE, "Objective", true, "the contributing objective's code: a strategic objective or another public-value objective"),
                    Column.key("Peso", "Weight", false, "the link's weight; give all of an objective's weights or none")));

    // ---- resources ----------------------------------------------------------------------------------

    static final String BASIS_COL = "Base";
    static final String REVENUES = "Proventi correnti";
    static final String COSTS = "Oneri correnti";
    static final String INVESTMENTS = "Investimenti";

    static final SheetDef RESOURCES = new SheetDef("Risorse", "Resources", false,
            "Resources: one row per objective, year and statement (preventivo, preventivo aggiornato, consuntivo), in euros.",
            List.of(Column.key(OBJECTIVE, "Objective", true, "the strategic objective's code"),
                    Column.key(OPERATIONAL, "Operational objective", false, "as in the Indicatori sheet; empty for the strategic objective"),
                    Column.key(YEAR, "Year", true, "the year"),
                    Column.key(BASIS_COL, "Basis", true, "preventivo, preventivo aggiornato or consuntivo"),
                    Column.key(REVENUES, "Revenues", true, "proventi correnti, e.g. 5000 or € 5.000,00"),
                    Column.key(COSTS, "Costs", true, "oneri correnti"),
                    Column.key(INVESTMENTS, "Investments", true, "investimenti")));

    /** The sheets read, in the order they are read. */
    static final List<SheetDef> SHEETS = List.of(PLAN, MethodSheet.SHEET, TREE, PUBLIC_VALUE, INDICATORS, VALUES, MONITORING, REVISIONS, BREAKDOWNS,
            RESOURCES, STAFF, CONTRIBUTIONS);

    /** The instructions sheet: written in the blank template, ignored on reading. */
    static final SheetDef INSTRUCTIONS = new SheetDef("Istruzioni", "Instructions", false, "How to fill in this workbook.", List.of());

    @SafeVarargs
    private static List<Column<?, ?>> concat(List<? extends Column<?, ?>>... parts) {
        List<Column<?, ?>> all = new ArrayList<>();
        Arrays.stream(parts).forEach(all::addAll);
        return all;
    }

    /**
     * Matches a header text against the sheet's columns: the Italian header, the English one,
     * or both as written ({@code "Peso / Weight"}), ignoring case, accents and spacing.
     *
     * @return the column, or empty
     */
    static Optional<Column<?, ?>> match(SheetDef sheet, String header) {
        String f = Kind.fold(header.replace('\n', ' ').replaceAll("\\s*\\*$", ""));
        for (Column<?, ?> c : sheet.columns) {
            if (f.equals(Kind.fold(c.italian)) || f.equals(Kind.fold(c.english)) || f.equals(Kind.fold(c.header()))) {
                return Optional.of(c);
            }
        }
        return Optional.empty();
    }

    /** {@return plan fields by folded Italian, English and combined name} */
    static Map<String, Column<io.github.albero.model.Plan, PlanDraft>> planFieldsByName() {
        Map<String, Column<io.github.albero.model.Plan, PlanDraft>> m = new LinkedHashMap<>();
        for (Column<io.github.albero.model.Plan, PlanDraft> c : PLAN_FIELDS) {
            m.put(Kind.fold(c.italian), c);
            m.put(Kind.fold(c.english), c);
            m.put(Kind.fold(c.header()), c);
        }
        return m;
    }
}
