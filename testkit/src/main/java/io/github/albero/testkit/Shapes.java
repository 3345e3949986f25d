package io.github.albero.testkit;

import io.github.albero.measure.Weight;
import io.github.albero.model.Breakdown;
import io.github.albero.model.BreakdownPart;
import io.github.albero.model.BreakdownRule;
import io.github.albero.model.Contribution;
import io.github.albero.model.CrossCuttingDimension;
import io.github.albero.model.Indicator;
import io.github.albero.model.LocatedIndicator;
import io.github.albero.model.Mission;
import io.github.albero.model.Monitoring;
import io.github.albero.model.PeriodAggregation;
import io.github.albero.model.PeriodResult;
import io.github.albero.model.Plan;
import io.github.albero.model.PlanKind;
import io.github.albero.model.Program;
import io.github.albero.model.PublicValueObjective;
import io.github.albero.model.RatioDefinition;
import io.github.albero.model.Result;
import io.github.albero.model.ResultKind;
import io.github.albero.model.StaffAllocation;
import io.github.albero.model.StrategicObjective;
import io.github.albero.model.Target;
import io.github.albero.model.TargetRevision;
import io.github.albero.period.MonitoringPeriod;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.TreeMap;

/**
 * The richer shapes of a clean plan (<i>forme ricche</i>): ratio indicators with their parts,
 * monitoring periods, revised targets, breakdowns that agree with their totals, staff in FTE and
 * PIAO public-value objectives linked to the plan's objectives. Applied to a drawn clean plan, it
 * keeps it clean: every rule of the rulebook still passes.
 */
final class Shapes {
    /** The ratio definition the generators give: the files handled on time out of those received. */
    static final RatioDefinition RATIO = RatioDefinition.builder().numerator("pratiche evase entro 5 giorni").numeratorUnit("pratiche")
            .denominator("pratiche ricevute").denominatorUnit("pratiche").build();
    static final List<String> PUBLIC_VALUE_TITLES = List.of("Imprese più competitive e sostenibili", "Un territorio più attrattivo",
            "Servizi semplici e digitali per imprese e cittadini", "Un mercato più trasparente e sicuro");
    private static final List<String> ACTS = List.of("delibera di Giunta n. 45 del 15/07", "determinazione del Segretario generale n. 112",
            "deliberazione di Consiglio n. 7");
    private static final List<String> REASONS = List.of("minori risorse assegnate", "nuovo bando regionale", "riorganizzazione degli uffici");
    private static final List<String> STAFF = List.of("Area dei funzionari e dell'elevata qualificazione", "Area degli istruttori",
            "Area degli operatori esperti", "dirigenti");

    private Shapes() {
    }

    /**
     * @param plan a clean plan
     * @param r the random source
     * @return the plan with some of its indicators and objectives given the richer shapes, still clean
     */
    static Plan decorate(Plan plan, SplittableRandom r) {
        Plan p = plan;
        for (LocatedIndicator li : plan.indicators()) {
            p = Plans.updateIndicator(p, li.path(), i -> indicator(i, plan, r));
        }
        p = staff(p, r);
        if (!p.objectives().isEmpty() && Draw.chance(r, 40)) {
            p = publicValue(p, r);
        }
        return p;
    }

    private static Indicator indicator(Indicator i, Plan plan, SplittableRandom r) {
        int roll = r.nextInt(100);
        if (roll < 8 && ratioCandidate(i)) {
            return asRatio(i, r);
        }
        if (roll < 16) {
            return revised(i, r);
        }
        if (roll < 24 && i.ratio().isEmpty()) {
            return monitored(i, plan, r);
        }
        if (roll < 32) {
            return brokenDown(i, r);
        }
        return i;
    }

    static boolean ratioCandidate(Indicator i) {
        return i.ratio().isEmpty() && !i.results().isEmpty() && i.monitoring().isEmpty()
                && i.targets().values().stream().allMatch(t -> t.reading().flatMap(x -> x.unit())
                        .filter(u -> !u.equals(io.github.albero.measure.Unit.PERCENT)).isEmpty() && !t.text().contains("scala"))
                && i.results().values().stream().anyMatch(x -> !x.isNothingReported());
    }

    /** Every result but "nothing reported" becomes parts n/d with n ≤ d, so no percentage exceeds 100. */
    static Indicator asRatio(Indicator i, SplittableRandom r) {
        Map<Integer, Result> results = new TreeMap<>();
        i.results().forEach((y, res) -> {
            if (res.isNothingReported()) {
                results.put(y, res);
            } else {
                long d = Draw.between(r, 1L, 2000L);
                results.put(y, Result.ofParts(io.github.albero.measure.Ratio.of(Draw.between(r, 0L, d), d), RATIO.scale()));
            }
        });
        return i.withRatio(RATIO).withResults(results).withBreakdownRule(java.util.Optional.empty());
    }

    /** One or two revisions within the year that repeat the target's value: the shape without another rule moving. */
    private static Indicator revised(Indicator i, SplittableRandom r) {
        if (i.targets().isEmpty()) {
            return i;
        }
        int year = Draw.pick(r, new ArrayList<>(i.targets().keySet()));
        Target t = i.targets().get(year);
        if (!t.revisions().isEmpty()) {
            return i;
        }
        Target.Builder b = Target.builder().from(t);
        int first = Draw.between(r, 2, 200);
        b.addRevisions(revision(r, t, LocalDate.ofYearDay(year, first)));
        if (Draw.chance(r, 30)) {
            b.addRevisions(revision(r, t, LocalDate.ofYearDay(year, Draw.between(r, first + 1, 365))));
        }
        Map<Integer, Target> targets = new TreeMap<>(i.targets());
        targets.put(year, b.build());
        return i.withTargets(targets);
    }

    private static TargetRevision revision(SplittableRandom r, Target t, LocalDate date) {
        TargetRevision.Builder b = TargetRevision.builder().date(date).text(t.text()).reading(t.reading()).reason(Draw.pick(r, REASONS));
        if (Draw.chance(r, 70)) {
            b.act(Draw.pick(r, ACTS));
        }
        return b.build();
    }

    /** Two halves with statuses (read by no number rule), final and complete, in a year already reported on. */
    private static Indicator monitored(Indicator i, Plan plan, SplittableRandom r) {
        int last = plan.kind() == PlanKind.REPORT ? plan.referenceYear() : plan.referenceYear() - 1;
        if (last < plan.horizon().first()) {
            return i;
        }
        int year = Draw.between(r, plan.horizon().first(), last);
        Monitoring m = Monitoring.builder().year(year)
                .addPeriods(PeriodResult.of(MonitoringPeriod.half(year, 2), Parsed.result(Draw.pick(r, Injections.STATUS_RESULTS))))
                .addPeriods(PeriodResult.builder().period(MonitoringPeriod.half(year, 1))
                        .result(Parsed.result(Draw.pick(r, Injections.STATUS_RESULTS))).build())
                .build();
        Map<Integer, Monitoring> monitoring = new TreeMap<>(i.monitoring());
        monitoring.put(year, m);
        return i.withMonitoring(monitoring).withPeriodAggregation(Draw.pick(r, PeriodAggregation.values()));
    }

    /** A positive whole-number result split into two parts that add up to it exactly. */
    private static Indicator brokenDown(Indicator i, SplittableRandom r) {
        for (Map.Entry<Integer, Result> e : i.results().entrySet()) {
            Result res = e.getValue();
            if (res.parts().isEmpty() && res.breakdowns().isEmpty()
                    && res.reading().filter(x -> x.kind() == ResultKind.NUMBER && x.value().get().signum() > 0).isPresent()) {
                BigDecimal total = res.reading().get().value().get();
                BigDecimal first = total.setScale(0, RoundingMode.DOWN).divide(BigDecimal.valueOf(2), 0, RoundingMode.DOWN);
                Breakdown b = Breakdown.builder().dimension(Draw.pick(r, "genere", "territorio", "canale"))
                        .addParts(BreakdownPart.of("prima voce", first), BreakdownPart.of("seconda voce", total.subtract(first))).build();
                Map<Integer, Result> results = new TreeMap<>(i.results());
                results.put(e.getKey(), res.withBreakdowns(b));
                return i.withResults(results).withBreakdownRule(Draw.pick(r, BreakdownRule.values()));
            }
        }
        return i;
    }

    private static Plan staff(Plan plan, SplittableRandom r) {
        List<Mission> missions = new ArrayList<>();
        for (Mission m : plan.missions()) {
            List<Program> programs = new ArrayList<>();
            for (Program p : m.programs()) {
                List<StrategicObjective> objectives = new ArrayList<>();
                for (StrategicObjective o : p.objectives()) {
                    objectives.add(Draw.chance(r, 20) && o.staff().isEmpty()
                            ? o.withStaff(StaffAllocation.of(Draw.pick(r, STAFF), BigDecimal.valueOf(Draw.between(r, 1, 40), 1)))
                            : o);
                }
                programs.add(p.withObjectives(objectives));
            }
            missions.add(m.withPrograms(programs));
        }
        return plan.withMissions(missions);
    }

    /**
     * @param plan a plan without public-value objectives, or with some added by a defect
     * @param values public-value objectives drawn for an earlier version of the plan
     * @return the plan with those objectives put back before its own, links to objectives it no
     *     longer has dropped, and objectives left with nothing to measure them by dropped too
     */
    static Plan relink(Plan plan, List<PublicValueObjective> values) {
        if (values.isEmpty()) {
            return plan;
        }
        List<PublicValueObjective> kept = new ArrayList<>(values);
        boolean changed = true;
        while (changed) {
            changed = false;
            java.util.Set<String> codes = new java.util.HashSet<>();
            kept.forEach(v -> codes.add(v.code()));
            List<PublicValueObjective> next = new ArrayList<>();
            for (PublicValueObjective v : kept) {
                List<Contribution> links = new ArrayList<>();
                for (Contribution c : v.contributions()) {
                    if (codes.contains(c.objective()) || plan.performanceObjective(c.objective()).isPresent()) {
                        links.add(c);
                    }
                }
                if (links.size() != v.contributions().size()) {
                    changed = true;
                }
                if (!links.isEmpty() || !v.indicators().isEmpty()) {
                    next.add(v.withContributions(links));
                } else {
                    changed = true;
                }
            }
            kept = next;
        }
        List<PublicValueObjective> all = new ArrayList<>(kept);
        for (PublicValueObjective v : plan.publicValue()) {
            if (kept.stream().noneMatch(k -> k.code().equals(v.code()))) {
                all.add(v);
            }
        }
        return plan.withPublicValue(all);
    }

    /** One or two public-value objectives, each linked to one or two strategic objectives (all links weighted or none). */
    private static Plan publicValue(Plan plan, SplittableRandom r) {
        List<PublicValueObjective> values = new ArrayList<>(plan.publicValue());
        int n = Draw.between(r, 1, 2);
        for (int k = 0; k < n; k++) {
            String code = "VP" + (values.size() + 1);
            if (plan.performanceObjective(code).isPresent()) {
                continue;
            }
            PublicValueObjective.Builder b = PublicValueObjective.builder().code(code).title(Draw.pick(r, PUBLIC_VALUE_TITLES));
            List<StrategicObjective> objectives = new ArrayList<>(plan.objectives());
            java.util.Collections.shuffle(objectives, new java.util.Random(r.nextLong()));
            boolean weighted = Draw.chance(r, 50);
            int links = Math.min(objectives.size(), Draw.between(r, 1, 2));
            for (int j = 0; j < links; j++) {
                String target = objectives.get(j).code().toString();
                b.addContributions(weighted ? Contribution.of(target, Weight.of(j == 0 && links == 2 ? 60 : links == 2 ? 40 : 100))
                        : Contribution.of(target));
            }
            if (k > 0 && Draw.chance(r, 50)) {
                b.addContributions(Contribution.of("VP1", weighted ? java.util.Optional.of(Weight.of(10)) : java.util.Optional.empty()));
            }
            if (Draw.chance(r, 60)) {
                b.addDimensions(CrossCuttingDimension.of(Draw.pick(r, CrossCuttingDimension.Known.values())));
            }
            if (Draw.chance(r, 40) && !plan.indicators().isEmpty()) {
                // an impact indicator is a clean indicator of the plan's own shape
                Indicator impact = Draw.pick(r, plan.indicators()).indicator();
                b.addIndicators(impact.withWeight(weighted ? java.util.Optional.of(Weight.of(20)) : java.util.Optional.empty()));
            }
            values.add(b.build());
        }
        return plan.withPublicValue(values);
    }
}
