package io.github.albero.report;

import io.github.albero.model.Indicator;
import io.github.albero.model.Mission;
import io.github.albero.model.NodePath;
import io.github.albero.model.Objective;
import io.github.albero.model.Plan;
import io.github.albero.model.Program;
import io.github.albero.model.PublicValueObjective;
import io.github.albero.model.StrategicObjective;
import java.util.ArrayList;
import java.util.List;

/**
 * A finding's place as people read it: codes and titles instead of member names, e.g.
 * {@code Missione 011 Competitività… › Programma 005 … › Obiettivo 011-005-004 FAVORIRE LO START
 * UP… › Indicatore 3 «Eventi…» › risultato 2017}. Titles are cut at {@value #TITLE} code points;
 * the result is neutralised but not escaped.
 */
final class HumanPath {
    static final int TITLE = 48;

    private HumanPath() {
    }

    static String of(Plan plan, NodePath path, Labels labels) {
        if (path.isRoot()) {
            return labels.get("path.document");
        }
        List<String> parts = new ArrayList<>();
        Object at = plan;
        for (NodePath.Segment segment : path.segments()) {
            String name = segment.name();
            String key = segment.key();
            Object next = key == null ? null : child(at, name, key);
            parts.add(describe(name, key, next, labels));
            at = next;
        }
        return String.join(" › ", parts);
    }

    private static Object child(Object parent, String name, String key) {
        try {
            if (parent instanceof Plan && name.equals("missions")) {
                return ((Plan) parent).mission(key).orElse(null);
            }
            if (parent instanceof Mission && name.equals("programs")) {
                return ((Mission) parent).program(key).orElse(null);
            }
            if (parent instanceof Program && name.equals("objectives")) {
                return ((Program) parent).objective(key).orElse(null);
            }
            if (parent instanceof StrategicObjective && name.equals("operationalObjectives")) {
                return ((StrategicObjective) parent).operationalObjectives().get(Integer.parseInt(key));
            }
            if (parent instanceof Objective && name.equals("indicators")) {
                return ((Objective) parent).indicators().get(Integer.parseInt(key));
            }
            // the PIAO's public-value objectives, by code, and their impact indicators
            if (parent instanceof Plan && name.equals("publicValue")) {
                return ((Plan) parent).publicValueObjective(key).orElse(null);
            }
            if (parent instanceof PublicValueObjective && name.equals("indicators")) {
                return ((PublicValueObjective) parent).indicators().get(Integer.parseInt(key));
            }
        } catch (RuntimeException notThere) {
            // an index out of range or not a number: described by its key alone
        }
        return null;
    }

    private static String describe(String name, String key, Object node, Labels labels) {
        String label = labels.getOr("member." + name, name);
        if (key == null) {
            return label;
        }
        String k = Safe.flat(key);
        if (node instanceof Mission) {
            return label + " " + k + " " + Safe.abbreviate(((Mission) node).title(), TITLE);
        }
        if (node instanceof Program) {
            return label + " " + k + " " + Safe.abbreviate(((Program) node).title(), TITLE);
        }
        if (node instanceof Objective && name.equals("objectives")) {
            return label + " " + k + " " + Safe.abbreviate(((Objective) node).title(), TITLE);
        }
        if (node instanceof Objective) {
            return label + " " + (Integer.parseInt(key) + 1) + " «" + Safe.abbreviate(((Objective) node).title(), TITLE) + "»";
        }
        if (node instanceof PublicValueObjective) {
            return label + " " + k + " " + Safe.abbreviate(((PublicValueObjective) node).title(), TITLE);
        }
        if (node instanceof Indicator) {
            return label + " " + (Integer.parseInt(key) + 1) + " «" + Safe.abbreviate(((Indicator) node).name(), TITLE) + "»";
        }
        return label + " " + k;
    }
}
