package io.github.albero.validation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class MessagesTest {
    private static final Pattern CODE = Pattern.compile("ALB-(STR|NUM|TIM|CON|RES|TXT)-\\d{3}");
    private static final Pattern PARAMETER = Pattern.compile("\\{([A-Za-z0-9]+)\\}");

    private static Properties load(String file) throws IOException {
        try (InputStream in = MessagesTest.class.getResourceAsStream(file)) {
            assertNotNull(in, file);
            Properties p = new Properties();
            p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
            return p;
        }
    }

    @Test
    void everyRuleHasAnEnglishAndAnItalianMessage() throws IOException {
        Properties en = load("messages.properties");
        Properties it = load("messages_it.properties");
        for (RuleCode r : RuleCode.values()) {
            assertFalse(en.getProperty(r.code(), "").isBlank(), "English message for " + r);
            assertFalse(it.getProperty(r.code(), "").isBlank(), "Italian message for " + r);
            assertNotEquals(en.getProperty(r.code()), it.getProperty(r.code()), "translated " + r);
        }
        assertEquals(new TreeSet<>(en.stringPropertyNames()), new TreeSet<>(it.stringPropertyNames()), "same keys in both bundles");
    }

    @Test
    void bundlesHoldNoMessageForAnUnknownRule() throws IOException {
        Set<String> known = new HashSet<>();
        for (RuleCode r : RuleCode.values()) {
            known.add(r.code());
        }
        for (String key : load("messages.properties").stringPropertyNames()) {
            assertTrue(!CODE.matcher(key).matches() || known.contains(key), "stale message " + key);
        }
    }

    @Test
    void codesAreWellFormedUniqueAndStable() {
        Set<String> seen = new HashSet<>();
        for (RuleCode r : RuleCode.values()) {
            assertTrue(CODE.matcher(r.code()).matches(), r.code());
            assertTrue(seen.add(r.code()), "repeated " + r.code());
        }
        // codes are a public contract (testkit, users' suppressions): these must never change
        assertEquals("ALB-STR-001", RuleCode.INDICATOR_FIELD_MISSING.code());
        assertEquals("ALB-CON-001", RuleCode.INDICATOR_COUNT_MISMATCH.code());
        assertEquals("ALB-TXT-002", RuleCode.RESULT_TEXT_UNREAD.code());
    }

    @Test
    void bothLanguagesUseTheSameParameters() throws IOException {
        Properties en = load("messages.properties");
        Properties it = load("messages_it.properties");
        for (RuleCode r : RuleCode.values()) {
            Set<String> pe = parameters(en.getProperty(r.code()));
            Set<String> pi = parameters(it.getProperty(r.code()));
            assertEquals(pe, pi, r.code());
        }
    }

    private static Set<String> parameters(String template) {
        Set<String> s = new TreeSet<>();
        Matcher m = PARAMETER.matcher(template);
        while (m.find()) {
            s.add(m.group(1));
        }
        return s;
    }
}
