package io.github.albero.testkit;

import io.github.albero.code.MissionCode;
import io.github.albero.code.ObjectiveCode;
import io.github.albero.code.ProgramCode;
import io.github.albero.measure.Weight;
import io.github.albero.model.Administration;
import io.github.albero.model.Baseline;
import io.github.albero.model.Indicator;
import io.github.albero.model.IndicatorType;
import io.github.albero.model.Mission;
import io.github.albero.model.OperationalObjective;
import io.github.albero.model.Plan;
import io.github.albero.model.PlanKind;
import io.github.albero.model.Program;
import io.github.albero.model.ResourceAmounts;
import io.github.albero.model.Resources;
import io.github.albero.model.Result;
import io.github.albero.model.StrategicObjective;
import io.github.albero.model.Target;
import io.github.albero.model.YearResources;
import io.github.albero.money.Money;
import io.github.albero.period.Timeframe;
import io.github.albero.period.YearRange;
import io.github.albero.reference.ReferenceProgram;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.TreeSet;

/**
 * What every node of one generated plan shares: its kind, horizon, reference year and shape
 * knobs. Each method draws one node, valid by construction: codes agree with their ancestors
 * and are unique among siblings, years lie in the horizon, results never come after the
 * reference year, money is non-negative with two decimals, sibling weights are either all
 * absent or positive and summing to 100, declared indicator counts equal the listed ones, and
 * polarity agrees with the targets' operator.
 */
final class PlanContext {
    private static final List<String> REFERENCE_MISSIONS = List.of("011", "012", "016", "032", "033");

    final Size size;
    final PlanKind kind;
    final YearRange horizon;
    final int referenceYear;
    /** True for plans in which Albero's validator finds nothing at all (see {@link PlanGenerator#clean()}). */
    final boolean clean;

    PlanContext(Size size, PlanKind kind, YearRange horizon, int referenceYear, boolean clean) {
        this.size = size;
        this.kind = kind;
        this.horizon = horizon;
        this.referenceYear = referenceYear;
        this.clean = clean;
    }

    /** A context with a horizon of a length the size allows; {@code kind} null for either kind. */
    static PlanContext draw(SplittableRandom r, Size size, PlanKind kind, boolean clean) {
        PlanKind k = kind != null ? kind : (r.nextBoolean() ? PlanKind.PLAN : PlanKind.REPORT);
        YearRange horizon = horizon(r, Draw.count(r, size.years()));
        return new PlanContext(size, k, horizon, referenceYear(r, k, horizon), clean);
    }

    /** A clean context sharing a plan's kind, horizon and reference year, to draw nodes to add to it. */
    static PlanContext cleanFor(Plan plan) {
        return new PlanContext(Size.small(), plan.kind(), plan.horizon(), plan.referenceYear(), true);
    }

    /** A clean plan has at least one node at every level, and no more than the reference classification knows. */
    private int count(SplittableRandom r, Size.Range range, int most) {
        int n = Draw.count(r, range);
        return clean ? Math.max(1, Math.min(n, most)) : n;
    }

    /** A horizon of {@code length} years, mostly recent, sometimes at the bounds of YearRange. */
    static YearRange horizon(SplittableRandom r, int length) {
        int roll = r.nextInt(100);
        int first;
        if (roll < 92) {
            first = Draw.between(r, 2008, 2030);
        } else if (roll < 96) {
            // one year of room before the horizon for a baseline year
            first = Draw.between(r, YearRange.MIN_YEAR + 1, YearRange.MIN_YEAR + 5);
        } else {
            first = YearRange.MAX_YEAR - length + 1 - Draw.between(r, 0, 3);
        }
        return YearRange.of(first, first + length - 1);
    }

    private static int referenceYear(SplittableRandom r, PlanKind kind, YearRange horizon) {
        if (kind == PlanKind.PLAN && Draw.chance(r, 70)) {
            return horizon.first();
        }
        if (kind == PlanKind.REPORT && horizon.length() >= 2 && Draw.chance(r, 50)) {
            return horizon.first() + 1;
        }
        return Draw.between(r, horizon.first(), horizon.last());
    }

    // ---------------------------------------------------------------- plan, mission, program

    Plan plan(SplittableRandom r) {
        Plan.Builder b = Plan.builder().kind(kind).administration(administration(r)).referenceYear(referenceYear).horizon(horizon);
        if (Draw.chance(r, 70)) {
            b.title(kind == PlanKind.REPORT ? "Relazione sulla performance " + referenceYear
                    : "Piano della performance " + horizon.first() + Draw.pick(r, "\u2010", "\u2013", "-") + horizon.last());
        }
        List<String> codes = clean ? shuffled(r, REFERENCE_MISSIONS).subList(0, count(r, size.missions(), REFERENCE_MISSIONS.size()))
                : missionCodes(r, Draw.count(r, size.missions()));
        if (clean && Draw.chance(r, 80)) {
            codes = new ArrayList<>(codes);
            Collections.sort(codes);
        }
        for (String code : codes) {
            b.addMissions(mission(r.split(), MissionCode.of(code)));
        }
        if (Draw.chance(r, 5)) {
            b.addNotes(Draw.pick(r, ItalianTexts.PLAN_NOTES));
        }
        // ratio indicators, periods, revisions, breakdowns, staff and public value: see Shapes
        return clean ? Shapes.decorate(b.build(), r.split()) : b.build();
    }

    static Administration administration(SplittableRandom r) {
        Administration.Builder b = Administration.builder().name(Draw.pick(r, ItalianTexts.ADMINISTRATIONS));
        if (Draw.chance(r, 50)) {
            b.identifier(Draw.chance(r, 50) ? "cciaa_" + (char) ('a' + r.nextInt(26)) + (char) ('a' + r.nextInt(26))
                    : Draw.pick(r, "8", "9") + String.format(Locale.ROOT, "%010d", Draw.between(r, 0L, 9_999_999_999L)));
        }
        return b.build();
    }

    /** {@code n} distinct mission codes, the reference ones first (most of the time). */
    private static List<String> missionCodes(SplittableRandom r, int n) {
        List<String> reference = shuffled(r, REFERENCE_MISSIONS);
        return codes(r, n, reference);
    }

    /** {@code n} distinct three-digit codes drawn from {@code preferred} first, then fresh ones. */
    private static List<String> codes(SplittableRandom r, int n, List<String> preferred) {
        List<String> codes = new ArrayList<>(n);
        Set<String> used = new HashSet<>();
        int next = 0;
        for (int i = 0; i < n; i++) {
            String code;
            if (next < preferred.size() && Draw.chance(r, 85)) {
                code = preferred.get(next++);
                if (!used.add(code)) {
                    code = fresh(r, used);
                }
            } else {
                code = fresh(r, used);
            }
            codes.add(code);
        }
        if (Draw.chance(r, 80)) {
            Collections.sort(codes);
        }
        return codes;
    }

    private static String fresh(SplittableRandom r, Set<String> used) {
        int start = Draw.between(r, 1, Size.MAX_CODES);
        for (int i = 0; i < Size.MAX_CODES; i++) {
            String code = String.format(Locale.ROOT, "%03d", (start - 1 + i) % Size.MAX_CODES + 1);
            if (used.add(code)) {
                return code;
            }
        }
        throw new IllegalStateException("no three-digit code left");
    }

    private static <T> List<T> shuffled(SplittableRandom r, List<T> items) {
        List<T> copy = new ArrayList<>(items);
        for (int i = copy.size() - 1; i > 0; i--) {
            Collections.swap(copy, i, r.nextInt(i + 1));
        }
        return copy;
    }

    Mission mission(SplittableRandom r, MissionCode code) {
        Optional<String> reference = ReferenceProgram.missionTitle(code);
        String title = reference.isPresent() && Draw.chance(r, 85) ? reference.get()
                : reference.map(t -> t.toUpperCase(Locale.ITALIAN)).orElseGet(() -> Draw.pick(r, ItalianTexts.MISSION_TITLES));
        Mission.Builder b = Mission.builder().code(code).title(title);
        List<String> preferred = new ArrayList<>();
        for (ReferenceProgram p : ReferenceProgram.values()) {
            if (p.missionCode().equals(code)) {
                preferred.add(p.programCode().value());
            }
        }
        List<String> programs;
        if (clean && !preferred.isEmpty()) {
            programs = shuffled(r, preferred).subList(0, count(r, size.programsPerMission(), preferred.size()));
        } else {
            // a mission outside the reference data (only a defect adds one to a clean plan) has fresh program codes
            programs = codes(r, count(r, size.programsPerMission(), Size.MAX_CODES), shuffled(r, preferred));
        }
        if (clean && Draw.chance(r, 80)) {
            programs = new ArrayList<>(programs);
            Collections.sort(programs);
        }
        for (String program : programs) {
            b.addPrograms(program(r.split(), code, ProgramCode.of(program)));
        }
        if (Draw.chance(r, 3)) {
            b.addNotes(Draw.pick(r, ItalianTexts.NOTES));
        }
        return b.build();
    }

    Program program(SplittableRandom r, MissionCode mission, ProgramCode code) {
        String title = ReferenceProgram.of(mission, code).map(ReferenceProgram::programTitle)
                .filter(t -> clean || Draw.chance(r, 90)).orElseGet(() -> Draw.pick(r, ItalianTexts.PROGRAM_TITLES));
        Program.Builder b = Program.builder().code(code).title(title);
        int n = count(r, size.objectivesPerProgram(), Size.MAX_CODES);
        List<Optional<Weight>> weights = weights(r, n);
        int number = 0;
        for (int i = 0; i < n; i++) {
            // leave gaps in the numbering now and then, while room remains for the rest
            int room = Size.MAX_CODES - number - (n - i);
            number += room > 0 && Draw.chance(r, 15) ? 2 : 1;
            ObjectiveCode oc = ObjectiveCode.of(mission, code, String.format(Locale.ROOT, "%03d", number));
            b.addObjectives(strategicObjective(r.split(), oc, weights.get(i)));
        }
        if (Draw.chance(r, 3)) {
            b.addNotes(Draw.pick(r, ItalianTexts.NOTES));
        }
        return b.build();
    }

    // ---------------------------------------------------------------- objectives

    StrategicObjective strategicObjective(SplittableRandom r, ObjectiveCode code, Optional<Weight> weight) {
        int direct = Draw.count(r, size.indicatorsPerObjective());
        int operational = Draw.count(r, size.operationalObjectivesPerObjective());
        int[] operationalIndicators = new int[operational];
        int throughOperational = 0;
        for (int j = 0; j < operational; j++) {
            operationalIndicators[j] = Draw.count(r, size.indicatorsPerOperationalObjective());
            throughOperational += operationalIndicators[j];
        }
        if (direct == 0 && throughOperational == 0 && (clean || size.indicatorsPerObjective().max() >= 1)) {
            direct = Math.max(1, size.indicatorsPerObjective().min());
        }
        StrategicObjective.Builder b = StrategicObjective.builder().code(code).title(ItalianTexts.objectiveTitle(r)).weight(weight);
        if (clean || Draw.chance(r, 80)) {
            b.description(ItalianTexts.description(r, Draw.chance(r, 3)));
        }
        if (clean || Draw.chance(r, 75)) {
            b.timeframe(timeframe(r));
        }
        if (clean || Draw.chance(r, 85)) {
            b.responsibleUnit(Draw.pick(r, ItalianTexts.RESPONSIBLE_UNITS));
        }
        if (Draw.chance(r, 30)) {
            b.addAllStakeholders(stakeholders(r));
        }
        if (Draw.chance(r, 75)) {
            b.resources(resources(r));
        }
        // the declared count is unambiguous only when operational objectives add no indicators
        if (throughOperational == 0 && Draw.chance(r, 60)) {
            b.declaredIndicatorCount(direct);
        }
        String prefix = "IND " + code;
        List<Optional<Weight>> weights = weights(r, direct);
        for (int i = 0; i < direct; i++) {
            b.addIndicators(indicator(r.split(), prefix + "/" + (i + 1), weights.get(i)));
        }
        List<Optional<Weight>> opWeights = weights(r, operational);
        for (int j = 0; j < operational; j++) {
            b.addOperationalObjectives(operationalObjective(r.split(), code + "/" + (j + 1), operationalIndicators[j], opWeights.get(j)));
        }
        if (Draw.chance(r, 4)) {
            b.addNotes(Draw.pick(r, ItalianTexts.NOTES));
        }
        return b.build();
    }

    OperationalObjective operationalObjective(SplittableRandom r, String key, int indicators, Optional<Weight> weight) {
        OperationalObjective.Builder b = OperationalObjective.builder().title(Draw.pick(r, ItalianTexts.OPERATIONAL_TITLES)).weight(weight);
        if (Draw.chance(r, 60)) {
            b.code("OO " + key);
        }
        if (Draw.chance(r, 50)) {
            b.description(ItalianTexts.description(r, Draw.chance(r, 2)));
        }
        if (Draw.chance(r, 40)) {
            b.timeframe(Timeframe.of("Annuale", YearRange.of(referenceYear)));
        }
        if (Draw.chance(r, 60)) {
            b.responsibleUnit(Draw.pick(r, ItalianTexts.RESPONSIBLE_UNITS));
        }
        if (Draw.chance(r, 10)) {
            b.addAllStakeholders(stakeholders(r));
        }
        if (Draw.chance(r, 40)) {
            b.resources(resources(r));
        }
        if (Draw.chance(r, 50)) {
            b.declaredIndicatorCount(indicators);
        }
        List<Optional<Weight>> weights = weights(r, indicators);
        for (int i = 0; i < indicators; i++) {
            b.addIndicators(indicator(r.split(), "IND " + key + "/" + (i + 1), weights.get(i)));
        }
        if (Draw.chance(r, 3)) {
            b.addNotes(Draw.pick(r, ItalianTexts.NOTES));
        }
        return b.build();
    }

    private static List<String> stakeholders(SplittableRandom r) {
        return shuffled(r, ItalianTexts.STAKEHOLDERS).subList(0, Draw.between(r, 1, 4));
    }

    /** A timeframe whose years, when given, lie in the horizon. */
    Timeframe timeframe(SplittableRandom r) {
        int length = horizon.length();
        int roll = r.nextInt(100);
        if (roll < 35 && length >= 2) {
            return Draw.chance(r, 50) ? Timeframe.of("Biennio") : Timeframe.of("Biennio", span(r, 2));
        }
        if (roll < 55 && length >= 3) {
            return Draw.chance(r, 50) ? Timeframe.of("Triennio") : Timeframe.of("Triennio", span(r, 3));
        }
        if (roll < 75) {
            YearRange years = span(r, Draw.between(r, 1, Math.min(length, 3)));
            // the label is itself the range, with an ASCII or a Unicode hyphen
            return Timeframe.of(years.first() == years.last() ? Integer.toString(years.first())
                    : years.first() + Draw.pick(r, "-", "\u2010", "\u2013") + years.last());
        }
        if (roll < 90) {
            return Draw.chance(r, 50) ? Timeframe.of("Annuale") : Timeframe.of("Annuale", YearRange.of(referenceYear));
        }
        return Timeframe.of(Draw.pick(r, "Pluriennale", "In corso", "Permanente"));
    }

    private YearRange span(SplittableRandom r, int length) {
        int first = Draw.between(r, horizon.first(), horizon.last() - length + 1);
        return YearRange.of(first, first + length - 1);
    }

    // ---------------------------------------------------------------- resources

    /** Resources for the reference year and sometimes other horizon years; never actuals for future years. */
    Resources resources(SplittableRandom r) {
        Resources.Builder b = Resources.builder();
        for (int year : horizon) {
            if (year == referenceYear || Draw.chance(r, 12)) {
                b.putYears(year, yearResources(r, year));
            }
        }
        return b.build();
    }

    private YearResources yearResources(SplittableRandom r, int year) {
        boolean actualAllowed = kind == PlanKind.REPORT ? year <= referenceYear : year < referenceYear;
        YearResources.Builder b = YearResources.builder();
        ResourceAmounts budget = null;
        if (clean || !actualAllowed || Draw.chance(r, 92)) {
            budget = budget(r);
            b.budget(budget);
        }
        if (Draw.chance(r, 12)) {
            b.revisedBudget(budget == null ? budget(r) : revised(r, budget));
        }
        if (actualAllowed && (clean || budget == null || Draw.chance(r, 90))) {
            b.actual(clean ? cleanActual(r, budget) : actual(r, budget));
        }
        return b.build();
    }

    static ResourceAmounts budget(SplittableRandom r) {
        if (Draw.chance(r, 25)) {
            return ResourceAmounts.ZERO;
        }
        return ResourceAmounts.of(Draw.chance(r, 60) ? Money.ZERO : amount(r), Draw.chance(r, 30) ? Money.ZERO : amount(r),
                Draw.chance(r, 80) ? Money.ZERO : amount(r));
    }

    private static ResourceAmounts revised(SplittableRandom r, ResourceAmounts budget) {
        return ResourceAmounts.of(near(r, budget.revenues()), near(r, budget.costs()), near(r, budget.investments()));
    }

    private static ResourceAmounts actual(SplittableRandom r, ResourceAmounts budget) {
        if (budget == null) {
            return budget(r);
        }
        if (Draw.chance(r, 20)) {
            return ResourceAmounts.ZERO;
        }
        return ResourceAmounts.of(spent(r, budget.revenues()), spent(r, budget.costs()), spent(r, budget.investments()));
    }

    /** A non-negative amount with two decimals, mostly round, sometimes large. */
    static Money amount(SplittableRandom r) {
        int roll = r.nextInt(100);
        long cents;
        if (roll < 60) {
            cents = Draw.between(r, 1L, 10_000L) * 5_000L;
        } else if (roll < 92) {
            cents = Draw.between(r, 1L, 100_000_000L);
        } else {
            cents = Draw.between(r, 100_000_000L, 5_000_000_000L);
        }
        return Money.of(BigDecimal.valueOf(cents, 2));
    }

    /** Spending on every budgeted line and on no other: nothing for ALB-RES-001 or ALB-RES-002 to report. */
    private static ResourceAmounts cleanActual(SplittableRandom r, ResourceAmounts budget) {
        return ResourceAmounts.of(cleanSpent(r, budget.revenues()), cleanSpent(r, budget.costs()), cleanSpent(r, budget.investments()));
    }

    private static Money cleanSpent(SplittableRandom r, Money budget) {
        if (budget.isZero()) {
            return Money.ZERO;
        }
        Money spent = spent(r, budget);
        return spent.isZero() ? budget : spent;
    }

    private static Money spent(SplittableRandom r, Money budget) {
        if (budget.isZero()) {
            // spending without a budget: possible, and worth a warning downstream
            return Draw.chance(r, 10) ? amount(r) : Money.ZERO;
        }
        int roll = r.nextInt(100);
        if (roll < 10) {
            return Money.ZERO;
        }
        if (roll < 30) {
            return budget;
        }
        BigDecimal factor = BigDecimal.valueOf(Draw.between(r, 30, 115), 2);
        return Money.of(budget.amount().multiply(factor).setScale(Money.SCALE, RoundingMode.DOWN));
    }

    private static Money near(SplittableRandom r, Money budget) {
        if (budget.isZero() || Draw.chance(r, 50)) {
            return budget;
        }
        BigDecimal factor = BigDecimal.valueOf(Draw.between(r, 80, 120), 2);
        return Money.of(budget.amount().multiply(factor).setScale(Money.SCALE, RoundingMode.HALF_EVEN));
    }

    // ---------------------------------------------------------------- indicators

    Indicator indicator(SplittableRandom r, String code, Optional<Weight> weight) {
        return indicator(r, code, weight, Family.draw(r));
    }

    Indicator indicator(SplittableRandom r, String code, Optional<Weight> weight, Family family) {
        Indicator.Builder b = Indicator.builder().name(family.name(r)).polarity(family.polarity()).weight(weight);
        if (Draw.chance(r, 30)) {
            b.code(code);
        }
        if (Draw.chance(r, 70)) {
            b.measures(Draw.chance(r, 2) ? ItalianTexts.longText(r, Draw.between(r, 2_000, 5_000))
                    : "Capacità di " + Character.toLowerCase(Draw.pick(r, ItalianTexts.PURPOSES).charAt(0))
                            + Draw.pick(r, ItalianTexts.PURPOSES).substring(1));
        }
        if (clean || Draw.chance(r, 85)) {
            b.type(IndicatorType.of(Draw.chance(r, 92) ? Draw.pick(r, ItalianTexts.TYPES) : Draw.pick(r, ItalianTexts.UNUSUAL_TYPES)));
        }
        if (clean || Draw.chance(r, 80)) {
            b.unit(family.unitLabel(r));
        }
        if (clean || Draw.chance(r, 70)) {
            b.algorithm(family.algorithm(r));
        }
        if (clean || Draw.chance(r, 70)) {
            b.dataSource(Draw.pick(r, ItalianTexts.DATA_SOURCES));
        }
        if (clean || Draw.chance(r, 60)) {
            Baseline baseline = family.baseline(r);
            if (Draw.chance(r, 60)) {
                baseline = baseline.withYear(horizon.first() - 1);
            }
            b.baseline(baseline);
        }
        for (int year : horizon) {
            if (year == referenceYear || !Draw.chance(r, 8)) {
                b.putTargets(year, clean ? cleanTarget(r, family, year) : target(r, family, year));
                boolean resultDue = kind == PlanKind.REPORT ? year <= referenceYear : year < referenceYear;
                int missing = year == referenceYear ? 8 : 12;
                boolean required = clean && kind == PlanKind.REPORT && year == referenceYear;
                if (resultDue && (required || !Draw.chance(r, missing))) {
                    b.putResults(year, clean ? cleanResult(r, family) : result(r, family));
                }
            }
        }
        if (Draw.chance(r, 4)) {
            b.addNotes(Draw.pick(r, ItalianTexts.NOTES));
        }
        return b.build();
    }

    static Target target(SplittableRandom r, Family family, int year) {
        int roll = r.nextInt(100);
        if (roll < 80) {
            return Parsed.target(family.targetText(r, year));
        }
        if (roll < 88) {
            return family.explicitTarget(r);
        }
        if (roll < 99 || family != Family.MILESTONE) {
            return Parsed.target(family.unreadableTargetText(r));
        }
        // a long milestone: sentences without numbers read as a milestone
        return Parsed.target(ItalianTexts.longText(r, Draw.between(r, 2_000, 4_000)));
    }

    /** A target with a reading, never a blank one. */
    static Target cleanTarget(SplittableRandom r, Family family, int year) {
        int roll = r.nextInt(100);
        if (roll < 85) {
            return Parsed.target(family.targetText(r, year));
        }
        if (roll < 99 || family != Family.MILESTONE) {
            return family.explicitTarget(r);
        }
        return Parsed.target(ItalianTexts.longText(r, Draw.between(r, 2_000, 4_000)));
    }

    /** A result with a reading: a value, a status or an explicit "nothing reported". */
    static Result cleanResult(SplittableRandom r, Family family) {
        int roll = r.nextInt(100);
        Result result;
        if (roll < 60) {
            result = Parsed.result(family.resultText(r));
        } else if (roll < 70) {
            result = Parsed.result(Draw.pick(r, ItalianTexts.NOTHING_REPORTED));
        } else if (roll < 88) {
            result = Parsed.result(Draw.pick(r, ItalianTexts.STATUS_RESULTS));
        } else {
            result = family.explicitResult(r);
        }
        if (Draw.chance(r, 12)) {
            result = result.withComment(Draw.pick(r, ItalianTexts.COMMENTS));
        }
        return result;
    }

    static Result result(SplittableRandom r, Family family) {
        int roll = r.nextInt(100);
        Result result;
        if (roll < 55) {
            result = Parsed.result(family.resultText(r));
        } else if (roll < 65) {
            result = Parsed.result(Draw.pick(r, ItalianTexts.NOTHING_REPORTED));
        } else if (roll < 80) {
            result = Parsed.result(Draw.pick(r, ItalianTexts.STATUS_RESULTS));
        } else if (roll < 88) {
            result = Parsed.result(Draw.pick(r, ItalianTexts.NARRATIVE_RESULTS));
        } else if (roll < 99) {
            result = family.explicitResult(r);
        } else {
            result = Parsed.result(ItalianTexts.longText(r, Draw.between(r, 2_000, 4_000)));
        }
        if (Draw.chance(r, 12)) {
            result = result.withComment(Draw.chance(r, 10) ? ItalianTexts.longText(r, 2_000) : Draw.pick(r, ItalianTexts.COMMENTS));
        }
        return result;
    }

    // ---------------------------------------------------------------- weights

    /**
     * Weights for {@code n} siblings: most often none; otherwise all positive and summing to
     * exactly 100, whole or with two decimals.
     */
    static List<Optional<Weight>> weights(SplittableRandom r, int n) {
        List<Optional<Weight>> none = Collections.nCopies(n, Optional.empty());
        if (n == 0 || !Draw.chance(r, 30)) {
            return none;
        }
        boolean decimals = n > 100 || Draw.chance(r, 25);
        int units = decimals ? 10_000 : 100;
        if (n > units) {
            return none;
        }
        TreeSet<Integer> cuts = new TreeSet<>();
        if (n <= units / 2) {
            while (cuts.size() < n - 1) {
                cuts.add(Draw.between(r, 1, units - 1));
            }
        } else {
            // dense: drop cut points instead of adding them
            for (int i = 1; i < units; i++) {
                cuts.add(i);
            }
            while (cuts.size() > n - 1) {
                cuts.remove(Draw.between(r, 1, units - 1));
            }
        }
        cuts.add(units);
        List<Optional<Weight>> weights = new ArrayList<>(n);
        int previous = 0;
        for (int cut : cuts) {
            weights.add(Optional.of(Weight.of(BigDecimal.valueOf(cut - previous, decimals ? 2 : 0))));
            previous = cut;
        }
        return weights;
    }
}
