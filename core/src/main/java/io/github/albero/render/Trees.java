package io.github.albero.render;

import io.github.albero.model.ResultNode;
import java.util.function.Function;

/** The one walk of a result tree as indented text, whichever calculator made it. */
final class Trees {
    private Trees() {
    }

    /** Appends the node's line and its subtree's, two spaces deeper per level, one node per line. */
    static <N extends ResultNode<N>> void indent(StringBuilder sb, N node, int depth, Function<N, String> line) {
        sb.append("  ".repeat(depth)).append(line.apply(node)).append('\n');
        for (N c : node.children()) {
            indent(sb, c, depth + 1, line);
        }
    }
}
