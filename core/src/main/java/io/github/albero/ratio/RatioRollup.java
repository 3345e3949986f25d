package io.github.albero.ratio;

import io.github.albero.internal.Problems;
import io.github.albero.InvalidValueException;
import io.github.albero.measure.Ratio;
import io.github.albero.model.LocatedIndicator;
import io.github.albero.model.NodePath;
import io.github.albero.model.Plan;
import io.github.albero.model.RatioDefinition;
import io.github.albero.model.Result;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The figures of ratio indicators added up across a plan (<i>dato complessivo dell'ente</i>):
 * indicators with the same {@link RatioDefinition} — the same measure kept by several offices
 * or objectives — are summed part by part, Σnumerators ÷ Σdenominators, for any node of the
 * tree and for the whole body. Percentages are never averaged: {@code 1/2} and {@code 99/100}
 * make {@code 100/102 = 98,04 %}, not {@code 74,5 %}.
 *
 * <p>An indicator counts with its result for the year (given, or derived from its monitoring
 * periods); one without parts that year is listed in {@link Total#leftOut()}. A zero
 * denominator adds nothing to the sums; a total whose denominator is 0 has no value.
 * Immutable and thread-safe.
 *
 * <pre>{@code
 * RatioDefinition files = RatioDefinition.of("pratiche evase entro 5 giorni", "pratiche ricevute");
 * Indicator sede = Indicator.builder().name("Sede").polarity(Polarity.HIGHER_IS_BETTER).ratio(files).
 *     putResults(2023, Result.ofParts(Ratio.of(1, 2), RatioScale.PERCENT)).build();
 * Indicator sportello = sede.withName("Sportello").
 *     withResults(Map.of(2023, Result.ofParts(Ratio.of(99, 100), RatioScale.PERCENT)));
 * Plan plan = Plan.builder().kind(PlanKind.REPORT).administration(Administration.of("Ente")).
 *     referenceYear(2023).horizon(YearRange.of(2023, 2023)).
 *     addMissions(Mission.builder().code(MissionCode.of("011")).title("Competitività").
 *         addPrograms(Program.builder().code(ProgramCode.of("005")).title("Promozione").
 *             addObjectives(StrategicObjective.builder().code(ObjectiveCode.parse("011-005-001")).
 *                 title("Sede e sportelli").addIndicators(sede, sportello).build()).build()).build()).
 *     build();
 * RatioRollup r = RatioRollup.of(plan, 2023);
 * r.totals().get(0).wholeBody();                                 // 100/102
 * r.totals().get(0).at(NodePath.root().mission(MissionCode.parse("011"), 0)).percentage();
 * }</pre>
 */
public final class RatioRollup {
    private final int year;
    private final List<Total> totals;

    private RatioRollup(int year, List<Total> totals) {
        this.year = year;
        this.totals = totals;
    }

    /**
     * {@return the totals of every ratio definition used in the plan, in order of first use}
     *
     * @param plan a plan or report
     * @param year the year
     */
    public static RatioRollup of(Plan plan, int year) {
        if (plan == null) {
            throw new InvalidValueException("plan", null, Problems.of("required"));
        }
        LocalDate end = LocalDate.of(year, 12, 31);
        Map<RatioDefinition, List<LocatedIndicator>> counted = new LinkedHashMap<>();
        Map<RatioDefinition, List<NodePath>> leftOut = new LinkedHashMap<>();
        Map<RatioDefinition, List<Ratio>> parts = new LinkedHashMap<>();
        for (LocatedIndicator li : plan.indicators()) {
            Optional<RatioDefinition> d = li.indicator().ratio();
            if (d.isEmpty()) {
                continue;
            }
            counted.computeIfAbsent(d.get(), k -> new ArrayList<>());
            leftOut.computeIfAbsent(d.get(), k -> new ArrayList<>());
            parts.computeIfAbsent(d.get(), k -> new ArrayList<>());
            Optional<Ratio> p = li.indicator().resultAsOf(end).flatMap(Result::parts);
            if (p.isPresent()) {
                counted.get(d.get()).add(li);
                parts.get(d.get()).add(p.get());
            } else {
                leftOut.get(d.get()).add(li.path());
            }
        }
        List<Total> totals = new ArrayList<>();
        counted.forEach((d, list) -> totals.add(new Total(d, list, parts.get(d), leftOut.get(d))));
        return new RatioRollup(year, Collections.unmodifiableList(totals));
    }

    /** {@return the year} */
    public int year() {
        return year;
    }

    /** {@return one total per ratio definition} */
    public List<Total> totals() {
        return totals;
    }

    /**
     * {@return its total}
     *
     * @param definition a ratio definition
     */
    public Optional<Total> total(RatioDefinition definition) {
        return totals.stream().filter(t -> t.definition().equals(definition)).findFirst();
    }

    /** {@return e.g. {@code "RatioRollup[2023, 2 definitions]"}} */
    @Override
    public String toString() {
        return "RatioRollup[" + year + ", " + totals.size() + (totals.size() == 1 ? " definition]" : " definitions]");
    }

    /** The sums of one ratio definition's indicators. Immutable and thread-safe. */
    public static final class Total {
        private final RatioDefinition definition;
        private final List<LocatedIndicator> counted;
        private final List<Ratio> parts;
        private final List<NodePath> leftOut;

        Total(RatioDefinition definition, List<LocatedIndicator> counted, List<Ratio> parts, List<NodePath> leftOut) {
            this.definition = definition;
            this.counted = List.copyOf(counted);
            this.parts = List.copyOf(parts);
            this.leftOut = List.copyOf(leftOut);
        }

        /** {@return the definition} */
        public RatioDefinition definition() {
            return definition;
        }

        /** {@return the paths of the indicators counted} */
        public List<NodePath> counted() {
            List<NodePath> paths = new ArrayList<>();
            counted.forEach(li -> paths.add(li.path()));
            return Collections.unmodifiableList(paths);
        }

        /** {@return the paths of the indicators without parts for the year} */
        public List<NodePath> leftOut() {
            return leftOut;
        }

        /** {@return Σnumerators ÷ Σdenominators over the whole body} */
        public Ratio wholeBody() {
            return Ratio.sum(parts);
        }

        /**
         * {@return the sums over the indicators under that node}
         *
         * @param node the path of a mission, program or objective (or the root)
         */
        public Ratio at(NodePath node) {
            List<Ratio> under = new ArrayList<>();
            for (int i = 0; i < counted.size(); i++) {
                if (counted.get(i).path().startsWith(node)) {
                    under.add(parts.get(i));
                }
            }
            return Ratio.sum(under);
        }

        /** {@return the whole body's value on the definition's scale; empty when Σdenominators is 0} */
        public Optional<BigDecimal> value() {
            return definition.scale().value(wholeBody());
        }

        /** {@return e.g. {@code "98,039216 % (100/102)"}} */
        public String display() {
            return definition.scale().display(wholeBody());
        }

        /** {@return e.g. {@code "Total[pratiche evase / pratiche ricevute: 98,039216 % (100/102), 2 counted, 0 left out]"}} */
        @Override
        public String toString() {
            return "Total[" + definition.numerator() + " / " + definition.denominator() + ": " + display() + ", " + counted.size()
                    + " counted, " + leftOut.size() + " left out]";
        }
    }
}
