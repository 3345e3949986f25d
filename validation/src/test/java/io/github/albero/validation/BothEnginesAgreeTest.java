package io.github.albero.validation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.albero.model.Plan;
import io.github.albero.testkit.Fixtures;
import io.github.albero.testkit.Generators;
import io.github.albero.validation.internal.Engine;
import io.github.albero.validation.internal.PlanWalk;
import jakarta.validation.Validator;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The rulebook gives the same findings whether the plan's own walk runs it (what
 * {@link PlanValidator} does) or Hibernate Validator does, through its programmatic mapping of
 * the same constraints: on sound plans, on plans of every shape with every kind of defect, and on
 * the fixtures.
 */
class BothEnginesAgreeTest {
    private static final Validator HIBERNATE = Engine.validator();
    private static final PlanWalk WALK = PlanWalk.create();

    private static void assertSameReport(Plan plan, String what) {
        ValidationReport hv = ValidationReport.of(Engine.findings(HIBERNATE, plan));
        ValidationReport walk = ValidationReport.of(WALK.findings(plan));
        assertEquals(hv.findings(), walk.findings(), what);
    }

    @Test
    void wildAndGeneratedPlansGetTheSameFindingsFromBothEngines() {
        List<Plan> plans = new ArrayList<>(Generators.wildPlans().sample(16L, 150));
        plans.addAll(Generators.plans().anyKind().sample(17L, 60));
        int findings = 0;
        for (int k = 0; k < plans.size(); k++) {
            assertSameReport(plans.get(k), "plan " + k);
            findings += PlanValidator.create().validate(plans.get(k)).findings().size();
        }
        assertTrue(findings > 1000, "findings compared: " + findings);
    }

    @Test
    void theFixturesGetTheSameFindingsFromBothEngines() {
        for (String name : Fixtures.names()) {
            assertSameReport(Fixtures.named(name), name);
        }
        assertSameReport(io.github.albero.validation.Fixtures.report(), "the validation fixture");
    }
}
