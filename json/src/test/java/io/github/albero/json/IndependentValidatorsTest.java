package io.github.albero.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import io.github.albero.model.Plan;
import io.github.albero.testkit.PlanGenerator;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The schema is accepted by an independent validator, python-jsonschema (which, like most,
 * computes in binary floating point): every valid document passes, every schema-breaking one
 * fails. CI installs it ({@code .ci/run}: {@code apt-get install -y python3-jsonschema}); a
 * machine without it fails this test with the command to run, it does not skip it.
 */
class IndependentValidatorsTest {
    private static final String SCRIPT = String.join("\n",
            "import json, os, sys",
            "import jsonschema",
            "schema = json.load(open(sys.argv[1], encoding='utf-8'))",
            "jsonschema.Draft202012Validator.check_schema(schema)",
            "v = jsonschema.Draft202012Validator(schema)",
            "for kind in ('valid', 'invalid'):",
            "    d = os.path.join(sys.argv[2], kind)",
            "    for name in sorted(os.listdir(d)):",
            "        errors = list(v.iter_errors(json.load(open(os.path.join(d, name), encoding='utf-8'))))",
            "        ok = not errors if kind == 'valid' else bool(errors)",
            "        print(('OK ' if ok else 'WRONG ') + kind + ' ' + name + ('' if ok or not errors else ': ' + errors[0].message[:200]))",
            "");

    /** @return a python that has jsonschema, found robustly (pyenv shims may lack it); null when none */
    static String pythonWithJsonschema() {
        List<String> candidates = new ArrayList<>();
        String fromEnv = System.getenv("ALBERO_PYTHON");
        if (fromEnv != null && !fromEnv.isBlank()) {
            candidates.add(fromEnv);
        }
        candidates.addAll(List.of("/usr/bin/python3", "python3", "/usr/local/bin/python3", "python"));
        for (String python : candidates) {
            try {
                Process p = new ProcessBuilder(python, "-c", "import jsonschema").redirectErrorStream(true).start();
                p.getInputStream().readAllBytes();
                if (p.waitFor(60, TimeUnit.SECONDS) && p.exitValue() == 0) {
                    return python;
                }
            } catch (IOException | InterruptedException e) {
                // not this one
            }
        }
        return null;
    }

    @Test
    void pythonJsonschemaAcceptsEveryValidDocumentAndRejectsTheBrokenOnes(@TempDir Path dir) throws Exception {
        String python = pythonWithJsonschema();
        if (python == null) {
            fail("no python with the jsonschema package found (tried $ALBERO_PYTHON, /usr/bin/python3, python3, "
                    + "/usr/local/bin/python3, python): install it with `apt-get install -y python3-jsonschema`, as .ci/run does");
        }
        Path valid = Files.createDirectories(dir.resolve("docs/valid"));
        Path invalid = Files.createDirectories(dir.resolve("docs/invalid"));
        int n = 0;
        Files.writeString(valid.resolve("report-2017.json"), Files.readString(RealReportTest.REPORT, StandardCharsets.UTF_8));
        Files.writeString(valid.resolve("report-2017-canonical.json"), AlberoJson.writePretty(AlberoJson.read(RealReportTest.REPORT)));
        Files.writeString(valid.resolve("format-example.json"), FormatDocumentTest.completeExample());
        Files.writeString(valid.resolve("base.json"), BadInputCatalogueTest.BASE);
        Files.writeString(valid.resolve("piao-every-1.1-member.json"), AlberoJson.writePretty(RicherIndicatorsTest.piao()));
        for (Plan plan : PlanGenerator.defaults().clean().sample(20261130, 40)) {
            Files.writeString(valid.resolve(String.format("clean-%03d.json", n++)), AlberoJson.write(plan));
        }
        for (Plan plan : PlanGenerator.defaults().anyKind().sample(20261130, 300)) {
            Files.writeString(valid.resolve(String.format("generated-%03d.json", n++)), AlberoJson.write(plan));
        }
        int broken = 0;
        for (String[] c : SchemaTest.BREAKING) {
            Files.writeString(invalid.resolve(String.format("%02d-%s.json", broken++, c[0].replace(' ', '-'))),
                    BadInputCatalogueTest.edit(c[1], c[2]));
        }
        Path script = dir.resolve("check.py");
        Files.writeString(script, SCRIPT);
        Path schema = dir.resolve("schema.json");
        Files.writeString(schema, AlberoJson.schema());
        Process p = new ProcessBuilder(python, script.toString(), schema.toString(), dir.resolve("docs").toString())
                .redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(p.waitFor(300, TimeUnit.SECONDS), "python-jsonschema did not finish");
        assertEquals(0, p.exitValue(), out);
        List<String> lines = out.lines().toList();
        assertEquals(5 + 40 + 300 + broken, lines.size(), out);
        assertEquals(List.of(), lines.stream().filter(l -> !l.startsWith("OK ")).toList());
    }
}
