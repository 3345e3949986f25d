package io.github.albero.model;

import io.github.albero.internal.Problems;
import io.github.albero.InvalidValueException;
import io.github.albero.measure.Weight;
import io.github.albero.period.YearRange;
import java.lang.invoke.VarHandle;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * An indicator (<i>indicatore</i>): how an objective's progress is measured, with its
 * baseline, its targets by year (<i>risultato atteso</i>) and its results by year
 * (<i>risultato anno</i>).
 *
 * <p>Beyond that simple case, an indicator may be a ratio ({@link #ratio()}: results given as
 * numerator and denominator), be monitored by period within a year ({@link #monitoring()}, the
 * yearly result then following from the periods as {@link #periodAggregation()} says), have
 * targets revised during the year ({@link Target#revisions()}) and results broken down by
 * dimension ({@link Result#breakdowns()}, checked as {@link #breakdownRule()} says).
 * {@link #asOf(LocalDate)} gives the target in force and the result on a day.
 *
 * <pre>{@code
 * Indicator i = Indicator.builder().
 *     name("Realizzazione eventi").
 *     polarity(Polarity.HIGHER_IS_BETTER).
 *     putTargets(2017, Target.parse("realizzazione di almeno 2 eventi")).
 *     putResults(2017, Result.parse("100%")).
 *     build();
 * }</pre>
 *
 * <p>Immutable and thread-safe; build one with {@code builder()}, change one with the {@code
 * with…} methods, which return a copy. Never null: a required attribute left unset or given as
 * null, or a null element, throws {@link io.github.albero.InvalidValueException} naming the
 * attribute; optional attributes are {@code Optional}, collections are never null.
 */
@Value.Immutable
abstract class AbstractIndicator implements Node {
    /** {@return the indicator's code, when the document gives one} */
    public abstract Optional<String> code();

    /** {@return the name (<i>indicatore</i>)} */
    public abstract String name();

    /** {@return what it measures (<i>cosa misura</i>)} */
    public abstract Optional<String> measures();

    /**
     * {@return the type (<i>tipologia</i>; the PIAO's <i>dimensione</i>): efficacia, efficienza,
     * qualità, impatto … or any other label}
     */
    public abstract Optional<IndicatorType> type();

    /** {@return the unit of measure as written (<i>unità di misura</i>), e.g. "percentuale"} */
    public abstract Optional<String> unit();

    /** {@return how it is computed (<i>algoritmo di calcolo</i>)} */
    public abstract Optional<String> algorithm();

    /** {@return where the data come from (<i>fonte dei dati</i>)} */
    public abstract Optional<String> dataSource();

    /** {@return the last observed value (<i>ultimo valore osservato</i>)} */
    public abstract Optional<Baseline> baseline();

    /** {@return which way values are good} */
    public abstract Polarity polarity();

    /** {@return the weight among sibling indicators (<i>peso</i>)} */
    public abstract Optional<Weight> weight();

    /** {@return the targets by year} */
    @Value.Default
    public YearMap<Target> targets() {
        return YearMap.of();
    }

    /** {@return the results by year} */
    @Value.Default
    public YearMap<Result> results() {
        return YearMap.of();
    }

    /** {@return editorial notes (e.g. on how the document was transcribed)} */
    public abstract List<String> notes();

    /** {@return the numerator and denominator it is computed from, for a ratio indicator} */
    public abstract Optional<RatioDefinition> ratio();

    /** {@return the monitoring by period within a year (<i>monitoraggio infrannuale</i>), by year} */
    @Value.Default
    public YearMap<Monitoring> monitoring() {
        return YearMap.of();
    }

    /** {@return how the periods make the year; when not given, the latest period's value ({@link PeriodAggregation#LAST})} */
    public abstract Optional<PeriodAggregation> periodAggregation();

    /** {@return whether breakdowns must agree with the total; when not given, the parts may overlap} */
    public abstract Optional<BreakdownRule> breakdownRule();

    /**
     * The result as of a day: on 31 December the yearly result when given, otherwise the result
     * derived from the periods that ended by then ({@link Monitoring#derive}).
     *
     * @param day a day
     * @return the result as of that day
     */
    public Optional<Result> resultAsOf(LocalDate day) {
        int year = day.getYear();
        if (day.equals(LocalDate.of(year, 12, 31)) && results().containsKey(year)) {
            return result(year);
        }
        return Optional.ofNullable(monitoring().get(year))
                .flatMap(m -> m.derive(periodAggregation().orElse(PeriodAggregation.LAST), ratio(), day));
    }

    /**
     * The target in force on a day: the own target of the monitoring period ending that day,
     * when it sets one (except on 31 December when the year has a target), otherwise the year's
     * target; in both cases the latest revision adopted on or before the day
     * ({@link Target#inForce}).
     *
     * @param day a day
     * @return the target in force, saying which and why
     */
    public Optional<TargetInForce> targetAsOf(LocalDate day) {
        int year = day.getYear();
        boolean yearEnd = day.equals(LocalDate.of(year, 12, 31)) && targets().containsKey(year);
        Optional<PeriodResult> p = yearEnd ? Optional.empty()
                : Optional.ofNullable(monitoring().get(year)).flatMap(m -> m.periodTarget(day));
        if (p.isPresent()) {
            return Optional.of(p.get().target().get().inForce(day).ofPeriod(p.get().period()));
        }
        return target(year).map(t -> t.inForce(day));
    }

    /**
     * This indicator as seen on a day: the year's target and result replaced by those in force
     * and derived on that day ({@link #targetAsOf}, {@link #resultAsOf}), so that any
     * calculation made for the year is made as of the day.
     *
     * @param day a day
     * @return the indicator as of that day
     */
    public Indicator asOf(LocalDate day) {
        int year = day.getYear();
        Optional<Target> t = targetAsOf(day).map(TargetInForce::target);
        Optional<Result> r = resultAsOf(day);
        if (t.equals(target(year)) && r.equals(result(year))) {
            return (Indicator) this;
        }
        return Indicator.builder().from(this).targets(YearMap.replacing(targets(), year, t.orElse(null)))
                .results(YearMap.replacing(results(), year, r.orElse(null))).build();
    }

    /**
     * {@return the target of that year}
     *
     * @param year a year
     */
    public Optional<Target> target(int year) {
        return Optional.ofNullable(targets().get(year));
    }

    /**
     * {@return the result of that year}
     *
     * @param year a year
     */
    public Optional<Result> result(int year) {
        return Optional.ofNullable(results().get(year));
    }

    @Override
    public String displayName() {
        return name();
    }

    @Value.Check
    void check() {
        code().ifPresent(c -> Texts.requireText("code", c));
        Texts.requireText("name", name());
        measures().ifPresent(t -> Texts.requireText("measures", t));
        unit().ifPresent(t -> Texts.requireText("unit", t));
        algorithm().ifPresent(t -> Texts.requireText("algorithm", t));
        dataSource().ifPresent(t -> Texts.requireText("dataSource", t));
        // the maps are sorted: their first and last years bound the others; no key-set view is created (and kept)
        checkYears("targets", targets());
        checkYears("results", results());
        Texts.requireTexts("notes", notes());
        monitoring().forEachYear((year, m) -> {
            YearRange.checkYear("monitoring", year);
            if (m.year() != year) {
                throw new InvalidValueException(NodePath.root().year("monitoring", year).member("year"), m.year(), Problems.of("yearFiledUnder"));
            }
            List<PeriodResult> periods = m.periods();
            for (int i = 0; i < periods.size(); i++) {
                int index = i;
                periods.get(i).result().filter(r -> r.parts().isPresent()).ifPresent(r -> checkParts(NodePath.root().year("monitoring", year).member("periods", index).member("result"), r));
            }
        });
        // the path is made only for a result with parts, the rare case
        results().forEachYear((y, r) -> {
            if (r.parts().isPresent()) {
                checkParts(NodePath.root().year("results", y), r);
            }
        });
    }

    private void checkParts(NodePath where, Result r) {
        if (r.parts().isEmpty()) {
            return;
        }
        if (ratio().isEmpty()) {
            throw new InvalidValueException(where.member("parts"), r.parts().get(),
                    Problems.of("partsNeedRatio"));
        }
        RatioScale scale = ratio().get().scale();
        Optional<ResultReading> expected = Result.readingOf(r.parts().get(), scale);
        if (!expected.equals(r.reading())) {
            throw new InvalidValueException(where.member("reading"), r.reading().map(Object::toString).orElse("none"),
                    Problems.of("disagreesWithParts", scale.display(r.parts().get())));
        }
    }

    /**
     * Copies this indicator with other targets.
     *
     * @param entries the targets by year; no null key or value
     * @return the copy
     */
    public final Indicator withTargets(Map<Integer, ? extends Target> entries) {
        return ((Indicator) this).withTargets(YearMap.copyOf(entries, "targets"));
    }

    /**
     * Copies this indicator with other results.
     *
     * @param entries the results by year; no null key or value
     * @return the copy
     */
    public final Indicator withResults(Map<Integer, ? extends Result> entries) {
        return ((Indicator) this).withResults(YearMap.copyOf(entries, "results"));
    }

    /**
     * Copies this indicator with other monitoring.
     *
     * @param entries the monitoring by year; no null key or value
     * @return the copy
     */
    public final Indicator withMonitoring(Map<Integer, ? extends Monitoring> entries) {
        return ((Indicator) this).withMonitoring(YearMap.copyOf(entries, "monitoring"));
    }

    /**
     * The part of {@link Indicator.Builder} that fills the year maps without a sorted copy: each
     * method reads the map set so far and sets a new one (a year map has a few years).
     */
    public abstract static class Builder {
        private static final VarHandle TARGETS = YearMap.field(Indicator.Builder.class, "targets");
        private static final VarHandle RESULTS = YearMap.field(Indicator.Builder.class, "results");
        private static final VarHandle MONITORING = YearMap.field(Indicator.Builder.class, "monitoring");

        /** Made by {@link Indicator#builder()} only. */
        Builder() {
        }

        /**
         * Sets the targets by year, replacing any set before.
         *
         * @param targets a year map
         * @return this builder
         */
        public abstract Indicator.Builder targets(YearMap<Target> targets);

        /**
         * Sets the results by year, replacing any set before.
         *
         * @param results a year map
         * @return this builder
         */
        public abstract Indicator.Builder results(YearMap<Result> results);

        /**
         * Sets the monitoring by year, replacing any set before.
         *
         * @param monitoring a year map
         * @return this builder
         */
        public abstract Indicator.Builder monitoring(YearMap<Monitoring> monitoring);

        @SuppressWarnings("unchecked")
        private static <V> YearMap<V> read(VarHandle field, Builder b) {
            return (YearMap<V>) field.get(b);
        }

        /**
         * Puts the target of a year, replacing any put before for that year.
         *
         * @param year the year
         * @param target its target; not null
         * @return this builder
         */
        public final Indicator.Builder putTargets(int year, Target target) {
            return targets(YearMap.with(read(TARGETS, this), year, target, "targets"));
        }

        /**
         * Puts the target of a year, replacing any put before for that year.
         *
         * @param entry the year and its target; not null
         * @return this builder
         */
        public final Indicator.Builder putTargets(Map.Entry<Integer, ? extends Target> entry) {
            return putTargets(YearMap.key(entry, "targets"), entry.getValue());
        }

        /**
         * Puts the targets of every year of a map, replacing any put before for those years.
         *
         * @param entries the targets by year; no null key or value
         * @return this builder
         */
        public final Indicator.Builder putAllTargets(Map<Integer, ? extends Target> entries) {
            return targets(YearMap.withAll(read(TARGETS, this), entries, "targets"));
        }

        /**
         * Sets the targets by year, replacing any set before.
         *
         * @param entries the targets by year; no null key or value
         * @return this builder
         */
        public final Indicator.Builder targets(Map<Integer, ? extends Target> entries) {
            return targets(YearMap.copyOf(entries, "targets"));
        }

        /**
         * Puts the result of a year, replacing any put before for that year.
         *
         * @param year the year
         * @param result its result; not null
         * @return this builder
         */
        public final Indicator.Builder putResults(int year, Result result) {
            return results(YearMap.with(read(RESULTS, this), year, result, "results"));
        }

        /**
         * Puts the result of a year, replacing any put before for that year.
         *
         * @param entry the year and its result; not null
         * @return this builder
         */
        public final Indicator.Builder putResults(Map.Entry<Integer, ? extends Result> entry) {
            return putResults(YearMap.key(entry, "results"), entry.getValue());
        }

        /**
         * Puts the results of every year of a map, replacing any put before for those years.
         *
         * @param entries the results by year; no null key or value
         * @return this builder
         */
        public final Indicator.Builder putAllResults(Map<Integer, ? extends Result> entries) {
            return results(YearMap.withAll(read(RESULTS, this), entries, "results"));
        }

        /**
         * Sets the results by year, replacing any set before.
         *
         * @param entries the results by year; no null key or value
         * @return this builder
         */
        public final Indicator.Builder results(Map<Integer, ? extends Result> entries) {
            return results(YearMap.copyOf(entries, "results"));
        }

        /**
         * Puts the monitoring of a year, replacing any put before for that year.
         *
         * @param year the year
         * @param monitoring its monitoring; not null
         * @return this builder
         */
        public final Indicator.Builder putMonitoring(int year, Monitoring monitoring) {
            return monitoring(YearMap.with(read(MONITORING, this), year, monitoring, "monitoring"));
        }

        /**
         * Puts the monitoring of a year, replacing any put before for that year.
         *
         * @param entry the year and its monitoring; not null
         * @return this builder
         */
        public final Indicator.Builder putMonitoring(Map.Entry<Integer, ? extends Monitoring> entry) {
            return putMonitoring(YearMap.key(entry, "monitoring"), entry.getValue());
        }

        /**
         * Puts the monitoring of every year of a map, replacing any put before for those years.
         *
         * @param entries the monitoring by year; no null key or value
         * @return this builder
         */
        public final Indicator.Builder putAllMonitoring(Map<Integer, ? extends Monitoring> entries) {
            return monitoring(YearMap.withAll(read(MONITORING, this), entries, "monitoring"));
        }

        /**
         * Sets the monitoring by year, replacing any set before.
         *
         * @param entries the monitoring by year; no null key or value
         * @return this builder
         */
        public final Indicator.Builder monitoring(Map<Integer, ? extends Monitoring> entries) {
            return monitoring(YearMap.copyOf(entries, "monitoring"));
        }
    }

    /** {@return a readable one-line description, for logs and JShell} */
    @Override
    public String toString() {
        return "Indicator[" + Texts.abbreviate(name(), 60) + ", " + polarity().name().toLowerCase(java.util.Locale.ROOT)
                + ", targets " + targets().keySet() + ", results " + results().keySet() + "]";
    }

    static void checkYears(String field, YearMap<?> years) {
        // the path is built only for the exception
        if (!years.isEmpty() && (outside(years.firstYear()) || outside(years.lastYear()))) {
            checkYears(NodePath.of(field), years);
        }
    }

    private static boolean outside(int year) {
        return year < YearRange.MIN_YEAR || year > YearRange.MAX_YEAR;
    }

    static void checkYears(NodePath field, YearMap<?> years) {
        if (!years.isEmpty()) {
            Texts.checkYear(field, years.firstYear());
            Texts.checkYear(field, years.lastYear());
        }
    }
}
