package io.github.albero.variance;

import io.github.albero.model.NodeKind;
import io.github.albero.internal.NodeIndex;
import io.github.albero.model.NodePath;
import io.github.albero.model.ResourceBasis;
import io.github.albero.model.ResourceLine;
import io.github.albero.money.Money;
import io.github.albero.table.Table;
import io.github.albero.text.Formatter;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
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

    /**
     * Returns the nodes of one level as a table of one resource line: budget (or the other
     * basis), actual, difference and utilisation, one row per node in document order.
     *
     * @param kind the level, e.g. {@link NodeKind#MISSION}
     * @param line the line, e.g. {@link ResourceLine#COSTS}
     * @param locale the language of the headers and numbers
     * @return the table; print it for aligned columns at most 100 wide, or write it as CSV
     */
    public Table table(NodeKind kind, ResourceLine line, Locale locale) {
        boolean it = "it".equals(locale.getLanguage());
        List<List<String>> rows = new ArrayList<>();
        collect(root, kind, line, locale, rows);
        String basisHeader = basis == ResourceBasis.BUDGET ? (it ? "Preventivo" : "Budget") : (it ? "Riferimento" : "Reference");
        return Table.of(it ? List.of("Codice", "Nome", basisHeader, "Consuntivo", "Differenza", "Utilizzo")
                : List.of("Code", "Name", basisHeader, "Actual", "Difference", "Utilisation"), rows);
    }

    private static void collect(VarianceNode node, NodeKind kind, ResourceLine line, Locale locale, List<List<String>> rows) {
        if (node.kind() == kind) {
            Optional<LineVariance> v = node.variance().map(r -> r.line(line));
            rows.add(List.of(node.code().orElse(""), node.name(), v.map(x -> money(x.budget(), locale)).orElse(""),
                    v.map(x -> money(x.actual(), locale)).orElse(""), v.map(x -> money(x.absolute(), locale)).orElse(""),
                    v.flatMap(LineVariance::utilisation).map(p -> percent(p.points(), locale)).orElse("")));
            return;
        }
        node.children().forEach(c -> collect(c, kind, line, locale, rows));
    }

    private static String money(Money m, Locale locale) {
        return Formatter.of(locale).amount(m) + " €";
    }

    private static String percent(BigDecimal points, Locale locale) {
        return Formatter.of(locale).percent(points.setScale(2, RoundingMode.HALF_EVEN));
    }

    /** {@return the whole tree as indented text, one node per line: English, canonical numbers ({@code EUR 257143.00})} */
    public String render() {
        return render(Formatter.canonical());
    }

    /**
     * {@return the whole tree as indented text in a language, one node per line, after a heading}
     *
     * @param locale Italian for an Italian-language locale, English otherwise
     */
    public String render(Locale locale) {
        return render(Formatter.of(locale));
    }

    private String render(Formatter f) {
        StringBuilder sb = new StringBuilder(heading(f)).append('\n');
        root.render(sb, 0, f);
        return sb.toString();
    }

    private String heading(Formatter f) {
        return VarianceCalculator.PHRASES.message("heading", year, VarianceCalculator.PHRASES.message("basis." + basis.name())).render(f);
    }

    /** {@return e.g. {@code "Variance 2017, actual (consuntivo) against budget (preventivo)"}} */
    @Override
    public String toString() {
        return heading(Formatter.canonical());
    }
}
