package io.github.albero.testkit;

import io.github.albero.code.MissionCode;
import io.github.albero.code.ObjectiveCode;
import io.github.albero.code.ProgramCode;
import io.github.albero.measure.Percentage;
import io.github.albero.measure.Quantity;
import io.github.albero.measure.Unit;
import io.github.albero.measure.Weight;
import io.github.albero.model.Administration;
import io.github.albero.model.Baseline;
import io.github.albero.model.Indicator;
import io.github.albero.model.IndicatorType;
import io.github.albero.model.Mission;
import io.github.albero.model.OperationalObjective;
import io.github.albero.model.Plan;
import io.github.albero.model.PlanKind;
import io.github.albero.model.Polarity;
import io.github.albero.model.Program;
import io.github.albero.model.ResourceAmounts;
import io.github.albero.model.Resources;
import io.github.albero.model.Result;
import io.github.albero.model.ResultKind;
import io.github.albero.model.ResultReading;
import io.github.albero.model.ResultStatus;
import io.github.albero.model.StrategicObjective;
import io.github.albero.model.Target;
import io.github.albero.model.TargetOperator;
import io.github.albero.model.TargetReading;
import io.github.albero.model.YearResources;
import io.github.albero.money.Money;
import io.github.albero.period.Timeframe;
import io.github.albero.period.YearRange;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.function.Supplier;

/**
 * Plans that the core lets you build but that are far from sound: the stress test of anything
 * that stores or transmits plans. Texts with quotes, backslashes, control characters (ESC, a
 * bidi override), line breaks, emoji, right-to-left words, a 1 040-character word and "_____"; quantities, weights and target values with up to six decimals,
 * negative ones, and the largest magnitudes the core accepts; money up to
 * 999 999 999 999 999,99; units the core does not know; explicit readings that disagree with
 * their text (any operator with any polarity); targets, results, baselines, timeframes and
 * resources in any year from 1900 to 2999, inside the horizon or not; any declared indicator
 * count; results of every kind (numbers, percentages, statuses, "nothing reported") with
 * comments; and plans without missions.
 */
final class WildPlans {
    private static final String[] WORDS = {"obiettivo", "qualità", "€ 5.000,00", "Città", "perché", "\"quoted\"",
            "back\\slash", "line\nbreak", "tab\there", "emoji 😀", "ctrl \u0001", "‐ hyphen", "100%", "_____", "a/b~c", "x",
            "مرحبا بالعالم", "שלום", "\u202Eevil\u202C", "\u001B[31mred"};
    // one unbroken word longer than any line, for the fields that take free text of any length
    private static final String LONG_WORD = "Precipitevolissimevolmente".repeat(40);
    private static final String[] UNITS = {"%", "gg", "n", "EUR", "score", "eventi", "ore", "m²"};

    private final SplittableRandom r;

    private WildPlans(SplittableRandom r) {
        this.r = r;
    }

    /** Draws one plan; the caller's source advances by one split. */
    static Plan draw(SplittableRandom random) {
        return new WildPlans(random.split()).plan();
    }

    private boolean chance(int percent) {
        return r.nextInt(100) < percent;
    }

    private <T> Optional<T> maybe(Supplier<T> s) {
        return chance(50) ? Optional.of(s.get()) : Optional.empty();
    }

    private <T> List<T> some(int max, Supplier<T> s) {
        int n = r.nextInt(max + 1);
        List<T> out = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            out.add(s.get());
        }
        return out;
    }

    private String longText() {
        return chance(10) ? text() + " " + LONG_WORD : text();
    }

    private String text() {
        int n = 1 + r.nextInt(4);
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < n; i++) {
            if (i > 0) {
                sb.append(' ');
            }
            sb.append(WORDS[r.nextInt(WORDS.length)]);
        }
        return sb.toString();
    }

    private int year() {
        return chance(80) ? 2010 + r.nextInt(15) : YearRange.MIN_YEAR + r.nextInt(YearRange.MAX_YEAR - YearRange.MIN_YEAR + 1);
    }

    private BigDecimal decimal(int maxScale, boolean negative) {
        int scale = r.nextInt(maxScale + 1);
        long bound = chance(80) ? 10_000 : 999_999_999L;
        BigDecimal v = BigDecimal.valueOf(r.nextLong(bound), scale);
        if (chance(5)) {
            v = new BigDecimal("999999999999999").movePointLeft(scale);
        }
        return negative && chance(20) ? v.negate() : v;
    }

    private Money money() {
        if (chance(10)) {
            return Money.of(new BigDecimal("999999999999999.99"));
        }
        return Money.of(BigDecimal.valueOf(r.nextLong(chance(70) ? 1_000_000_00L : 99_999_999_999_999_99L), 2));
    }

    private Unit unit() {
        return Unit.of(UNITS[r.nextInt(UNITS.length)]);
    }

    private Plan plan() {
        int first = 1990 + r.nextInt(1000);
        YearRange horizon = YearRange.of(first, first + r.nextInt(3));
        Plan.Builder b = Plan.builder()
                .kind(chance(50) ? PlanKind.PLAN : PlanKind.REPORT)
                .title(maybe(this::text))
                .administration(Administration.builder().name(text()).identifier(maybe(this::text)).build())
                .referenceYear(horizon.first() + r.nextInt(horizon.length()))
                .horizon(horizon)
                .addAllNotes(some(2, this::text));
        Set<String> codes = new HashSet<>();
        int missions = r.nextInt(4);
        for (int i = 0; i < missions; i++) {
            String code = String.format(java.util.Locale.ROOT, "%03d", r.nextInt(1000));
            if (codes.add(code)) {
                b.addMissions(mission(code));
            }
        }
        return b.build();
    }

    private Mission mission(String code) {
        Mission.Builder b = Mission.builder().code(MissionCode.of(code)).title(text()).addAllNotes(some(1, this::text));
        Set<String> codes = new HashSet<>();
        int programs = r.nextInt(3);
        for (int i = 0; i < programs; i++) {
            String p = String.format(java.util.Locale.ROOT, "%03d", r.nextInt(1000));
            if (codes.add(p)) {
                b.addPrograms(program(code, p));
            }
        }
        return b.build();
    }

    private Program program(String mission, String code) {
        Program.Builder b = Program.builder().code(ProgramCode.of(code)).title(text()).addAllNotes(some(1, this::text));
        int objectives = r.nextInt(3);
        for (int i = 1; i <= objectives; i++) {
            b.addObjectives(strategic(ObjectiveCode.parse(mission + "-" + code + "-" + String.format(java.util.Locale.ROOT, "%03d", i))));
        }
        return b.build();
    }

    private StrategicObjective strategic(ObjectiveCode code) {
        StrategicObjective.Builder b = StrategicObjective.builder().code(code).title(longText())
                .description(maybe(this::text)).timeframe(maybe(this::timeframe)).responsibleUnit(maybe(this::text))
                .weight(maybe(() -> Weight.of(decimal(6, false)))).addAllStakeholders(some(2, this::text))
                .resources(maybe(this::resources)).declaredIndicatorCount(maybe(() -> r.nextInt(10)))
                .addAllIndicators(some(2, this::indicator)).addAllNotes(some(1, this::text));
        Set<String> codes = new HashSet<>();
        for (OperationalObjective op : some(2, this::operational)) {
            if (op.code().isEmpty() || codes.add(op.code().get())) {
                b.addOperationalObjectives(op);
            }
        }
        return b.build();
    }

    private OperationalObjective operational() {
        return OperationalObjective.builder().code(maybe(() -> "1." + r.nextInt(5))).title(text())
                .description(maybe(this::text)).timeframe(maybe(this::timeframe)).responsibleUnit(maybe(this::text))
                .weight(maybe(() -> Weight.of(decimal(2, false)))).addAllStakeholders(some(1, this::text))
                .resources(maybe(this::resources)).declaredIndicatorCount(maybe(() -> r.nextInt(3)))
                .addAllIndicators(some(2, this::indicator)).addAllNotes(some(1, this::text)).build();
    }

    private Timeframe timeframe() {
        String[] labels = {"Biennio", "Triennio", "Annuale", "2017-2018"};
        if (chance(30)) {
            int y = year();
            return Timeframe.of(labels[r.nextInt(labels.length)], YearRange.of(y, Math.min(YearRange.MAX_YEAR, y + r.nextInt(3))));
        }
        return Timeframe.of(labels[r.nextInt(labels.length)]);
    }

    private Resources resources() {
        Resources.Builder b = Resources.builder();
        int years = r.nextInt(3);
        for (int i = 0; i < years; i++) {
            YearResources.Builder y = YearResources.builder();
            int which = 1 + r.nextInt(7);
            if ((which & 1) != 0) {
                y.budget(amounts());
            }
            if ((which & 2) != 0) {
                y.revisedBudget(amounts());
            }
            if ((which & 4) != 0) {
                y.actual(amounts());
            }
            b.putYears(year(), y.build());
        }
        return b.build();
    }

    private ResourceAmounts amounts() {
        return chance(20) ? ResourceAmounts.ZERO : ResourceAmounts.of(money(), money(), money());
    }

    private Indicator indicator() {
        Indicator.Builder b = Indicator.builder().code(maybe(this::text)).name(longText()).measures(maybe(this::text))
                .type(maybe(() -> IndicatorType.of(chance(50) ? "efficacia" : text()))).unit(maybe(this::text))
                .algorithm(maybe(this::text)).dataSource(maybe(this::text)).baseline(maybe(this::baseline))
                .polarity(Polarity.values()[r.nextInt(Polarity.values().length)])
                .weight(maybe(() -> Weight.of(decimal(6, false)))).addAllNotes(some(1, this::text));
        for (int i = r.nextInt(3); i > 0; i--) {
            b.putTargets(year(), Target.of(longText(), maybe(this::targetReading)));
        }
        for (int i = r.nextInt(3); i > 0; i--) {
            b.putResults(year(), Result.builder().text(text()).reading(maybe(this::resultReading)).comment(maybe(this::text)).build());
        }
        return b.build();
    }

    private Baseline baseline() {
        Baseline.Builder b = Baseline.builder();
        int which = 1 + r.nextInt(3);
        if ((which & 1) != 0) {
            b.text(text());
        }
        if ((which & 2) != 0) {
            b.value(Quantity.of(decimal(6, true), chance(50) ? unit() : null));
        }
        return b.year(maybe(this::year)).build();
    }

    private TargetReading targetReading() {
        TargetOperator op = TargetOperator.values()[r.nextInt(TargetOperator.values().length)];
        TargetReading.Builder b = TargetReading.builder().operator(op).unit(maybe(this::unit)).operatorStated(chance(80));
        if (op == TargetOperator.DEADLINE || op == TargetOperator.MAINTAIN) {
            b.unit(Optional.empty());
        }
        if (op == TargetOperator.DEADLINE) {
            b.deadline(java.time.LocalDate.of(year(), 1 + r.nextInt(12), 1 + r.nextInt(28)));
        } else if (op == TargetOperator.INCREASE || op == TargetOperator.DECREASE || op == TargetOperator.MAINTAIN) {
            b.baseYear(maybe(this::year));
            if (op != TargetOperator.MAINTAIN && chance(50)) {
                b.value(decimal(6, true).abs());
            }
        } else if (op != TargetOperator.MILESTONE) {
            BigDecimal v = decimal(6, true);
            b.value(v);
            if (op == TargetOperator.BETWEEN) {
                b.upperBound(v.abs().compareTo(BigDecimal.TEN.pow(14)) > 0 ? v : v.add(BigDecimal.valueOf(r.nextInt(100_000), r.nextInt(4))));
            }
        }
        return b.build();
    }

    private ResultReading resultReading() {
        ResultKind kind = ResultKind.values()[r.nextInt(ResultKind.values().length)];
        switch (kind) {
            case NUMBER:
                return ResultReading.number(Quantity.of(decimal(6, true), chance(70) ? unit() : null));
            case PERCENTAGE:
                return ResultReading.percentage(Percentage.of(decimal(6, true)));
            case STATUS:
                return ResultReading.status(ResultStatus.values()[r.nextInt(ResultStatus.values().length)]);
            case DATE:
                return ResultReading.date(java.time.LocalDate.of(year(), 1 + r.nextInt(12), 1 + r.nextInt(28)));
            default:
                return ResultReading.nothingReported();
        }
    }
}
