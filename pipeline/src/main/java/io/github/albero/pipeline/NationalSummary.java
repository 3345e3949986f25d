package io.github.albero.pipeline;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.util.Collections;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * What a run of the {@link NationalPipeline} found: the national aggregates (all reports, per
 * mission, per kind of administration), how many lines were unreadable, and how fast it went.
 * Immutable and thread-safe.
 */
public final class NationalSummary {
    private final Aggregate all;
    private final Map<String, Aggregate> byMission;
    private final Map<String, Aggregate> byKind;
    private final long lines;
    private final long unreadable;
    private final long bytes;
    private final long nanos;
    private final int threads;

    private NationalSummary(Builder b, long nanos, int threads) {
        this.all = b.all;
        this.byMission = Collections.unmodifiableMap(b.byMission);
        this.byKind = Collections.unmodifiableMap(b.byKind);
        this.lines = b.lines;
        this.unreadable = b.unreadable;
        this.bytes = b.bytes;
        this.nanos = nanos;
        this.threads = threads;
    }

    /** Gathers the summaries, in the order they are written. */
    static final class Builder {
        private final Aggregate all = new Aggregate("all");
        private final Map<String, Aggregate> byMission = new TreeMap<>();
        private final Map<String, Aggregate> byKind = new TreeMap<>();
        private long lines;
        private long unreadable;
        private long bytes;

        void add(ReportSummary s, long lineBytes) {
            lines++;
            bytes += lineBytes;
            if (s.plan().isEmpty()) {
                unreadable++;
                return;
            }
            all.add(s.indicators(), s.achievement(), s.variance());
            byKind.computeIfAbsent(s.kind().get(), Aggregate::new).add(s.indicators(), s.achievement(), s.variance());
            for (ReportSummary.MissionFigures m : s.missions()) {
                byMission.computeIfAbsent(m.code(), Aggregate::new).add(m.indicators(), m.achievement(), m.variance());
            }
        }

        NationalSummary build(long nanos, int threads) {
            return new NationalSummary(this, nanos, threads);
        }
    }

    /** {@return the figures of every readable report together} */
    public Aggregate all() {
        return all;
    }

    /** {@return the figures per mission code, in code order} */
    public Map<String, Aggregate> byMission() {
        return byMission;
    }

    /** {@return the figures per kind of administration, in name order} */
    public Map<String, Aggregate> byKind() {
        return byKind;
    }

    /** {@return the number of non-blank lines read} */
    public long lines() {
        return lines;
    }

    /** {@return the number of lines that held no readable report} */
    public long unreadable() {
        return unreadable;
    }

    /** {@return the bytes of the lines read} */
    public long bytes() {
        return bytes;
    }

    /** {@return how long the run took, in nanoseconds} */
    public long nanos() {
        return nanos;
    }

    /**
     * Writes the aggregates as CSV: all reports, then one row per kind and per mission.
     *
     * @param out where to write; not closed
     */
    public void writeCsv(Writer out) {
        try {
            out.write(Aggregate.CSV_HEADER + "\n");
            out.write(all.csv("all") + "\n");
            for (Aggregate a : byKind.values()) {
                out.write(a.csv("kind") + "\n");
            }
            for (Aggregate a : byMission.values()) {
                out.write(a.csv("mission") + "\n");
            }
            out.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** {@return a readable account of the run and the aggregates} */
    public String render() {
        double seconds = nanos / 1e9;
        StringBuilder sb = new StringBuilder();
        sb.append(String.format(Locale.ROOT, "%d lines (%d unreadable), %d reports, %d indicators, %.1f MB in %.2f s on %d "
                + "thread(s): %.0f indicators/s, %.1f MB/s%n", lines, unreadable, all.reports(), all.indicators(), bytes / 1e6,
                seconds, threads, all.indicators() / seconds, bytes / 1e6 / seconds));
        sb.append(all).append('\n');
        byKind.values().forEach(a -> sb.append("  kind ").append(a).append('\n'));
        byMission.values().forEach(a -> sb.append("  mission ").append(a).append('\n'));
        return sb.toString();
    }

    /** {@return a readable one-line description, for logs and JShell} */
    @Override
    public String toString() {
        return "NationalSummary[" + lines + " lines, " + unreadable + " unreadable, " + all.reports() + " reports, "
                + all.indicators() + " indicators]";
    }
}
