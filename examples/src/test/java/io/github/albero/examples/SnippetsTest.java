package io.github.albero.examples;

import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.albero.fixtures.RealReports;
import io.github.albero.json.AlberoJson;
import io.github.albero.model.Plan;
import io.github.albero.sheets.AlberoSheets;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * README and Javadoc snippets paste into JShell as they are: no line of a snippet starts with
 * {@code .} (JShell would end the statement on the line before), and every one runs in JShell with
 * the shipped start-up script.
 */
class SnippetsTest {
    private static final Path ROOT = JShellTasksTest.ROOT;
    private static final Pattern MARKDOWN = Pattern.compile("```java\\n(.*?)```", Pattern.DOTALL);
    /** What JShell prints for a snippet that does not compile or throws, in a session or through /open. */
    private static final Pattern FAILURE = Pattern.compile("(?m)^(\\|  )?(Error:|Exception |Exception in|Caused by:)|cannot be invoked|cannot be instantiated|cannot be referenced");
    private static final Pattern JAVADOC = Pattern.compile("<pre>\\{@code\\n(.*?)\\}</pre>", Pattern.DOTALL);

    static List<Path> files(String suffix) throws IOException {
        try (Stream<Path> s = Files.walk(ROOT)) {
            return s.filter(p -> p.toString().endsWith(suffix)).filter(p -> !p.toString().contains("/target/") && !p.toString().contains("/.git/"))
                    .filter(p -> suffix.equals(".md") || p.toString().contains("/src/main/java/")).sorted().collect(Collectors.toList());
        }
    }

    static List<String> snippets(Path file) throws IOException {
        String text = Files.readString(file);
        List<String> found = new ArrayList<>();
        if (file.toString().endsWith(".md")) {
            Matcher m = MARKDOWN.matcher(text);
            while (m.find()) {
                found.add(m.group(1));
            }
        } else {
            Matcher m = JAVADOC.matcher(text);
            while (m.find()) {
                found.add(m.group(1).lines().map(l -> l.replaceFirst("^\\s*\\* ?", "")).collect(Collectors.joining("\n")));
            }
        }
        return found;
    }

    @Test
    void noSnippetLineStartsWithADot() throws IOException {
        List<String> offending = new ArrayList<>();
        int count = 0;
        for (String suffix : List.of(".md", ".java")) {
            for (Path f : files(suffix)) {
                for (String snippet : snippets(f)) {
                    count++;
                    snippet.lines().filter(l -> l.strip().startsWith(".") && !l.strip().startsWith("..."))
                            .forEach(l -> offending.add(ROOT.relativize(f) + ": " + l.strip()));
                }
            }
        }
        assertTrue(count > 50, "found only " + count + " snippets");
        assertTrue(offending.isEmpty(), String.join("\n", offending));
    }

    /**
     * Every snippet of every README and of the Javadoc of main sources (but internal packages,
     * which no user can call), pasted as it is into one JShell session opened with the shipped
     * start-up script, in a folder holding the files the snippets name (the real report as
     * JSON, JSON lines and a workbook): each through {@code /open}, so that a broken snippet
     * cannot swallow the next one, and each after {@code report} and {@code plan} are the real
     * report again, as the start-up script leaves them (one session for all: a JShell start per
     * snippet would take minutes).
     */
    @Test
    void everyReadmeAndJavadocSnippetRunsInJShell(@TempDir Path dir) throws Exception {
        Plan real = RealReports.lucca2017();
        for (String json : List.of("relazione-2017.json", "fixtures/src/main/resources/io/github/albero/fixtures/report-2017.json")) {
            Files.createDirectories(dir.resolve(json).getParent());
            try (java.io.InputStream in = RealReports.lucca2017Json()) {
                Files.copy(in, dir.resolve(json));
            }
        }
        for (String xlsx : List.of("relazione-2017.xlsx", "examples/target/relazione-2017.xlsx")) {
            Files.createDirectories(dir.resolve(xlsx).getParent());
            AlberoSheets.write(real, dir.resolve(xlsx));
        }
        for (String jsonl : List.of("plans.jsonl", "national.jsonl")) {
            try (OutputStream out = Files.newOutputStream(dir.resolve(jsonl))) {
                AlberoJson.writeLines(Stream.of(real, real), out);
            }
        }
        StringBuilder script = new StringBuilder();
        List<String> names = new ArrayList<>();
        for (String suffix : List.of(".md", ".java")) {
            for (Path f : files(suffix)) {
                if (f.toString().contains("/internal/")) {
                    continue;
                }
                List<String> found = snippets(f);
                for (int i = 0; i < found.size(); i++) {
                    String name = ROOT.relativize(f) + "#" + (i + 1);
                    Path file = dir.resolve("snippet-" + names.size() + ".jsh");
                    Files.writeString(file, found.get(i) + "\n");
                    script.append("Plan report = RealReports.lucca2017();\nPlan plan = report;\n");
                    script.append("System.out.println(\"=== ").append(name).append("\");\n/open ").append(file).append('\n');
                    names.add(name);
                }
            }
        }
        script.append("System.out.println(\"=== end\");\n");
        Path file = dir.resolve("snippets.jsh");
        Files.writeString(file, script);
        String out = JShellTasksTest.jshell(file, dir);
        Files.writeString(Path.of("target", "snippets-jshell.txt"), out);
        assertTrue(out.contains("=== end"), out);
        List<String> failed = new ArrayList<>();
        String current = "(start-up)";
        StringBuilder output = new StringBuilder();
        for (String line : (out + "\n=== (after)").split("\\R")) {
            if (line.startsWith("=== ")) {
                String o = output.toString();
                if (FAILURE.matcher(o).find()) {
                    failed.add(current + "\n" + o);
                }
                current = line.substring(4);
                output.setLength(0);
            } else {
                output.append(line).append('\n');
            }
        }
        assertTrue(names.size() > 80, "found only " + names.size() + " snippets");
        assertTrue(out.contains("obiettivo strategico 011-005-004"), "the README's tour prints the achievement tree: " + out);
        assertTrue(failed.isEmpty(), failed.size() + " of " + names.size() + " snippets fail in JShell:\n" + String.join("\n", failed));
    }
}
