package io.github.albero.validation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.albero.model.Result;
import io.github.albero.model.Target;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class SmokeTest {
    @Test
    void theCleanReportHasNoFinding() {
        ValidationReport r = PlanValidator.create().validate(Fixtures.report());
        assertTrue(r.isEmpty(), r::toString);
    }

    @Test
    void twoFindingsOnOneIndicatorKeepTheirOwnPayloads() {
        ValidationReport r = PlanValidator.create().validate(Fixtures.mapIndicator(Fixtures.report(),
                i -> i.withTargets(java.util.Map.of(2016, Target.of("boh"), 2017, Target.parse("almeno 2 eventi"), 2018, Target.of("mah")))
                        .withResults(java.util.Map.of(2017, Result.of("???")))));
        System.out.println(r.render(Locale.ITALIAN));
        System.out.println(r);
        assertEquals(3, r.findings().size());
    }
}
