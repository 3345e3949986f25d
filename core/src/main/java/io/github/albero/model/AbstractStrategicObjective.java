package io.github.albero.model;

import io.github.albero.internal.Problems;
import io.github.albero.InvalidValueException;
import io.github.albero.code.ObjectiveCode;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.immutables.value.Value;

/**
 * A strategic objective (<i>obiettivo strategico</i>), coded {@code MMM-PPP-NNN} after its
 * mission and program, with its indicators and, optionally, operational objectives.
 *
 * <pre>{@code
 * Indicator indicator = report.indicators().get(0).indicator();
 * ResourceAmounts budget = ResourceAmounts.of(Money.ZERO, Money.parse("€ 5.000,00"), Money.ZERO);
 * ResourceAmounts actual = ResourceAmounts.of(Money.ZERO, Money.parse("€ 4.639,66"), Money.ZERO);
 * StrategicObjective o = StrategicObjective.builder().
 *     code(ObjectiveCode.parse("011-005-001")).
 *     title("PROGRAMMAZIONE TERRITORIALE").
 *     timeframe(Timeframe.of("Biennio")).
 *     resources(Resources.of(2017, budget, actual)).
 *     addIndicators(indicator).
 *     build();
 * }</pre>
 *
 * <p>Immutable and thread-safe; build one with {@code builder()}, change one with the {@code
 * with…} methods, which return a copy. Never null: a required attribute left unset or given as
 * null, or a null element, throws {@link io.github.albero.InvalidValueException} naming the
 * attribute; optional attributes are {@code Optional}, collections are never null.
 */
@Value.Immutable
abstract class AbstractStrategicObjective implements Objective {
    /** {@return the code {@code MMM-PPP-NNN}} */
    public abstract ObjectiveCode code();

    /** {@return the operational objectives (<i>obiettivi operativi</i>)} */
    public abstract List<OperationalObjective> operationalObjectives();

    /** {@return its own indicators followed by those of its operational objectives} */
    public Stream<Indicator> allIndicators() {
        return Stream.concat(indicators().stream(), operationalObjectives().stream().flatMap(o -> o.indicators().stream()));
    }

    @Value.Check
    void check() {
        Objectives.check(this);
        Set<String> codes = new HashSet<>();
        for (int i = 0; i < operationalObjectives().size(); i++) {
            OperationalObjective op = operationalObjectives().get(i);
            if (op.code().isPresent() && !codes.add(op.code().get())) {
                throw new InvalidValueException(NodePath.root().operationalObjective(i).member("code"), op.code().get(),
                        Problems.of("uniqueInObjective", code()));
            }
        }
    }

    /** {@return a readable one-line description, for logs and JShell} */
    @Override
    public String toString() {
        return "StrategicObjective[" + code() + " " + Texts.abbreviate(title(), 60) + ", "
                + allIndicators().count() + " indicators]";
    }
}
