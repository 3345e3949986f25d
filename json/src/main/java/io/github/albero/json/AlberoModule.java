package io.github.albero.json;

import io.github.albero.code.MissionCode;
import io.github.albero.code.ObjectiveCode;
import io.github.albero.code.ProgramCode;
import io.github.albero.json.internal.Adapters;
import io.github.albero.json.internal.Enums;
import io.github.albero.json.internal.PlanReader;
import io.github.albero.json.internal.PlanWriter;
import io.github.albero.measure.Percentage;
import io.github.albero.measure.Quantity;
import io.github.albero.measure.Unit;
import io.github.albero.measure.Weight;
import io.github.albero.model.Administration;
import io.github.albero.model.Baseline;
import io.github.albero.model.Indicator;
import io.github.albero.model.IndicatorType;
import io.github.albero.model.Mission;
import io.github.albero.model.NodePath;
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
import io.github.albero.model.YearResources;
import io.github.albero.money.Money;
import io.github.albero.period.Timeframe;
import io.github.albero.period.YearRange;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Properties;
import java.util.function.BiConsumer;
import java.util.function.BiFunction;
import tools.jackson.core.Version;
import tools.jackson.core.util.VersionUtil;
import tools.jackson.databind.module.SimpleModule;

/**
 * The Jackson 3 module that maps every Albero core type to the Albero JSON format described in
 * {@code FORMAT.md}: a whole {@link Plan} as well as any part of it (a {@link Mission}, an
 * {@link Indicator}, {@link Money}, a {@link YearRange}, the model's enums …).
 *
 * <p>It is registered for {@link java.util.ServiceLoader}, so
 * {@code JsonMapper.builder().findAndAddModules().build()} picks it up; {@link AlberoJson#mapper()}
 * gives a mapper that has it and is hardened for untrusted input. Reading honours
 * {@code DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES}: when it is enabled, members the
 * format does not define are errors. Every reading failure is an {@link AlberoJsonException}
 * whose pointer is relative to the whole JSON input; when the Albero value sits inside a
 * container of the caller's (a list, a bean), Jackson wraps it in a
 * {@code DatabindException} whose cause is the {@link AlberoJsonException}.
 *
 * <p>Derived views such as {@code LocatedIndicator} are not mapped; {@link NodePath} is written
 * as its text and not read.
 */
public final class AlberoModule extends SimpleModule {
    private static final long serialVersionUID = 1L;
    private static final Version VERSION = readVersion();

    /** Creates the module; {@link java.util.ServiceLoader} calls this constructor. */
    public AlberoModule() {
        super("albero", VERSION);
        both(Plan.class, PlanWriter::plan, PlanReader::plan);
        both(Administration.class, PlanWriter::administration, PlanReader::administration);
        both(Mission.class, PlanWriter::mission, PlanReader::mission);
        both(Program.class, PlanWriter::program, PlanReader::program);
        both(StrategicObjective.class, PlanWriter::strategicObjective, PlanReader::strategicObjective);
        both(OperationalObjective.class, PlanWriter::operationalObjective, PlanReader::operationalObjective);
        both(Timeframe.class, PlanWriter::timeframe, PlanReader::timeframe);
        both(YearRange.class, PlanWriter::yearRange, PlanReader::yearRange);
        both(Resources.class, PlanWriter::resources, PlanReader::resources);
        both(YearResources.class, PlanWriter::yearResources, PlanReader::yearResources);
        both(ResourceAmounts.class, PlanWriter::amounts, PlanReader::amounts);
        both(Money.class, PlanWriter::money, PlanReader::money);
        both(Indicator.class, PlanWriter::indicator, PlanReader::indicator);
        both(Baseline.class, PlanWriter::baseline, PlanReader::baseline);
        both(Target.class, PlanWriter::target, PlanReader::target);
        both(TargetReading.class, PlanWriter::targetReading, PlanReader::targetReading);
        both(Result.class, PlanWriter::result, PlanReader::result);
        both(ResultReading.class, PlanWriter::resultReading, PlanReader::resultReading);
        both(Weight.class, (w, v) -> w.number(v.value()), PlanReader::weight);
        both(Percentage.class, (w, v) -> w.number(v.points()), PlanReader::percentage);
        both(Quantity.class, PlanWriter::quantity, PlanReader::quantity);
        both(Unit.class, (w, v) -> w.string(v.symbol()), PlanReader::unit);
        both(IndicatorType.class, (w, v) -> w.string(v.label()), PlanReader::indicatorType);
        both(MissionCode.class, (w, v) -> w.string(v.value()), PlanReader::missionCode);
        both(ProgramCode.class, (w, v) -> w.string(v.value()), PlanReader::programCode);
        both(ObjectiveCode.class, (w, v) -> w.string(v.toString()), PlanReader::objectiveCode);
        enumeration(PlanKind.class);
        enumeration(Polarity.class);
        enumeration(TargetOperator.class);
        enumeration(ResultKind.class);
        enumeration(ResultStatus.class);
        enumeration(ResourceLine.class);
        enumeration(ResourceBasis.class);
        enumeration(IndicatorType.Known.class);
        addSerializer(NodePath.class, Adapters.serializer(NodePath.class, (w, v) -> w.string(v.toString())));
    }

    private <T> void both(Class<T> type, BiConsumer<PlanWriter, T> write, BiFunction<PlanReader, String, T> read) {
        addSerializer(type, Adapters.serializer(type, write));
        addDeserializer(type, Adapters.deserializer(type, read));
    }

    private <E extends Enum<E>> void enumeration(Class<E> type) {
        both(type, (w, v) -> w.string(Enums.name(v)), (r, at) -> r.constant(at, type));
    }

    /** The module's version, taken from the pom when the jar is built (a filtered resource). */
    private static Version readVersion() {
        Properties p = new Properties();
        try (InputStream in = AlberoModule.class.getResourceAsStream("version.properties")) {
            if (in == null) {
                throw new IllegalStateException("version.properties missing from albero-json: a broken build");
            }
            p.load(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return VersionUtil.parseVersion(p.getProperty("version"), p.getProperty("groupId"), p.getProperty("artifactId"));
    }
}
