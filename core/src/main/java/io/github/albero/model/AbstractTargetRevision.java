package io.github.albero.model;

import io.github.albero.period.YearRange;
import java.time.LocalDate;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A revision of a yearly target during the year (<i>rimodulazione del target</i>): the new
 * target's text and reading, the day it was adopted, why, and by which act (e.g. "delibera di
 * Giunta n. 45 del 15/07/2023"). The original target stays in {@link Target#text()}; a revision
 * applies from its date on. Immutable and thread-safe.
 *
 * <pre>{@code
 * TargetRevision.builder().date(LocalDate.of(2023, 7, 15)).text("almeno 3 eventi").
 *     reading(TargetReading.read("almeno 3 eventi")).reason("minori risorse").act("delibera n. 45").build();
 * }</pre>
 */
@Value.Immutable
abstract class AbstractTargetRevision {
    /** {@return the day the revision was adopted} */
    public abstract LocalDate date();

    /** {@return the revised target's text, verbatim} */
    public abstract String text();

    /** {@return its structured reading, when the text allows one} */
    public abstract Optional<TargetReading> reading();

    /** {@return why the target was revised (<i>motivazione</i>)} */
    public abstract Optional<String> reason();

    /** {@return the act that revised it (<i>atto</i>), e.g. "delibera n. 45"} */
    public abstract Optional<String> act();

    /**
     * {@return a revision whose reading {@link TextReader} finds in the text, without reason or act}
     *
     * @param date the day the revision was adopted
     * @param text the revised target's text
     */
    public static TargetRevision parse(LocalDate date, String text) {
        return TargetRevision.builder().date(date).text(text).reading(TextReader.readTarget(text)).build();
    }

    /** {@return the revised target as a plain {@link Target} (text and reading)} */
    public Target target() {
        return Target.of(text(), reading());
    }

    @Value.Check
    void check() {
        YearRange.checkYear("date", date().getYear());
        Texts.requireText("text", text());
        reason().ifPresent(r -> Texts.requireText("reason", r));
        act().ifPresent(a -> Texts.requireText("act", a));
    }

    /** {@return e.g. {@code "2023-07-15 \"almeno 3 eventi\" [atLeast 3 n] (delibera n. 45)"}} */
    @Override
    public String toString() {
        return date() + " \"" + Texts.abbreviate(text(), 60) + '"' + reading().map(r -> " [" + r + "]").orElse("")
                + act().map(a -> " (" + Texts.abbreviate(a, 60) + ")").orElse("");
    }
}
