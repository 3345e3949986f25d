package io.github.albero.validation.internal;

import io.github.albero.model.NodePath;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * A path relative to the node a constraint validates, e.g. {@code targets[2017]}; appended to
 * the node's own path to give a finding's {@link NodePath}.
 */
public final class Rel {
    private static final Rel HERE = new Rel(List.of());

    private final List<Object[]> steps;

    private Rel(List<Object[]> steps) {
        this.steps = steps;
    }

    /** {@return the node itself} */
    public static Rel here() {
        return HERE;
    }

    /**
     * {@return the path {@code name}}
     *
     * @param name a member name
     */
    public static Rel field(String name) {
        return HERE.then(name, null);
    }

    /**
     * {@return the path {@code name[key]}}
     *
     * @param name a member name
     * @param key a code, index or map key
     */
    public static Rel child(String name, Object key) {
        return HERE.then(name, key);
    }

    /**
     * {@return the same path, relative to the plan}
     *
     * @param path an absolute path (for validators on the plan itself)
     */
    public static Rel of(NodePath path) {
        Rel r = HERE;
        for (String s : path.segments()) {
            r = r.then(s, null);
        }
        return r;
    }

    /**
     * {@return this path followed by {@code name}}
     *
     * @param name a member name
     */
    public Rel dot(String name) {
        return then(name, null);
    }

    /**
     * {@return this path followed by {@code name[key]}}
     *
     * @param name a member name
     * @param key a code, index or map key
     */
    public Rel index(String name, Object key) {
        return then(name, key);
    }

    private Rel then(String name, Object key) {
        List<Object[]> s = new ArrayList<>(steps);
        s.add(new Object[] {name, key});
        return new Rel(Collections.unmodifiableList(s));
    }

    /**
     * {@return the base followed by this path}
     *
     * @param base the path of the validated node
     */
    public NodePath applyTo(NodePath base) {
        NodePath p = base;
        for (Object[] step : steps) {
            p = step[1] == null ? p.field((String) step[0]) : p.child((String) step[0], step[1]);
        }
        return p;
    }
}
