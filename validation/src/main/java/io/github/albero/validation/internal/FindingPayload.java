package io.github.albero.validation.internal;

import io.github.albero.model.NodePath;
import io.github.albero.validation.Finding;
import io.github.albero.validation.RuleCode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * What a rule's validator attaches to its one constraint violation on a node, as Hibernate
 * Validator's dynamic payload: the findings of that rule on that node, each with its rule code,
 * its place relative to the node, the offending value and the message arguments.
 */
final class FindingPayload {
    private final List<Draft> drafts = new ArrayList<>(2);

    /** One finding before it is placed in the plan. */
    private record Draft(RuleCode code, Rel where, Object value, Map<String, Object> arguments) {
    }

    void add(RuleCode code, Rel where, Object value, Map<String, Object> arguments) {
        drafts.add(new Draft(code, where, value, arguments));
    }

    boolean isEmpty() {
        return drafts.isEmpty();
    }

    /** Places every finding below the path of the node the rule checked. */
    void addTo(List<Finding> findings, NodePath node) {
        for (Draft d : drafts) {
            findings.add(Finding.of(d.code(), d.where().applyTo(node), d.value(), d.arguments()));
        }
    }
}
