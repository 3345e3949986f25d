package io.github.albero.json;

import io.github.albero.json.internal.Codec;
import io.github.albero.model.NodePath;
import java.util.ResourceBundle;
import tools.jackson.core.Version;
import tools.jackson.core.util.VersionUtil;
import tools.jackson.databind.module.SimpleModule;
import tools.jackson.databind.ser.std.ToStringSerializer;

/**
 * The Jackson 3 module that maps every Albero core type to the Albero JSON format described in
 * {@code FORMAT.md}: a whole {@link io.github.albero.model.Plan} as well as any part of it (a
 * mission, an indicator, {@code Money}, a {@code YearRange}, the model's enums …).
 *
 * <p>It is registered for {@link java.util.ServiceLoader}, so
 * {@code JsonMapper.builder().findAndAddModules().build()} picks it up; {@link AlberoJson#mapper()}
 * gives a mapper that has it and is hardened for untrusted input. Reading honours
 * {@code DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES}: when it is enabled, members the
 * format does not define are errors; when it is not, they go to the mapper's problem handlers and
 * are skipped. Writing looks up the mapper's serializer for every value of the model's types
 * inside a plan, so a serializer you register for, say, {@code Money} in a module added after
 * this one is used inside plans too; texts, numbers and days are written as the format says,
 * whatever the mapper does with {@code String}, {@code BigDecimal} or {@code LocalDate}
 * elsewhere (dates as timestamps, say). Every reading failure is an {@link AlberoJsonException} whose pointer is
 * relative to the whole JSON input; when the Albero value sits inside a container of the
 * caller's (a list, a bean), Jackson wraps it in a {@code DatabindException} whose cause is the
 * {@link AlberoJsonException}.
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
        Codec.register(this);
        addSerializer(NodePath.class, ToStringSerializer.instance);
    }

    /** The module's version, taken from the pom when the jar is built (a filtered resource). */
    private static Version readVersion() {
        ResourceBundle pom = ResourceBundle.getBundle("io.github.albero.json.version");
        return VersionUtil.parseVersion(pom.getString("version"), pom.getString("groupId"), pom.getString("artifactId"));
    }
}
