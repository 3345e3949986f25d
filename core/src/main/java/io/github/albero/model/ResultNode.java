package io.github.albero.model;

import java.util.List;
import java.util.Optional;

/**
 * A node of a calculator's result tree (<i>nodo del risultato</i>): the achievement tree and the
 * variance tree share this shape — a level, a place in the plan, a code, a name, and children in
 * document order — and differ only in the figures each node carries. Renderers and indexes walk
 * either tree through it.
 *
 * <pre>{@code
 * ResultNode<?> root = AchievementCalculator.defaults().evaluate(plan, 2017).root();
 * root.kind();                 // PLAN
 * root.children().size();      // its missions
 * }</pre>
 *
 * @param <N> the type of the nodes of the tree
 */
public interface ResultNode<N extends ResultNode<N>> {
    /** {@return the level of this node} */
    NodeKind kind();

    /** {@return where the node lies in the plan} */
    NodePath path();

    /** {@return the code: {@code "011"}, {@code "011-005"}, {@code "011-005-004"}, or an operational objective's or indicator's own} */
    Optional<String> code();

    /** {@return the title, or the indicator's name} */
    String name();

    /** {@return the child nodes, in document order} */
    List<N> children();
}
