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
    void theModuleExportsBothPackagesAndNeedsQuickTheoriesOnlyStatically() {
        Module module = Generators.class.getModule();
        assertTrue(module.isNamed(), "Surefire runs this module's tests on the module path");
        ModuleDescriptor d = module.getDescriptor();
        assertEquals("io.github.albero.testkit", d.name());
        assertEquals(Set.of("io.github.albero.testkit", "io.github.albero.testkit.quicktheories"),
                d.exports().stream().map(ModuleDescriptor.Exports::source).collect(Collectors.toSet()));
        ModuleDescriptor.Requires qt = d.requires().stream().filter(r -> r.name().equals("quicktheories")).findFirst().orElseThrow();
        assertTrue(qt.modifiers().contains(ModuleDescriptor.Requires.Modifier.STATIC));
        assertTrue(d.requires().stream().anyMatch(r -> r.name().equals("io.github.albero.core")
                && r.modifiers().contains(ModuleDescriptor.Requires.Modifier.TRANSITIVE)));
        assertTrue(d.uses().contains(FixtureProvider.class.getName()));
    }
}
