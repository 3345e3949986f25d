package io.github.albero.model;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * Where a node or a field lies in a plan, readable by people:
 * {@code missions[011].programs[005].objectives[011-005-004].indicators[2].targets[2017]}.
 * Missions, programs and strategic objectives are keyed by code, list items without a code by
 * their index, maps by key.
 */
public final class NodePath implements Serializable {
    private static final long serialVersionUID = 1L;
    private static final NodePath ROOT = new NodePath(List.of());

    private final List<String> segments;

    private NodePath(List<String> segments) {
        this.segments = segments;
    }

    /** {@return the empty path of the plan itself} */
    public static NodePath root() {
        return ROOT;
    }

    /**
     * {@return this path followed by {@code name[key]}}
     *
     * @param name a member name, e.g. {@code "missions"}
     * @param key the code, index or map key, e.g. {@code "011"} or {@code 2}
     */
    public NodePath child(String name, Object key) {
        return append(name + "[" + key + "]");
    }

    /**
     * {@return this path followed by {@code name}}
     *
     * @param name a member name, e.g. {@code "title"}
     */
    public NodePath field(String name) {
        return append(name);
    }

    private NodePath append(String segment) {
        List<String> s = new ArrayList<>(segments.size() + 1);
        s.addAll(segments);
        s.add(segment);
        return new NodePath(Collections.unmodifiableList(s));
    }

    /** {@return the segments, e.g. {@code ["missions[011]", "programs[005]"]}} */
    public List<String> segments() {
        return segments;
    }

    /** {@return true for the plan itself} */
    public boolean isRoot() {
        return segments.isEmpty();
    }

    /** {@return true when {@code o} is a {@code NodePath} equal to this one} */
    @Override
    public boolean equals(Object o) {
        return o instanceof NodePath other && other.segments.equals(segments);
    }

    /** {@return a hash code consistent with {@link #equals(Object)}} */
    @Override
    public int hashCode() {
        return segments.hashCode();
    }

    /** {@return the dotted path, or {@code "$"} for the root} */
    @Override
    public String toString() {
        return segments.isEmpty() ? "$" : String.join(".", segments);
    }
}
