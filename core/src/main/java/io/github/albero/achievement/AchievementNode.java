package io.github.albero.achievement;

import io.github.albero.model.NodeKind;
import io.github.albero.internal.Strings;
import io.github.albero.measure.Percentage;
import io.github.albero.measure.Weight;
import io.github.albero.model.Indicator;
import io.github.albero.model.NodePath;
import io.github.albero.model.ResultNode;
import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;

/**
 * One node of an achievement result tree (<i>grado di raggiungimento</i>): the plan, a mission,
 * a program, a strategic or operational objective, or an indicator, with its score when it is
 * measurable, its status band, the weight it had in its parent's rollup, and the explanation of
 * how the score was computed.
 *
 * <p>A node with nothing measurable is not measurable (<i>non valutabile</i>): it has no score,
 * never 0%, and {@link #reason()} says why. A manual override replaces the score and keeps the
 * computed one in {@link #computedScore()}.
 */
public final class AchievementNode implements ResultNode<AchievementNode> {
    private final NodeKind kind;
    // the path is the parent's path and an index (an indicator's, an operational objective's), made
    // when asked for: most trees are never searched by path; index -1: base is the node's own path
    private final NodePath base;
    private final int index;
    private NodePath path;
    private final String code;
    private final String name;
    private final Weight weight;
    private final Percentage score;
    private final Percentage computedScore;
    private final ManualOverride override;
    // the band is looked up when asked for
    private final BandTable bands;
    // set once by the parent's weighted mean before the tree is published; the percentage itself
    // is divided out only when asked for (most trees are never displayed)
    private BigDecimal meanWeight;
    private BigDecimal meanDenominator;
    private Percentage relativeWeight;
    // numbers first: the explanation is made from the indicator or the children when asked for,
    // unless it was made while computing (an override, an indicator seen as of a day)
    private volatile Explanation explanation;
    private final Explainer explainer;
    private final Indicator indicator;
    private final List<AchievementNode> children;

    // nullable arguments, no Optionals: one node per indicator is built on the hot path
    AchievementNode(NodeKind kind, NodePath base, int index, String code, String name, Weight weight, Percentage computedScore,
            ManualOverride override, BandTable bands, Explanation explanation, Explainer explainer, Indicator indicator,
            List<AchievementNode> children) {
        this.kind = kind;
        this.base = base;
        this.index = index;
        this.code = code;
        this.name = name;
        this.weight = weight;
        this.computedScore = computedScore;
        this.override = override;
        this.score = override != null ? override.value() : computedScore;
        this.bands = bands;
        this.explanation = explanation;
        this.explainer = explainer;
        this.indicator = indicator;
        this.children = List.copyOf(children);
    }

    /** @return this node as a child weighted by a link (a public-value contribution), not by its own weight */
    AchievementNode withWeight(Optional<Weight> w) {
        return new AchievementNode(kind, base, index, code, name, w.orElse(null), computedScore, override, bands, explanation, explainer,
                indicator, children);
    }

    /** {@return the path of the node {@code index} of that kind below {@code base}; {@code base} itself when the index is -1} */
    static NodePath path(NodeKind kind, NodePath base, int index) {
        if (index < 0) {
            return base;
        }
        return kind == NodeKind.INDICATOR ? base.indicator(index) : base.operationalObjective(index);
    }

    /** Records the weight this node had in its parent's weighted mean, and their sum; called once, while the tree is built. */
    void weighIn(BigDecimal weight, BigDecimal denominator) {
        this.meanWeight = weight;
        this.meanDenominator = denominator;
        this.relativeWeight = null;
    }

    /** {@return a weight's share of a sum in percentage points, rounded for display} */
    static Percentage share(BigDecimal weight, BigDecimal denominator) {
        return Percentage.of(weight.multiply(HUNDRED).divide(denominator, AchievementPolicy.SCALE, AchievementPolicy.ROUNDING));
    }

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    /** {@return the level of this node} */
    @Override
    public NodeKind kind() {
        return kind;
    }

    /** {@return where the node lies in the plan, e.g. {@code missions[011].programs[005].objectives[011-005-004].indicators[0]}} */
    @Override
    public NodePath path() {
        NodePath p = path;
        if (p == null) {
            // racy but safe: a path's fields are final, every thread makes an equal one
            p = path(kind, base, index);
            path = p;
        }
        return p;
    }

    /** {@return the code: {@code "011"}, {@code "011-005"}, {@code "011-005-004"}, or an operational objective's or indicator's own} */
    @Override
    public Optional<String> code() {
        return Optional.ofNullable(code);
    }

    /** {@return the title, or the indicator's name} */
    @Override
    public String name() {
        return name;
    }

    /** {@return the weight the document declares (<i>peso</i>), if any} */
    public Optional<Weight> weight() {
        return Optional.ofNullable(weight);
    }

    /** {@return the achievement: the override when there is one, otherwise the computed one; empty when not measurable} */
    public Optional<Percentage> score() {
        return Optional.ofNullable(score);
    }

    /** {@return the achievement as computed, before any override} */
    public Optional<Percentage> computedScore() {
        return Optional.ofNullable(computedScore);
    }

    /** {@return the manual override, if any} */
    public Optional<ManualOverride> override() {
        return Optional.ofNullable(override);
    }

    /** {@return the score, or null when not measurable: {@link #score()} without an Optional, for the calculator} */
    Percentage scoreOrNull() {
        return score;
    }

    /** {@return the declared weight, or null: {@link #weight()} without an Optional, for the calculator} */
    Weight weightOrNull() {
        return weight;
    }

    /** {@return true when the node has a score} */
    public boolean measurable() {
        return score != null;
    }

    /** {@return the band of the score (<i>raggiunto</i>, …), empty when not measurable or in no band} */
    public Optional<Band> band() {
        return Optional.ofNullable(bands.band(score));
    }

    /** {@return why the node is not measurable; {@link io.github.albero.render.Render#reason(AchievementNode)} writes it} */
    public Optional<Explanation.Reason> reason() {
        // a node without a score has no override, so its explanation is the computed one, which says why
        return score != null ? Optional.empty() : explanation().reason();
    }

    /**
     * {@return the relative weight this node had in its parent's weighted mean, rounded to 2
     * decimals for display (the mean uses the exact weights); empty for the root, for
     * nodes left out and under the worst-child rule}
     */
    public Optional<Percentage> relativeWeight() {
        Percentage r = relativeWeight;
        if (r == null && meanWeight != null) {
            // racy but safe: every thread computes the same immutable value
            r = share(meanWeight, meanDenominator);
            relativeWeight = r;
        }
        return Optional.ofNullable(r);
    }

    /** {@return how the score was computed, on one line} */
    public Explanation explanation() {
        Explanation e = explanation;
        if (e == null) {
            // made again from what computed the score: the same explanation, every time
            e = indicator != null ? explainer.indicator(indicator) : explainer.rollup(kind, children);
            explanation = e;
        }
        return e;
    }

    /** {@return the child nodes, in document order} */
    @Override
    public List<AchievementNode> children() {
        return children;
    }

    /**
     * {@return the data, locale-neutral, e.g. {@code "strategic objective 011-005-004 FAVORIRE …: 75% partially achieved
     * (weight 25%) — WEIGHTED_MEAN …"}; {@link io.github.albero.render.Render#node(AchievementNode)} writes the line in a language}
     */
    @Override
    public String toString() {
        StringBuilder sb = new StringBuilder(kind.label());
        if (code != null) {
            sb.append(' ').append(code);
        }
        sb.append(' ').append(Strings.abbreviate(name, 50)).append(": ");
        if (score == null) {
            sb.append("not measurable");
        } else {
            sb.append(score);
            Band band = bands.band(score);
            if (band != null) {
                sb.append(' ').append(band.label());
            }
        }
        relativeWeight().ifPresent(r -> sb.append(" (weight ").append(r).append(')'));
        return sb.append(" — ").append(explanation()).toString();
    }
}
