package io.github.albero.achievement;

import io.github.albero.model.NodeKind;
import io.github.albero.code.MissionCode;
import io.github.albero.code.ObjectiveCode;
import io.github.albero.internal.NodeIndex;
import io.github.albero.model.Plan;
import io.github.albero.model.NodePath;
import java.util.List;
import java.util.Optional;

/**
 * The achievement (<i>grado di raggiungimento</i>) of a whole plan for one year under one
 * policy: a tree plan → missions → programs → strategic objectives → operational objectives →
 * indicators.
 *
 * <pre>{@code
 * AchievementReport r = AchievementCalculator.of(AchievementPolicy.defaults()).evaluate(plan, 2017);
 * r.root().score();                        // the plan's achievement
 * r.find("011-005-004").get().explanation();
 * System.out.println(Render.of(Locale.ITALIAN).report(r));
 * }</pre>
 */
public final class AchievementReport {
    private final int year;
    private final AchievementPolicy policy;
    private final AchievementNode root;
    private final Plan plan;
    /** Built on first use: most callers never flatten the tree. */
    private volatile Rows rows;
    // built on the first search: most reports are never searched
    private volatile NodeIndex<AchievementNode> index;
    private final List<AchievementNode> publicValue;

    AchievementReport(int year, AchievementPolicy policy, AchievementNode root, Plan plan) {
        this(year, policy, root, plan, List.of());
    }

    AchievementReport(int year, AchievementPolicy policy, AchievementNode root, Plan plan, List<AchievementNode> publicValue) {
        this.publicValue = List.copyOf(publicValue);
        this.plan = plan;
        this.year = year;
        this.policy = policy;
        this.root = root;
        this.index = null;
    }

    /** {@return the year evaluated} */
    public int year() {
        return year;
    }

    /** {@return the policy used} */
    public AchievementPolicy policy() {
        return policy;
    }

    /** {@return the plan's node, root of the tree} */
    public AchievementNode root() {
        return root;
    }

    /**
     * {@return the node with that code}
     *
     * @param code a mission ({@code "011"}), program ({@code "011-005"}), strategic objective
     * ({@code "011-005-004"}, U+2010 hyphens accepted), operational objective or indicator code
     */
    public Optional<AchievementNode> find(String code) {
        return index().find(code);
    }

    private NodeIndex<AchievementNode> index() {
        NodeIndex<AchievementNode> i = index;
        if (i == null) {
            // objectives before indicators: an objective's code wins over an indicator's equal code
            i = NodeIndex.of(root, AchievementNode::children, AchievementNode::path, AchievementNode::code, n -> n.kind() != NodeKind.INDICATOR);
            index = i;
        }
        return i;
    }

    /**
     * {@return the node at that path}
     *
     * @param path a node's path in the plan
     */
    public Optional<AchievementNode> find(NodePath path) {
        return index().findPath(path);
    }

    /**
     * {@return the node of that objective}
     *
     * @param code a strategic objective's typed code
     */
    public Optional<AchievementNode> find(ObjectiveCode code) {
        return index().find(code.toString());
    }

    /**
     * {@return the node of that mission}
     *
     * @param code a mission's typed code
     */
    public Optional<AchievementNode> find(MissionCode code) {
        return index().find(code.value());
    }

    /** {@return the plan evaluated} */
    public Plan plan() {
        return plan;
    }

    /**
     * Returns every node but the plan's as a flat list in document order (missions, programs,
     * objectives and indicators), each row leading to its model node.
     *
     * @return the rows; filter them with {@link Rows#ofKind(NodeKind)}, {@link Rows#measurable()} …
     */
    public Rows rows() {
        Rows r = rows;
        if (r == null) {
            r = RowBuilder.rows(root, plan, year);
            rows = r;
        }
        return r;
    }

    /** {@return the strategic objectives as rows, in document order} */
    public Rows objectives() {
        return rows().ofKind(NodeKind.STRATEGIC_OBJECTIVE);
    }

    /** {@return the indicators as rows, in document order, each with its target and result texts} */
    public Rows indicators() {
        return rows().ofKind(NodeKind.INDICATOR);
    }

    /**
     * The PIAO's public-value objectives, each rolled up from its impact indicators and the
     * objectives linked to it (weighted by the links' weights); empty for a plan without them.
     *
     * @return one node per public-value objective, in the plan's order
     */
    public List<AchievementNode> publicValue() {
        return publicValue;
    }

    /**
     * {@return the node of a public-value objective}
     *
     * @param code a public-value objective's code such as {@code "VP1"}
     */
    public Optional<AchievementNode> publicValue(String code) {
        return publicValue.stream().filter(n -> n.code().filter(code::equals).isPresent()).findFirst();
    }

    /** {@return e.g. {@code "Achievement 2017, AchievementPolicy[cap 100%, …]"}} */
    @Override
    public String toString() {
        return "Achievement " + year + ", " + policy;
    }
}
