package io.github.albero.model;

import io.github.albero.measure.Weight;
import io.github.albero.period.Timeframe;
import java.util.List;
import java.util.Optional;

/**
 * What strategic and operational objectives have in common: a title, a description, a
 * timeframe, a responsible unit, a weight, resources and indicators.
 */
public interface Objective extends Node {
    /** {@return the title (<i>titolo</i>)} */
    String title();

    /** {@return the description (<i>descrizione</i>)} */
    Optional<String> description();

    /** {@return the timeframe (<i>arco temporale di realizzazione</i>)} */
    Optional<Timeframe> timeframe();

    /** {@return the responsible unit (<i>centro di responsabilità</i>)} */
    Optional<String> responsibleUnit();

    /** {@return the weight among sibling objectives (<i>peso</i>)} */
    Optional<Weight> weight();

    /** {@return the stakeholders named by the document} */
    List<String> stakeholders();

    /** {@return the resources assigned (<i>risorse</i>)} */
    Optional<Resources> resources();

    /** {@return the staff assigned, by category: a non-monetary resource (<i>risorse umane</i>, FTE)} */
    List<StaffAllocation> staff();

    /** {@return the number of indicators the document declares (<i>Nr indicatori associati</i>)} */
    Optional<Integer> declaredIndicatorCount();

    /** {@return the indicators directly attached to this objective} */
    List<Indicator> indicators();

    /** {@return editorial notes} */
    List<String> notes();

    @Override
    default String displayName() {
        return title();
    }
}
