package io.github.albero.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.albero.code.ObjectiveCode;
import io.github.albero.model.Plan;
import io.github.albero.model.ResourceAmounts;
import io.github.albero.model.StrategicObjective;
import io.github.albero.money.Money;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Checks the bundled JSON against the seed text mechanically: every figure and count below is
 * parsed from the seed, never typed by hand.
 */
class SeedTranscriptionTest {
    private static final Pattern RESOURCES = Pattern.compile(
            "Risorse (preventivo|consuntivo) 2017 proventi correnti (€ [\\d.,]+) oneri correnti (€ [\\d.,]+) investimenti (€ [\\d.,]+)");
    private static final Pattern DECLARED = Pattern.compile("Nr indicatori associati (\\d+)");
    private static final Pattern CODE = Pattern.compile("\\d{3}\u2010\\d{3}\u2010\\d{3}");

    private static List<String> seed;
    private static Plan plan;

    @BeforeAll
    static void load() throws IOException {
        try (InputStream in = SeedTranscriptionTest.class.getResourceAsStream("seed-2017.txt")) {
            // the seed separates the words of a cell with non-breaking spaces
            seed = new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().map(l -> l.replace('\u00A0', ' ').strip())
                    .collect(Collectors.toList());
        }
        plan = BundledReport.load();
    }

    /** A budget and an actual statement, as the seed prints them on two "Risorse" lines. */
    private static final class Block {
        final ResourceAmounts budget;
        final ResourceAmounts actual;

        Block(ResourceAmounts budget, ResourceAmounts actual) {
            this.budget = budget;
            this.actual = actual;
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof Block && ((Block) o).budget.equals(budget) && ((Block) o).actual.equals(actual);
        }

        @Override
        public int hashCode() {
            return budget.hashCode() * 31 + actual.hashCode();
        }

        @Override
        public String toString() {
            return "budget " + budget + " / actual " + actual;
        }
    }

    private static List<Block> seedBlocks() {
        List<Block> blocks = new ArrayList<>();
        ResourceAmounts pendingBudget = null;
        for (int i = 0; i < seed.size(); i++) {
            Matcher m = RESOURCES.matcher(seed.get(i));
            if (!m.matches()) {
                continue;
            }
            ResourceAmounts amounts = ResourceAmounts.of(Money.parse(m.group(2)), Money.parse(m.group(3)), Money.parse(m.group(4)));
            if (m.group(1).equals("preventivo")) {
                assertEquals(null, pendingBudget, "line " + (i + 1) + ": a budget line before the previous one's actual line");
                pendingBudget = amounts;
            } else {
                assertTrue(pendingBudget != null, "line " + (i + 1) + ": an actual line without its budget line");
                blocks.add(new Block(pendingBudget, amounts));
                pendingBudget = null;
            }
        }
        assertEquals(null, pendingBudget, "the last budget line has no actual line");
        return blocks;
    }

    private static List<Block> jsonBlocks() {
        return plan.objectives().stream().map(o -> new Block(o.resources().flatMap(r -> r.budget(2017)).orElseThrow(),
                o.resources().flatMap(r -> r.actual(2017)).orElseThrow())).collect(Collectors.toList());
    }

    private static <T> Map<T, Long> multiset(List<T> items) {
        Map<T, Long> m = new HashMap<>();
        items.forEach(i -> m.merge(i, 1L, Long::sum));
        return m;
    }

    private static long count(Pattern p) {
        return seed.stream().filter(l -> p.matcher(l).matches()).count();
    }

    @Test
    void theSeedHasEighteenObjectivePagesEachWithABudgetAndAnActualLine() {
        assertEquals(18, count(Pattern.compile("Risorse preventivo 2017 .*")));
        assertEquals(18, count(Pattern.compile("Risorse consuntivo 2017 .*")));
        assertEquals(18, seedBlocks().size());
        assertEquals(seedBlocks().size(), plan.objectives().size());
    }

    @Test
    void everyResourceAmountOfTheSeedIsInTheJson() {
        assertEquals(multiset(seedBlocks()), multiset(jsonBlocks()));
    }

    @Test
    void theResourceBlocksFollowTheSeedsPageOrder() {
        // stronger than the multiset: the JSON lists the objectives in the order of the seed's pages
        assertEquals(seedBlocks(), jsonBlocks());
    }

    @Test
    void declaredIndicatorCountsAreTranscribedPageByPage() {
        List<Integer> seedCounts = new ArrayList<>();
        for (String line : seed) {
            Matcher m = DECLARED.matcher(line);
            if (m.matches()) {
                seedCounts.add(Integer.parseInt(m.group(1)));
            }
        }
        assertEquals(18, seedCounts.size());
        List<Integer> jsonCounts = plan.objectives().stream().map(o -> o.declaredIndicatorCount().orElseThrow())
                .collect(Collectors.toList());
        assertEquals(seedCounts, jsonCounts);
    }

    @Test
    void theJsonHasOneIndicatorPerIndicatorBlockOfTheSeed() {
        assertEquals(43, count(Pattern.compile("Indicatore")));
        assertEquals(count(Pattern.compile("Indicatore")), plan.indicators().size());
    }

    @Test
    void onlyObjective011_005_004ListsFewerIndicatorsThanItDeclares() {
        // the seed declares 44 indicators in all but prints 43 blocks: 011-005-004 declares 5 and lists 4
        int declared = plan.objectives().stream().mapToInt(o -> o.declaredIndicatorCount().orElseThrow()).sum();
        assertEquals(44, declared);
        List<String> mismatched = plan.objectives().stream()
                .filter(o -> o.declaredIndicatorCount().orElseThrow() != o.indicators().size())
                .map(o -> o.code() + " " + o.declaredIndicatorCount().get() + "/" + o.indicators().size()).collect(Collectors.toList());
        assertEquals(List.of("011-005-004 5/4"), mismatched);
    }

    @Test
    void everyObjectiveCodeOfTheFirstPageIsInTheJsonAndNoOther() {
        int firstResources = 0;
        while (!seed.get(firstResources).startsWith("Risorse preventivo")) {
            firstResources++;
        }
        Set<String> firstPage = new TreeSet<>();
        for (String line : seed.subList(0, firstResources)) {
            Matcher m = CODE.matcher(line);
            while (m.find()) {
                firstPage.add(m.group());
            }
        }
        assertEquals(18, firstPage.size());
        for (String code : firstPage) {
            assertTrue(plan.objective(code).isPresent(), code + " is on the seed's first page but not in the JSON");
        }
        Set<String> json = plan.objectives().stream().map(StrategicObjective::code).map(ObjectiveCode::toString)
                .collect(Collectors.toCollection(TreeSet::new));
        Set<String> seedCodes = firstPage.stream().map(c -> ObjectiveCode.parse(c).toString()).collect(Collectors.toCollection(TreeSet::new));
        assertEquals(seedCodes, json);
    }
}
