package io.github.albero.validation.internal;

import io.github.albero.code.ProgramCode;
import io.github.albero.model.NodePath;
import java.util.Optional;

/**
 * A path relative to the node a constraint validates, e.g. {@code targets[2017]}; appended to
 * the node's own path to give a finding's {@link NodePath}. A thin name for a relative
 * {@link NodePath}, built from typed steps.
 */
public final class Rel {
    private static final Rel HERE = new Rel(NodePath.root());

    private final NodePath path;

    private Rel(NodePath path) {
        this.path = path;
    }

    /** @return the node itself */
    public static Rel here() {
        return HERE;
    }

    /**
     * @param name a member name
     * @return the path {@code name}
     */
    public static Rel field(String name) {
        return new Rel(NodePath.root().member(name));
    }

    /**
     * @param name a map keyed by year: {@code targets}, {@code results} or {@code resources}
     * @param year the year
     * @return the path {@code name[year]}
     */
    public static Rel year(String name, int year) {
        return new Rel(NodePath.root().year(name, year));
    }

    /**
     * @param index an indicator's position
     * @return the path {@code indicators[index]}
     */
    public static Rel indicator(int index) {
        return new Rel(NodePath.root().indicator(index));
    }

    /**
     * @param code a program's code
     * @param index its position
     * @return the path {@code programs[code]}
     */
    public static Rel program(ProgramCode code, int index) {
        return new Rel(NodePath.root().program(code, index));
    }

    /**
     * @param path a path relative to the validated node, or an absolute one for validators on the plan itself
     * @return the same path
     */
    public static Rel of(NodePath path) {
        return new Rel(path);
    }

    /**
     * @param name a member name
     * @return this path followed by {@code name}
     */
    public Rel dot(String name) {
        return new Rel(path.member(name));
    }

    /**
     * @param name a map keyed by year
     * @param year the year
     * @return this path followed by {@code name[year]}
     */
    public Rel atYear(String name, int year) {
        return new Rel(path.year(name, year));
    }

    /**
     * @param name a list member
     * @param index the element's position
     * @return this path followed by {@code name[index]}
     */
    public Rel index(String name, int index) {
        return new Rel(path.member(name, index));
    }

    /**
     * @param base the path of the validated node
     * @return the base followed by this path
     */
    public NodePath applyTo(NodePath base) {
        // most findings: a rule on the whole plan (absolute paths) or one member of the node
        if (base.isRoot()) {
            return path;
        }
        if (path.isRoot()) {
            return base;
        }
        Optional<NodePath> parent = path.parent();
        return parent.isPresent() && parent.get().isRoot() ? base.then(path.last().get()) : base.resolve(path);
    }
}
