package io.github.albero;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.albero.measure.Percentage;
import io.github.albero.measure.Weight;
import io.github.albero.model.NodePath;
import io.github.albero.model.TargetReading;
import io.github.albero.model.TargetOperator;
import io.github.albero.money.Money;
import io.github.albero.period.YearRange;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

class InvalidValueExceptionTest {
    private static Properties bundle(String name) {
        Properties p = new Properties();
        try (InputStream in = InvalidValueExceptionTest.class.getResourceAsStream("/io/github/albero/internal/" + name)) {
            p.load(new java.io.InputStreamReader(in, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return p;
    }

    @Test
    void theRuleBrokenIsATypedMessageSaidInItalianAndInEnglish() {
        InvalidValueException e = assertThrows(InvalidValueException.class, () -> Money.parse("tanto"));
        assertEquals("amount: expected a number such as 1.234,56 or 1234.56 (got \"tanto\")", e.getMessage());
        assertEquals("expected a number such as 1.234,56 or 1234.56", e.problem());
        assertEquals(e.problem(), e.message().render(Locale.ENGLISH));
        assertEquals("atteso un numero come 1.234,56 o 1234.56", e.message().render(Locale.ITALIAN));
        assertEquals("amount: atteso un numero come 1.234,56 o 1234.56 (valore \"tanto\")", e.render(Locale.ITALIAN));
        assertEquals(e.getMessage(), e.render(Locale.ENGLISH));
    }

    @Test
    void argumentsStayTypedUntilRendered() {
        InvalidValueException e = assertThrows(InvalidValueException.class,
                () -> TargetReading.builder().operator(TargetOperator.DEADLINE).build());
        assertEquals(List.of(TargetOperator.DEADLINE), e.message().arguments());
        assertEquals("is required for operator DEADLINE", e.problem());
        assertEquals("è obbligatorio con l'operatore DEADLINE", e.message().render(Locale.ITALIAN));
    }

    @Test
    void aProblemOfAnInnerValueKeepsItsTypedMessage() {
        InvalidValueException e = assertThrows(InvalidValueException.class, () -> Weight.parse("tanto"));
        assertEquals("expected a weight such as 50, 33,33 or 40%", e.problem());
        assertEquals("atteso un peso come 50, 33,33 o 40%", e.message().render(Locale.ITALIAN));
        InvalidValueException p = assertThrows(InvalidValueException.class, () -> Percentage.parse("tanto%"));
        assertEquals("expected a percentage such as 4,1% or 100%", p.problem());
        assertEquals("attesa una percentuale come 4,1% o 100%", p.message().render(Locale.ITALIAN));
        InvalidValueException y = assertThrows(InvalidValueException.class, () -> YearRange.parse("2018-2016"));
        assertEquals("must not precede the first year 2018", y.problem());
        assertEquals("non deve precedere il primo anno 2018", y.message().render(Locale.ITALIAN));
    }

    @Test
    void theMissingAttributesOfABuilderAreNamedInBothLanguages() {
        InvalidValueException e = new InvalidValueException(new String[] {"name", "code", "weight"});
        assertEquals("name: is required, and so are code, weight (got nothing)", e.getMessage());
        assertEquals("name: è obbligatorio, e lo sono anche code, weight (nessun valore)", e.render(Locale.ITALIAN));
    }

    @Test
    void aLocatedCopyKeepsTheTypedMessage() {
        InvalidValueException e = new InvalidValueException("costs", new BigDecimal("-1.00"), io.github.albero.internal.Problems.of("notNegative"))
                .within(NodePath.root().member("resources"));
        assertEquals("resources.costs: must not be negative (got \"-1.00\")", e.getMessage());
        assertEquals("non deve essere negativo", e.message().render(Locale.ITALIAN));
    }

    @Test
    void aSerialisedExceptionKeepsItsMessageInEnglish() throws Exception {
        InvalidValueException e = assertThrows(InvalidValueException.class, () -> Money.parse("tanto"));
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ObjectOutputStream out = new ObjectOutputStream(bytes)) {
            out.writeObject(e);
        }
        try (ObjectInputStream in = new ObjectInputStream(new ByteArrayInputStream(bytes.toByteArray()))) {
            InvalidValueException back = (InvalidValueException) in.readObject();
            assertEquals(e.getMessage(), back.getMessage());
            assertEquals(e.path(), back.path());
        }
    }

    @Test
    void everyProblemHasAnItalianTextThatIsNotTheEnglishOne() {
        Properties en = bundle("problems.properties");
        Properties it = bundle("problems_it.properties");
        assertEquals(new TreeSet<>(en.stringPropertyNames()), new TreeSet<>(it.stringPropertyNames()));
        Set<String> untranslated = en.stringPropertyNames().stream()
                .filter(k -> en.getProperty(k).equals(it.getProperty(k)) && en.getProperty(k).matches(".*[a-z]{3}.*"))
                .collect(Collectors.toCollection(TreeSet::new));
        assertEquals(Set.of(), untranslated);
    }

    @Test
    void everyProblemKeyUsedByCoreIsInTheBundle() throws IOException {
        Properties en = bundle("problems.properties");
        Pattern use = Pattern.compile("Problems\\.of\\(\"([^\"]+)\"");
        Set<String> used = new TreeSet<>();
        try (Stream<Path> files = Files.walk(Path.of("src/main/java"))) {
            for (Path f : files.filter(p -> p.toString().endsWith(".java")).collect(Collectors.toList())) {
                Matcher m = use.matcher(Files.readString(f));
                while (m.find()) {
                    used.add(m.group(1));
                }
            }
        }
        assertTrue(used.size() > 80, "found " + used.size() + " keys");
        Set<String> unknown = used.stream().filter(k -> !en.containsKey(k)).collect(Collectors.toCollection(TreeSet::new));
        assertEquals(Set.of(), unknown);
        assertNotEquals(0, used.size());
    }
}
