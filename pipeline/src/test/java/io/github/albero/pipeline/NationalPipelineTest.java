package io.github.albero.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.albero.achievement.AchievementCalculator;
import io.github.albero.achievement.AchievementReport;
import io.github.albero.json.AlberoJson;
import io.github.albero.measure.Percentage;
import io.github.albero.model.Administration;
import io.github.albero.model.Plan;
import io.github.albero.model.ResourceLine;
import io.github.albero.money.Money;
import io.github.albero.testkit.PlanGenerator;
import io.github.albero.validation.PlanValidator;
import io.github.albero.validation.ValidationReport;
import io.github.albero.variance.ResourceVariance;
import io.github.albero.variance.VarianceCalculator;
import io.github.albero.variance.VarianceReport;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.StringWriter;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The pipeline's rows and aggregates equal the figures computed plan by plan, on one thread or several. */
class NationalPipelineTest {
    private static final String[] NAMES = {"Comune di Lucca", "Camera di Commercio di Pisa", "Provincia di Siena",
        "Università degli Studi di Pavia", "Ente Parco delle Alpi"};

    private static List<Plan> plans() {
        List<Plan> plans = new ArrayList<>();
        List<Plan> drawn = PlanGenerator.defaults().sample(20170630, 24);
        for (int i = 0; i < drawn.size(); i++) {
            plans.add(Plan.builder().from(drawn.get(i)).administration(Administration.builder()
                    .name(NAMES[i % NAMES.length] + " " + i).identifier("id-" + i).build()).build());
        }
        return plans;
    }

    private static byte[] file(List<Plan> plans) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < plans.size(); i++) {
            sb.append(AlberoJson.write(plans.get(i))).append('\n');
            if (i == 5) {
                sb.append("{\"formatVersion\":\"1.0\",\"kind\":\"nope\"}\n"); // a broken report, line 7
            }
            if (i == 9) {
                sb.append("\n"); // a blank line is skipped, not counted
            }
        }
        return sb.toString().getBytes(StandardCharsets.UTF_8);
    }

    @Test
    void rowsAndAggregatesEqualThePlanByPlanFiguresOnOneAndOnTwoThreads() {
        List<Plan> plans = plans();
        byte[] file = file(plans);
        String expectedCsv = null;
        for (int threads : new int[] {1, 2, 3}) {
            ByteArrayOutputStream rows = new ByteArrayOutputStream();
            NationalSummary s = NationalPipeline.create().threads(threads).run(new ByteArrayInputStream(file), rows);
            String csv = rows.toString(StandardCharsets.UTF_8);
            if (expectedCsv == null) {
                expectedCsv = csv;
                check(plans, s, csv);
            } else {
                assertEquals(expectedCsv, csv, "rows on " + threads + " threads");
            }
            StringWriter aggregates = new StringWriter();
            s.writeCsv(aggregates);
            assertTrue(aggregates.toString().startsWith("group,key,reports,"), aggregates.toString());
        }
    }

    private static void check(List<Plan> plans, NationalSummary s, String csv) {
        List<String> rows = csv.lines().toList();
        assertEquals(1 + plans.size() + 1, rows.size());
        assertEquals(plans.size() + 1, s.lines());
        assertEquals(1, s.unreadable());
        assertTrue(rows.get(7).startsWith("7,unreadable,"), rows.get(7));
        assertTrue(rows.get(7).contains("kind: expected one of plan, report, got \"\"nope\"\" (line 7, column"), rows.get(7));

        Aggregate all = new Aggregate("all");
        java.util.Map<String, Aggregate> kinds = new java.util.TreeMap<>();
        java.util.Map<String, Aggregate> missions = new java.util.TreeMap<>();
        for (int i = 0; i < plans.size(); i++) {
            int row = i <= 5 ? i + 1 : i + 2; // the header first, the bad line 7 in between
            Plan plan = plans.get(i);
            int year = plan.referenceYear();
            AchievementReport a = AchievementCalculator.defaults().evaluate(plan, year);
            VarianceReport v = VarianceCalculator.againstBudget().evaluate(plan, year);
            ValidationReport validation = PlanValidator.create().validate(plan);
            int errors = validation.errors().size();
            Optional<ResourceVariance> rv = v.root().variance();
            String expected = (errors > 0 ? "invalid" : "valid") + "," + plan.administration().name() + ",id-" + i + ","
                    + NationalPipeline.kindOfAdministration(plan) + "," + year + "," + plan.indicators().size() + "," + errors
                    + "," + validation.warnings().size() + ",";
            String actual = rows.get(row);
            assertTrue(actual.contains(expected), actual + " vs " + expected);
            String score = a.root().score().map(p -> p.points().toPlainString()).orElse("");
            String money = rv.map(x -> x.line(ResourceLine.COSTS).budget().amount().toPlainString() + ","
                    + x.line(ResourceLine.COSTS).actual().amount().toPlainString() + ","
                    + x.line(ResourceLine.INVESTMENTS).budget().amount().toPlainString() + ","
                    + x.line(ResourceLine.INVESTMENTS).actual().amount().toPlainString()).orElse(",,,");
            assertTrue(actual.endsWith("," + score + "," + money + ","), actual + " vs score " + score + ", money " + money);
            all.add(plan.indicators().size(), a.root().score(), rv);
            kinds.computeIfAbsent(NationalPipeline.kindOfAdministration(plan), Aggregate::new)
                    .add(plan.indicators().size(), a.root().score(), rv);
            for (int m = 0; m < plan.missions().size(); m++) {
                String code = plan.missions().get(m).code().value();
                long count = plan.indicators().stream().filter(li -> li.mission().code().value().equals(code)).count();
                missions.computeIfAbsent(code, Aggregate::new).add((int) count, a.root().children().get(m).score(),
                        v.find(code).flatMap(n -> n.variance()));
            }
        }
        assertSame(all, s.all());
        assertEquals(kinds.keySet(), s.byKind().keySet());
        kinds.forEach((k, x) -> assertSame(x, s.byKind().get(k)));
        assertEquals(missions.keySet(), s.byMission().keySet());
        missions.forEach((k, x) -> assertSame(x, s.byMission().get(k)));
        // the mean is exact: the sum of the scores over their count, rounded once
        BigDecimal sum = BigDecimal.ZERO;
        long n = 0;
        for (Plan plan : plans) {
            Optional<Percentage> p = AchievementCalculator.defaults().evaluate(plan, plan.referenceYear()).root().score();
            if (p.isPresent()) {
                sum = sum.add(p.get().points());
                n++;
            }
        }
        assertEquals(n == 0 ? Optional.empty() : Optional.of(sum.divide(BigDecimal.valueOf(n), 2, RoundingMode.HALF_EVEN)),
                s.all().meanAchievement());
        assertTrue(s.all().reports() == plans.size() && s.all().indicators() > 0);
        assertTrue(s.byKind().containsKey("comune") && s.byKind().containsKey("altro"), s.byKind().keySet().toString());
    }

    private static void assertSame(Aggregate expected, Aggregate actual) {
        assertEquals(expected.csv("x"), actual.csv("x"));
    }

    @Test
    void theDefaultKindOfAdministrationComesFromTheName() {
        Plan plan = plans().get(1);
        assertEquals("cameraDiCommercio", NationalPipeline.kindOfAdministration(plan));
        assertEquals(Money.ZERO, new Aggregate("x").budgetCosts());
    }

    @Test
    void aBrokenOrOverlongLineGetsARowSayingWhereAndWhyAndTheNextLinesAreStillAnalysed() {
        List<Plan> plans = plans().subList(0, 3);
        String good = AlberoJson.write(plans.get(0));
        String overlong = "x".repeat((int) AlberoJson.MAX_DOCUMENT_LENGTH + 1);
        byte[] file = String.join("\n", good, "{\"formatVersion\": \"1.0\", \"kind\":", overlong,
                AlberoJson.write(plans.get(1)), AlberoJson.write(plans.get(2))).getBytes(StandardCharsets.UTF_8);
        String first = null;
        for (int threads : new int[] {1, 2}) {
            ByteArrayOutputStream rows = new ByteArrayOutputStream();
            NationalSummary s = NationalPipeline.create().threads(threads).run(new ByteArrayInputStream(file), rows);
            List<String> lines = rows.toString(StandardCharsets.UTF_8).lines().toList();
            assertEquals(6, lines.size(), lines.toString());
            assertTrue(lines.get(2).startsWith("2,unreadable,") && lines.get(2).contains("(line 2, column"), lines.get(2));
            assertTrue(lines.get(3).startsWith("3,unreadable,") && lines.get(3).contains("the line is "
                    + overlong.length() + " bytes") && lines.get(3).contains("(line 3)"), lines.get(3));
            assertTrue(lines.get(4).startsWith("4,") && lines.get(5).startsWith("5,"), lines.toString());
            assertEquals(2, s.unreadable());
            assertEquals(3, s.all().reports());
            String csv = String.join("\n", lines);
            if (first == null) {
                first = csv;
            } else {
                assertEquals(first, csv, "rows on " + threads + " threads");
            }
        }
    }

    @Test
    void aFailingAnalysisStopsTheRunNamingTheLineOnOneAndOnTwoThreads() {
        byte[] file = file(plans());
        for (int threads : new int[] {1, 2}) {
            NationalPipeline failing = NationalPipeline.create().threads(threads).kindOf(p -> {
                if (p.administration().name().endsWith(" 3")) {
                    throw new IllegalArgumentException("no register entry for " + p.administration().name());
                }
                return "comune";
            });
            IllegalStateException e = assertThrows(IllegalStateException.class,
                    () -> failing.run(new ByteArrayInputStream(file), new ByteArrayOutputStream()));
            assertEquals("line 4: the analysis of this report failed: no register entry for Università degli Studi di Pavia 3",
                    e.getMessage());
        }
    }

    @Test
    void rowsAreTheSameWhicheverReaderSharingIsUsed() {
        byte[] file = file(plans());
        ByteArrayOutputStream shared = new ByteArrayOutputStream();
        ByteArrayOutputStream unshared = new ByteArrayOutputStream();
        NationalPipeline.create().threads(2).reader(AlberoJson.strict()).run(new ByteArrayInputStream(file), shared);
        NationalPipeline.create().threads(2).reader(AlberoJson.strict().withoutSharing()).run(new ByteArrayInputStream(file), unshared);
        assertEquals(shared.toString(StandardCharsets.UTF_8), unshared.toString(StandardCharsets.UTF_8));
    }
}
