package io.github.albero.json.internal;

import io.github.albero.InvalidValueException;
import io.github.albero.achievement.AchievementPolicy;
import io.github.albero.achievement.Band;
import io.github.albero.achievement.BandTable;
import io.github.albero.achievement.Formula;
import io.github.albero.achievement.RangeRule;
import io.github.albero.achievement.RollupRule;
import io.github.albero.achievement.ScoreScale;
import io.github.albero.achievement.Treatment;
import io.github.albero.code.MissionCode;
import io.github.albero.code.ObjectiveCode;
import io.github.albero.code.ProgramCode;
import io.github.albero.measure.Percentage;
import io.github.albero.measure.Quantity;
import io.github.albero.measure.Unit;
import io.github.albero.measure.Weight;
import io.github.albero.measure.Ratio;
import io.github.albero.model.Administration;
import io.github.albero.model.Baseline;
import io.github.albero.model.Breakdown;
import io.github.albero.model.BreakdownPart;
import io.github.albero.model.BreakdownRule;
import io.github.albero.model.Completeness;
import io.github.albero.model.Contribution;
import io.github.albero.model.CrossCuttingDimension;
import io.github.albero.model.Monitoring;
import io.github.albero.model.PeriodAggregation;
import io.github.albero.model.PeriodResult;
import io.github.albero.model.PublicValueObjective;
import io.github.albero.model.RatioDefinition;
import io.github.albero.model.RatioScale;
import io.github.albero.model.ReportingStatus;
import io.github.albero.model.StaffAllocation;
import io.github.albero.model.TargetRevision;
import io.github.albero.period.MonitoringPeriod;
import io.github.albero.model.Indicator;
import io.github.albero.model.IndicatorType;
import io.github.albero.model.Mission;
import io.github.albero.model.Objective;
import io.github.albero.model.OperationalObjective;
import io.github.albero.model.Plan;
import io.github.albero.model.PlanKind;
import io.github.albero.model.Polarity;
import io.github.albero.model.Program;
import io.github.albero.model.ResourceAmounts;
import io.github.albero.model.ResourceBasis;
import io.github.albero.model.ResourceLine;
import io.github.albero.model.Resources;
import io.github.albero.model.Result;
import io.github.albero.model.ResultKind;
import io.github.albero.model.ResultReading;
import io.github.albero.model.ResultStatus;
import io.github.albero.model.StrategicObjective;
import io.github.albero.model.Target;
import io.github.albero.model.TargetOperator;
import io.github.albero.model.TargetReading;
import io.github.albero.model.TextReader;
import io.github.albero.model.YearResources;
import io.github.albero.money.Money;
import io.github.albero.period.Timeframe;
import io.github.albero.period.YearRange;
import io.github.albero.reference.Scheme;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.BiConsumer;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.stream.Stream;
import tools.jackson.core.SerializableString;
import tools.jackson.core.io.SerializedString;

/**
 * The Albero JSON format, declared once: every object with its members in writing order, every
 * value type with its JSON form. Reading, writing, the Jackson module and the tests that hold
 * FORMAT.md and the schema to the format all follow this table. Adding a member to the model
 * is one line here (plus its documentation). Not exported.
 */
public final class Format {
    /** The major version of the format this library understands. */
    public static final int MAJOR = 1;
    /** The version this library writes. */
    public static final String VERSION = "1.1";

    private static final SerializableString[] YEAR_NAMES = new SerializableString[1100];

    static {
        for (int i = 0; i < YEAR_NAMES.length; i++) {
            YEAR_NAMES[i] = new SerializedString(Integer.toString(1900 + i));
        }
    }

    private Format() {
    }

    static SerializableString yearName(int year) {
        int i = year - 1900;
        return i >= 0 && i < YEAR_NAMES.length ? YEAR_NAMES[i] : new SerializedString(Integer.toString(year));
    }

    // ------------------------------------------------------------------ value types

    private static final Canon.Values<Unit> UNITS = new Canon.Values<>(512, Unit::of);
    private static final Canon.Values<IndicatorType> TYPES = new Canon.Values<>(512, IndicatorType::of);

    /** Money: a number with at most two decimals, always written with two. */
    public static final Codec<Money> MONEY = Values.number(Money.class,
            Money::of, Money::amount);

    /** A weight: a non-negative number. */
    public static final Codec<Weight> WEIGHT = Values.number(Weight.class, Weight::of, Weight::value);
    /** A percentage, in points (100 = 100 %). */
    public static final Codec<Percentage> PERCENTAGE = Values.number(Percentage.class, Percentage::of, Percentage::points);
    /** A unit of measure, by its symbol. */
    public static final Codec<Unit> UNIT = Values.text(Unit.class, UNITS::of, Unit::symbol);
    /** An indicator type, by its label. */
    public static final Codec<IndicatorType> INDICATOR_TYPE = Values.text(IndicatorType.class, TYPES::of, IndicatorType::label);
    /** A mission code, or a strategic area's: as printed; its form is the plan's scheme to check. */
    public static final Codec<MissionCode> MISSION_CODE = Values.text(MissionCode.class, MissionCode::of, MissionCode::value);
    /** A program code: as printed; its form is the plan's scheme to check. */
    public static final Codec<ProgramCode> PROGRAM_CODE = Values.text(ProgramCode.class, ProgramCode::of, ProgramCode::value);
    /** A strategic objective's code: MMM-PPP-NNN in its canonical form, or the document's own code as printed. */
    public static final Codec<ObjectiveCode> OBJECTIVE_CODE = Values.text(ObjectiveCode.class, Format::objectiveCode,
            ObjectiveCode::toString);

    private static ObjectiveCode objectiveCode(String s) {
        ObjectiveCode c = ObjectiveCode.parse(s);
        // the reader of texts accepts other hyphens and spaces; a JSON document holds the canonical form
        if (!c.toString().equals(s)) {
            throw new InvalidValueException("code", s, Errors.say(c.isClassified() ? "objectiveCode.form" : "surroundingSpaces"));
        }
        return c;
    }

    // the model's enums, by the camelCase names of their constants: each codec made on its first use below
    private static final Map<Class<?>, Codec<?>> ENUM_CODECS = new LinkedHashMap<>();

    @SuppressWarnings("unchecked")
    private static <E extends Enum<E>> Codec<E> enumeration(Class<E> type) {
        return (Codec<E>) ENUM_CODECS.computeIfAbsent(type, t -> Values.enumeration(type));
    }

    // ------------------------------------------------------------------ objects

    private static <T, B> ObjectCodec<T, B> object(Class<T> type, Supplier<B> start, Function<B, T> finish) {
        // what the object is called in messages: "what.<simple name>" in the module's catalog
        return new ObjectCodec<>(type, type.getSimpleName(), start, (in, b) -> finish.apply(b));
    }

    /** {@return the getter of a member written only when it is not its default value} */
    private static <T, V> Function<T, Optional<V>> unless(V standard, Function<T, V> get) {
        return t -> {
            V v = get.apply(t);
            return v.equals(standard) ? Optional.empty() : Optional.of(v);
        };
    }

    /** Gathers the members of a value type built by a factory rather than a builder. */
    private static final class Draft {
        final Object[] slots = new Object[6];

        @SuppressWarnings("unchecked")
        <V> V get(int i) {
            return (V) slots[i];
        }
    }

    private static <V> BiConsumer<Draft, V> slot(int i) {
        return (d, v) -> d.slots[i] = v;
    }

    /** A range of years. */
    public static final ObjectCodec<YearRange, Draft> YEAR_RANGE = object(YearRange.class, Draft::new,
            d -> YearRange.of(d.<Integer>get(0), d.<Integer>get(1)))
            .required("first", Values.YEAR, slot(0), YearRange::first)
            .required("last", Values.YEAR, slot(1), YearRange::last);

    /** A timeframe: its label as written, and its years when the label gives them. */
    public static final ObjectCodec<Timeframe, Draft> TIMEFRAME = object(Timeframe.class, Draft::new,
            d -> Timeframe.of(d.get(0), d.get(1)))
            .required("label", Values.TEXT, slot(0), Timeframe::label)
            .optional("years", YEAR_RANGE, slot(1), Timeframe::years);

    /** A quantity: a value and its unit. */
    public static final ObjectCodec<Quantity, Draft> QUANTITY = object(Quantity.class, Draft::new,
            d -> Quantity.of(d.get(0), d.get(1)))
            .required("value", Values.DECIMAL, slot(0), Quantity::value)
            .optional("unit", UNIT, slot(1), Quantity::unit);

    /** Revenues, costs and investments. */
    public static final ObjectCodec<ResourceAmounts, ResourceAmounts.Builder> AMOUNTS = object(ResourceAmounts.class, ResourceAmounts::builder, ResourceAmounts.Builder::build)
            .required("revenues", MONEY, ResourceAmounts.Builder::revenues, ResourceAmounts::revenues)
            .required("costs", MONEY, ResourceAmounts.Builder::costs, ResourceAmounts::costs)
            .required("investments", MONEY, ResourceAmounts.Builder::investments, ResourceAmounts::investments);

    /** One year's budget, revised budget and actual figures. */
    public static final ObjectCodec<YearResources, YearResources.Builder> YEAR_RESOURCES = object(YearResources.class, YearResources::builder, YearResources.Builder::build)
            .optional("budget", AMOUNTS, YearResources.Builder::budget, YearResources::budget)
            .optional("revisedBudget", AMOUNTS, YearResources.Builder::revisedBudget, YearResources::revisedBudget)
            .optional("actual", AMOUNTS, YearResources.Builder::actual, YearResources::actual);

    /** Resources: an object keyed by year. */
    public static final Codec<Resources> RESOURCES = object(Resources.class, Resources::builder, Resources.Builder::build)
            .years("resources", YEAR_RESOURCES, Resources.Builder::putYears, Resources::years).bare();

    /** The baseline: its text, its value with unit and its year; value and unit are flat members. */
    public static final ObjectCodec<Baseline, Draft> BASELINE = object(Baseline.class, Draft::new,
            Format::baseline)
            .optional("text", Values.TEXT, slot(0), Baseline::text)
            .optional("value", Values.DECIMAL, slot(1), b -> b.value().map(Quantity::value))
            .optional("unit", UNIT, slot(2), b -> b.value().flatMap(Quantity::unit))
            .optional("year", Values.YEAR, slot(3), Baseline::year);

    private static Baseline baseline(Draft d) {
        BigDecimal value = d.get(1);
        Unit unit = d.get(2);
        if (value == null && unit != null) {
            throw new InvalidValueException("unit", unit.symbol(), Errors.say("baseline.unitWithoutValue"));
        }
        return Baseline.builder().text(Optional.ofNullable(d.get(0)))
                .value(Optional.ofNullable(value).map(v -> Quantity.of(v, unit)))
                .year(Optional.ofNullable(d.get(3))).build();
    }

    /** The structured reading of a target. */
    public static final ObjectCodec<TargetReading, TargetReading.Builder> TARGET_READING = object(TargetReading.class, TargetReading::builder, TargetReading.Builder::build)
            .required("operator", enumeration(TargetOperator.class), TargetReading.Builder::operator, TargetReading::operator)
            .optional("value", Values.DECIMAL, TargetReading.Builder::value, TargetReading::value)
            .optional("upperBound", Values.DECIMAL, TargetReading.Builder::upperBound, TargetReading::upperBound)
            .optional("unit", UNIT, TargetReading.Builder::unit, TargetReading::unit)
            .optional("deadline", Values.DATE, TargetReading.Builder::deadline, TargetReading::deadline)
            .optional("baseYear", Values.YEAR, TargetReading.Builder::baseYear, TargetReading::baseYear)
            // written only as false: every 1.0 reading is stated
            .optional("stated", Values.BOOLEAN, TargetReading.Builder::operatorStated, unless(true, TargetReading::operatorStated));

    // ------------------------------------------------------------------ ratio indicators, monitoring, revisions,
    // breakdowns, staff and public value (format 1.1, issue #13)

    /** A monitoring period: an ISO interval of two days, {@code "2023-01-01/2023-06-30"}. */
    public static final Codec<MonitoringPeriod> MONITORING_PERIOD = Values.text(MonitoringPeriod.class, MonitoringPeriod::parse,
            MonitoringPeriod::toString);
    /** A cross-cutting dimension of public value, by its label as written. */
    public static final Codec<CrossCuttingDimension> CROSS_CUTTING_DIMENSION = Values.text(CrossCuttingDimension.class,
            CrossCuttingDimension::of, CrossCuttingDimension::label);

    /** The numerator and denominator of a ratio indicator's value. */
    public static final ObjectCodec<Ratio, Draft> RATIO = object(Ratio.class, Draft::new,
            d -> Ratio.of(d.<BigDecimal>get(0), d.<BigDecimal>get(1)))
            .required("numerator", Values.DECIMAL, slot(0), Ratio::numerator)
            .required("denominator", Values.DECIMAL, slot(1), Ratio::denominator);

    /** How a ratio indicator is computed; the scale is written when it is not the default, percent. */
    public static final ObjectCodec<RatioDefinition, RatioDefinition.Builder> RATIO_DEFINITION = object(RatioDefinition.class, RatioDefinition::builder, RatioDefinition.Builder::build)
            .required("numerator", Values.TEXT, RatioDefinition.Builder::numerator, RatioDefinition::numerator)
            .optional("numeratorUnit", Values.TEXT, RatioDefinition.Builder::numeratorUnit, RatioDefinition::numeratorUnit)
            .required("denominator", Values.TEXT, RatioDefinition.Builder::denominator, RatioDefinition::denominator)
            .optional("denominatorUnit", Values.TEXT, RatioDefinition.Builder::denominatorUnit, RatioDefinition::denominatorUnit)
            .optional("scale", enumeration(RatioScale.class), RatioDefinition.Builder::scale, unless(RatioScale.PERCENT, RatioDefinition::scale));

    /** One part of a breakdown: a label with a value, or with a ratio's parts. */
    public static final ObjectCodec<BreakdownPart, BreakdownPart.Builder> BREAKDOWN_PART = object(BreakdownPart.class, BreakdownPart::builder, BreakdownPart.Builder::build)
            .required("label", Values.TEXT, BreakdownPart.Builder::label, BreakdownPart::label)
            .optional("value", Values.DECIMAL, BreakdownPart.Builder::value, BreakdownPart::value)
            .optional("parts", RATIO, BreakdownPart.Builder::parts, BreakdownPart::parts);

    /** A result broken down along one dimension. */
    public static final ObjectCodec<Breakdown, Breakdown.Builder> BREAKDOWN = object(Breakdown.class, Breakdown::builder, Breakdown.Builder::build)
            .required("dimension", Values.TEXT, Breakdown.Builder::dimension, Breakdown::dimension)
            .list("parts", BREAKDOWN_PART, Breakdown.Builder::addParts, Breakdown::parts, true, true);

    /** Staff assigned to an objective, in full-time equivalents. */
    public static final ObjectCodec<StaffAllocation, Draft> STAFF_ALLOCATION = object(StaffAllocation.class, Draft::new, d -> StaffAllocation.of(d.get(0), d.get(1)))
            .required("category", Values.TEXT, slot(0), StaffAllocation::category)
            .required("fte", Values.DECIMAL, slot(1), StaffAllocation::fte);

    /** A link from a public-value objective to an objective contributing to it. */
    public static final ObjectCodec<Contribution, Draft> CONTRIBUTION = object(Contribution.class, Draft::new, d -> Contribution.of(d.get(0), Optional.ofNullable(d.get(1))))
            .required("objective", Values.TEXT, slot(0), Contribution::objective)
            .optional("weight", WEIGHT, slot(1), Contribution::weight);

    /** A target, a target revision or a result being read: its builder, its text, and whether its reading member was there. */
    static final class TextDraft<D> {
        final D b;
        String text;
        boolean readingGiven;

        TextDraft(D b) {
            this.b = b;
        }
    }

    /**
     * The members {@code text} and {@code reading} of a target, a target revision or a result.
     * Without a {@code reading} member (format 1.1) the reading is the text's, as
     * {@code TextReader} gives it; {@code "reading": null} says there is none, and is written
     * when the model has no reading but its text would give one. A text's reading is a function of
     * the text alone: core's reader remembers recent ones, so equal texts share their reading.
     */
    private static <T, D, R> ObjectCodec<T, TextDraft<D>> textAndReading(ObjectCodec<T, TextDraft<D>> c, BiConsumer<D, String> text,
            Function<T, String> getText, Codec<R> reading, BiConsumer<D, Optional<R>> setReading, Function<T, Optional<R>> getReading,
            Function<String, Optional<R>> fromText) {
        return c.required("text", Values.TEXT, (d, t) -> {
            d.text = t;
            text.accept(d.b, t);
        }, getText).nullable("reading", reading, (d, r) -> {
            d.readingGiven = true;
            setReading.accept(d.b, Optional.of(r));
        }, d -> d.readingGiven = true, getReading, t -> fromText.apply(getText.apply(t)).isPresent()).before((in, d) -> {
            if (!d.readingGiven && in.derivesReadings()) {
                setReading.accept(d.b, fromText.apply(d.text));
            }
        });
    }

    /** A revision of a target: its day, its text and reading (as a target's), why and by which act. */
    public static final ObjectCodec<TargetRevision, TextDraft<TargetRevision.Builder>> TARGET_REVISION = textAndReading(
            object(TargetRevision.class, () -> new TextDraft<>(TargetRevision.builder()), d -> d.b.build())
                    .required("date", Values.DATE, (d, v) -> d.b.date(v), TargetRevision::date),
            TargetRevision.Builder::text, TargetRevision::text, TARGET_READING, TargetRevision.Builder::reading, TargetRevision::reading,
            TextReader::readTarget)
            .optional("reason", Values.TEXT, (d, v) -> d.b.reason(v), TargetRevision::reason)
            .optional("act", Values.TEXT, (d, v) -> d.b.act(v), TargetRevision::act);

    /** A target: its text as written, its reading, and its revisions. */
    public static final ObjectCodec<Target, TextDraft<Target.Builder>> TARGET = textAndReading(
            object(Target.class, () -> new TextDraft<>(Target.builder()), d -> d.b.build()),
            Target.Builder::text, Target::text, TARGET_READING, Target.Builder::reading, Target::reading, TextReader::readTarget)
            .list("revisions", TARGET_REVISION, (d, r) -> d.b.addRevisions(r), Target::revisions, false, false);

    /** The structured reading of a result. */
    public static final ObjectCodec<ResultReading, ResultReading.Builder> RESULT_READING = object(ResultReading.class, ResultReading::builder, ResultReading.Builder::build)
            .required("kind", enumeration(ResultKind.class), ResultReading.Builder::kind, ResultReading::kind)
            .optional("value", Values.DECIMAL, ResultReading.Builder::value, ResultReading::value)
            .optional("unit", UNIT, ResultReading.Builder::unit, ResultReading::unit)
            .optional("status", enumeration(ResultStatus.class), ResultReading.Builder::status, ResultReading::status)
            .optional("date", Values.DATE, ResultReading.Builder::date, ResultReading::date);

    /** A result: its text as written, its reading (as a target's), a comment, a ratio's parts and breakdowns. */
    public static final ObjectCodec<Result, TextDraft<Result.Builder>> RESULT = textAndReading(
            object(Result.class, () -> new TextDraft<>(Result.builder()), d -> d.b.build()),
            Result.Builder::text, Result::text, RESULT_READING, Result.Builder::reading, Result::reading, TextReader::readResult)
            .optional("comment", Values.TEXT, (d, c) -> d.b.comment(c), Result::comment)
            .optional("parts", RATIO, (d, r) -> d.b.parts(r), Result::parts)
            .list("breakdowns", BREAKDOWN, (d, v) -> d.b.addBreakdowns(v), Result::breakdowns, false, false);

    /** One monitoring period's figure; status and completeness are written when not the defaults, final and complete. */
    public static final ObjectCodec<PeriodResult, PeriodResult.Builder> PERIOD_RESULT = object(PeriodResult.class, PeriodResult::builder, PeriodResult.Builder::build)
            .required("period", MONITORING_PERIOD, PeriodResult.Builder::period, PeriodResult::period)
            .optional("result", RESULT, PeriodResult.Builder::result, PeriodResult::result)
            .optional("target", TARGET, PeriodResult.Builder::target, PeriodResult::target)
            .optional("status", enumeration(ReportingStatus.class), PeriodResult.Builder::status, unless(ReportingStatus.FINAL, PeriodResult::status))
            .optional("completeness", enumeration(Completeness.class), PeriodResult.Builder::completeness,
                    unless(Completeness.COMPLETE, PeriodResult::completeness));

    /**
     * One year's monitoring: its periods. The year is the key it is filed under in an indicator's
     * {@code monitoring}; read on its own, the year of its first period.
     */
    public static final ObjectCodec<Monitoring, List<PeriodResult>> MONITORING = new ObjectCodec<>(Monitoring.class, "Monitoring",
            ArrayList::new, (In in, List<PeriodResult> periods) -> {
                String key = in.p.streamReadContext().currentName();
                int filed = key == null ? -1 : ObjectCodec.yearOf(key);
                if (filed < 0 && periods.isEmpty()) {
                    throw new InvalidValueException("periods", null, Errors.say("monitoring.year"));
                }
                return Monitoring.builder().year(filed >= 0 ? filed : periods.get(0).period().year()).addAllPeriods(periods).build();
            })
            .list("periods", PERIOD_RESULT, List::add, Monitoring::periods, true, true);

    /** An indicator. */
    public static final ObjectCodec<Indicator, Indicator.Builder> INDICATOR = object(Indicator.class, Indicator::builder, Indicator.Builder::build)
            .optional("code", Values.TEXT, Indicator.Builder::code, Indicator::code)
            .required("name", Values.TEXT, Indicator.Builder::name, Indicator::name)
            .optional("measures", Values.TEXT, Indicator.Builder::measures, Indicator::measures)
            .optional("type", INDICATOR_TYPE, Indicator.Builder::type, Indicator::type)
            .optional("unit", Values.TEXT, Indicator.Builder::unit, Indicator::unit)
            .optional("algorithm", Values.TEXT, Indicator.Builder::algorithm, Indicator::algorithm)
            .optional("dataSource", Values.TEXT, Indicator.Builder::dataSource, Indicator::dataSource)
            .optional("baseline", BASELINE, Indicator.Builder::baseline, Indicator::baseline)
            .required("polarity", enumeration(Polarity.class), Indicator.Builder::polarity, Indicator::polarity)
            .optional("weight", WEIGHT, Indicator.Builder::weight, Indicator::weight)
            .years("targets", TARGET, Indicator.Builder::putTargets, Indicator::targets)
            .years("results", RESULT, Indicator.Builder::putResults, Indicator::results)
            .list("notes", Values.TEXT, Indicator.Builder::addNotes, Indicator::notes, false, false)
            // 1.1: ratio indicators, monitoring by period, breakdowns
            .optional("ratio", RATIO_DEFINITION, Indicator.Builder::ratio, Indicator::ratio)
            .optional("periodAggregation", enumeration(PeriodAggregation.class), Indicator.Builder::periodAggregation,
                    Indicator::periodAggregation)
            .years("monitoring", MONITORING, Indicator.Builder::putMonitoring, Indicator::monitoring)
            .optional("breakdownRule", enumeration(BreakdownRule.class), Indicator.Builder::breakdownRule, Indicator::breakdownRule);

    /** How the members every objective has reach a builder of either kind of objective (the two share no type). */
    private record ObjectiveBuilder<B>(BiConsumer<B, String> title, BiConsumer<B, String> description, BiConsumer<B, Timeframe> timeframe,
            BiConsumer<B, String> responsibleUnit, BiConsumer<B, Weight> weight, BiConsumer<B, String> stakeholder,
            BiConsumer<B, Resources> resources, BiConsumer<B, StaffAllocation> staff, BiConsumer<B, Integer> declaredIndicatorCount,
            BiConsumer<B, Indicator> indicator) {
    }

    /** The members strategic and operational objectives share, declared once, in writing order. */
    private static <T extends Objective, B> ObjectCodec<T, B> objective(ObjectCodec<T, B> c, ObjectiveBuilder<B> b) {
        return c.required("title", Values.TEXT, b.title(), Objective::title)
                .optional("description", Values.TEXT, b.description(), Objective::description)
                .optional("timeframe", TIMEFRAME, b.timeframe(), Objective::timeframe)
                .optional("responsibleUnit", Values.TEXT, b.responsibleUnit(), Objective::responsibleUnit)
                .optional("weight", WEIGHT, b.weight(), Objective::weight)
                .list("stakeholders", Values.TEXT, b.stakeholder(), Objective::stakeholders, false, false)
                .optional("resources", RESOURCES, b.resources(), Objective::resources)
                .list("staff", STAFF_ALLOCATION, b.staff(), Objective::staff, false, false)
                .optional("declaredIndicatorCount", Values.WHOLE, b.declaredIndicatorCount(), Objective::declaredIndicatorCount)
                .list("indicators", INDICATOR, b.indicator(), Objective::indicators, false, false);
    }

    private static final ObjectiveBuilder<OperationalObjective.Builder> OPERATIONAL_BUILDER = new ObjectiveBuilder<>(
            OperationalObjective.Builder::title, OperationalObjective.Builder::description, OperationalObjective.Builder::timeframe,
            OperationalObjective.Builder::responsibleUnit, OperationalObjective.Builder::weight, OperationalObjective.Builder::addStakeholders,
            OperationalObjective.Builder::resources, OperationalObjective.Builder::addStaff,
            OperationalObjective.Builder::declaredIndicatorCount, OperationalObjective.Builder::addIndicators);

    private static final ObjectiveBuilder<StrategicObjective.Builder> STRATEGIC_BUILDER = new ObjectiveBuilder<>(
            StrategicObjective.Builder::title, StrategicObjective.Builder::description, StrategicObjective.Builder::timeframe,
            StrategicObjective.Builder::responsibleUnit, StrategicObjective.Builder::weight, StrategicObjective.Builder::addStakeholders,
            StrategicObjective.Builder::resources, StrategicObjective.Builder::addStaff,
            StrategicObjective.Builder::declaredIndicatorCount, StrategicObjective.Builder::addIndicators);

    /** An operational objective. */
    public static final ObjectCodec<OperationalObjective, OperationalObjective.Builder> OPERATIONAL_OBJECTIVE = objective(
            object(OperationalObjective.class, OperationalObjective::builder,
                    OperationalObjective.Builder::build)
                    .optional("code", Values.TEXT, OperationalObjective.Builder::code, OperationalObjective::code),
            OPERATIONAL_BUILDER)
            .list("notes", Values.TEXT, OperationalObjective.Builder::addNotes, OperationalObjective::notes, false, false);

    /** A strategic objective. */
    public static final ObjectCodec<StrategicObjective, StrategicObjective.Builder> STRATEGIC_OBJECTIVE = objective(
            object(StrategicObjective.class, StrategicObjective::builder,
                    StrategicObjective.Builder::build)
                    .required("code", OBJECTIVE_CODE, StrategicObjective.Builder::code, StrategicObjective::code),
            STRATEGIC_BUILDER)
            .list("operationalObjectives", OPERATIONAL_OBJECTIVE, StrategicObjective.Builder::addOperationalObjectives,
                    StrategicObjective::operationalObjectives, false, false)
            .list("notes", Values.TEXT, StrategicObjective.Builder::addNotes, StrategicObjective::notes, false, false);

    /** A program. */
    public static final ObjectCodec<Program, Program.Builder> PROGRAM = object(Program.class, Program::builder,
            Program.Builder::build)
            .required("code", PROGRAM_CODE, Program.Builder::code, Program::code)
            .required("title", Values.TEXT, Program.Builder::title, Program::title)
            .list("objectives", STRATEGIC_OBJECTIVE, Program.Builder::addObjectives, Program::objectives, false, true)
            .list("notes", Values.TEXT, Program.Builder::addNotes, Program::notes, false, false);

    /** A mission. */
    public static final ObjectCodec<Mission, Mission.Builder> MISSION = object(Mission.class, Mission::builder,
            Mission.Builder::build)
            .required("code", MISSION_CODE, Mission.Builder::code, Mission::code)
            .required("title", Values.TEXT, Mission.Builder::title, Mission::title)
            .list("programs", PROGRAM, Mission.Builder::addPrograms, Mission::programs, false, true)
            // #12 codes and schemes: a strategic area's objectives (1.1)
            .list("objectives", STRATEGIC_OBJECTIVE, Mission.Builder::addObjectives, Mission::objectives, false, false)
            .list("notes", Values.TEXT, Mission.Builder::addNotes, Mission::notes, false, false);

    /** The administration. */
    public static final ObjectCodec<Administration, Administration.Builder> ADMINISTRATION = object(Administration.class, Administration::builder, Administration.Builder::build)
            .required("name", Values.TEXT, Administration.Builder::name, Administration::name)
            .optional("identifier", Values.TEXT, Administration.Builder::identifier, Administration::identifier);

    /** A public-value objective of the PIAO (1.1). */
    public static final ObjectCodec<PublicValueObjective, PublicValueObjective.Builder> PUBLIC_VALUE_OBJECTIVE = object(PublicValueObjective.class, PublicValueObjective::builder, PublicValueObjective.Builder::build)
            .required("code", Values.TEXT, PublicValueObjective.Builder::code, PublicValueObjective::code)
            .required("title", Values.TEXT, PublicValueObjective.Builder::title, PublicValueObjective::title)
            .optional("description", Values.TEXT, PublicValueObjective.Builder::description, PublicValueObjective::description)
            .optional("weight", WEIGHT, PublicValueObjective.Builder::weight, PublicValueObjective::weight)
            .list("indicators", INDICATOR, PublicValueObjective.Builder::addIndicators, PublicValueObjective::indicators, false, false)
            .list("contributions", CONTRIBUTION, PublicValueObjective.Builder::addContributions, PublicValueObjective::contributions,
                    false, false)
            .list("dimensions", CROSS_CUTTING_DIMENSION, PublicValueObjective.Builder::addDimensions, PublicValueObjective::dimensions,
                    false, false)
            .list("stakeholders", Values.TEXT, PublicValueObjective.Builder::addStakeholders, PublicValueObjective::stakeholders,
                    false, false)
            .list("notes", Values.TEXT, PublicValueObjective.Builder::addNotes, PublicValueObjective::notes, false, false);

    // ------------------------------------------------------------------ #12 measurement method (1.1)

    /** A step of a score scale: the achievement ratio from which it applies and its score, in percentage points. */
    public static final ObjectCodec<ScoreScale.Step, Draft> SCORE_STEP = object(ScoreScale.Step.class, Draft::new,
            d -> new ScoreScale.Step(d.get(0), d.get(1)))
            .required("from", Values.DECIMAL, slot(0), ScoreScale.Step::from)
            .required("score", Values.DECIMAL, slot(1), ScoreScale.Step::score);

    /** A score scale being read: its steps, or the floor of a linear scale. */
    static final class ScaleDraft {
        final List<ScoreScale.Step> steps = new ArrayList<>();
        Percentage floor;
    }

    /** A score scale: steps with scores, or linear from a floor to the target. */
    public static final ObjectCodec<ScoreScale, ScaleDraft> SCORE_SCALE = object(ScoreScale.class, ScaleDraft::new,
            Format::scoreScale)
            .list("steps", SCORE_STEP, (d, e) -> d.steps.add(e), ScoreScale::steps, false, false)
            .optional("linearFrom", PERCENTAGE, (d, f) -> d.floor = f, ScoreScale::floor);

    private static ScoreScale scoreScale(ScaleDraft d) {
        if (d.floor != null && !d.steps.isEmpty()) {
            throw new InvalidValueException("linearFrom", d.floor, Errors.say("scoreScale.both"));
        }
        if (d.floor != null) {
            return ScoreScale.linear(d.floor);
        }
        if (d.steps.isEmpty()) {
            throw new InvalidValueException("steps", "none", Errors.say("scoreScale.none"));
        }
        return ScoreScale.of(d.steps);
    }

    /** A band of achievement: a label, its bounds (each inclusive or not, lower by default) and an optional score. */
    public static final ObjectCodec<Band, Draft> BAND = object(Band.class, Draft::new, Format::band)
            .required("label", Values.TEXT, slot(0), Band::label)
            .optional("lower", PERCENTAGE, slot(1), Band::lower)
            .optional("lowerInclusive", Values.BOOLEAN, slot(2),
                    b -> b.lower().isPresent() && !b.lowerInclusive() ? Optional.of(Boolean.FALSE) : Optional.empty())
            .optional("upper", PERCENTAGE, slot(3), Band::upper)
            .optional("upperInclusive", Values.BOOLEAN, slot(4), unless(false, Band::upperInclusive))
            .optional("score", Values.DECIMAL, slot(5), Band::score);

    private static Band band(Draft d) {
        String label = d.get(0);
        // the core keeps a label stripped: surrounding spaces would not survive a round trip
        if (!label.strip().equals(label)) {
            throw new InvalidValueException("label", label, Errors.say("surroundingSpaces"));
        }
        Percentage lower = d.get(1);
        Percentage upper = d.get(3);
        // an inclusiveness without its bound would be dropped: refused instead
        if (lower == null && d.get(2) != null) {
            throw new InvalidValueException("lowerInclusive", d.get(2), Errors.say("band.inclusiveWithoutBound", "lower"));
        }
        if (upper == null && d.get(4) != null) {
            throw new InvalidValueException("upperInclusive", d.get(4), Errors.say("band.inclusiveWithoutBound", "upper"));
        }
        Band b = Band.of(label, lower, !Boolean.FALSE.equals(d.get(2)), upper, Boolean.TRUE.equals(d.get(4)));
        BigDecimal score = d.get(5);
        return score == null ? b : b.withScore(score);
    }

    /** A band table: its bands in the order they are tried, at least one. */
    public static final Codec<BandTable> BANDS = object(BandTable.class, () -> new ArrayList<Band>(), BandTable::of)
            .list("bands", BAND, List::add, BandTable::bands, false, true).bare();

    private static final AchievementPolicy DEFAULT_METHOD = AchievementPolicy.defaults();

    /** {@return the method's choice, to be written only when it is not the default's} */
    private static <V> Function<AchievementPolicy, Optional<V>> stated(Function<AchievementPolicy, V> choice) {
        return unless(choice.apply(DEFAULT_METHOD), choice);
    }

    /**
     * A plan's measurement method (its SMVP) as data: only the choices that differ from
     * {@link AchievementPolicy#defaults()} are written; a member left out keeps the default.
     */
    public static final ObjectCodec<AchievementPolicy, AchievementPolicy.Builder> METHOD = object(AchievementPolicy.class,
            AchievementPolicy::builder, Format::method)
            // an uncapped method keeps its cap value: it still bounds manual overrides
            .optional("capped", Values.BOOLEAN, AchievementPolicy.Builder::capped, stated(AchievementPolicy::isCapped))
            .optional("cap", PERCENTAGE, AchievementPolicy.Builder::cap, stated(AchievementPolicy::cap))
            .optional("rollup", enumeration(RollupRule.class), AchievementPolicy.Builder::rollup, stated(AchievementPolicy::rollup))
            .optional("decimals", Values.WHOLE, AchievementPolicy.Builder::scale, stated(AchievementPolicy::scale))
            .optional("rounding", enumeration(RoundingMode.class), AchievementPolicy.Builder::rounding, stated(AchievementPolicy::rounding))
            .optional("rollupFromExactValues", Values.BOOLEAN, AchievementPolicy.Builder::rollupFromExactValues,
                    stated(AchievementPolicy::rollsUpExactValues))
            .optional("minimumThreshold", PERCENTAGE, AchievementPolicy.Builder::minimumThreshold, AchievementPolicy::minimumThreshold)
            .optional("scoreScale", SCORE_SCALE, AchievementPolicy.Builder::scoreScale, AchievementPolicy::scoreScale)
            .optional("lateDeadlineDecline", PERCENTAGE, AchievementPolicy.Builder::lateDeadlineDecline, AchievementPolicy::lateDeadlineDecline)
            .optional("formula", enumeration(Formula.class), AchievementPolicy.Builder::formula, stated(AchievementPolicy::formula))
            .optional("partiallyAchieved", PERCENTAGE, AchievementPolicy.Builder::partiallyAchieved, stated(AchievementPolicy::partiallyAchieved))
            .optional("postponed", PERCENTAGE, AchievementPolicy.Builder::postponed, stated(AchievementPolicy::postponed))
            .optional("nothingReported", enumeration(Treatment.class), AchievementPolicy.Builder::nothingReported,
                    stated(AchievementPolicy::nothingReported))
            .optional("missingResult", enumeration(Treatment.class), AchievementPolicy.Builder::missingResult, stated(AchievementPolicy::missingResult))
            .optional("outsideRange", enumeration(RangeRule.class), AchievementPolicy.Builder::outsideRange, stated(AchievementPolicy::outsideRange))
            .optional("bands", BANDS, AchievementPolicy.Builder::bands, stated(AchievementPolicy::bands));

    private static AchievementPolicy method(AchievementPolicy.Builder b) {
        try {
            return b.build();
        } catch (InvalidValueException e) {
            // the core's "scale" is the format's "decimals": the rule is located on the member the document has
            throw "scale".equals(e.path().toString()) ? new InvalidValueException("decimals", e.value(), e.message()) : e;
        }
    }

    /** A whole plan or report: the document. */
    public static final ObjectCodec<Plan, Plan.Builder> PLAN = object(Plan.class, Plan::builder,
            Plan.Builder::build)
            .required("formatVersion", Values.FORMAT_VERSION, (b, v) -> { }, p -> VERSION)
            .required("kind", enumeration(PlanKind.class), Plan.Builder::kind, Plan::kind)
            .optional("title", Values.TEXT, Plan.Builder::title, Plan::title)
            .required("administration", ADMINISTRATION, Plan.Builder::administration, Plan::administration)
            .required("referenceYear", Values.YEAR, Plan.Builder::referenceYear, Plan::referenceYear)
            .required("horizon", YEAR_RANGE, Plan.Builder::horizon, Plan::horizon)
            .required("currency", Values.TEXT, Plan.Builder::currency, Plan::currency)
            // #12 codes and schemes (1.1): written only when not the 1.0 defaults
            .optional("scheme", enumeration(Scheme.class), Plan.Builder::scheme, unless(Scheme.CHAMBERS_OF_COMMERCE, Plan::scheme))
            .optional("uniqueCodes", Values.BOOLEAN, Plan.Builder::uniqueCodes, unless(false, Plan::uniqueCodes))
            .optional("method", METHOD, Plan.Builder::method, Plan::method)
            .list("missions", MISSION, Plan.Builder::addMissions, Plan::missions, true, true)
            .list("publicValue", PUBLIC_VALUE_OBJECTIVE, Plan.Builder::addPublicValue, Plan::publicValue, false, false)
            .list("notes", Values.TEXT, Plan.Builder::addNotes, Plan::notes, false, false);

    /** Every object of the format, the document first. */
    public static final List<ObjectCodec<?, ?>> OBJECTS = List.of(PLAN, ADMINISTRATION, MISSION, PROGRAM,
            STRATEGIC_OBJECTIVE, OPERATIONAL_OBJECTIVE, INDICATOR, BASELINE, TARGET, TARGET_READING, RESULT,
            RESULT_READING, YEAR_RESOURCES, AMOUNTS, TIMEFRAME, YEAR_RANGE, QUANTITY,
            // 1.1
            RATIO_DEFINITION, RATIO, PERIOD_RESULT, MONITORING, TARGET_REVISION, BREAKDOWN, BREAKDOWN_PART, STAFF_ALLOCATION,
            // 1.1, #12 measurement method
            METHOD, SCORE_SCALE, SCORE_STEP, BAND,
            PUBLIC_VALUE_OBJECTIVE, CONTRIBUTION);

    static {
        // the Jackson module maps these too, though no member has them
        enumeration(ResourceLine.class);
        enumeration(ResourceBasis.class);
        enumeration(IndicatorType.Known.class);
    }

    /** The model's enums: those the members use, and those only the Jackson module maps. */
    public static final List<Codec<?>> ENUMS = List.copyOf(ENUM_CODECS.values());

    /** Every type the Jackson module maps. */
    public static final List<Codec<?>> ALL = Stream.of(OBJECTS, List.of(RESOURCES, BANDS, MONEY, WEIGHT, PERCENTAGE, UNIT,
            INDICATOR_TYPE, MISSION_CODE, PROGRAM_CODE, OBJECTIVE_CODE, MONITORING_PERIOD, CROSS_CUTTING_DIMENSION), ENUMS)
            .<Codec<?>>flatMap(List::stream).toList();

    static {
        // the small values that repeat across indicators and plans are kept once each (#16: heap);
        // targets and results are found by their text's hash, which the (shared) string caches
        TARGET.share(1 << 14, t -> t.text().hashCode());
        RESULT.share(1 << 14, r -> r.text().hashCode());
        for (ObjectCodec<?, ?> c : List.of(BASELINE, QUANTITY, TIMEFRAME, YEAR_RANGE, AMOUNTS, YEAR_RESOURCES)) {
            c.share(1 << 14, Object::hashCode);
        }
    }
}
