package io.github.albero.achievement;

import io.github.albero.model.NodeKind;
import io.github.albero.measure.Percentage;
import io.github.albero.model.Indicator;
import io.github.albero.model.LocatedIndicator;
import io.github.albero.model.Node;
import io.github.albero.model.NodePath;
import io.github.albero.model.OperationalObjective;
import io.github.albero.model.Result;
import io.github.albero.model.StrategicObjective;
import io.github.albero.model.Target;
import java.math.RoundingMode;
import java.util.Optional;

/**
 * One node of an achievement result as a flat row (<i>riga</i>): its score, band and why it is
 * not measurable, next to the model node it comes from (the objective or indicator, and for an
 * indicator the target and result of the year). Every text accessor returns a plain string,
 * empty when there is nothing, so rows print and filter without unwrapping {@code Optional}s.
 * Immutable and thread-safe.
 *
 * <pre>{@code
 * Row r = AchievementCalculator.defaults().evaluate(plan, 2017).indicators().get(0);
 * r.objectiveCode() + " " + r.name() + ": " + Render.of(Locale.ITALIAN).score(r) + " " + r.bandLabel();
 * r.indicator();      // Optional[Indicator[…]], the model node
 * r.targetText();     // "report"
 * }</pre>
 */
public final class Row {
    private final AchievementNode node;
    private final int year;
    private final Node model;
    private final StrategicObjective objective;
    private final LocatedIndicator located;

    Row(AchievementNode node, int year, Node model, StrategicObjective objective, LocatedIndicator located) {
        this.node = node;
        this.year = year;
        this.model = model;
        this.objective = objective;
        this.located = located;
    }

    /** {@return the node of the result tree, with its explanation} */
    public AchievementNode node() {
        return node;
    }

    /** {@return the level: mission, program, strategic objective, operational objective or indicator} */
    public NodeKind kind() {
        return node.kind();
    }

    /** {@return where the node lies in the plan} */
    public NodePath path() {
        return node.path();
    }

    /** {@return the node's code ({@code "011-005-004"}, an indicator's own code), or {@code ""}} */
    public String code() {
        return node.code().orElse("");
    }

    /** {@return the code of the strategic objective the node lies in, or {@code ""} above objectives} */
    public String objectiveCode() {
        return objective == null ? "" : objective.code().toString();
    }

    /** {@return the title or the indicator's name} */
    public String name() {
        return node.name();
    }

    /** {@return the score, empty when not measurable} */
    public Optional<Percentage> score() {
        return node.score();
    }

    /** {@return true when the node has a score} */
    public boolean measurable() {
        return node.measurable();
    }

    /** {@return the band's label as the policy names it ({@code "achieved"} …), or {@code ""}} */
    public String bandLabel() {
        return node.band().map(Band::label).orElse("");
    }

    /** {@return the model node: the strategic or operational objective, the indicator, the mission or program} */
    public Node model() {
        return model;
    }

    /** {@return the strategic objective the node lies in, empty above objectives} */
    public Optional<StrategicObjective> objective() {
        return Optional.ofNullable(objective);
    }

    /** {@return the operational objective the node is or lies in, if any} */
    public Optional<OperationalObjective> operationalObjective() {
        if (model instanceof OperationalObjective) {
            return Optional.of((OperationalObjective) model);
        }
        return located == null ? Optional.empty() : located.operationalObjective();
    }

    /** {@return the indicator, for an indicator row} */
    public Optional<Indicator> indicator() {
        return located == null ? Optional.empty() : Optional.of(located.indicator());
    }

    /** {@return the indicator's target for the year evaluated, if any} */
    public Optional<Target> target() {
        return indicator().flatMap(i -> i.target(year));
    }

    /** {@return the indicator's result for the year evaluated, if any} */
    public Optional<Result> result() {
        return indicator().flatMap(i -> i.result(year));
    }

    /** {@return the target's original text, or {@code ""}} */
    public String targetText() {
        return target().map(Target::text).orElse("");
    }

    /** {@return the result's original text, or {@code ""}} */
    public String resultText() {
        return result().map(Result::text).orElse("");
    }


    /** {@return e.g. {@code "indicator 011-005-001 Sperimentazione …: 100% achieved"}, locale-neutral} */
    @Override
    public String toString() {
        return node.kind().label() + (objectiveCode().isEmpty() ? "" : " " + objectiveCode()) + " " + name() + ": "
                + (measurable() ? score().get().points().setScale(2, RoundingMode.HALF_EVEN).stripTrailingZeros().toPlainString() + "%"
                        + (bandLabel().isEmpty() ? "" : " " + bandLabel()) : "not measurable");
    }
}
