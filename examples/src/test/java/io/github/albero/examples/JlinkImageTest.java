package io.github.albero.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * An embedding application as a jlink image: a small consumer module that reads the real report,
 * validates it and computes its achievement, linked with Albero's modules and their dependencies
 * into a runtime image that holds only the JDK modules they require (Hibernate Validator's
 * logging needs java.logging, which albero-validation requires).
 */
class JlinkImageTest {
    private static String tool(String name) {
        return Path.of(System.getProperty("java.home"), "bin", name).toString();
    }

    private static String run(Path dir, String... command) throws Exception {
        Process p = new ProcessBuilder(command).directory(dir.toFile()).redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(p.waitFor(5, TimeUnit.MINUTES), "timed out: " + String.join(" ", command));
        assertEquals(0, p.exitValue(), String.join(" ", command) + "\n" + out);
        return out;
    }

    @Test
    void aSmallConsumerLinkedWithJlinkReadsValidatesAndComputes(@TempDir Path dir) throws Exception {
        Path src = dir.resolve("src");
        Files.createDirectories(src.resolve("com/example/embed"));
        Files.writeString(src.resolve("module-info.java"), "module com.example.embed {\n"
                + "    requires io.github.albero.fixtures;\n    requires io.github.albero.validation;\n}\n");
        Files.writeString(src.resolve("com/example/embed/Main.java"), String.join("\n",
                "package com.example.embed;",
                "import io.github.albero.achievement.AchievementCalculator;",
                "import io.github.albero.fixtures.RealReports;",
                "import io.github.albero.model.Plan;",
                "import io.github.albero.validation.PlanValidator;",
                "public class Main {",
                "    public static void main(String[] args) {",
                "        Plan plan = RealReports.lucca2017();",
                "        System.out.println(\"findings \" + PlanValidator.create().validate(plan).findings().size());",
                "        System.out.println(\"score \" + AchievementCalculator.defaults().evaluate(plan, 2017).root().score().get().points());",
                "    }",
                "}", ""));
        // the application's module path: Albero's modules and their dependencies, as this test run has them
        String modulePath = Stream.of(System.getProperty("jdk.module.path", ""), System.getProperty("java.class.path", ""))
                .flatMap(p -> Stream.of(p.split(File.pathSeparator))).filter(s -> !s.isBlank())
                .filter(s -> !s.contains("junit") && !s.contains("opentest4j") && !s.contains("apiguardian") && !s.contains("test-classes")
                        && !s.contains("quicktheories") && !s.contains("surefire") && !s.endsWith("examples/target/classes"))
                .distinct().collect(Collectors.joining(File.pathSeparator));
        Path classes = dir.resolve("classes");
        run(dir, tool("javac"), "--release", "17", "-d", classes.toString(), "--module-path", modulePath,
                src.resolve("module-info.java").toString(), src.resolve("com/example/embed/Main.java").toString());
        Path image = dir.resolve("image");
        run(dir, tool("jlink"), "--module-path", classes + File.pathSeparator + modulePath + File.pathSeparator
                + Path.of(System.getProperty("java.home"), "jmods"), "--add-modules", "com.example.embed", "--output", image.toString(),
                "--no-header-files", "--no-man-pages");
        List<String> modules = run(dir, image.resolve("bin/java").toString(), "--list-modules").lines().collect(Collectors.toList());
        assertTrue(modules.stream().anyMatch(m -> m.startsWith("java.logging@")), modules.toString());
        assertTrue(modules.stream().noneMatch(m -> m.startsWith("java.desktop@")), "a small image: " + modules);
        String out = run(dir, image.resolve("bin/java").toString(), "-m", "com.example.embed/com.example.embed.Main");
        assertTrue(out.contains("score 98.75"), out);
        assertTrue(out.lines().anyMatch(l -> l.startsWith("findings ")), out);
    }
}
