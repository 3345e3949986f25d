package io.github.albero.variance;

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
 * System.out.println(r.render());
 * }</pre>
 */
public final class VarianceReport {
    private final int year;
    private final ResourceBasis basis;
    private final VarianceNode root;
    private final NodeIndex<VarianceNode> index;

    VarianceReport(int year, ResourceBasis basis, VarianceNode root) {
        this.year = year;
        this.basis = basis;
        this.root = root;
        this.index = NodeIndex.of(root, VarianceNode::children, VarianceNode::path, VarianceNode::code, n -> true);
    }

    /** @return the year compared */
    public int year() {
        return year;
    }

    /** @return the budget the actual figures are compared with */
    public ResourceBasis basis() {
        return basis;
    }

    /** @return the plan's node, root of the tree */
    public VarianceNode root() {
        return root;
    }

    /**
     * @param code a mission ({@code "011"}), program ({@code "011-005"}), strategic objective
     *     ({@code "011-005-004"}, U+2010 hyphens accepted) or operational objective code
     * @return the node with that code
     */
    public Optional<VarianceNode> find(String code) {
        return index.find(code);
    }

    /**
     * @param path a node's path in the plan
     * @return the node at that path
     */
    public Optional<VarianceNode> find(NodePath path) {
        return index.find(path);
    }

    /** @return the whole tree as indented text, one node per line */
    public String render() {
        StringBuilder sb = new StringBuilder(toString()).append('\n');
        root.render(sb, 0);
        return sb.toString();
    }

    /** @return e.g. {@code "Variance 2017, actual (consuntivo) against budget (preventivo)"} */
    @Override
    public String toString() {
        return "Variance " + year + ", actual (consuntivo) against " + VarianceCalculator.describe(basis);
    }
}
