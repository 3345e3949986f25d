package io.github.albero.validation;

import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class ShippedDocsTest {
    @Test
    void theRulebookDescriptionShipsNextToPlanValidatorAndNamesEveryRule() throws IOException {
        try (InputStream in = PlanValidator.class.getResourceAsStream("RULES.md")) {
            assertNotNull(in, "RULES.md is not in the jar");
            String rules = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            for (RuleCode rule : RuleCode.values()) {
                assertTrue(rules.contains(rule.code()), rule + " is not described in RULES.md");
            }
        }
    }
}
