package io.github.albero.benchmarks;

import io.github.albero.model.Baseline;
import io.github.albero.model.Indicator;
import io.github.albero.model.Objective;
import io.github.albero.model.Plan;
import io.github.albero.model.Resources;
import io.github.albero.model.Result;
import io.github.albero.model.Target;
import io.github.albero.period.Timeframe;
import io.github.albero.period.YearRange;
import io.github.albero.testkit.Plans;
import java.util.Optional;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Moves a generated plan to another horizon by the same number of years everywhere (horizon,
 * reference year, targets, results, resources, baselines, timeframes and the years written in
 * timeframe labels and in the title), so every relation between years that made it valid still
 * holds. The testkit draws horizons anywhere between 1900 and 2999; the national dataset wants
 * them all on 2016–2018, like the real 2017 report.
 */
final class YearShift {
    private static final Pattern YEAR = Pattern.compile("(?<!\\d)(\\d{4})(?!\\d)");

    private YearShift() {
    }

    /**
     * {@return the same plan on the horizon starting at {@code first}}
     *
     * @param plan a valid plan
     * @param first the first year of the new horizon
     */
    static Plan toHorizonStarting(Plan plan, int first) {
        int delta = first - plan.horizon().first();
        if (delta == 0) {
            return plan;
        }
        Plan p = Plans.mapIndicators(plan, (path, i) -> indicator(i, delta));
        p = Plans.mapStrategicObjectives(p, (path, o) -> o.withTimeframe(timeframe(o, delta)).withResources(resources(o, delta)));
        p = Plans.mapOperationalObjectives(p, (path, o) -> o.withTimeframe(timeframe(o, delta)).withResources(resources(o, delta)));
        return Plan.builder().from(p)
                .horizon(YearRange.of(p.horizon().first() + delta, p.horizon().last() + delta))
                .referenceYear(p.referenceYear() + delta)
                .title(p.title().map(t -> years(t, delta)))
                .build();
    }

    private static Indicator indicator(Indicator i, int delta) {
        TreeMap<Integer, Target> targets = new TreeMap<>();
        i.targets().forEach((y, t) -> targets.put(y + delta, t));
        TreeMap<Integer, Result> results = new TreeMap<>();
        i.results().forEach((y, r) -> results.put(y + delta, r));
        Optional<Baseline> baseline = i.baseline().map(b -> b.year().isPresent() ? b.withYear(b.year().get() + delta) : b);
        return i.withTargets(targets).withResults(results).withBaseline(baseline);
    }

    private static Optional<Timeframe> timeframe(Objective o, int delta) {
        return o.timeframe().map(t -> t.years()
                .map(y -> Timeframe.of(years(t.label(), delta), YearRange.of(y.first() + delta, y.last() + delta)))
                .orElse(t));
    }

    private static Optional<Resources> resources(Objective o, int delta) {
        return o.resources().map(r -> {
            Resources.Builder b = Resources.builder();
            r.years().forEach((y, v) -> b.putYears(y + delta, v));
            return b.build();
        });
    }

    /** Shifts every four-digit year written in a label or a title. */
    private static String years(String text, int delta) {
        Matcher m = YEAR.matcher(text);
        StringBuilder sb = new StringBuilder();
        while (m.find()) {
            int year = Integer.parseInt(m.group(1));
            m.appendReplacement(sb, year >= YearRange.MIN_YEAR && year <= YearRange.MAX_YEAR
                    ? Integer.toString(year + delta) : m.group(1));
        }
        m.appendTail(sb);
        return sb.toString();
    }
}
