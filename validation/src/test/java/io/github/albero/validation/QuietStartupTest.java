package io.github.albero.validation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.io.File;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * A library user who never configured logging sees nothing of Hibernate Validator's start-up:
 * a fresh JVM (Hibernate Validator announces itself once per JVM) validates a report, with
 * {@code PlanValidator} and with the rulebook under Hibernate Validator, and its standard error
 * stays empty.
 */
class QuietStartupTest {
    @Test
    void validatingPrintsNothingWhenTheApplicationHasNotConfiguredLogging() throws Exception {
        List<String> path = new ArrayList<>();
        for (String property : List.of("jdk.module.path", "java.class.path")) {
            String p = System.getProperty(property);
            if (p != null && !p.isBlank()) {
                path.add(p);
            }
        }
        String java = ProcessHandle.current().info().command().orElse("java");
        Process process = new ProcessBuilder(java, "-cp", String.join(File.pathSeparator, path), Main.class.getName())
                .redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
        String err = new String(process.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
        process.waitFor(60, TimeUnit.SECONDS);
        assertEquals(0, process.exitValue(), err);
        assertFalse(err.contains("HV000001"), err);
        assertEquals("", err.strip());
    }

    /** What the application does: validate a report, with no logging configuration at all. */
    public static final class Main {
        private Main() {
        }

        /** @param args none */
        public static void main(String[] args) {
            PlanValidator.create().validate(Fixtures.report());
            // PlanValidator walks the plan itself; the same rulebook under Hibernate Validator must be as quiet
            io.github.albero.validation.internal.Engine.validator().validate(Fixtures.report());
        }
    }
}
