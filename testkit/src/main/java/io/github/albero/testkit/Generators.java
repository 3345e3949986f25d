package io.github.albero.testkit;

import io.github.albero.achievement.AchievementPolicy;
import io.github.albero.achievement.Band;
import io.github.albero.achievement.BandTable;
import io.github.albero.achievement.Formula;
import io.github.albero.achievement.RangeRule;
import io.github.albero.achievement.RollupRule;
import io.github.albero.achievement.ScoreScale;
import io.github.albero.achievement.Treatment;
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
import io.github.albero.model.Program;
import io.github.albero.model.ResourceAmounts;
import io.github.albero.model.Resources;
import io.github.albero.model.Result;
import io.github.albero.model.StrategicObjective;
import io.github.albero.model.Target;
import io.github.albero.money.Money;
import io.github.albero.period.Timeframe;
import io.github.albero.period.YearRange;
import io.github.albero.reference.ReferenceProgram;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.SplittableRandom;

/**
 * One generator per core type, and whole plans: deterministic functions of a seeded random
 * source, valid by construction, biased towards the values real documents hold and the edge
 * cases that break code (zero, bounds, long texts, Unicode punctuation).
 *
 * <p>Generators of tree nodes (indicators, objectives, programs, missions) draw a plan context
 * first (kind, horizon, reference year), so each node is one that a valid plan could hold.
 *
 * <pre>{@code
 * Generators.plan(42L);                          // one plan, default size
 * Generators.plans(Size.large()).generate(7L);   // a wide and deep plan
 * Generators.money().sample(1L, 5);              // five amounts, negative ones included
 * Generators.targets().generate(3L);             // e.g. "entro 5 gg" [at_most 5 gg]
 * Generators.cleanPlans(Size.small());           // plans the validator finds nothing in
 * Generators.plansWith(Defect.INDICATOR_COUNT_MISMATCH); // … but for one wrong declared indicator count
 * }</pre>
 */
public final class Generators {
    private static final List<String> CUSTOM_UNITS = List.of("eventi", "campagne", "pratiche", "ore", "imprese", "m²", "giorni", "€", "nr",
            "punteggio", "FTE", "unità di personale");

    private Generators() {
    }

    // ---------------------------------------------------------------- plans

    /** {@return plans and reports of the default size} */
    public static PlanGenerator plans() {
        return PlanGenerator.defaults();
    }

    /**
     * {@return plans and reports of that size}
     *
     * @param size the shape knobs
     */
    public static PlanGenerator plans(Size size) {
        return PlanGenerator.withSize(size);
    }

    /**
     * {@return the plan or report of the default size for that seed}
     *
     * @param seed the seed
     */
    public static Plan plan(long seed) {
        return plans().generate(seed);
    }

    /**
     * {@return the plan or report of that size for that seed}
     *
     * @param seed the seed
     * @param size the shape knobs
     */
    public static Plan plan(long seed, Size size) {
        return plans(size).generate(seed);
    }

    /**
     * Plans that the core lets you build but that are far from sound, for testing code that
     * stores, transmits or displays plans (serialisers, databases, user interfaces): texts with
     * quotes, backslashes, control characters, line breaks and emoji; quantities, weights and
     * target values with up to six decimals, negative ones and the largest magnitudes the core
     * accepts; money up to 999 999 999 999 999,99; units the core does not know; explicit
     * readings that disagree with their text (any operator with any polarity); targets,
     * results, baselines, timeframes and resources in any year from 1900 to 2999; any declared
     * indicator count; results of every kind with comments; plans without missions. Small
     * trees (up to three missions of up to two programs). Not realistic and not valid: use
     * {@link #plans()} for realistic plans.
     *
     * @return wild plans and reports
     */
    public static Generator<Plan> wildPlans() {
        return WildPlans::draw;
    }

    /**
     * {@return {@linkplain PlanGenerator#clean() clean} plans and reports of that size: Albero's
     * validator finds nothing in them}
     *
     * @param size the shape knobs
     */
    public static PlanGenerator cleanPlans(Size size) {
        return PlanGenerator.withSize(size).clean();
    }

    /**
     * {@return small clean plans (reports, when the defect needs one) with that one defect}
     *
     * @param defect the defect to inject
     */
    public static PlanGenerator plansWith(Defect defect) {
        return plansWith(defect, Size.small());
    }

    /**
     * {@return clean plans of that size (reports, when the defect needs one) with that one defect}
     *
     * @param defect the defect to inject
     * @param size the shape knobs
     */
    public static PlanGenerator plansWith(Defect defect, Size size) {
        return PlanGenerator.withSize(size).withDefect(defect);
    }

    // ---------------------------------------------------------------- tree nodes

    /** {@return missions with their programs, objectives and indicators, of the default size} */
    public static Generator<Mission> missions() {
        return r -> {
            String code = Draw.chance(r, 80) ? Draw.pick(r, ReferenceProgram.values()).missionCode().value() : threeDigits(r);
            return context(r).mission(r, MissionCode.of(code));
        };
    }

    /** {@return programs with their objectives and indicators} */
    public static Generator<Program> programs() {
        return r -> {
            ReferenceProgram p = Draw.pick(r, ReferenceProgram.values());
            ProgramCode code = Draw.chance(r, 80) ? p.programCode() : ProgramCode.of(threeDigits(r));
            return context(r).program(r, p.missionCode(), code);
        };
    }

    /** {@return strategic objectives with their indicators and operational objectives} */
    public static Generator<StrategicObjective> strategicObjectives() {
        return r -> context(r).strategicObjective(r, objectiveCodes().next(r), optionalWeight(r));
    }

    /** {@return operational objectives with their indicators} */
    public static Generator<OperationalObjective> operationalObjectives() {
        return r -> {
            PlanContext c = context(r);
            return c.operationalObjective(r, objectiveCodes().next(r) + "/1", Draw.count(r, c.size.indicatorsPerOperationalObjective()),
                    optionalWeight(r));
        };
    }

    /** {@return indicators with targets, results and baseline of one of the usual families} */
    public static Generator<Indicator> indicators() {
        return r -> context(r).indicator(r, "IND " + objectiveCodes().next(r) + "/1", optionalWeight(r));
    }

    /** {@return targets: a realistic text and, when it has one, its reading} */
    public static Generator<Target> targets() {
        return r -> PlanContext.target(r, Family.draw(r), Draw.between(r, 2008, 2030));
    }

    /** {@return results: readable numbers and percentages, statuses, "nothing reported", unreadable texts, comments} */
    public static Generator<Result> results() {
        return r -> PlanContext.result(r, Family.draw(r));
    }

    /** {@return baselines: text only, value only, or both, sometimes with a year} */
    public static Generator<Baseline> baselines() {
        return r -> {
            Baseline b = Family.draw(r).baseline(r);
            return Draw.chance(r, 50) ? b.withYear(Draw.between(r, YearRange.MIN_YEAR, YearRange.MAX_YEAR)) : b;
        };
    }

    /** {@return resources by year, with budgets, revised budgets and actual figures} */
    public static Generator<Resources> resources() {
        return r -> context(r).resources(r);
    }

    /** {@return one statement of revenues, costs and investments; all-zero ones often} */
    public static Generator<ResourceAmounts> resourceAmounts() {
        return PlanContext::budget;
    }

    /** {@return administrations, sometimes with an identifier} */
    public static Generator<Administration> administrations() {
        return PlanContext::administration;
    }

    // ---------------------------------------------------------------- value types

    /** {@return any valid amount: zero, round and odd amounts, negative ones and the extremes (±999 999 999 999 999,99)} */
    public static Generator<Money> money() {
        return r -> {
            int roll = r.nextInt(100);
            if (roll < 15) {
                return Money.ZERO;
            }
            if (roll < 25) {
                return Money.of(Draw.pick(r, "999999999999999.99", "-999999999999999.99", "0.01", "-0.01", "0.10"));
            }
            Money m = PlanContext.amount(r);
            return roll < 40 ? m.negated() : m;
        };
    }

    /** {@return amounts never negative, zero often, as resource lines need} */
    public static Generator<Money> nonNegativeMoney() {
        return r -> Draw.chance(r, 30) ? Money.ZERO : Draw.chance(r, 3) ? Money.of("999999999999999.99") : PlanContext.amount(r);
    }

    /** {@return percentages: 100 %, 0 %, whole and decimal ones, negative ones, six decimals, the extremes} */
    public static Generator<Percentage> percentages() {
        return r -> {
            int roll = r.nextInt(100);
            if (roll < 15) {
                return Percentage.HUNDRED;
            }
            if (roll < 25) {
                return Percentage.ZERO;
            }
            if (roll < 55) {
                return Percentage.of(Draw.between(r, 0, 100));
            }
            if (roll < 75) {
                return Percentage.of(BigDecimal.valueOf(Draw.between(r, 0, 1_500), 1));
            }
            if (roll < 85) {
                return Percentage.of(BigDecimal.valueOf(-Draw.between(r, 1, 1_000), 1));
            }
            if (roll < 95) {
                return Percentage.of(BigDecimal.valueOf(Draw.between(r, -1_000_000_000L, 1_000_000_000L), 6));
            }
            return Percentage.of(new BigDecimal(Draw.pick(r, "999999999999999.999999", "-999999999999999.999999", "0.000001")));
        };
    }

    /** {@return units: the known ones, their aliases, and free symbols such as "eventi" (up to 40 characters)} */
    public static Generator<Unit> units() {
        return r -> Draw.chance(r, 50) ? Draw.pick(r, Unit.PERCENT, Unit.DAYS, Unit.COUNT, Unit.EURO, Unit.SCORE)
                : Draw.chance(r, 95) ? Unit.of(Draw.pick(r, CUSTOM_UNITS)) : Unit.of("x".repeat(40));
    }

    /** {@return quantities with up to six decimals, with or without a unit} */
    public static Generator<Quantity> quantities() {
        return r -> {
            int scale = Draw.pick(r, 0, 0, 1, 2, 6);
            BigDecimal value = BigDecimal.valueOf(Draw.between(r, -1_000_000_000L, 1_000_000_000L), scale);
            return Quantity.of(value, Draw.chance(r, 20) ? null : units().next(r));
        };
    }

    /** {@return weights: zero, whole, with two or six decimals, large} */
    public static Generator<Weight> weights() {
        return r -> {
            int roll = r.nextInt(100);
            if (roll < 10) {
                return Weight.of(0);
            }
            if (roll < 60) {
                return Weight.of(Draw.between(r, 1, 100));
            }
            if (roll < 85) {
                return Weight.of(BigDecimal.valueOf(Draw.between(r, 1, 10_000), 2));
            }
            if (roll < 95) {
                return Weight.of(BigDecimal.valueOf(Draw.between(r, 1, 100_000_000), 6));
            }
            return Weight.of(new BigDecimal("999999999999999.999999"));
        };
    }

    /** {@return year ranges, mostly recent, sometimes single years or at the bounds 1900 and 2999} */
    public static Generator<YearRange> yearRanges() {
        return r -> {
            int roll = r.nextInt(100);
            if (roll < 5) {
                return YearRange.of(YearRange.MIN_YEAR, YearRange.MIN_YEAR + Draw.between(r, 0, 3));
            }
            if (roll < 10) {
                return YearRange.of(YearRange.MAX_YEAR - Draw.between(r, 0, 3), YearRange.MAX_YEAR);
            }
            return PlanContext.horizon(r, Draw.between(r, 1, 5));
        };
    }

    /** {@return timeframes: "Biennio", "Triennio", "Annuale" with or without years, ranges as labels, free labels} */
    public static Generator<Timeframe> timeframes() {
        return r -> context(r).timeframe(r);
    }

    /** {@return mission codes, mostly those of the reference data} */
    public static Generator<MissionCode> missionCodes() {
        return r -> MissionCode.of(Draw.chance(r, 70) ? Draw.pick(r, ReferenceProgram.values()).missionCode().value() : threeDigits(r));
    }

    /** {@return program codes, mostly those of the reference data} */
    public static Generator<ProgramCode> programCodes() {
        return r -> ProgramCode.of(Draw.chance(r, 70) ? Draw.pick(r, ReferenceProgram.values()).programCode().value() : threeDigits(r));
    }

    /** {@return objective codes {@code MMM-PPP-NNN}, mostly under a reference program} */
    public static Generator<ObjectiveCode> objectiveCodes() {
        return r -> {
            ReferenceProgram p = Draw.pick(r, ReferenceProgram.values());
            String number = String.format(Locale.ROOT, "%03d", Draw.chance(r, 90) ? Draw.between(r, 1, 12) : Draw.between(r, 0, 999));
            return Draw.chance(r, 80) ? ObjectiveCode.of(p.missionCode(), p.programCode(), number)
                    : ObjectiveCode.of(MissionCode.of(threeDigits(r)), ProgramCode.of(threeDigits(r)), number);
        };
    }

    /** {@return indicator types: the usual labels in their spellings, and unusual ones} */
    public static Generator<IndicatorType> indicatorTypes() {
        return r -> IndicatorType.of(Draw.chance(r, 80) ? Draw.pick(r, ItalianTexts.TYPES)
                : Draw.chance(r, 90) ? Draw.pick(r, ItalianTexts.UNUSUAL_TYPES) : "qualità ".repeat(25));
    }

    /** {@return Italian texts: a few sentences, sometimes thousands of characters, with accents, ’ “ ” and U+2010} */
    public static Generator<String> italianTexts() {
        return r -> ItalianTexts.description(r, Draw.chance(r, 10));
    }

    // ---------------------------------------------------------------- measurement methods

    /**
     * {@return measurement methods (<i>SMVP</i>): each choice away from its default half of the
     * time, score scales of every shape, band tables of every shape a third of the time}
     */
    public static Generator<AchievementPolicy> methods() {
        return r -> {
            AchievementPolicy.Builder p = AchievementPolicy.builder();
            if (r.nextBoolean()) {
                p.cap(Percentage.of(BigDecimal.valueOf(Draw.between(r, 10_000, 100_000), 2)));
            }
            p.capped(!Draw.chance(r, 25));
            if (r.nextBoolean()) {
                p.formula(Draw.pick(r, Formula.values()));
            }
            if (r.nextBoolean()) {
                p.partiallyAchieved(Percentage.of(BigDecimal.valueOf(Draw.between(r, 0, 10_000), 2)))
                        .postponed(Percentage.of(Draw.between(r, 0, 100)));
            }
            if (r.nextBoolean()) {
                p.nothingReported(Draw.pick(r, Treatment.values())).missingResult(Draw.pick(r, Treatment.values()))
                        .outsideRange(Draw.pick(r, RangeRule.values()));
            }
            if (r.nextBoolean()) {
                p.rollup(Draw.pick(r, RollupRule.values()));
            }
            if (r.nextBoolean()) {
                p.scale(Draw.between(r, 0, AchievementPolicy.MAX_SCALE)).rounding(Draw.pick(r, RoundingMode.UP, RoundingMode.DOWN,
                        RoundingMode.CEILING, RoundingMode.FLOOR, RoundingMode.HALF_UP, RoundingMode.HALF_DOWN, RoundingMode.HALF_EVEN));
            }
            p.rollupFromExactValues(r.nextBoolean());
            if (r.nextBoolean()) {
                p.minimumThreshold(Percentage.of(BigDecimal.valueOf(Draw.between(r, 0, 100_000), 2)));
            }
            int shape = r.nextInt(3);
            if (shape == 0) {
                p.scoreScale(ScoreScale.linear(Percentage.of(BigDecimal.valueOf(Draw.between(r, 0, 9_999), 2))));
            } else if (shape == 1) {
                List<BigDecimal> steps = new java.util.ArrayList<>();
                for (int i = 0, from = 0, n = Draw.between(r, 1, 5); i < n && from <= 100_000; i++, from += Draw.between(r, 1, 30_000)) {
                    steps.add(BigDecimal.valueOf(from, 2));
                    steps.add(BigDecimal.valueOf(Draw.between(r, 0, 100_000), 2));
                }
                p.scoreScale(ScoreScale.steps(steps.toArray(BigDecimal[]::new)));
            }
            if (r.nextBoolean()) {
                p.lateDeadlineDecline(Percentage.of(BigDecimal.valueOf(Draw.between(r, 0, 10_000), 2)));
            }
            if (Draw.chance(r, 33)) {
                p.bands(bandTables().next(r));
            }
            return p.build();
        };
    }

    /**
     * {@return band tables: one to five bands of every shape (open or closed on either side,
     * each bound inclusive or not, a single point), with or without scores, labels in Italian
     * and English with brackets, signs and accents}
     */
    public static Generator<BandTable> bandTables() {
        return r -> {
            List<Band> bands = new java.util.ArrayList<>();
            for (int i = 0, n = Draw.between(r, 1, 5); i < n; i++) {
                String label = Draw.pick(r, "raggiunto", "parzialmente raggiunto", "non raggiunto", "achieved", "ottimo (A)",
                        "fascia [B]", "≥ 90% – eccellente", "score 3", "da migliorare", "più che adeguato");
                Percentage lower = Draw.chance(r, 75) ? bound(r) : null;
                Percentage upper = Draw.chance(r, 50) ? bound(r) : null;
                boolean lowerInclusive = r.nextBoolean();
                boolean upperInclusive = r.nextBoolean();
                if (lower != null && upper != null && lower.compareTo(upper) >= 0) {
                    // a single point, or the bounds the other way round
                    boolean point = Draw.chance(r, 20);
                    Percentage low = lower.compareTo(upper) > 0 ? upper : lower;
                    upper = point ? low : lower.compareTo(upper) > 0 ? lower : Percentage.of(lower.points().add(BigDecimal.ONE));
                    lower = low;
                    lowerInclusive |= point;
                    upperInclusive |= point;
                }
                Band b = Band.of(label, lower, lowerInclusive, upper, upperInclusive);
                bands.add(Draw.chance(r, 30) ? b.withScore(BigDecimal.valueOf(Draw.between(r, -1_000, 100_000), Draw.between(r, 0, 3))) : b);
            }
            return BandTable.of(bands);
        };
    }

    private static Percentage bound(SplittableRandom r) {
        return Percentage.of(Draw.chance(r, 70) ? BigDecimal.valueOf(Draw.between(r, 0, 150))
                : BigDecimal.valueOf(Draw.between(r, -10_000_000, 100_000_000), Draw.between(r, 1, 6)));
    }

    // ---------------------------------------------------------------- helpers

    private static PlanContext context(SplittableRandom r) {
        return PlanContext.draw(r, Size.defaults(), null, false);
    }

    private static Optional<Weight> optionalWeight(SplittableRandom r) {
        return Draw.chance(r, 30) ? Optional.of(Weight.of(Draw.between(r, 1, 100))) : Optional.empty();
    }

    private static String threeDigits(SplittableRandom r) {
        return String.format(Locale.ROOT, "%03d", Draw.between(r, 0, 999));
    }
}
