package io.github.albero.variance;

import io.github.albero.code.MissionCode;
import io.github.albero.code.ObjectiveCode;
import io.github.albero.code.ProgramCode;
import io.github.albero.model.Administration;
import io.github.albero.model.Mission;
import io.github.albero.model.OperationalObjective;
import io.github.albero.model.Plan;
import io.github.albero.model.PlanKind;
import io.github.albero.model.Program;
import io.github.albero.model.ResourceAmounts;
import io.github.albero.model.Resources;
import io.github.albero.model.StrategicObjective;
import io.github.albero.money.Money;
import io.github.albero.period.YearRange;
import java.util.List;

/** Small plans built with the model's builders, for the variance tests. */
final class VariancePlans {
    private VariancePlans() {
    }

    static ResourceAmounts amounts(String revenues, String costs, String investments) {
        return ResourceAmounts.of(Money.parse(revenues), Money.parse(costs), Money.parse(investments));
    }

    static StrategicObjective objective(String code, Resources resources) {
        StrategicObjective.Builder b = StrategicObjective.builder().code(ObjectiveCode.parse(code)).title("Objective " + ObjectiveCode.parse(code));
        if (resources != null) {
            b.resources(resources);
        }
        return b.build();
    }

    static StrategicObjective objective(String code, ResourceAmounts budget, ResourceAmounts actual) {
        return objective(code, Resources.of(2017, budget, actual));
    }

    static OperationalObjective operational(String code, ResourceAmounts budget, ResourceAmounts actual) {
        return OperationalObjective.builder().code(code).title("Operational " + code).resources(Resources.of(2017, budget, actual)).build();
    }

    static Program program(String code, List<StrategicObjective> objectives) {
        return Program.builder().code(ProgramCode.of(code)).title("Program " + code).addAllObjectives(objectives).build();
    }

    static Mission mission(String code, List<Program> programs) {
        return Mission.builder().code(MissionCode.of(code)).title("Mission " + code).addAllPrograms(programs).build();
    }

    static Plan plan(List<Mission> missions) {
        return Plan.builder().kind(PlanKind.REPORT).administration(Administration.of("Camera di Commercio di Lucca"))
                .referenceYear(2017).horizon(YearRange.of(2016, 2018)).addAllMissions(missions).build();
    }

    /** Objective 011-005-004 of the seed's 2017 report, resources only. */
    static StrategicObjective seed011005004() {
        return objective("011‐005‐004", amounts("€ 130.000,00", "€ 257.143,00", "€ 0,00"), amounts("€ 110.000,00", "€ 229.720,66", "€ 0,00"));
    }
}
