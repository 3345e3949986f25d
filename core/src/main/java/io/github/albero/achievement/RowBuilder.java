package io.github.albero.achievement;

import io.github.albero.model.NodeKind;
import io.github.albero.model.LocatedIndicator;
import io.github.albero.model.Mission;
import io.github.albero.model.NodePath;
import io.github.albero.model.OperationalObjective;
import io.github.albero.model.Plan;
import io.github.albero.model.Program;
import io.github.albero.model.StrategicObjective;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Flattens an achievement tree into rows, walking the plan alongside so that each row leads to its model node. */
final class RowBuilder {
    private RowBuilder() {
    }

    static Rows rows(AchievementNode root, Plan plan, int year) {
        Map<NodePath, LocatedIndicator> located = new HashMap<>();
        plan.indicators().forEach(li -> located.put(li.path(), li));
        List<Row> rows = new ArrayList<>();
        // the calculator builds the tree in the plan's order: children line up with the model's lists
        for (int m = 0; m < root.children().size(); m++) {
            AchievementNode mn = root.children().get(m);
            Mission mission = plan.missions().get(m);
            rows.add(new Row(mn, year, mission, null, null));
            // a strategic area's objectives come first (a mission has none), then the programs
            int areaObjectives = mission.objectives().size();
            for (int o = 0; o < areaObjectives; o++) {
                strategic(rows, mn.children().get(o), mission.objectives().get(o), located, year);
            }
            for (int p = areaObjectives; p < mn.children().size(); p++) {
                AchievementNode pn = mn.children().get(p);
                Program program = mission.programs().get(p - areaObjectives);
                rows.add(new Row(pn, year, program, null, null));
                for (int o = 0; o < pn.children().size(); o++) {
                    strategic(rows, pn.children().get(o), program.objectives().get(o), located, year);
                }
            }
        }
        return new Rows(rows);
    }

    private static void strategic(List<Row> rows, AchievementNode on, StrategicObjective o, Map<NodePath, LocatedIndicator> located,
            int year) {
        rows.add(new Row(on, year, o, o, null));
        int operational = 0;
        for (AchievementNode child : on.children()) {
            if (child.kind() == NodeKind.INDICATOR) {
                LocatedIndicator li = located.get(child.path());
                rows.add(new Row(child, year, li == null ? null : li.indicator(), o, li));
            } else {
                OperationalObjective oo = o.operationalObjectives().get(operational++);
                rows.add(new Row(child, year, oo, o, null));
                for (AchievementNode in : child.children()) {
                    LocatedIndicator li = located.get(in.path());
                    rows.add(new Row(in, year, li == null ? null : li.indicator(), o, li));
                }
            }
        }
    }
}
