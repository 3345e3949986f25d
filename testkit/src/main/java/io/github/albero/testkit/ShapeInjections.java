package io.github.albero.testkit;

import io.github.albero.measure.Ratio;
import io.github.albero.measure.Unit;
import io.github.albero.model.Breakdown;
import io.github.albero.model.BreakdownPart;
import io.github.albero.model.BreakdownRule;
import io.github.albero.model.Indicator;
import io.github.albero.model.LocatedIndicator;
import io.github.albero.model.Monitoring;
import io.github.albero.model.PeriodResult;
import io.github.albero.model.Plan;
import io.github.albero.model.PublicValueObjective;
import io.github.albero.model.RatioScale;
import io.github.albero.model.ReportingStatus;
import io.github.albero.model.Result;
import io.github.albero.model.ResultKind;
import io.github.albero.model.Target;
import io.github.albero.model.TargetRevision;
import io.github.albero.period.MonitoringPeriod;
import io.github.albero.period.YearRange;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SplittableRandom;
import java.util.TreeMap;
import java.util.function.Predicate;
import java.util.function.UnaryOperator;
import java.util.stream.Collectors;

/**
 * The rewrites behind the defects of ratio indicators, monitoring periods, target revisions,
 * breakdowns and public value, in the spirit of {@link Injections}: one place changed, one rule
 * broken, every other rule kept (a revision repeats the target it revises; a ratio indicator
 * gets parts for every result it had; a period's result is a status, which no number rule reads).
 */
final class ShapeInjections {
    private static final List<String> REASONS = List.of("rimodulazione per minori risorse assegnate", "nuovo bando regionale",
            "ritardo nell'avvio del progetto non imputabile all'ufficio");

    private ShapeInjections() {
    }

    // ================================================================ target revisions

    static Optional<Plan> targetRevisionWithoutReason(Plan plan, SplittableRandom r) {
        return revise(plan, r, false);
    }

    static Optional<Plan> targetRevisionAfterPeriod(Plan plan, SplittableRandom r) {
        return revise(plan, r, true);
    }

    private static Optional<Plan> revise(Plan plan, SplittableRandom r, boolean late) {
        return on(plan, r, i -> i.targets().keySet().stream().anyMatch(y -> !late || y < YearRange.MAX_YEAR), i -> {
            List<Integer> years = i.targets().keySet().stream().filter(y -> !late || y < YearRange.MAX_YEAR).collect(Collectors.toList());
            int year = Draw.pick(r, years);
            Target t = i.targets().get(year);
            LocalDate yearEnd = LocalDate.of(year, 12, 31);
            LocalDate last = t.revisions().isEmpty() ? LocalDate.of(year, 1, 1).minusDays(1) : t.revisions().get(t.revisions().size() - 1).date();
            LocalDate date;
            if (late) {
                date = (last.isAfter(yearEnd) ? last : yearEnd).plusDays(1 + r.nextInt(60));
            } else if (last.isBefore(yearEnd)) {
                date = last.plusDays(1 + r.nextInt((int) (yearEnd.toEpochDay() - last.toEpochDay())));
            } else {
                return null;
            }
            // the revision repeats the target in force, so that no value changes and no other rule moves
            Target inForce = t.inForce(last).target();
            TargetRevision.Builder rev = TargetRevision.builder().date(date).text(inForce.text()).reading(inForce.reading());
            if (late) {
                rev.reason(Draw.pick(r, REASONS));
            }
            return i.withTargets(put(i.targets(), year, Target.builder().from(t).addRevisions(rev.build()).build()));
        });
    }

    // ================================================================ breakdowns

    static Optional<Plan> breakdownDisagreesWithTotal(Plan plan, SplittableRandom r) {
        return breakDown(plan, r, false);
    }

    static Optional<Plan> breakdownExceedsTotal(Plan plan, SplittableRandom r) {
        return breakDown(plan, r, true);
    }

    private static boolean positiveNumber(Result res) {
        return res.parts().isEmpty() && res.reading().filter(x -> x.kind() == ResultKind.NUMBER && x.value().get().signum() > 0).isPresent();
    }

    private static Optional<Plan> breakDown(Plan plan, SplittableRandom r, boolean exceed) {
        return on(plan, r, i -> i.results().values().stream().anyMatch(ShapeInjections::positiveNumber), i -> {
            List<Integer> years = i.results().entrySet().stream().filter(e -> positiveNumber(e.getValue())).map(Map.Entry::getKey)
                    .collect(Collectors.toList());
            int year = Draw.pick(r, years);
            Result res = i.results().get(year);
            BigDecimal total = res.reading().get().value().get();
            // below the total: the whole total lands on "non classificati" minus nothing, and one label is missing;
            // above it: every part gets the total
            String dimension = Draw.pick(r, "genere", "territorio", "canale");
            Breakdown b = Breakdown.builder().dimension(dimension)
                    .addParts(BreakdownPart.of("prima voce", exceed ? total : BigDecimal.ZERO))
                    .addParts(BreakdownPart.of("seconda voce", exceed ? total : BigDecimal.ZERO)).build();
            BreakdownRule rule = exceed ? Draw.pick(r, BreakdownRule.values()) : BreakdownRule.PARTS_EQUAL_TOTAL;
            Map<Integer, Result> results = new TreeMap<>(i.results());
            results.put(year, res.withBreakdowns(b));
            return i.withBreakdownRule(rule).withResults(results);
        });
    }

    // ================================================================ ratios

    static Optional<Plan> ratioResultWithoutParts(Plan plan, SplittableRandom r) {
        return on(plan, r, Shapes::ratioCandidate, i -> {
            Indicator ratio = Shapes.asRatio(i, r);
            List<Integer> years = ratio.results().entrySet().stream().filter(e -> e.getValue().parts().isPresent()).map(Map.Entry::getKey)
                    .collect(Collectors.toList());
            int year = Draw.pick(r, years);
            Result withoutParts = Parsed.result(ratio.results().get(year).reading().get().percentage().get().toString());
            return ratio.withResults(put(ratio.results(), year, withoutParts));
        });
    }

    static Optional<Plan> ratioZeroDenominator(Plan plan, SplittableRandom r) {
        return on(plan, r, Shapes::ratioCandidate, i -> {
            Indicator ratio = Shapes.asRatio(i, r);
            List<Integer> years = ratio.results().entrySet().stream().filter(e -> e.getValue().parts().isPresent()).map(Map.Entry::getKey)
                    .collect(Collectors.toList());
            int year = Draw.pick(r, years);
            return ratio.withResults(put(ratio.results(), year, Result.ofParts(Ratio.of(Draw.between(r, 0L, 5L), 0L), RatioScale.PERCENT)));
        });
    }

    // ================================================================ monitoring

    static Optional<Plan> monitoringOutsideHorizon(Plan plan, SplittableRandom r) {
        YearRange h = plan.horizon();
        int year = h.last() < YearRange.MAX_YEAR ? h.last() + 1 : h.first() - 1;
        return on(plan, r, i -> i.ratio().isEmpty() && !i.monitoring().containsKey(year), i -> i.withMonitoring(
                put(i.monitoring(), year, Monitoring.builder().year(year).addPeriods(statusPeriod(r, year, ReportingStatus.FINAL)).build())));
    }

    static Optional<Plan> periodResultNotFinal(Plan plan, SplittableRandom r) {
        int year = plan.referenceYear();
        return on(plan, r, i -> i.ratio().isEmpty() && !i.monitoring().containsKey(year), i -> i.withMonitoring(
                put(i.monitoring(), year, Monitoring.builder().year(year).addPeriods(statusPeriod(r, year, ReportingStatus.PROVISIONAL)).build())));
    }

    private static PeriodResult statusPeriod(SplittableRandom r, int year, ReportingStatus status) {
        return PeriodResult.builder().period(MonitoringPeriod.half(year, 1 + r.nextInt(2)))
                .result(Parsed.result(Draw.pick(r, Injections.STATUS_RESULTS))).status(status).build();
    }

    // ================================================================ public value

    static Optional<Plan> publicValueUnmeasured(Plan plan, SplittableRandom r) {
        String code;
        do {
            code = "VP" + Draw.between(r, 100, 999);
        } while (plan.publicValueObjective(code).isPresent() || plan.performanceObjective(code).isPresent());
        List<PublicValueObjective> values = new ArrayList<>(plan.publicValue());
        values.add(r.nextInt(values.size() + 1), PublicValueObjective.builder().code(code).title(Draw.pick(r, Shapes.PUBLIC_VALUE_TITLES)).build());
        return Optional.of(plan.withPublicValue(values));
    }

    // ================================================================ helpers

    /** Applies {@code f} to a random indicator passing {@code filter}; {@code f} may give up with null. */
    private static Optional<Plan> on(Plan plan, SplittableRandom r, Predicate<Indicator> filter, UnaryOperator<Indicator> f) {
        List<LocatedIndicator> candidates = plan.indicators().stream().filter(li -> filter.test(li.indicator())).collect(Collectors.toList());
        if (candidates.isEmpty()) {
            return Optional.empty();
        }
        LocatedIndicator li = Draw.pick(r, candidates);
        Indicator changed = f.apply(li.indicator());
        return changed == null ? Optional.empty() : Optional.of(Plans.updateIndicator(plan, li.path(), x -> changed));
    }

    private static <V> Map<Integer, V> put(Map<Integer, V> map, int year, V value) {
        Map<Integer, V> m = new TreeMap<>(map);
        m.put(year, value);
        return m;
    }
}
