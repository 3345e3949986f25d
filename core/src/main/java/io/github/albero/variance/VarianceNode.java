package io.github.albero.variance;

import io.github.albero.model.NodeKind;
import io.github.albero.internal.Strings;
import io.github.albero.model.NodePath;
import io.github.albero.model.Objective;
import io.github.albero.model.ResultNode;
import java.util.List;
import java.util.Optional;

/**
 * One node of a variance result tree: the plan, a mission, a program, a strategic or an
 * operational objective, with its variance when any figures contribute to it, and notes that
 * say why figures are missing or how they were obtained.
 *
 * <p>The variance of a plan, mission or program is the exact sum of its children's. A strategic
 * objective uses its own resources; when it has none for the year, the sum of its operational
 * objectives'. Nodes without budget and actual figures for the year contribute nothing, and
 * their notes say so.
 */
public final class VarianceNode implements ResultNode<VarianceNode> {
    private final NodeKind kind;
    // an operational objective's path is its objective's and its index, made when asked for; index -1: base is the path
    private final NodePath base;
    private final int index;
    private NodePath path;
    private final String code;
    private final String name;
    private final ResourceVariance variance;
    private final int contributors;
    // typed notes, made when asked for from what computed the figures; a note's text is written only by a renderer
    private volatile List<VarianceNote> notes;
    private final VarianceCalculator calculator;
    private final int year;
    private final Objective source;
    private final List<VarianceNode> children;

    // nullable arguments: one node per objective is built on the hot path
    VarianceNode(NodeKind kind, NodePath base, int index, String code, String name, ResourceVariance variance, int contributors,
            VarianceCalculator calculator, int year, Objective source, List<VarianceNode> children) {
        this.kind = kind;
        this.base = base;
        this.index = index;
        this.code = code;
        this.name = name;
        this.variance = variance;
        this.contributors = contributors;
        this.calculator = calculator;
        this.year = year;
        this.source = source;
        this.children = List.copyOf(children);
    }

    /** {@return how many objectives' figures the nodes' variances sum} */
    static int contributors(List<VarianceNode> nodes) {
        int n = 0;
        for (int i = 0, size = nodes.size(); i < size; i++) {
            n += nodes.get(i).contributors;
        }
        return n;
    }

    /** {@return the variance, or null: {@link #variance()} without an Optional, for the calculator} */
    ResourceVariance varianceOrNull() {
        return variance;
    }

    /** {@return the level of this node} */
    @Override
    public NodeKind kind() {
        return kind;
    }

    /** {@return where the node lies in the plan} */
    @Override
    public NodePath path() {
        NodePath p = path;
        if (p == null) {
            // racy but safe: a path's fields are final, every thread makes an equal one
            p = index < 0 ? base : base.operationalObjective(index);
            path = p;
        }
        return p;
    }

    /** {@return the code: {@code "011"}, {@code "011-005"}, {@code "011-005-004"}, an operational objective's own code} */
    @Override
    public Optional<String> code() {
        return Optional.ofNullable(code);
    }

    /** {@return the title} */
    @Override
    public String name() {
        return name;
    }

    /** {@return the variance, or empty when no figures contribute to this node} */
    public Optional<ResourceVariance> variance() {
        return Optional.ofNullable(variance);
    }

    /** {@return how many objectives' figures are summed in this node's variance} */
    public int contributors() {
        return contributors;
    }

    /** {@return why figures are missing, or how they were obtained: typed notes, written by {@link io.github.albero.render.Render#notes(VarianceNode)}} */
    public List<VarianceNote> notes() {
        List<VarianceNote> n = notes;
        if (n == null) {
            n = calculator.notes(this, source, year);
            notes = n;
        }
        return n;
    }

    /** {@return the child nodes, in document order} */
    @Override
    public List<VarianceNode> children() {
        return children;
    }

    /**
     * {@return e.g. {@code "PROGRAM 011-005 Promozione …: revenues EUR 130000.00 → EUR 110000.00: …; costs …"} — the
     * data, locale-neutral; {@link io.github.albero.render.Render#node(VarianceNode)} writes the line in a language}
     */
    @Override
    public String toString() {
        StringBuilder sb = new StringBuilder(kind.name());
        if (code != null) {
            sb.append(' ').append(code);
        }
        sb.append(' ').append(Strings.abbreviate(name, 50)).append(": ").append(variance == null ? "no figures" : variance.toString());
        if (!notes().isEmpty()) {
            sb.append(' ').append(notes());
        }
        return sb.toString();
    }
}
