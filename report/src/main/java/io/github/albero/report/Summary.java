package io.github.albero.report;

import io.github.albero.achievement.AchievementNode;
import io.github.albero.achievement.Band;
import io.github.albero.model.NodeKind;
import io.github.albero.measure.Percentage;
import io.github.albero.validation.Finding;
import io.github.albero.validation.Severity;
import io.github.albero.variance.ResourceVariance;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The figures a report opens with (<i>sintesi</i>): the headline achievement and its band, the
 * achievement of each mission and program, how many strategic objectives fall in each band, the
 * budget against the actual totals, and the errors. Every figure is read from the calculators'
 * trees, never recomputed.
 *
 * <p>Immutable and thread-safe.
 */
public final class Summary {
    /** The key of {@link #objectivesByBand()} counting objectives without a score. */
    public static final String NOT_MEASURABLE = "not measurable";

    private final AchievementNode root;
    private final List<AchievementNode> missionsAndPrograms;
    private final List<AchievementNode> objectives;
    private final Map<String, Integer> byBand;
    private final Optional<ResourceVariance> totals;
    private final List<Finding> errors;

    private Summary(Analysis a) {
        this.root = a.achievement().root();
        List<AchievementNode> mp = new ArrayList<>();
        List<AchievementNode> objs = new ArrayList<>();
        walk(root, mp, objs);
        this.missionsAndPrograms = Collections.unmodifiableList(mp);
        this.objectives = Collections.unmodifiableList(objs);
        Map<String, Integer> counts = new LinkedHashMap<>();
        for (Band b : a.achievement().policy().bands().bands()) {
            counts.put(b.label(), 0);
        }
        counts.put(NOT_MEASURABLE, 0);
        for (AchievementNode o : objs) {
            String key = o.measurable() && o.band().isPresent() ? o.band().get().label() : NOT_MEASURABLE;
            counts.merge(key, 1, Integer::sum);
        }
        this.byBand = Collections.unmodifiableMap(counts);
        this.totals = a.variance().root().variance();
        this.errors = a.validation().withSeverity(Severity.ERROR);
    }

    private static void walk(AchievementNode n, List<AchievementNode> missionsAndPrograms, List<AchievementNode> objectives) {
        if (n.kind() == NodeKind.MISSION || n.kind() == NodeKind.PROGRAM) {
            missionsAndPrograms.add(n);
        }
        if (n.kind() == NodeKind.STRATEGIC_OBJECTIVE) {
            objectives.add(n);
            return;
        }
        n.children().forEach(c -> walk(c, missionsAndPrograms, objectives));
    }

    /**
     * {@return its summary}
     *
     * @param analysis an analysis
     */
    public static Summary of(Analysis analysis) {
        return new Summary(analysis);
    }

    /** {@return the achievement of the whole plan, empty when nothing is measurable} */
    public Optional<Percentage> headline() {
        return root.score();
    }

    /** {@return the band of the headline achievement} */
    public Optional<Band> headlineBand() {
        return root.measurable() ? root.band() : Optional.empty();
    }

    /** {@return the achievement node of the whole plan} */
    public AchievementNode root() {
        return root;
    }

    /** {@return every mission followed by its programs, in document order} */
    public List<AchievementNode> missionsAndPrograms() {
        return missionsAndPrograms;
    }

    /** {@return every strategic objective's achievement node, in document order} */
    public List<AchievementNode> objectives() {
        return objectives;
    }

    /**
     * {@return how many strategic objectives fall in each band, in the band table's order, then
     * {@value #NOT_MEASURABLE}; bands with no objective count zero}
     */
    public Map<String, Integer> objectivesByBand() {
        return byBand;
    }

    /** {@return the budget against the actual totals of the whole plan, empty without figures for the year} */
    public Optional<ResourceVariance> totals() {
        return totals;
    }

    /** {@return the findings of severity error, in the validation report's order} */
    public List<Finding> errors() {
        return errors;
    }

    /** {@return e.g. {@code Summary[98.75%, {achieved=10, …}, 1 errors]}} */
    @Override
    public String toString() {
        return "Summary[" + headline().map(Percentage::toString).orElse("-") + ", " + byBand + ", " + errors.size() + " errors]";
    }
}
