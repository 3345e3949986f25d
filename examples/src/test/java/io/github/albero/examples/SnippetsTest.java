package io.github.albero.examples;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
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
 * {@code .} (JShell would end the statement on the line before), and the root README's Java
 * snippets run in JShell with the shipped start-up script.
 */
class SnippetsTest {
    private static final Path ROOT = JShellTasksTest.ROOT;
    private static final Pattern MARKDOWN = Pattern.compile("```java\\n(.*?)```", Pattern.DOTALL);
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

    @Test
    void theReadmeSnippetsRunInJShell(@TempDir Path dir) throws Exception {
        StringBuilder script = new StringBuilder();
        for (String snippet : snippets(ROOT.resolve("README.md"))) {
            script.append(snippet).append('\n');
        }
        script.append("System.out.println(\"=== end\");\n");
        Path file = dir.resolve("readme.jsh");
        Files.writeString(file, script);
        String out = JShellTasksTest.jshell(file, ROOT);
        assertTrue(out.contains("=== end"), out);
        assertFalse(out.contains("|  Error") || out.contains("|  Exception") || out.contains("Exception in"), out);
        assertTrue(out.contains("obiettivo strategico 011-005-004"), out);
    }
}
