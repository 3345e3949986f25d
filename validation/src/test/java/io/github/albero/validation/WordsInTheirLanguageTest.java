package io.github.albero.validation;

import static io.github.albero.validation.Fixtures.costs;
import static io.github.albero.validation.Fixtures.mapIndicator;
import static io.github.albero.validation.Fixtures.mapMission;
import static io.github.albero.validation.Fixtures.mapObjective;
import static io.github.albero.validation.Fixtures.mapProgram;
import static io.github.albero.validation.Fixtures.report;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.albero.model.Completeness;
import io.github.albero.model.Indicator;
import io.github.albero.model.Monitoring;
import io.github.albero.model.PeriodAggregation;
import io.github.albero.model.PeriodResult;
import io.github.albero.model.Plan;
import io.github.albero.model.Polarity;
import io.github.albero.model.ReportingStatus;
import io.github.albero.model.Resources;
import io.github.albero.model.Result;
import io.github.albero.model.ResourceLine;
import io.github.albero.model.TargetOperator;
import io.github.albero.period.MonitoringPeriod;
import io.github.albero.text.Message;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * The words a rule passes to its message (a member, a kind of node, a budget line, a status, a
 * polarity) are typed terms of the validation catalog: English messages show the English term,
 * Italian ones the Italian term, and no finding carries a word of one language for the other.
 */
class WordsInTheirLanguageTest {
    private static Properties load(String file) throws IOException {
        try (InputStream in = WordsInTheirLanguageTest.class.getResourceAsStream(file)) {
            Properties p = new Properties();
            p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
            return p;
        }
    }

    private static List<Finding> findings(Plan... plans) {
        List<Finding> all = new ArrayList<>();
        for (Plan p : plans) {
            all.addAll(PlanValidator.create().validate(p).findings());
        }
        return all;
    }

    @Test
    void everyTermHasAnEnglishAndADifferentItalianText() throws IOException {
        Properties en = load("messages.properties");
        Properties it = load("messages_it.properties");
        Set<String> terms = en.stringPropertyNames().stream().filter(k -> k.startsWith("term.")).collect(Collectors.toCollection(TreeSet::new));
        for (Class<? extends Enum<?>> type : List.of(Polarity.class, TargetOperator.class, ReportingStatus.class, Completeness.class,
                ResourceLine.class)) {
            for (Enum<?> c : type.getEnumConstants()) {
                assertTrue(terms.contains("term." + type.getSimpleName() + "." + c.name()), "no term for " + c);
            }
        }
        for (String k : terms) {
            assertTrue(it.containsKey(k), "no Italian " + k);
            assertFalse(en.getProperty(k).equalsIgnoreCase(it.getProperty(k)), "untranslated " + k);
        }
    }

    @Test
    void findingsCarryTypedTermsNotWordsOfOneLanguage() {
        PeriodResult provisional = PeriodResult.builder().period(MonitoringPeriod.half(2017, 1)).result(Result.parse("n. 1"))
                .status(ReportingStatus.PROVISIONAL).completeness(Completeness.PARTIAL).build();
        List<Finding> found = findings(
                mapIndicator(report(), i -> i.withDataSource(Optional.empty())),
                mapObjective(report(), o -> o.withResponsibleUnit(Optional.empty())),
                mapProgram(report(), p -> p.withObjectives(List.of())),
                mapMission(report(), m -> m.withPrograms(List.of())),
                mapObjective(report(), o -> o.withResources(Resources.of(2017, costs(0), costs(4000)))),
                mapIndicator(report(), i -> i.withPolarity(Polarity.LOWER_IS_BETTER)),
                mapIndicator(report(), i -> Indicator.builder().from(i).periodAggregation(PeriodAggregation.SUM)
                        .putMonitoring(2017, Monitoring.builder().year(2017).addPeriods(provisional).build()).build()));
        Set<RuleCode> codes = found.stream().map(Finding::code).collect(Collectors.toSet());
        assertTrue(codes.containsAll(Set.of(RuleCode.INDICATOR_FIELD_MISSING, RuleCode.OBJECTIVE_FIELD_MISSING, RuleCode.BRANCH_EMPTY,
                RuleCode.ACTUAL_WITHOUT_BUDGET, RuleCode.POLARITY_CONTRADICTS_TARGET, RuleCode.PERIOD_RESULT_NOT_FINAL)), codes::toString);
        int terms = 0;
        for (Finding f : found) {
            // the document's own text (the value) is in whatever language its author wrote
            String en = f.message(Locale.ENGLISH).replace(f.value().orElse("\u0000"), "");
            String it = f.message(Locale.ITALIAN).replace(f.value().orElse("\u0000"), "");
            for (Object a : f.arguments().values()) {
                if (a instanceof Message m && m.key().startsWith("term.")) {
                    terms++;
                    String enTerm = m.render(Locale.ENGLISH);
                    String itTerm = m.render(Locale.ITALIAN);
                    assertTrue(word(en, enTerm) && !word(en, itTerm), en);
                    assertTrue(word(it, itTerm) && !word(it, enTerm), it);
                }
                // a word handed over as a plain string would be the same in both languages
                if (a instanceof String s && s.matches("[a-z][a-z ]+")) {
                    throw new AssertionError(f.code() + " passes the word \"" + s + "\" to both languages");
                }
            }
        }
        assertTrue(terms >= 8, "terms seen: " + terms);
    }

    private static boolean word(String text, String term) {
        return java.util.regex.Pattern.compile("(?<![\\p{L}])" + java.util.regex.Pattern.quote(term) + "(?![\\p{L}])").matcher(text).find();
    }

    @Test
    void aMissingDataSourceIsNamedInEachLanguage() {
        Finding f = findings(mapIndicator(report(), i -> i.withDataSource(Optional.empty()))).get(0);
        assertTrue(f.message(Locale.ITALIAN).endsWith("non indica il campo fonte dei dati."), f.message(Locale.ITALIAN));
        assertTrue(f.message(Locale.ENGLISH).endsWith("does not state its data source."), f.message(Locale.ENGLISH));
        assertEquals("data source", f.arguments().get("field").toString());
    }
}
