package io.github.albero.testkit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.lang.module.ModuleDescriptor;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ModuleBoundaryTest {
    @Test
    void theNeutralPackageNeverReferencesQuickTheories() throws IOException, URISyntaxException {
        Path classes = Path.of(Generators.class.getProtectionDomain().getCodeSource().getLocation().toURI());
        Path neutral = classes.resolve("io/github/albero/testkit");
        List<Path> files;
        try (Stream<Path> s = Files.list(neutral)) {
            files = s.filter(p -> p.toString().endsWith(".class")).collect(Collectors.toList());
        }
        assertTrue(files.size() > 10, "found " + files);
        for (Path f : files) {
            String bytes = new String(Files.readAllBytes(f), StandardCharsets.ISO_8859_1);
            assertFalse(bytes.contains("org/quicktheories"), f + " references QuickTheories");
        }
    }

    @Test
    void theModuleExportsOnePackageAndNeedsNothingButTheCore() {
        Module module = Generators.class.getModule();
        assertTrue(module.isNamed(), "Surefire runs this module's tests on the module path");
        ModuleDescriptor d = module.getDescriptor();
        assertEquals("io.github.albero.testkit", d.name());
        assertEquals(Set.of("io.github.albero.testkit"), d.exports().stream().map(ModuleDescriptor.Exports::source).collect(Collectors.toSet()));
        assertEquals(Set.of("io.github.albero.core", "java.base"), d.requires().stream().map(ModuleDescriptor.Requires::name)
                .collect(Collectors.toSet()));
        assertTrue(d.uses().contains(FixtureProvider.class.getName()));
    }

    @Test
    void aModularConsumerCompilesWithoutQuickTheories(@TempDir Path dir) throws Exception {
        Path src = dir.resolve("src");
        Files.createDirectories(src.resolve("com/example/consumer"));
        Files.writeString(src.resolve("module-info.java"), "module com.example.consumer { requires io.github.albero.testkit; }");
        Files.writeString(src.resolve("com/example/consumer/Use.java"), "package com.example.consumer;\n"
                + "public class Use { public static Object plan() { return io.github.albero.testkit.Generators.plan(42L); } }");
        // the module path holds core and testkit only: no QuickTheories anywhere
        String modulePath = location(Generators.class) + java.io.File.pathSeparator + location(io.github.albero.model.Plan.class);
        // javac as a process: the test module itself does not read java.compiler
        String javac = Path.of(System.getProperty("java.home"), "bin", "javac").toString();
        Process p = new ProcessBuilder(javac, "--release", "17", "-d", dir.resolve("out").toString(), "--module-path", modulePath,
                src.resolve("module-info.java").toString(), src.resolve("com/example/consumer/Use.java").toString())
                .redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        int status = p.waitFor();
        assertEquals(0, status, out);
    }

    private static String location(Class<?> c) throws URISyntaxException {
        return Path.of(c.getProtectionDomain().getCodeSource().getLocation().toURI()).toString();
    }
}
