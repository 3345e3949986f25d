package io.github.albero.achievement;

import io.github.albero.model.Indicator;
import io.github.albero.model.NodeKind;
import java.util.List;

/**
 * Makes a node's explanation when it is asked for, from what computed the node's score: the
 * calculator computes numbers first, and most explanations are never read. Made again, an
 * explanation equals the one the computation would have made. Immutable and thread-safe.
 */
final class Explainer {
    private final AchievementPolicy policy;
    private final IndicatorScorer scorer;
    private final int year;

    Explainer(AchievementPolicy policy, IndicatorScorer scorer, int year) {
        this.policy = policy;
        this.scorer = scorer;
        this.year = year;
    }

    /** {@return the explanation of an indicator's score at the end of the year (no target revision, no period in force)} */
    Explanation indicator(Indicator indicator) {
        return scorer.score(indicator, year);
    }

    /** {@return the explanation of a rollup of those children} */
    Explanation rollup(NodeKind kind, List<AchievementNode> children) {
        return new Rollup(policy, children).explanation(kind);
    }
}
