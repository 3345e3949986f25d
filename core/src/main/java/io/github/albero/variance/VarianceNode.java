package io.github.albero.variance;

import io.github.albero.model.NodeKind;
import io.github.albero.internal.Strings;
import io.github.albero.model.NodePath;
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
    private final NodePath path;
    private final String code;
    private final String name;
    private final ResourceVariance variance;
    private final int contributors;
    // typed: a note's text is written only by a renderer
    private final List<VarianceNote> notes;
    private final List<VarianceNode> children;

    VarianceNode(NodeKind kind, NodePath path, Optional<String> code, String name, Optional<ResourceVariance> variance,
            int contributors, List<VarianceNote> notes, List<VarianceNode> children) {
        this.kind = kind;
        this.path = path;
        this.code = code.orElse(null);
        this.name = name;
        this.variance = variance.orElse(null);
        this.contributors = contributors;
        this.notes = List.copyOf(notes);
        this.children = List.copyOf(children);
    }

    /** {@return the level of this node} */
    @Override
    public NodeKind kind() {
        return kind;
    }

    /** {@return where the node lies in the plan} */
    @Override
    public NodePath path() {
        return path;
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
        return notes;
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
        if (!notes.isEmpty()) {
            sb.append(' ').append(notes);
        }
        return sb.toString();
    }
}
