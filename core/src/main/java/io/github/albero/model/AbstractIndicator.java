package io.github.albero.model;

import io.github.albero.measure.Weight;
import io.github.albero.period.YearRange;
import java.util.List;
import java.util.Optional;
import java.util.SortedMap;
import org.immutables.value.Value;

/**
 * An indicator (<i>indicatore</i>): how an objective's progress is measured, with its
 * baseline, its targets by year (<i>risultato atteso</i>) and its results by year
 * (<i>risultato anno</i>).
 *
 * <pre>{@code
 * Indicator i = Indicator.builder()
 *     .name("Realizzazione eventi")
 *     .polarity(Polarity.HIGHER_IS_BETTER)
 *     .putTargets(2017, Target.parse("realizzazione di almeno 2 eventi"))
 *     .putResults(2017, Result.parse("100%"))
 *     .build();
 * }</pre>
 */
@Value.Immutable
abstract class AbstractIndicator implements Node {
    /** @return the indicator's code, when the document gives one */
    public abstract Optional<String> code();

    /** @return the name (<i>indicatore</i>) */
    public abstract String name();

    /** @return what it measures (<i>cosa misura</i>) */
    public abstract Optional<String> measures();

    /** @return the type (<i>tipologia</i>): efficacia, efficienza, qualità … */
    public abstract Optional<IndicatorType> type();

    /** @return the unit of measure as written (<i>unità di misura</i>), e.g. "percentuale" */
    public abstract Optional<String> unit();

    /** @return how it is computed (<i>algoritmo di calcolo</i>) */
    public abstract Optional<String> algorithm();

    /** @return where the data come from (<i>fonte dei dati</i>) */
    public abstract Optional<String> dataSource();

    /** @return the last observed value (<i>ultimo valore osservato</i>) */
    public abstract Optional<Baseline> baseline();

    /** @return which way values are good */
    public abstract Polarity polarity();

    /** @return the weight among sibling indicators (<i>peso</i>) */
    public abstract Optional<Weight> weight();

    /** @return the targets by year */
    @Value.NaturalOrder
    public abstract SortedMap<Integer, Target> targets();

    /** @return the results by year */
    @Value.NaturalOrder
    public abstract SortedMap<Integer, Result> results();

    /** @return editorial notes (e.g. on how the document was transcribed) */
    public abstract List<String> notes();

    /**
     * @param year a year
     * @return the target of that year
     */
    public Optional<Target> target(int year) {
        return Optional.ofNullable(targets().get(year));
    }

    /**
     * @param year a year
     * @return the result of that year
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
        targets().keySet().forEach(y -> YearRange.checkYear("targets", y));
        results().keySet().forEach(y -> YearRange.checkYear("results", y));
        Texts.requireTexts("notes", notes());
    }

    @Override
    public String toString() {
        return "Indicator[" + Texts.abbreviate(name(), 60) + ", " + polarity().name().toLowerCase(java.util.Locale.ROOT)
                + ", targets " + targets().keySet() + ", results " + results().keySet() + "]";
    }
}
