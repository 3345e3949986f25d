package io.github.albero.variance;

import io.github.albero.model.NodeKind;
import io.github.albero.internal.NodeIndex;
import io.github.albero.model.NodePath;
import io.github.albero.model.ResourceBasis;
import java.util.Optional;

/**
 * The variances (<i>scostamenti</i>) of a whole plan for one year and one budget basis: a tree
 * plan → missions → programs → strategic objectives → operational objectives.
 *
 * <pre>{@code
 * VarianceReport r = VarianceCalculator.againstBudget().evaluate(plan, 2017);
 * r.root().variance();           // the plan's totals
 * r.find("011-005");             // a program
 * System.out.println(Render.of(Locale.ITALIAN).report(r));
 * }</pre>
 */
public final class VarianceReport {
    private final int year;
    private final ResourceBasis basis;
    private final VarianceNode root;
    // built on the first search: most reports are never searched
    private volatile NodeIndex<VarianceNode> index;

    VarianceReport(int year, ResourceBasis basis, VarianceNode root) {
        this.year = year;
        this.basis = basis;
        this.root = root;
        this.index = null;
    }

    /** {@return the year compared} */
    public int year() {
        return year;
    }

    /** {@return the budget the actual figures are compared with} */
    public ResourceBasis basis() {
        return basis;
    }

    /** {@return the plan's node, root of the tree} */
    public VarianceNode root() {
        return root;
    }

    /**
     * {@return the node with that code}
     *
     * @param code a mission ({@code "011"}), program ({@code "011-005"}), strategic objective
     * ({@code "011-005-004"}, U+2010 hyphens accepted) or operational objective code
     */
    public Optional<VarianceNode> find(String code) {
        return index().find(code);
    }

    private NodeIndex<VarianceNode> index() {
        NodeIndex<VarianceNode> i = index;
        if (i == null) {
            i = NodeIndex.of(root, VarianceNode::children, VarianceNode::path, VarianceNode::code, n -> true);
            index = i;
        }
        return i;
    }

    /**
     * {@return the node at that path}
     *
     * @param path a node's path in the plan
     */
    public Optional<VarianceNode> find(NodePath path) {
        return index().findPath(path);
    }

    /** {@return e.g. {@code "Variance 2017, actual against BUDGET"}; {@link io.github.albero.render.Render#report(VarianceReport)} writes the tree in a language} */
    @Override
    public String toString() {
        return "Variance " + year + ", actual against " + basis;
    }
}
