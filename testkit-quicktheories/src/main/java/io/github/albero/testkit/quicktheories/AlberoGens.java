package io.github.albero.testkit.quicktheories;

import io.github.albero.code.MissionCode;
import io.github.albero.code.ObjectiveCode;
import io.github.albero.code.ProgramCode;
import io.github.albero.measure.Percentage;
import io.github.albero.measure.Quantity;
import io.github.albero.measure.Unit;
import io.github.albero.measure.Weight;
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
import io.github.albero.money.Money;
import io.github.albero.period.Timeframe;
import io.github.albero.period.YearRange;
import io.github.albero.testkit.Counterexample;
import io.github.albero.testkit.Defect;
import io.github.albero.testkit.Generator;
import io.github.albero.testkit.Generators;
import io.github.albero.testkit.PlanGenerator;
import io.github.albero.testkit.Shrink;
import io.github.albero.testkit.Size;
import java.util.Collections;
import java.util.Map;
import java.util.Objects;
import java.util.WeakHashMap;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Consumer;
import org.quicktheories.QuickTheory;
import org.quicktheories.core.Gen;
import org.quicktheories.core.RandomnessSource;
import org.quicktheories.impl.Constraint;

/**
 * QuickTheories {@link Gen}s over the testkit's generators: each draws a {@code long} seed from
 * QuickTheories' randomness and hands it to the framework-neutral {@link Generator}.
 *
 * <p>Plans shrink twice. {@link #check} shrinks a counterexample by structure ({@link Shrink}):
 * it drops and merges missions, programs, objectives and indicators while the property fails, down
 * to e.g. one mission, one program, one objective and the four indicators a property needs.
 * Within QuickTheories' own shrinking, {@link #plans(Size)} first draws, for every shape knob, two bounds between
 * the knob's minimum and maximum (both shrinking towards the minimum), so when a property fails
 * QuickTheories closes each level in on the fewest nodes that still fail. A counterexample is
 * shown with the testkit seed and size that reproduce it, its counts and the path of its JSON
 * ({@link Counterexample}). Other types shrink only by seed, which finds another value rather
 * than a simpler one.
 *
 * <p>This artifact has no module name (QuickTheories has none either): put it and QuickTheories
 * on the test class path; {@code albero-testkit} itself needs neither.
 *
 * <pre>{@code
 * import static org.quicktheories.QuickTheory.qt;
 * import io.github.albero.testkit.Size;
 * import io.github.albero.testkit.quicktheories.AlberoGens;
 * qt().withExamples(20).forAll(AlberoGens.plans(Size.small())).
 *     check(plan -> plan.equals(AlberoJson.read(AlberoJson.write(plan))));
 * }</pre>
 */
public final class AlberoGens {
    private static final Constraint ANY_SEED = Constraint.none().withShrinkPoint(0);
    /** The seed and size each plan came from, for the description of a counterexample. */
    private static final Map<Plan, String> ORIGINS = Collections.synchronizedMap(new WeakHashMap<>());

    private AlberoGens() {
    }

    /**
     * Adapts any testkit generator: one {@code long} drawn from QuickTheories is the seed.
     *
     * @param generator the generator
     * @param <T> the type of the values
     * @return the QuickTheories generator
     */
    public static <T> Gen<T> of(Generator<T> generator) {
        Objects.requireNonNull(generator, "generator");
        return in -> generator.generate(in.next(ANY_SEED));
    }

    /** {@return plans and reports of the default size, shrinking towards smaller trees} */
    public static Gen<Plan> plans() {
        return plans(Size.defaults());
    }

    /**
     * {@return plans and reports of that size, shrinking towards the knobs' minimums}
     *
     * @param size the shape knobs
     */
    public static Gen<Plan> plans(Size size) {
        return plans(PlanGenerator.withSize(size));
    }

    /**
     * {@return plans of that kind and size, shrinking towards the knobs' minimums}
     *
     * @param kind plans only or reports only
     * @param size the shape knobs
     */
    public static Gen<Plan> plans(PlanKind kind, Size size) {
        return plans(PlanGenerator.withSize(size).kind(kind));
    }

    /**
     * {@return its plans, shrinking towards the minimums of its size knobs}
     *
     * @param generator a configured plan generator
     */
    public static Gen<Plan> plans(PlanGenerator generator) {
        Objects.requireNonNull(generator, "generator");
        Gen<Plan> gen = in -> {
            Size s = generator.size();
            // each knob gets two bounds drawn from QuickTheories, both shrinking to the knob's minimum: while
            // generating the counts vary between them; while shrinking the bounds close in, every level
            // separately, so a counterexample reaches the fewest nodes that still fail
            Size.Range m = range(in, s.missions());
            Size.Range p = range(in, s.programsPerMission());
            Size.Range o = range(in, s.objectivesPerProgram());
            Size.Range i = range(in, s.indicatorsPerObjective());
            Size.Range oo = range(in, s.operationalObjectivesPerObjective());
            Size.Range ooi = range(in, s.indicatorsPerOperationalObjective());
            Size.Range y = range(in, s.years());
            Size drawn = s.missions(m.min(), m.max()).programsPerMission(p.min(), p.max()).objectivesPerProgram(o.min(), o.max())
                    .indicatorsPerObjective(i.min(), i.max()).operationalObjectivesPerObjective(oo.min(), oo.max())
                    .indicatorsPerOperationalObjective(ooi.min(), ooi.max()).years(y.min(), y.max());
            long seed = in.next(ANY_SEED);
            Plan plan = generator.size(drawn).generate(seed);
            ORIGINS.put(plan, "seed " + seed + " of " + generator.size(drawn));
            return plan;
        };
        return gen.describedAs(AlberoGens::describe);
    }

    /**
     * Describes a plan as QuickTheories shows a counterexample: the testkit seed and size that
     * reproduce it, its shape in counts and the path of its JSON (see {@link Counterexample}).
     *
     * @param plan the plan
     * @return the description
     */
    public static String describe(Plan plan) {
        String origin = ORIGINS.get(plan);
        return (origin == null ? "" : origin + ": ") + Counterexample.describe(plan);
    }

    /**
     * Checks a property over plans with QuickTheories, then shrinks the smallest counterexample
     * QuickTheories found by structure ({@link Shrink#plan}): QuickTheories shrinks the numbers it
     * drew, which cannot move an indicator from one objective to another; {@code Shrink} drops and
     * merges missions, programs, objectives and indicators, then simplifies values, while the
     * property still fails. The failure names the shrunk plan: its counts and its JSON
     * ({@link Counterexample}), with the property's own failure on it as the cause.
     *
     * <pre>{@code
     * import static org.quicktheories.QuickTheory.qt;
     * import io.github.albero.testkit.Size;
     * import io.github.albero.testkit.quicktheories.AlberoGens;
     * AlberoGens.check(qt().withExamples(20), AlberoGens.plans(Size.small()), plan -> {
     *     if (plan.indicators().size() > 1000) throw new AssertionError("more than 1000 indicators");
     * });
     * // had it failed: AssertionError: property falsified; shrunk by structure from plan 2009, …, 1 mission,
     * // 1 program, 4 objectives, 4 indicators to plan 2009, …, 1 mission, 1 program, 1 objective, 4 indicators; JSON: …
     * }</pre>
     *
     * @param qt QuickTheories, configured (seed, examples)
     * @param plans the plans
     * @param property the property, failing by throwing (an assertion or any exception)
     * @throws AssertionError when the property fails on some plan
     */
    public static void check(QuickTheory qt, Gen<Plan> plans, Consumer<Plan> property) {
        Objects.requireNonNull(property, "property");
        AtomicReference<Plan> smallest = new AtomicReference<>();
        try {
            qt.forAll(plans).checkAssert(plan -> {
                try {
                    property.accept(plan);
                } catch (RuntimeException | AssertionError e) {
                    smallest.accumulateAndGet(plan, (a, b) -> a == null || nodes(b) < nodes(a) ? b : a);
                    throw e;
                }
            });
        } catch (AssertionError | RuntimeException quickTheories) {
            Plan found = smallest.get();
            if (found == null) {
                throw quickTheories;
            }
            Plan shrunk = Shrink.plan(found, p -> {
                property.accept(p);
                return false;
            });
            Throwable cause = null;
            try {
                property.accept(shrunk);
            } catch (RuntimeException | AssertionError e) {
                cause = e;
            }
            AssertionError e = new AssertionError("property falsified; shrunk by structure from " + Counterexample.shape(found)
                    + " to " + Counterexample.describe(shrunk), cause);
            e.addSuppressed(quickTheories);
            throw e;
        }
    }

    /** {@return how many missions, programs, objectives and indicators a plan has} */
    private static int nodes(Plan plan) {
        int n = plan.missions().size() + plan.objectives().size() + plan.indicators().size();
        for (Mission m : plan.missions()) {
            n += m.programs().size();
        }
        return n;
    }

    /** {@return {@linkplain Generators#wildPlans() wild} plans: buildable, far from sound; they shrink only by seed} */
    public static Gen<Plan> wildPlans() {
        return of(Generators.wildPlans()).describedAs(Counterexample::describe);
    }

    /**
     * {@return {@linkplain PlanGenerator#clean() clean} plans and reports of that size, shrinking
     * towards the knobs' minimums}
     *
     * @param size the shape knobs
     */
    public static Gen<Plan> cleanPlans(Size size) {
        return plans(PlanGenerator.withSize(size).clean());
    }

    /**
     * {@return clean plans with that one defect, shrinking towards the knobs' minimums}
     *
     * @param defect the defect to inject
     * @param size the shape knobs
     */
    public static Gen<Plan> plansWith(Defect defect, Size size) {
        return plans(PlanGenerator.withSize(size).withDefect(defect));
    }

    /**
     * {@return small clean plans with that one defect, shrinking towards smaller trees}
     *
     * @param defect the defect to inject
     */
    public static Gen<Plan> plansWith(Defect defect) {
        return plansWith(defect, Size.small());
    }

    private static Size.Range range(RandomnessSource in, Size.Range range) {
        int a = bound(in, range);
        int b = bound(in, range);
        return new Size.Range(Math.min(a, b), Math.max(a, b));
    }

    private static int bound(RandomnessSource in, Size.Range range) {
        return (int) in.next(Constraint.between(range.min(), range.max()).withShrinkPoint(range.min()));
    }

    /** {@return missions with their subtree} */
    public static Gen<Mission> missions() {
        return of(Generators.missions());
    }

    /** {@return programs with their subtree} */
    public static Gen<Program> programs() {
        return of(Generators.programs());
    }

    /** {@return strategic objectives with their indicators and operational objectives} */
    public static Gen<StrategicObjective> strategicObjectives() {
        return of(Generators.strategicObjectives());
    }

    /** {@return operational objectives with their indicators} */
    public static Gen<OperationalObjective> operationalObjectives() {
        return of(Generators.operationalObjectives());
    }

    /** {@return indicators} */
    public static Gen<Indicator> indicators() {
        return of(Generators.indicators());
    }

    /** {@return targets with their readings} */
    public static Gen<Target> targets() {
        return of(Generators.targets());
    }

    /** {@return results with their readings} */
    public static Gen<Result> results() {
        return of(Generators.results());
    }

    /** {@return baselines} */
    public static Gen<Baseline> baselines() {
        return of(Generators.baselines());
    }

    /** {@return resources by year} */
    public static Gen<Resources> resources() {
        return of(Generators.resources());
    }

    /** {@return statements of revenues, costs and investments} */
    public static Gen<ResourceAmounts> resourceAmounts() {
        return of(Generators.resourceAmounts());
    }

    /** {@return any valid money, negative included} */
    public static Gen<Money> money() {
        return of(Generators.money());
    }

    /** {@return money never negative} */
    public static Gen<Money> nonNegativeMoney() {
        return of(Generators.nonNegativeMoney());
    }

    /** {@return percentages} */
    public static Gen<Percentage> percentages() {
        return of(Generators.percentages());
    }

    /** {@return quantities} */
    public static Gen<Quantity> quantities() {
        return of(Generators.quantities());
    }

    /** {@return units} */
    public static Gen<Unit> units() {
        return of(Generators.units());
    }

    /** {@return weights} */
    public static Gen<Weight> weights() {
        return of(Generators.weights());
    }

    /** {@return year ranges} */
    public static Gen<YearRange> yearRanges() {
        return of(Generators.yearRanges());
    }

    /** {@return timeframes} */
    public static Gen<Timeframe> timeframes() {
        return of(Generators.timeframes());
    }

    /** {@return mission codes} */
    public static Gen<MissionCode> missionCodes() {
        return of(Generators.missionCodes());
    }

    /** {@return program codes} */
    public static Gen<ProgramCode> programCodes() {
        return of(Generators.programCodes());
    }

    /** {@return objective codes} */
    public static Gen<ObjectiveCode> objectiveCodes() {
        return of(Generators.objectiveCodes());
    }

    /** {@return indicator types} */
    public static Gen<IndicatorType> indicatorTypes() {
        return of(Generators.indicatorTypes());
    }

    /** {@return Italian texts, some long} */
    public static Gen<String> italianTexts() {
        return of(Generators.italianTexts());
    }
}
