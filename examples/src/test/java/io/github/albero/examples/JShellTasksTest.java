package io.github.albero.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The analyst's tasks of jshell/tasks, each at most five lines, run in JShell with the shipped
 * start-up script jshell/albero.jsh on the real 2017 report, in one session.
 */
class JShellTasksTest {
    static final Path ROOT = Path.of("..").toAbsolutePath().normalize();
    static final Path STARTUP = ROOT.resolve("jshell/albero.jsh");

    @TempDir
    static Path dir;
    private static Map<String, String> outputs;
    private static String all;

    /** The class path of this test run (module path and class path alike), for a JShell process. */
    static String classPath() {
        return Stream.of(System.getProperty("jdk.module.path", ""), System.getProperty("java.class.path", ""))
                .flatMap(p -> Stream.of(p.split(File.pathSeparator))).filter(s -> !s.isBlank()).distinct()
                .collect(Collectors.joining(File.pathSeparator));
    }

    /** Runs a script in JShell with the start-up script, in a working folder; returns standard output and error. */
    static String jshell(Path script, Path workingDir) throws IOException, InterruptedException {
        String jshell = Path.of(System.getProperty("java.home"), "bin", "jshell").toString();
        Process p = new ProcessBuilder(jshell, "-J-Duser.language=en", "--class-path", classPath(), "--startup", "DEFAULT",
                "--startup", STARTUP.toString(), script.toString()).directory(workingDir.toFile()).redirectErrorStream(true).start();
        p.getOutputStream().write("/exit\n".getBytes(StandardCharsets.UTF_8));
        p.getOutputStream().close();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(p.waitFor(5, TimeUnit.MINUTES), "JShell did not finish");
        return out;
    }

    @BeforeAll
    static void runEveryTaskInOneSession() throws Exception {
        List<Path> tasks;
        try (Stream<Path> s = Files.list(ROOT.resolve("jshell/tasks"))) {
            tasks = s.filter(f -> f.toString().endsWith(".jsh")).sorted().collect(Collectors.toList());
        }
        StringBuilder script = new StringBuilder();
        for (Path task : tasks) {
            script.append("System.out.println(\"=== ").append(task.getFileName()).append("\");\n").append(Files.readString(task)).append('\n');
        }
        script.append("System.out.println(\"=== end\");\n");
        Path file = dir.resolve("tasks.jsh");
        Files.writeString(file, script);
        all = jshell(file, dir);
        outputs = new LinkedHashMap<>();
        String current = null;
        for (String line : all.split("\\R")) {
            if (line.startsWith("=== ")) {
                current = line.substring(4);
                outputs.put(current, "");
            } else if (current != null) {
                outputs.merge(current, line + "\n", String::concat);
            }
        }
    }

    @Test
    void everyTaskTakesAtMostFiveLinesAndRunsWithoutError() throws IOException {
        try (Stream<Path> s = Files.list(ROOT.resolve("jshell/tasks"))) {
            for (Path task : s.collect(Collectors.toList())) {
                List<String> code = new ArrayList<>();
                for (String line : Files.readAllLines(task)) {
                    if (!line.isBlank() && !line.strip().startsWith("//")) {
                        code.add(line);
                    }
                }
                assertTrue(code.size() <= 5, task + " has " + code.size() + " lines");
                assertFalse(code.stream().anyMatch(l -> l.strip().startsWith(".")), task + ": a line starting with '.' does not paste");
            }
        }
        assertTrue(outputs.containsKey("end"), all);
        assertFalse(all.contains("|  Error") || all.contains("|  Exception") || all.contains("Exception in"), all);
    }

    @Test
    void objectivesWorstFirstWithScoreAndBand() {
        String out = outputs.get("1-objectives-worst-first.jsh");
        List<String> lines = out.lines().collect(Collectors.toList());
        assertTrue(lines.get(0).startsWith("Codice"), out);
        assertTrue(lines.get(2).startsWith("011-005-004") && lines.get(2).contains("75%  parzialmente raggiunto"), out);
        assertTrue(lines.stream().allMatch(l -> l.length() <= 100), out);
    }

    @Test
    void costsBudgetAgainstActualPerMission() {
        String out = outputs.get("2-costs-per-mission.jsh");
        assertTrue(out.contains("Preventivo") && out.contains("Consuntivo"), out);
        assertTrue(out.contains("493.950,00 €  442.506,68 €  -51.443,32 €    89,59%"), out);
    }

    @Test
    void indicatorsNotMeasurableWithTheReasonInItalian() {
        String out = outputs.get("3-not-measurable.jsh");
        assertEquals(11, out.lines().count(), out);
        assertTrue(out.lines().allMatch(l -> l.contains(": non valutabile")), out);
    }

    @Test
    void indicatorsImprovedOrWorsenedFrom2016To2017() {
        String out = outputs.get("4-improved-worsened.jsh");
        assertTrue(out.contains("migliorato: ") && out.contains("peggiorato: "), out);
        assertTrue(out.contains("peggiorato: Riduzione delle spese di funzionamento"), out);
    }

    @Test
    void thePlanScoreUnderAnotherPolicy() {
        String out = outputs.get("5-other-policy.jsh");
        assertTrue(out.startsWith("Grado di raggiungimento 2017: 100,08%"), out);
    }

    @Test
    void aCsvOfEveryIndicatorWithItsScore() throws IOException {
        Path csv = dir.resolve("target/indicatori-2017.csv");
        assertTrue(outputs.get("6-csv-of-indicators.jsh").contains("indicatori-2017.csv"), all);
        String text = Files.readString(csv, StandardCharsets.UTF_8);
        assertTrue(text.startsWith("\uFEFF\"Livello\";"), text);
        assertEquals(44, text.split("\r\n").length);
    }
}
