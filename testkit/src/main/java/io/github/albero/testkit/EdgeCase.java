package io.github.albero.testkit;

import io.github.albero.model.Baseline;
import io.github.albero.model.Indicator;
import io.github.albero.model.LocatedIndicator;
import io.github.albero.model.Mission;
import io.github.albero.model.Objective;
import io.github.albero.model.OperationalObjective;
import io.github.albero.model.Plan;
import io.github.albero.model.PlanKind;
import io.github.albero.model.Program;
import io.github.albero.model.ResourceAmounts;
import io.github.albero.model.ResourceLine;
import io.github.albero.model.Result;
import io.github.albero.model.ResultKind;
import io.github.albero.model.StrategicObjective;
import io.github.albero.model.Target;
import io.github.albero.model.TargetOperator;
import io.github.albero.model.YearResources;
import io.github.albero.money.Money;
import io.github.albero.reference.ReferenceProgram;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import java.util.regex.Pattern;

/**
 * The edge cases a plan can exercise, and a detector that tells which ones a given plan has.
 * The {@link PlanGenerator} produces every one of them regularly (Albero's own tests check that
 * each appears over a few hundred default-size plans); downstream tests can use
 * {@link #foundIn(Plan)} to make sure their own samples cover what they care about.
 *
 * <pre>{@code
 * EdgeCase.foundIn(Generators.plan(42L));   // e.g. [ZERO_BUDGET, NOTHING_REPORTED, LONG_TEXT, …]
 * }</pre>
 */
public enum EdgeCase {
    /** A plan without any mission. */
    EMPTY_PLAN("a plan without missions"),
    /** A mission without programs. */
    MISSION_WITHOUT_PROGRAMS("a mission without programs"),
    /** A program without strategic objectives. */
    PROGRAM_WITHOUT_OBJECTIVES("a program without strategic objectives"),
    /** A strategic objective whose indicators all belong to its operational objectives. */
    OBJECTIVE_WITHOUT_DIRECT_INDICATORS("a strategic objective with indicators only through operational objectives"),
    /** An indicator under an operational objective: the deepest node of the tree. */
    DEEP_INDICATOR("an indicator under an operational objective (five levels deep)"),
    /** An operational objective without a code. */
    OPERATIONAL_OBJECTIVE_WITHOUT_CODE("an operational objective without a code"),
    /** A strategic objective with at least {@value #WIDE} direct indicators. */
    WIDE_OBJECTIVE("a strategic objective with " + EdgeCase.WIDE + " or more direct indicators"),
    /** A mission and program pair not in the reference data. */
    UNKNOWN_REFERENCE_PROGRAM("a mission/program pair outside the reference data"),
    /** A horizon of one year. */
    SINGLE_YEAR_HORIZON("a one-year horizon"),
    /** A horizon touching the first or last decade Albero accepts (1900s, 2990s). */
    HORIZON_NEAR_YEAR_BOUNDS("a horizon within ten years of 1900 or 2999"),
    /** A strategic objective without resources. */
    OBJECTIVE_WITHOUT_RESOURCES("a strategic objective without resources"),
    /** A budget (preventivo) of all zeros. */
    ZERO_BUDGET("a budget of € 0,00 on every line"),
    /** Actual spending (or revenue) on a line whose budget is zero or absent. */
    ACTUAL_WITHOUT_BUDGET("an actual amount on a line with no or zero budget"),
    /** A revised budget (preventivo aggiornato). */
    REVISED_BUDGET("a revised budget"),
    /** Resources given for more than one year. */
    MULTI_YEAR_RESOURCES("resources for several years"),
    /** An amount of a million euros or more. */
    LARGE_AMOUNT("an amount of € 1.000.000,00 or more"),
    /** Sibling objectives or indicators carrying weights. */
    WEIGHTED_SIBLINGS("weights on siblings"),
    /** A weight with decimals. */
    DECIMAL_WEIGHT("a weight with decimals, such as 33.33"),
    /** A timeframe label without years ("Biennio"). */
    TIMEFRAME_LABEL_ONLY("a timeframe label without years"),
    /** A timeframe with years. */
    TIMEFRAME_WITH_YEARS("a timeframe with years"),
    /** A declared indicator count (Nr indicatori associati). */
    DECLARED_INDICATOR_COUNT("a declared indicator count"),
    /** A baseline with a text and no value. */
    BASELINE_TEXT_ONLY("a baseline with a text only"),
    /** A baseline with a value and no text. */
    BASELINE_VALUE_ONLY("a baseline with a value only"),
    /** A baseline with a year. */
    BASELINE_WITH_YEAR("a baseline with a year"),
    /** A milestone target ("report"). */
    MILESTONE_TARGET("a milestone target"),
    /** An at-least target ("realizzazione di almeno 2 eventi", "100%"). */
    AT_LEAST_TARGET("an at-least target"),
    /** An at-most target ("entro 5 gg"). */
    AT_MOST_TARGET("an at-most target"),
    /** A between target ("tra 80% e 90%"). */
    BETWEEN_TARGET("a between target"),
    /** An exact target ("3"). */
    EXACT_TARGET("an exact target"),
    /** A target whose text has no reading ("___", "riduzione dei tempi"). */
    UNREADABLE_TARGET("a target without reading"),
    /** A target whose reading was given explicitly, not read from its text. */
    EXPLICIT_TARGET_READING("a target with an explicit reading"),
    /** A horizon year without target on some indicator. */
    MISSING_TARGET("an indicator without a target for some horizon year"),
    /** A target year, already due, without result. */
    MISSING_RESULT("a due year with a target but no result"),
    /** An explicit "nothing reported" result ("_____"). */
    NOTHING_REPORTED("a result reading nothing reported"),
    /** A qualitative result ("parziale realizzazione, in corso di completamento"). */
    QUALITATIVE_RESULT("a qualitative result"),
    /** A percentage result ("100%"). */
    PERCENTAGE_RESULT("a percentage result"),
    /** A number result ("2.9 gg", "n. 3 campagne"). */
    NUMBER_RESULT("a number result"),
    /** A result whose text has no reading. */
    UNREADABLE_RESULT("a result without reading"),
    /** A result whose reading was given explicitly, not read from its text. */
    EXPLICIT_RESULT_READING("a result with an explicit reading"),
    /** A result with a comment explaining it. */
    RESULT_COMMENT("a result with a comment"),
    /** An indicator type outside the usual categories. */
    UNUSUAL_INDICATOR_TYPE("an indicator type outside the known categories"),
    /** An indicator with no result at all in a report. */
    REPORT_INDICATOR_WITHOUT_RESULTS("an indicator of a report without any result"),
    /** A text of {@value #LONG} characters or more. */
    LONG_TEXT("a text of " + EdgeCase.LONG + " characters or more"),
    /** A text with typographic apostrophes or quotes (’ “ ”). */
    TYPOGRAPHIC_PUNCTUATION("a text with ’ “ or ”"),
    /** A text with the Unicode hyphen U+2010. */
    UNICODE_HYPHEN("a text with the hyphen U+2010"),
    /** A text with accented letters. */
    ACCENTED_LETTERS("a text with accented letters"),
    /** A text of several lines. */
    MULTILINE_TEXT("a text with line breaks");

    /** Direct indicators that make an objective wide. */
    public static final int WIDE = 8;
    /** Characters that make a text long. */
    public static final int LONG = 2_000;

    private static final Pattern ACCENTED = Pattern.compile("[àèéìòùÀÈÉÌÒÙ]");

    private final String description;

    EdgeCase(String description) {
        this.description = description;
    }

    /** {@return what the edge case is, in a few words} */
    public String description() {
        return description;
    }

    /**
     * Tells which edge cases a plan exercises.
     *
     * @param plan a plan
     * @return the edge cases found, in declaration order
     */
    public static Set<EdgeCase> foundIn(Plan plan) {
        Set<EdgeCase> found = EnumSet.noneOf(EdgeCase.class);
        if (plan.missions().isEmpty()) {
            found.add(EMPTY_PLAN);
        }
        if (plan.horizon().length() == 1) {
            found.add(SINGLE_YEAR_HORIZON);
        }
        if (plan.horizon().first() < 1910 || plan.horizon().last() > 2989) {
            found.add(HORIZON_NEAR_YEAR_BOUNDS);
        }
        for (Mission m : plan.missions()) {
            if (m.programs().isEmpty()) {
                found.add(MISSION_WITHOUT_PROGRAMS);
            }
            for (Program p : m.programs()) {
                if (p.objectives().isEmpty()) {
                    found.add(PROGRAM_WITHOUT_OBJECTIVES);
                }
                if (ReferenceProgram.of(m.code(), p.code()).isEmpty()) {
                    found.add(UNKNOWN_REFERENCE_PROGRAM);
                }
                checkWeights(p.objectives(), found);
                for (StrategicObjective o : p.objectives()) {
                    objective(o, found);
                    if (o.resources().isEmpty()) {
                        found.add(OBJECTIVE_WITHOUT_RESOURCES);
                    }
                    if (o.indicators().isEmpty() && o.allIndicators().findAny().isPresent()) {
                        found.add(OBJECTIVE_WITHOUT_DIRECT_INDICATORS);
                    }
                    if (o.indicators().size() >= WIDE) {
                        found.add(WIDE_OBJECTIVE);
                    }
                    checkWeights(o.operationalObjectives(), found);
                    for (OperationalObjective oo : o.operationalObjectives()) {
                        objective(oo, found);
                        if (oo.code().isEmpty()) {
                            found.add(OPERATIONAL_OBJECTIVE_WITHOUT_CODE);
                        }
                    }
                }
            }
        }
        for (LocatedIndicator li : plan.indicators()) {
            if (li.operationalObjective().isPresent()) {
                found.add(DEEP_INDICATOR);
            }
            indicator(plan, li.indicator(), found);
        }
        texts(plan, text -> text(text, found));
        return Collections.unmodifiableSet(found);
    }

    private static void objective(Objective o, Set<EdgeCase> found) {
        checkWeights(o.indicators(), found);
        o.declaredIndicatorCount().ifPresent(n -> found.add(DECLARED_INDICATOR_COUNT));
        o.timeframe().ifPresent(t -> found.add(t.years().isPresent() ? TIMEFRAME_WITH_YEARS : TIMEFRAME_LABEL_ONLY));
        o.resources().ifPresent(r -> {
            if (r.years().size() > 1) {
                found.add(MULTI_YEAR_RESOURCES);
            }
            for (YearResources y : r.years().values()) {
                y.budget().filter(ResourceAmounts.ZERO::equals).ifPresent(b -> found.add(ZERO_BUDGET));
                y.revisedBudget().ifPresent(b -> found.add(REVISED_BUDGET));
                for (ResourceLine line : ResourceLine.values()) {
                    Money budget = y.budget().map(b -> b.amount(line)).orElse(Money.ZERO);
                    Optional<Money> actual = y.actual().map(a -> a.amount(line));
                    if (budget.isZero() && actual.filter(a -> !a.isZero()).isPresent()) {
                        found.add(ACTUAL_WITHOUT_BUDGET);
                    }
                    for (Optional<ResourceAmounts> s : List.of(y.budget(), y.revisedBudget(), y.actual())) {
                        if (s.filter(a -> a.amount(line).compareTo(Money.ofEuros(1_000_000)) >= 0).isPresent()) {
                            found.add(LARGE_AMOUNT);
                        }
                    }
                }
            }
        });
    }

    private static void checkWeights(List<? extends Object> siblings, Set<EdgeCase> found) {
        for (Object o : siblings) {
            Optional<io.github.albero.measure.Weight> w = o instanceof Objective ? ((Objective) o).weight() : ((Indicator) o).weight();
            if (w.isPresent()) {
                found.add(WEIGHTED_SIBLINGS);
                if (w.get().value().scale() > 0) {
                    found.add(DECIMAL_WEIGHT);
                }
            }
        }
    }

    private static void indicator(Plan plan, Indicator i, Set<EdgeCase> found) {
        i.type().filter(t -> t.known().isEmpty()).ifPresent(t -> found.add(UNUSUAL_INDICATOR_TYPE));
        i.baseline().ifPresent(b -> baseline(b, found));
        for (int year : plan.horizon()) {
            if (!i.targets().containsKey(year)) {
                found.add(MISSING_TARGET);
            }
        }
        boolean due;
        for (Map.Entry<Integer, Target> e : i.targets().entrySet()) {
            target(e.getValue(), found);
            int year = e.getKey();
            due = plan.kind() == PlanKind.REPORT ? year <= plan.referenceYear() : year < plan.referenceYear();
            if (due && !i.results().containsKey(year)) {
                found.add(MISSING_RESULT);
            }
        }
        if (plan.kind() == PlanKind.REPORT && i.results().isEmpty()) {
            found.add(REPORT_INDICATOR_WITHOUT_RESULTS);
        }
        i.results().values().forEach(r -> result(r, found));
    }

    private static void baseline(Baseline b, Set<EdgeCase> found) {
        if (b.value().isEmpty()) {
            found.add(BASELINE_TEXT_ONLY);
        }
        if (b.text().isEmpty()) {
            found.add(BASELINE_VALUE_ONLY);
        }
        if (b.year().isPresent()) {
            found.add(BASELINE_WITH_YEAR);
        }
    }

    private static void target(Target t, Set<EdgeCase> found) {
        if (t.reading().isEmpty()) {
            found.add(UNREADABLE_TARGET);
            return;
        }
        if (!t.reading().equals(Parsed.target(t.text()).reading())) {
            found.add(EXPLICIT_TARGET_READING);
        }
        TargetOperator op = t.reading().get().operator();
        found.add(op == TargetOperator.MILESTONE ? MILESTONE_TARGET : op == TargetOperator.AT_LEAST ? AT_LEAST_TARGET
                : op == TargetOperator.AT_MOST ? AT_MOST_TARGET : op == TargetOperator.BETWEEN ? BETWEEN_TARGET : EXACT_TARGET);
    }

    private static void result(Result r, Set<EdgeCase> found) {
        r.comment().ifPresent(c -> found.add(RESULT_COMMENT));
        if (r.reading().isEmpty()) {
            found.add(UNREADABLE_RESULT);
            return;
        }
        if (!r.reading().equals(Parsed.result(r.text()).reading())) {
            found.add(EXPLICIT_RESULT_READING);
        }
        ResultKind kind = r.reading().get().kind();
        found.add(kind == ResultKind.NOTHING_REPORTED ? NOTHING_REPORTED : kind == ResultKind.STATUS ? QUALITATIVE_RESULT
                : kind == ResultKind.PERCENTAGE ? PERCENTAGE_RESULT : NUMBER_RESULT);
    }

    private static void text(String text, Set<EdgeCase> found) {
        if (text.length() >= LONG) {
            found.add(LONG_TEXT);
        }
        if (text.indexOf('\u2019') >= 0 || text.indexOf('\u201C') >= 0 || text.indexOf('\u201D') >= 0) {
            found.add(TYPOGRAPHIC_PUNCTUATION);
        }
        if (text.indexOf('\u2010') >= 0) {
            found.add(UNICODE_HYPHEN);
        }
        if (text.indexOf('\n') >= 0) {
            found.add(MULTILINE_TEXT);
        }
        if (!found.contains(ACCENTED_LETTERS) && ACCENTED.matcher(text).find()) {
            found.add(ACCENTED_LETTERS);
        }
    }

    /**
     * Visits every free text of a plan: titles, descriptions, names, target and result texts,
     * comments, notes, baselines, units, stakeholders.
     *
     * @param plan a plan
     * @param visitor receives each text
     */
    static void texts(Plan plan, Consumer<String> visitor) {
        plan.title().ifPresent(visitor);
        visitor.accept(plan.administration().name());
        plan.administration().identifier().ifPresent(visitor);
        plan.notes().forEach(visitor);
        for (Mission m : plan.missions()) {
            visitor.accept(m.title());
            m.notes().forEach(visitor);
            for (Program p : m.programs()) {
                visitor.accept(p.title());
                p.notes().forEach(visitor);
                for (StrategicObjective o : p.objectives()) {
                    List<Objective> objectives = new ArrayList<>();
                    objectives.add(o);
                    objectives.addAll(o.operationalObjectives());
                    for (Objective x : objectives) {
                        visitor.accept(x.title());
                        x.description().ifPresent(visitor);
                        x.timeframe().ifPresent(t -> visitor.accept(t.label()));
                        x.responsibleUnit().ifPresent(visitor);
                        x.stakeholders().forEach(visitor);
                        x.notes().forEach(visitor);
                        if (x instanceof OperationalObjective) {
                            ((OperationalObjective) x).code().ifPresent(visitor);
                        }
                        for (Indicator i : x.indicators()) {
                            i.code().ifPresent(visitor);
                            visitor.accept(i.name());
                            i.measures().ifPresent(visitor);
                            i.type().ifPresent(t -> visitor.accept(t.label()));
                            i.unit().ifPresent(visitor);
                            i.algorithm().ifPresent(visitor);
                            i.dataSource().ifPresent(visitor);
                            i.baseline().flatMap(Baseline::text).ifPresent(visitor);
                            i.targets().values().forEach(t -> visitor.accept(t.text()));
                            i.results().values().forEach(r -> {
                                visitor.accept(r.text());
                                r.comment().ifPresent(visitor);
                            });
                            i.notes().forEach(visitor);
                        }
                    }
                }
            }
        }
    }
}
