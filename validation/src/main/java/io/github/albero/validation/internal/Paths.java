package io.github.albero.validation.internal;

import io.github.albero.model.Mission;
import io.github.albero.model.NodePath;
import io.github.albero.model.Objective;
import io.github.albero.model.Plan;
import io.github.albero.model.Program;
import io.github.albero.model.PublicValueObjective;
import io.github.albero.model.StrategicObjective;
import jakarta.validation.ElementKind;
import jakarta.validation.Path;
import java.util.List;

/**
 * Turns Hibernate Validator's property path ({@code missions[0].programs[1].objectives[0]}, by
 * index) into Albero's readable {@link NodePath} ({@code missions[011].programs[005].objectives[011-005-001]},
 * by code where the node has one), by following the path through the plan itself.
 */
final class Paths {
    private Paths() {
    }

    /**
     * {@return the same place as a node path}
     *
     * @param plan the validated plan
     * @param path a violation's property path
     */
    static NodePath toNodePath(Plan plan, Path path) {
        NodePath result = NodePath.root();
        Object current = plan;
        String container = null;
        for (Path.Node node : path) {
            // in Bean Validation the index of a list element sits on the node after the list
            if (node.isInIterable() && container != null && node.getIndex() != null) {
                Object element = children(current, container).get(node.getIndex());
                result = step(result, container, element, node.getIndex());
                current = element;
                container = null;
            }
            if (node.getKind() == ElementKind.PROPERTY) {
                container = node.getName();
            }
        }
        return result;
    }

    private static List<?> children(Object parent, String name) {
        if (parent instanceof Plan && name.equals("missions")) {
            return ((Plan) parent).missions();
        }
        if (parent instanceof Plan && name.equals("publicValue")) {
            return ((Plan) parent).publicValue();
        }
        if (parent instanceof PublicValueObjective && name.equals("indicators")) {
            return ((PublicValueObjective) parent).indicators();
        }
        if (parent instanceof Mission && name.equals("programs")) {
            return ((Mission) parent).programs();
        }
        if (parent instanceof Mission && name.equals("objectives")) {
            return ((Mission) parent).objectives();
        }
        if (parent instanceof Program && name.equals("objectives")) {
            return ((Program) parent).objectives();
        }
        if (parent instanceof StrategicObjective && name.equals("operationalObjectives")) {
            return ((StrategicObjective) parent).operationalObjectives();
        }
        if (parent instanceof Objective && name.equals("indicators")) {
            return ((Objective) parent).indicators();
        }
        throw new IllegalStateException("no list " + name + " in " + parent.getClass().getSimpleName());
    }

    private static NodePath step(NodePath parent, String container, Object element, int index) {
        if (element instanceof Mission m) {
            return parent.mission(m.code(), index);
        }
        if (element instanceof Program p) {
            return parent.program(p.code(), index);
        }
        if (element instanceof StrategicObjective o) {
            return parent.objective(o.code(), index);
        }
        if (element instanceof PublicValueObjective v) {
            return parent.member(container, v.code().toString());
        }
        return container.equals("operationalObjectives") ? parent.operationalObjective(index) : parent.indicator(index);
    }
}
