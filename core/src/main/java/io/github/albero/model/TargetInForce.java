package io.github.albero.model;

import io.github.albero.period.MonitoringPeriod;
import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

/**
 * The target in force on a day (<i>target vigente</i>): the latest revision adopted on or
 * before that day, or the original target when there is none, with what was passed over, so
 * that an explanation can say which target was used and why. Immutable and thread-safe.
 *
 * <pre>{@code
 * Target target = Target.parse("almeno 2 eventi").withRevisions(
 *     TargetRevision.parse(LocalDate.of(2023, 7, 15), "almeno 3 eventi"));
 * target.inForce(LocalDate.of(2023, 12, 31)).revision();   // Optional[2023-07-15 "almeno 3 eventi" …]
 * }</pre>
 */
public final class TargetInForce {
    private final Target original;
    private final TargetRevision revision;
    private final LocalDate asOf;
    private final int laterRevisions;
    private final MonitoringPeriod period;

    TargetInForce(Target original, TargetRevision revision, LocalDate asOf, int laterRevisions) {
        this(original, revision, asOf, laterRevisions, null);
    }

    private TargetInForce(Target original, TargetRevision revision, LocalDate asOf, int laterRevisions, MonitoringPeriod period) {
        this.period = period;
        this.original = original;
        this.revision = revision;
        this.asOf = asOf;
        this.laterRevisions = laterRevisions;
    }

    /** {@return the target in force: the revision's, or the original} */
    public Target target() {
        return revision == null ? Target.of(original.text(), original.reading()) : revision.target();
    }

    /** {@return the original target, with all its revisions} */
    public Target original() {
        return original;
    }

    /** {@return the revision in force; empty when the original target is} */
    public Optional<TargetRevision> revision() {
        return Optional.ofNullable(revision);
    }

    /** {@return the day asked about, usually the end of the year or period} */
    public LocalDate asOf() {
        return asOf;
    }

    /** {@return how many revisions were adopted after {@link #asOf()} and so were not used} */
    public int laterRevisions() {
        return laterRevisions;
    }

    /** {@return the monitoring period whose own target this is; empty for the yearly target} */
    public Optional<MonitoringPeriod> period() {
        return Optional.ofNullable(period);
    }

    TargetInForce ofPeriod(MonitoringPeriod p) {
        return new TargetInForce(original, revision, asOf, laterRevisions, p);
    }

    /** {@return true when a revision replaced the original target} */
    public boolean revised() {
        return revision != null;
    }

    /** {@return true when {@code o} is a {@code TargetInForce} equal to this one} */
    @Override
    public boolean equals(Object o) {
        if (!(o instanceof TargetInForce)) {
            return false;
        }
        TargetInForce t = (TargetInForce) o;
        return t.original.equals(original) && Objects.equals(t.revision, revision) && t.asOf.equals(asOf) && t.laterRevisions == laterRevisions
                && Objects.equals(t.period, period);
    }

    /** {@return a hash code consistent with {@link #equals(Object)}} */
    @Override
    public int hashCode() {
        return Objects.hash(original, revision, asOf, laterRevisions, period);
    }

    /** {@return e.g. {@code "TargetInForce[2023-12-31: revision 2023-07-15 \"almeno 3 eventi\" …]"} or {@code "…: original \"…\"]"}} */
    @Override
    public String toString() {
        return "TargetInForce[" + asOf + ": " + (period == null ? "" : "period " + period + " ") + (revision == null ? "original " + original.text().strip() : "revision " + revision)
                + (laterRevisions > 0 ? ", " + laterRevisions + " later revision" + (laterRevisions == 1 ? "" : "s") + " not used" : "") + "]";
    }
}
