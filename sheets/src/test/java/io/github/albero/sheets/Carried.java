package io.github.albero.sheets;

import io.github.albero.model.Indicator;
import io.github.albero.model.Mission;
import io.github.albero.model.OperationalObjective;
import io.github.albero.model.Plan;
import io.github.albero.model.Program;
import io.github.albero.model.StrategicObjective;
import java.util.List;
import java.util.stream.Collectors;

/**
 * The shapes the template does not carry, as TEMPLATE.md says: a list item (a note, a
 * stakeholder) holding a line break, since a list cell holds one item per line; resources
 * present but without any year, since the resources sheet has one row per year. (The shapes the
 * writer refuses rather than drops, such as a method with other bands, are not generated.) Generated plans
 * are mapped to the nearest carried shape (line breaks inside list items become spaces, empty resources absent) before
 * the round trip; everything else is compared as generated.
 */
final class Carried {
    private Carried() {
    }

    static Plan carried(Plan p) {
        return Plan.builder().from(p).notes(flat(p.notes()))
                .publicValue(p.publicValue().stream().map(v -> v.withNotes(flat(v.notes())).withStakeholders(flat(v.stakeholders()))
                        .withIndicators(v.indicators().stream().map(Carried::indicator).collect(Collectors.toList())))
                        .collect(Collectors.toList()))
                .missions(p.missions().stream().map(Carried::mission).collect(Collectors.toList())).build();
    }

    private static Mission mission(Mission m) {
        return Mission.builder().from(m).notes(flat(m.notes()))
                .programs(m.programs().stream().map(Carried::program).collect(Collectors.toList())).build();
    }

    private static Program program(Program p) {
        return Program.builder().from(p).notes(flat(p.notes()))
                .objectives(p.objectives().stream().map(Carried::objective).collect(Collectors.toList())).build();
    }

    private static StrategicObjective objective(StrategicObjective o) {
        return StrategicObjective.builder().from(o).notes(flat(o.notes())).stakeholders(flat(o.stakeholders()))
                .resources(o.resources().filter(r -> !r.years().isEmpty()))
                .indicators(o.indicators().stream().map(Carried::indicator).collect(Collectors.toList()))
                .operationalObjectives(o.operationalObjectives().stream().map(Carried::operational).collect(Collectors.toList()))
                .build();
    }

    private static OperationalObjective operational(OperationalObjective o) {
        return OperationalObjective.builder().from(o).notes(flat(o.notes())).stakeholders(flat(o.stakeholders()))
                .resources(o.resources().filter(r -> !r.years().isEmpty()))
                .indicators(o.indicators().stream().map(Carried::indicator).collect(Collectors.toList())).build();
    }

    private static Indicator indicator(Indicator i) {
        return i.withNotes(flat(i.notes()));
    }

    private static List<String> flat(List<String> items) {
        return items.stream().map(s -> s.replaceAll("\r\n|\r|\n", " ")).collect(Collectors.toList());
    }
}
