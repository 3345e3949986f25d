package io.github.albero.internal;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.Predicate;

/**
 * Finds the nodes of a computed tree (achievement, variance) by code or by path. Not exported;
 * it knows nothing of the model above it: a path is any key with {@code equals} and {@code hashCode}.
 *
 * @param <N> the node type
 */
public final class NodeIndex<N> {
    private final Map<String, N> byCode;
    private final Map<Object, N> byPath;

    private NodeIndex(Map<String, N> byCode, Map<Object, N> byPath) {
        this.byCode = byCode;
        this.byPath = byPath;
    }

    /**
     * Indexes every node below {@code root}. When two nodes share a code, a node that
     * {@code preferred} accepts wins, then the first met walking depth first.
     *
     * @param root the root
     * @param children a node's children
     * @param path a node's path
     * @param code a node's code, if any
     * @param preferred which nodes win a shared code (e.g. objectives over indicators)
     * @param <N> the node type
     * @return the index
     */
    public static <N> NodeIndex<N> of(N root, Function<N, List<N>> children, Function<N, ?> path,
            Function<N, Optional<String>> code, Predicate<N> preferred) {
        Map<String, N> codes = new HashMap<>();
        Map<Object, N> paths = new HashMap<>();
        List<N> others = new ArrayList<>();
        Deque<N> todo = new ArrayDeque<>();
        todo.push(root);
        while (!todo.isEmpty()) {
            N n = todo.pop();
            paths.put(path.apply(n), n);
            if (preferred.test(n)) {
                code.apply(n).ifPresent(c -> codes.putIfAbsent(c, n));
            } else {
                others.add(n);
            }
            children.apply(n).forEach(todo::push);
        }
        for (N n : others) {
            code.apply(n).ifPresent(c -> codes.putIfAbsent(c, n));
        }
        return new NodeIndex<>(Collections.unmodifiableMap(codes), Collections.unmodifiableMap(paths));
    }

    /**
     * {@return the node with that code}
     *
     * @param code a code; U+2010, U+2011 and U+2013 hyphens are read as ASCII ones
     */
    public Optional<N> find(String code) {
        if (code == null) {
            return Optional.empty();
        }
        String c = code.strip();
        N exact = byCode.get(c);
        return exact != null ? Optional.of(exact) : Optional.ofNullable(byCode.get(c.replaceAll("[\u2010\u2011\u2013]", "-")));
    }

    /**
     * {@return the node at that path}
     *
     * @param path a path, as the index's path function gives it
     */
    public Optional<N> findPath(Object path) {
        return Optional.ofNullable(byPath.get(path));
    }
}
