package io.github.albero.model;

import io.github.albero.internal.Problems;
import io.github.albero.InvalidValueException;
import io.github.albero.code.MissionCode;
import io.github.albero.code.ProgramCode;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/** The one check of the strategic objectives under a program or a strategic area. */
final class Programs {
    private Programs() {
    }

    /**
     * Objective codes are unique under their parent, and a classified code ({@code MMM-PPP-NNN})
     * agrees with the parent's program (and, for an area, mission) code; a document's own code
     * names neither, so the agreement does not apply to it.
     */
    static void checkObjectives(NodePath at, List<StrategicObjective> objectives, MissionCode mission, ProgramCode program, String parent) {
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < objectives.size(); i++) {
            StrategicObjective o = objectives.get(i);
            NodePath field = at.objective(o.code(), i).member("code");
            if (program != null && o.code().program().filter(p -> !p.equals(program)).isPresent()) {
                throw new InvalidValueException(field, o.code(), Problems.of("startsWithProgram", program));
            }
            if (mission != null && o.code().mission().filter(m -> !m.equals(mission)).isPresent()) {
                throw new InvalidValueException(field, o.code(), Problems.of("startsWithMission", mission));
            }
            if (!seen.add(o.code().toString())) {
                throw new InvalidValueException(field, o.code(), Problems.of("uniqueWithin", parent));
            }
        }
    }
}
