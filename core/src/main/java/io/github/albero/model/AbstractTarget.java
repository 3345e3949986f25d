package io.github.albero.model;

import io.github.albero.internal.Problems;
import io.github.albero.InvalidValueException;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * An indicator's target for one year (<i>risultato atteso</i>): the original text, always,
 * and its structured reading when the text allows one. A target revised during the year keeps
 * its original text and reading here and lists its {@link #revisions()} in date order;
 * {@link #inForce(LocalDate)} says which one applies on a day.
 *
 * <pre>{@code
 * Target.parse("realizzazione di almeno 2 eventi").reading();  // Optional[atLeast 2 n]
 * Target.parse("report").reading();                            // Optional[milestone]
 * Target.of("___").reading();                                  // Optional.empty
 * }</pre>
 *
 * <p>Immutable and thread-safe; build one with {@code builder()}, change one with the {@code
 * with…} methods, which return a copy. Never null: a required attribute left unset or given as
 * null, or a null element, throws {@link io.github.albero.InvalidValueException} naming the
 * attribute; optional attributes are {@code Optional}, collections are never null.
 */
@Value.Immutable
abstract class AbstractTarget {
    /** {@return the original text, verbatim} */
    @Value.Parameter
    public abstract String text();

    /** {@return the structured reading, when there is one} */
    @Value.Parameter
    public abstract Optional<TargetReading> reading();

    /** {@return the revisions adopted during the year (<i>rimodulazioni</i>), by strictly increasing date} */
    public abstract List<TargetRevision> revisions();

    /**
     * {@return a target with that text and no reading}
     *
     * @param text the original text
     */
    public static Target of(String text) {
        return Target.of(text, Optional.empty());
    }

    /**
     * {@return a target with that text and reading, like {@link Result#of(String, ResultReading)}}
     *
     * @param text the original text
     * @param reading its reading
     */
    public static Target of(String text, TargetReading reading) {
        if (reading == null) {
            throw new InvalidValueException("reading", null, Problems.of("readingRequired"));
        }
        return Target.of(text, Optional.of(reading));
    }

    /**
     * {@return a target with that text and the reading {@link TextReader} finds in it}
     *
     * @param text the original text
     */
    public static Target parse(String text) {
        return Target.of(text, TextReader.readTarget(text));
    }

    /** {@return true when the text is only a placeholder mark such as {@code "_____"}: no target that year} */
    public boolean isPlaceholder() {
        return TextReader.isPlaceholder(text());
    }

    /**
     * The target in force on a day: the latest revision dated on or before it, otherwise the
     * original target.
     *
     * @param day the day, usually the end of the year or of a monitoring period
     * @return the target in force, saying which and what was passed over
     */
    public TargetInForce inForce(LocalDate day) {
        if (day == null) {
            throw new InvalidValueException("day", null, Problems.of("required"));
        }
        TargetRevision found = null;
        int later = 0;
        for (TargetRevision r : revisions()) {
            if (r.date().isAfter(day)) {
                later++;
            } else {
                found = r;
            }
        }
        return new TargetInForce((Target) this, found, day, later);
    }

    @Value.Check
    void check() {
        Texts.requireText("text", text());
        for (int i = 1; i < revisions().size(); i++) {
            LocalDate previous = revisions().get(i - 1).date();
            if (!revisions().get(i).date().isAfter(previous)) {
                throw new InvalidValueException(NodePath.root().member("revisions", i).member("date"), revisions().get(i).date(),
                        Problems.of("revisionOrder", previous));
            }
        }
    }

    /** {@return a readable one-line description, for logs and JShell} */
    @Override
    public String toString() {
        return '"' + Texts.abbreviate(text(), 60) + '"' + reading().map(r -> " [" + r + "]").orElse("")
                + (revisions().isEmpty() ? "" : " revised " + revisions().size() + (revisions().size() == 1 ? " time" : " times"));
    }
}
