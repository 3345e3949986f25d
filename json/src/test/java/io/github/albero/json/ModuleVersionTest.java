package io.github.albero.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import org.junit.jupiter.api.Test;
import tools.jackson.core.Version;

class ModuleVersionTest {
    @Test
    void theModuleReportsTheVersionOfThePomItWasBuiltFrom() {
        Version v = new AlberoModule().version();
        assertFalse(v.isUnknownVersion());
        assertEquals(System.getProperty("albero.pomVersion"), v.toString());
        assertEquals("io.github.albero", v.getGroupId());
        assertEquals("albero-json", v.getArtifactId());
    }
}
