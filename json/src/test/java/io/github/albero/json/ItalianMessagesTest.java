package io.github.albero.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.albero.text.Message;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * JSON-level errors say the same thing in Italian and English through core's one message
 * mechanism: every entry of the bad-input catalogue has an Italian rendering in which no part
 * falls back to English (Jackson's own description of malformed JSON, quoted, excepted), with
 * the pointer, line and column kept; {@code getMessage()} stays English.
 */
class ItalianMessagesTest {
    private static final Pattern PLACEHOLDER = Pattern.compile("\\{[^}]*\\}");
    // JSON's own literals read the same in both languages
    private static final Set<String> SAME_IN_BOTH = Set.of("got.true", "got.false");

    private static AlberoJsonException failure(BadInputCatalogueTest.Case c) {
        AlberoJsonReader reader = c.lenient() ? AlberoJson.lenient() : AlberoJson.strict();
        return assertThrows(AlberoJsonException.class, () -> {
            if (c.name().contains("streamed")) {
                reader.read(new ByteArrayInputStream(c.input()));
            } else {
                reader.read(c.input());
            }
        }, c.name());
    }

    /** {@return the keys of the message and the messages inside it that have no Italian of their own} */
    static List<String> englishOnly(Message m) {
        List<String> found = new ArrayList<>();
        String italian = m.catalog().template(Locale.ITALIAN, m.key());
        String english = m.catalog().template(Locale.ROOT, m.key());
        if (italian.equals(english) && hasWords(english) && !SAME_IN_BOTH.contains(m.key())) {
            found.add(m.catalog().baseName() + ":" + m.key());
        }
        List<Object> arguments = new ArrayList<>(m.arguments());
        arguments.addAll(m.namedArguments().values());
        // core's English-only wording of a rule (a String given to InvalidValueException)
        if (m.key().equals("asGiven")) {
            found.add("English only: " + m);
        }
        // a rule of the model must come as a message, never as its English text
        if ((m.key().equals("rule") || m.key().equals("rule.got")) && !(arguments.get(0) instanceof Message)) {
            found.add("a rule as English text: " + arguments.get(0));
        }
        for (Object a : arguments) {
            if (a instanceof Message inner) {
                found.addAll(englishOnly(inner));
            }
        }
        return found;
    }

    private static boolean hasWords(String template) {
        return PLACEHOLDER.matcher(template).replaceAll("").chars().anyMatch(Character::isLetter);
    }

    @TestFactory
    Stream<DynamicTest> everyCatalogueEntryHasItsOwnItalianWithThePointerKept() {
        return BadInputCatalogueTest.CASES.stream().map(c -> DynamicTest.dynamicTest(c.name(), () -> {
            AlberoJsonException e = failure(c);
            String italian = e.render(Locale.ITALIAN);
            assertEquals(List.of(), englishOnly(e.message()), c.name() + ": " + italian);
            assertNotEquals(e.getMessage(), italian, c.name());
            assertTrue(italian.startsWith(e.pointer().isEmpty() ? "documento: " : e.path() + ": "), italian);
            assertTrue(italian.startsWith((e.pointer().isEmpty() ? "documento" : e.path()) + ": " + e.message().render(Locale.ITALIAN)),
                    italian);
            if (e.line() > 0) {
                assertTrue(italian.contains("(riga " + e.line()), italian);
            }
            // English through the same mechanism is getMessage() itself
            assertEquals(e.getMessage(), e.render(Locale.ENGLISH), c.name());
        }));
    }

    @Test
    void aSampleOfTheCatalogueReadsInItalianAsWritten() {
        AlberoJsonException code = assertThrows(AlberoJsonException.class,
                () -> AlberoJson.read(BadInputCatalogueTest.edit("\"code\":\"006\"", "\"code\":\"05\"")));
        assertEquals("missions/0/programs/1/code: attese 3 cifre, trovato \"05\" (riga 1, colonna " + code.column() + ")",
                code.render(Locale.ITALIAN));
        AlberoJsonException kind = assertThrows(AlberoJsonException.class,
                () -> AlberoJson.read(BadInputCatalogueTest.edit("\"report\"", "\"Report\"")));
        assertEquals("kind: atteso uno tra plan, report, trovato \"Report\" (riga 1, colonna " + kind.column() + ")",
                kind.render(Locale.ITALIAN));
        AlberoJsonException missing = assertThrows(AlberoJsonException.class,
                () -> AlberoJson.read(BadInputCatalogueTest.edit(",\"polarity\":\"higherIsBetter\"", "")));
        assertTrue(missing.render(Locale.ITALIAN).startsWith(BadInputCatalogueTest.IND.substring(1)
                + ": manca il membro obbligatorio \"polarity\" in un indicatore (riga 1, colonna "), missing.render(Locale.ITALIAN));
        AlberoJsonException empty = assertThrows(AlberoJsonException.class, () -> AlberoJson.read(""));
        assertEquals("documento: il documento è vuoto (riga 1, colonna 1)", empty.render(Locale.ITALIAN));
        assertEquals("document: the document is empty (line 1, column 1)", empty.getMessage());
    }

    @Test
    void theJavadocExampleOfTheExceptionReadsAsItSays() {
        AlberoJsonException e = assertThrows(AlberoJsonException.class,
                () -> AlberoJson.read("{\"formatVersion\": \"1.0\", \"kind\": \"Report\"}"));
        assertEquals("kind: expected one of plan, report, got \"Report\" (line 1, column 34)", e.getMessage());
        assertEquals("kind: atteso uno tra plan, report, trovato \"Report\" (riga 1, colonna 34)", e.render(Locale.ITALIAN));
        assertEquals("atteso uno tra plan, report, trovato \"Report\"", e.message().render(Locale.ITALIAN));
    }

    @Test
    void aBadLineOfJsonLinesIsSaidInItalianWithItsLineNumber() {
        String good = AlberoJson.write(AlberoJson.read(BadInputCatalogueTest.BASE));
        byte[] file = (good + "\n" + good.replace("\"report\"", "\"Report\"") + "\n").getBytes(StandardCharsets.UTF_8);
        List<PlanLine> lines;
        try (Stream<PlanLine> s = AlberoJson.readEachLine(new ByteArrayInputStream(file))) {
            lines = s.toList();
        }
        AlberoJsonException e = lines.get(1).error().orElseThrow();
        assertTrue(e.render(Locale.ITALIAN).startsWith("kind: atteso uno tra plan, report, trovato \"Report\" (riga 2, colonna "),
                e.render(Locale.ITALIAN));
        assertTrue(e.getMessage().startsWith("kind: expected one of plan, report, got \"Report\" (line 2, column "), e.getMessage());
    }

    @Test
    void theItalianBundleHasEveryKeyOfTheEnglishOneWithTheSameArguments() throws IOException {
        Properties english = load("messages.properties");
        Properties italian = load("messages_it.properties");
        assertEquals(new TreeSet<>(english.stringPropertyNames()), new TreeSet<>(italian.stringPropertyNames()));
        for (String key : english.stringPropertyNames()) {
            assertEquals(placeholders(english.getProperty(key)), placeholders(italian.getProperty(key)), key);
            if (hasWords(english.getProperty(key)) && !SAME_IN_BOTH.contains(key)) {
                assertNotEquals(english.getProperty(key), italian.getProperty(key), key + " is not translated");
            }
        }
    }

    private static Set<String> placeholders(String template) {
        Matcher m = PLACEHOLDER.matcher(template);
        Set<String> found = new TreeSet<>();
        while (m.find()) {
            found.add(m.group());
        }
        return found;
    }

    private static Properties load(String name) throws IOException {
        Properties p = new Properties();
        try (InputStream in = AlberoJsonException.class.getResourceAsStream(name)) {
            p.load(new java.io.InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return p;
    }

    static String keys(List<String> keys) {
        return keys.stream().collect(Collectors.joining(", "));
    }
}
