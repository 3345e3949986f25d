package io.github.albero.model;

import io.github.albero.internal.Problems;
import io.github.albero.InvalidValueException;
import io.github.albero.code.MissionCode;
import io.github.albero.code.ObjectiveCode;
import io.github.albero.code.ProgramCode;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Where a node or a field lies in a plan (<i>posizione nel piano</i>), as a list of typed
 * segments: mission, program, objective, indicator, year and member. The one path of Albero:
 * calculators' nodes, validation findings, {@link io.github.albero.InvalidValueException} and
 * the JSON reader's errors all carry it.
 *
 * <p>One object, two renderings, never parsed back from text:
 *
 * <pre>{@code
 * NodePath p = NodePath.root().mission(MissionCode.parse("011"), 0).program(ProgramCode.parse("005"), 1).
 *         objective(ObjectiveCode.parse("011-005-004"), 3).indicator(2).year("targets", 2017);
 * p.toString();       // missions[011].programs[005].objectives[011-005-004].indicators[2].targets[2017]
 * p.toJsonPointer();  // /missions/0/programs/1/objectives/3/indicators/2/targets/2017
 * }</pre>
 *
 * <p>Missions, programs and strategic objectives read by code and point by index; other list
 * items read and point by index; years read and point by year. Immutable and thread-safe;
 * equal when the segments are equal.
 */
public final class NodePath implements Serializable {
    private static final long serialVersionUID = 2L;
    private static final NodePath ROOT = new NodePath(null, null);

    /** What a {@link Segment} names. */
    public enum Kind {
        /** A mission, keyed by its code ({@code missions[011]}). */
        MISSION,
        /** A program, keyed by its code ({@code programs[005]}). */
        PROGRAM,
        /** A strategic objective keyed by code ({@code objectives[011-005-004]}) or an operational one keyed by index. */
        OBJECTIVE,
        /** An indicator, keyed by index ({@code indicators[2]}). */
        INDICATOR,
        /** A year of a map keyed by year ({@code targets[2017]}, {@code resources[2017]}). */
        YEAR,
        /** A named member ({@code title}), or an item of a list member ({@code notes[0]}). */
        MEMBER
    }

    /**
     * One step of a path: its kind, the member name, the key people read and the index the
     * JSON pointer uses. Immutable and thread-safe.
     *
     * @param kind what the segment names, not null
     * @param name the member name, e.g. {@code "missions"} or {@code "title"}, not null
     * @param key the readable key: a code, an index or a year; null for a plain member
     * @param index the position in its list, or the year for {@link Kind#YEAR}; -1 for a plain member or a map entry
     */
    public record Segment(Kind kind, String name, String key, int index) implements Serializable {
        /** Checks the parts. */
        public Segment {
            if (kind == null) {
                throw new InvalidValueException(NodePath.root().member("kind"), null, Problems.of("required"));
            }
            if (name == null || name.isEmpty()) {
                throw new InvalidValueException(NodePath.root().member("segment"), name, Problems.of("needsMemberName"));
            }
        }

        /** @return e.g. {@code missions[011]}, {@code indicators[2]} or {@code title} */
        @Override
        public String toString() {
            return key == null ? name : name + "[" + key + "]";
        }
    }

    private final NodePath parent;
    private final Segment last;
    private final int size;
    private transient int hash;

    private NodePath(NodePath parent, Segment last) {
        this.parent = parent;
        this.last = last;
        this.size = parent == null ? 0 : parent.size + 1;
    }

    /**
     * Returns the path of the plan itself.
     *
     * @return the empty path
     */
    public static NodePath root() {
        return ROOT;
    }

    /**
     * Returns a path of plain members, e.g. {@code of("reading", "value")} for {@code reading.value}.
     *
     * @param members member names, outermost first
     * @return the path
     */
    public static NodePath of(String... members) {
        Objects.requireNonNull(members, "members");
        NodePath p = ROOT;
        for (String m : members) {
            p = p.member(m);
        }
        return p;
    }

    /**
     * Returns this path followed by a mission.
     *
     * @param code the mission's code, e.g. {@code "011"}
     * @param index its position in {@code missions}
     * @return {@code …missions[011]}
     */
    public NodePath mission(MissionCode code, int index) {
        return keyed(Kind.MISSION, "missions", code == null ? null : code.toString(), index);
    }

    /**
     * Returns this path followed by a program.
     *
     * @param code the program's code, e.g. {@code "005"}
     * @param index its position in {@code programs}
     * @return {@code …programs[005]}
     */
    public NodePath program(ProgramCode code, int index) {
        return keyed(Kind.PROGRAM, "programs", code == null ? null : code.toString(), index);
    }

    /**
     * Returns this path followed by a strategic objective.
     *
     * @param code the objective's code, e.g. {@code "011-005-004"}
     * @param index its position in {@code objectives}
     * @return {@code …objectives[011-005-004]}
     */
    public NodePath objective(ObjectiveCode code, int index) {
        return keyed(Kind.OBJECTIVE, "objectives", code == null ? null : code.toString(), index);
    }

    /**
     * Returns this path followed by an operational objective.
     *
     * @param index its position in {@code operationalObjectives}
     * @return {@code …operationalObjectives[1]}
     */
    public NodePath operationalObjective(int index) {
        if (index >= 0 && index < CACHED) {
            return new NodePath(this, OPERATIONAL[index]);
        }
        return keyed(Kind.OBJECTIVE, "operationalObjectives", Integer.toString(index), index);
    }

    /**
     * Returns this path followed by an indicator.
     *
     * @param index its position in {@code indicators}
     * @return {@code …indicators[2]}
     */
    public NodePath indicator(int index) {
        if (index >= 0 && index < CACHED) {
            return new NodePath(this, INDICATORS[index]);
        }
        return keyed(Kind.INDICATOR, "indicators", Integer.toString(index), index);
    }

    /**
     * Returns this path followed by a year of a map keyed by year.
     *
     * @param member the map, e.g. {@code "targets"}, {@code "results"} or {@code "resources"}
     * @param year the year
     * @return {@code …targets[2017]}
     */
    public NodePath year(String member, int year) {
        return keyed(Kind.YEAR, member, Integer.toString(year), year);
    }

    /**
     * Returns this path followed by a named member.
     *
     * @param name a member name, e.g. {@code "title"}
     * @return {@code …title}
     */
    public NodePath member(String name) {
        return new NodePath(this, new Segment(Kind.MEMBER, name, null, -1));
    }

    /**
     * Returns this path followed by an item of a list member.
     *
     * @param name the list, e.g. {@code "notes"}
     * @param index the item's position
     * @return {@code …notes[0]}
     */
    public NodePath member(String name, int index) {
        return keyed(Kind.MEMBER, name, Integer.toString(index), index);
    }

    /**
     * Returns this path followed by an entry of a map member.
     *
     * @param name the map, e.g. {@code "overrides"}
     * @param key the entry's key
     * @return {@code …overrides[011-005-004]}
     */
    public NodePath member(String name, String key) {
        return keyed(Kind.MEMBER, name, key, -1);
    }

    /**
     * Returns this path followed by a segment.
     *
     * @param segment a segment
     * @return the longer path
     */
    public NodePath then(Segment segment) {
        if (segment == null) {
            throw new InvalidValueException("segment", null, Problems.of("required"));
        }
        return new NodePath(this, segment);
    }

    /**
     * Returns this path followed by every segment of another, e.g. a node's path followed by a
     * field's path relative to the node.
     *
     * @param relative a path read from where this one ends
     * @return the longer path
     */
    public NodePath resolve(NodePath relative) {
        NodePath p = this;
        for (Segment s : relative.segments()) {
            p = p.then(s);
        }
        return p;
    }

    // the segments of the first indicators and operational objectives, made once: every calculation builds
    // a path per node, and segments are immutable
    private static final int CACHED = 64;
    private static final Segment[] INDICATORS = new Segment[CACHED];
    private static final Segment[] OPERATIONAL = new Segment[CACHED];

    static {
        for (int i = 0; i < CACHED; i++) {
            INDICATORS[i] = new Segment(Kind.INDICATOR, "indicators", Integer.toString(i), i);
            OPERATIONAL[i] = new Segment(Kind.OBJECTIVE, "operationalObjectives", Integer.toString(i), i);
        }
    }

    private NodePath keyed(Kind kind, String name, String key, int index) {
        if (key == null) {
            throw new InvalidValueException(NodePath.root().member(name), null, Problems.of("needsCode"));
        }
        return new NodePath(this, new Segment(kind, name, key, index));
    }

    /**
     * Returns the segments, outermost first.
     *
     * @return e.g. the segments of {@code missions[011]} and {@code programs[005]}
     */
    public List<Segment> segments() {
        Segment[] s = new Segment[size];
        for (NodePath p = this; p.last != null; p = p.parent) {
            s[p.size - 1] = p.last;
        }
        return List.of(s);
    }

    /**
     * Returns the last segment.
     *
     * @return the innermost segment, empty for the root
     */
    public Optional<Segment> last() {
        return Optional.ofNullable(last);
    }

    /**
     * Returns the path without its last segment.
     *
     * @return the enclosing path, empty for the root
     */
    public Optional<NodePath> parent() {
        return Optional.ofNullable(parent);
    }

    /**
     * Tells whether this path lies at or below another.
     *
     * @param prefix a path
     * @return true when this path's segments begin with the prefix's
     */
    public boolean startsWith(NodePath prefix) {
        NodePath p = this;
        while (p.size > prefix.size) {
            p = p.parent;
        }
        return p.equals(prefix);
    }

    /**
     * Tells whether this is the plan itself.
     *
     * @return true for the empty path
     */
    public boolean isRoot() {
        return last == null;
    }

    /**
     * Returns the path as an RFC 6901 JSON pointer into Albero's JSON document.
     *
     * @return e.g. {@code /missions/0/programs/1/objectives/3/indicators/2/targets/2017}; the empty string for the root
     */
    public String toJsonPointer() {
        StringBuilder sb = new StringBuilder();
        for (Segment s : segments()) {
            sb.append('/').append(escape(s.name()));
            if (s.index() >= 0) {
                sb.append('/').append(s.index());
            } else if (s.key() != null) {
                sb.append('/').append(escape(s.key()));
            }
        }
        return sb.toString();
    }

    private static String escape(String name) {
        return name.indexOf('~') < 0 && name.indexOf('/') < 0 ? name : name.replace("~", "~0").replace("/", "~1");
    }

    /** {@return true when {@code o} is a path with the same segments} */
    @Override
    public boolean equals(Object o) {
        if (this == o) {
            return true;
        }
        if (!(o instanceof NodePath other) || other.size != size || other.hashCode() != hashCode()) {
            return false;
        }
        NodePath a = this;
        NodePath b = other;
        while (a.last != null) {
            if (!a.last.equals(b.last)) {
                return false;
            }
            a = a.parent;
            b = b.parent;
        }
        return true;
    }

    /** {@return a hash code consistent with {@link #equals(Object)}} */
    @Override
    public int hashCode() {
        int h = hash;
        if (h == 0 && last != null) {
            h = 31 * parent.hashCode() + last.hashCode();
            hash = h;
        }
        return h;
    }

    /**
     * Returns the readable path.
     *
     * @return e.g. {@code missions[011].programs[005].objectives[011-005-004].indicators[2]}, or {@code "$"} for the root
     */
    @Override
    public String toString() {
        if (last == null) {
            return "$";
        }
        StringBuilder sb = new StringBuilder();
        for (Segment s : segments()) {
            if (sb.length() > 0) {
                sb.append('.');
            }
            sb.append(s);
        }
        return sb.toString();
    }

    /** @return an unmodifiable copy of the segments, for serialisation */
    private Object writeReplace() {
        return new Serialized(new ArrayList<>(segments()));
    }

    /** The serial form: the segments. */
    private record Serialized(List<Segment> segments) implements Serializable {
        private Object readResolve() {
            NodePath p = ROOT;
            for (Segment s : segments) {
                p = p.then(s);
            }
            return p;
        }
    }
}
