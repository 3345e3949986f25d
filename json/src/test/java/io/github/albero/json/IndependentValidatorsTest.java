package io.github.albero.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import io.github.albero.achievement.AchievementPolicy;
import io.github.albero.model.Plan;
import io.github.albero.testkit.Generators;
import java.util.Optional;
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
 * The schema is accepted by two independent validators, python-jsonschema and ajv 8 (draft
 * 2020-12, strict, with ajv-formats; both compute in binary floating point): every valid
 * document passes, every schema-breaking one fails. CI installs them ({@code .ci/run}:
 * {@code apt-get install -y python3-jsonschema}, and {@code npm ci --prefix json/src/test/ajv}
 * from the committed lock file); a machine without them fails these tests with the command to
 * run, they never skip.
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

    /** The documents both validators check: valid ones under {@code valid/}, schema-breaking ones under {@code invalid/}. */
    static int writeDocuments(Path docs) throws Exception {
        Path valid = Files.createDirectories(docs.resolve("valid"));
        Path invalid = Files.createDirectories(docs.resolve("invalid"));
        int n = 0;
        Files.writeString(valid.resolve("report-2017.json"), Files.readString(RealReportTest.REPORT, StandardCharsets.UTF_8));
        Files.writeString(valid.resolve("report-2017-canonical.json"), AlberoJson.writePretty(AlberoJson.read(RealReportTest.REPORT)));
        Files.writeString(valid.resolve("format-example.json"), FormatDocumentTest.completeExample());
        Files.writeString(valid.resolve("base.json"), BadInputCatalogueTest.BASE);
        Files.writeString(valid.resolve("piao-every-1.1-member.json"), AlberoJson.writePretty(RicherIndicatorsTest.piao()));
        // hand-written documents of the other schemes, texts without readings
        Files.writeString(valid.resolve("strategic-areas.json"), CodesAndSchemesJsonTest.AREAS);
        Files.writeString(valid.resolve("local-authority.json"), CodesAndSchemesJsonTest.LOCAL);
        for (Plan plan : PlanGenerator.defaults().clean().sample(20261130, 40)) {
            Files.writeString(valid.resolve(String.format("clean-%03d.json", n++)), AlberoJson.write(plan));
        }
        for (Plan plan : PlanGenerator.defaults().anyKind().sample(20261130, 300)) {
            Files.writeString(valid.resolve(String.format("generated-%03d.json", n++)), AlberoJson.write(plan));
        }
        // measurement methods of every shape, band tables included
        List<AchievementPolicy> methods = Generators.methods().sample(20261130, 30);
        for (int i = 0; i < methods.size(); i++) {
            Plan plan = PlanGenerator.defaults().clean().generate(i).withMethod(Optional.of(methods.get(i)));
            Files.writeString(valid.resolve(String.format("method-%03d.json", n++)), AlberoJson.write(plan));
        }
        for (String[] c : SchemaTest.VALID_AT_THE_EDGES) {
            Files.writeString(valid.resolve(String.format("edge-%03d-%s.json", n++, c[0].replace(' ', '-'))), BadInputCatalogueTest.edit(c[1], c[2]));
        }
        int broken = 0;
        for (String[] c : SchemaTest.BREAKING_FOR_AJV_AND_PYTHON) {
            Files.writeString(invalid.resolve(String.format("%02d-%s.json", broken++, c[0].replace(' ', '-'))),
                    BadInputCatalogueTest.edit(c[1], c[2]));
        }
        for (String[] c : SchemaTest.BREAKING) {
            Files.writeString(invalid.resolve(String.format("%02d-%s.json", broken++, c[0].replace(' ', '-'))),
                    BadInputCatalogueTest.edit(c[1], c[2]));
        }
        return 7 + n + broken;
    }

    /** Runs a validator and checks its verdict on every document: one "OK"/"WRONG" line each. */
    private static void assertEveryVerdictRight(List<String> command, int documents, String header) throws Exception {
        Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(p.waitFor(300, TimeUnit.SECONDS), command.get(0) + " did not finish");
        assertEquals(0, p.exitValue(), out);
        List<String> lines = out.lines().toList();
        if (header != null) {
            assertEquals(header, lines.get(0));
            lines = lines.subList(1, lines.size());
        }
        assertEquals(documents, lines.size(), out);
        assertEquals(List.of(), lines.stream().filter(l -> !l.startsWith("OK ")).toList());
    }

    @Test
    void pythonJsonschemaAcceptsEveryValidDocumentAndRejectsTheBrokenOnes(@TempDir Path dir) throws Exception {
        String python = pythonWithJsonschema();
        if (python == null) {
            fail("no python with the jsonschema package found (tried $ALBERO_PYTHON, /usr/bin/python3, python3, "
                    + "/usr/local/bin/python3, python): install it with `apt-get install -y python3-jsonschema`, as .ci/run does");
        }
        int documents = writeDocuments(dir.resolve("docs"));
        Path script = dir.resolve("check.py");
        Files.writeString(script, SCRIPT);
        Path schema = dir.resolve("schema.json");
        Files.writeString(schema, AlberoJson.schema());
        assertEveryVerdictRight(List.of(python, script.toString(), schema.toString(), dir.resolve("docs").toString()), documents, null);
    }

    /** The committed npm project pinning ajv and ajv-formats (package.json, package-lock.json, check.js). */
    static final Path AJV = Path.of("src/test/ajv").toAbsolutePath();

    /**
     * {@return the pinned ajv, installed by {@code .ci/run} ({@code npm ci --prefix json/src/test/ajv});
     * when it is missing (a fresh worktree), installed here with the same {@code npm ci} from the
     * committed lock file, or the test fails saying why: it never skips}
     */
    static Path ajvInstalled() throws Exception {
        Path installed = AJV.resolve("node_modules/ajv/package.json");
        if (!Files.isRegularFile(installed)) {
            Process p;
            try {
                p = new ProcessBuilder("npm", "ci", "--no-audit", "--no-fund").directory(AJV.toFile()).redirectErrorStream(true).start();
            } catch (IOException e) {
                fail("ajv is not installed in " + AJV + " and npm cannot be run (" + e.getMessage()
                        + "): install node and npm, then run `npm ci --prefix json/src/test/ajv`, as .ci/run does");
                throw e;
            }
            String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            if (!p.waitFor(300, TimeUnit.SECONDS) || p.exitValue() != 0 || !Files.isRegularFile(installed)) {
                fail("`npm ci` in " + AJV + " failed; run `npm ci --prefix json/src/test/ajv`, as .ci/run does:\n" + out);
            }
        }
        return AJV;
    }

    @Test
    void ajvAcceptsEveryValidDocumentAndRejectsTheBrokenOnes(@TempDir Path dir) throws Exception {
        Path ajv = ajvInstalled();
        int documents = writeDocuments(dir.resolve("docs"));
        Path schema = dir.resolve("schema.json");
        Files.writeString(schema, AlberoJson.schema());
        Process version = new ProcessBuilder("node", "--version").redirectErrorStream(true).start();
        assertEquals(0, version.waitFor(), "node is needed to run ajv");
        List<String> command = List.of("node", ajv.resolve("check.js").toString(), schema.toString(), dir.resolve("docs").toString());
        // the first line names the versions run: the pinned ones of package-lock.json
        assertEveryVerdictRight(command, documents, "ajv 8.20.0 ajv-formats 3.0.1");
    }
}
