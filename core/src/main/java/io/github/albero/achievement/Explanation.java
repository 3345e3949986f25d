package io.github.albero.achievement;

import io.github.albero.internal.Longs;
import io.github.albero.internal.Problems;
import io.github.albero.model.TargetInForce;
import io.github.albero.model.TargetRevision;
import io.github.albero.model.NodeKind;
import io.github.albero.InvalidValueException;
import io.github.albero.internal.Strings;
import io.github.albero.measure.Percentage;
import io.github.albero.measure.Unit;
import io.github.albero.model.Polarity;
import io.github.albero.model.ResultStatus;
import io.github.albero.model.TargetOperator;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import io.github.albero.text.Formatter;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;

/**
 * How a value was computed (<i>spiegazione del calcolo</i>): the {@link Rule} applied, its
 * {@link Input inputs} with their exact values (actual, target, baseline, the children's scores
 * and weights), and the {@link PolicyChoice policy choices} that applied (the cap and whether it
 * bit, the value of a partial or postponed milestone, exclusions, the fallback to equal
 * weights…). {@link io.github.albero.render.Render} writes it as one readable line in English or
 * Italian:
 *
 * <pre>{@code
 * Indicator events = Indicator.builder().name("Eventi").polarity(Polarity.HIGHER_IS_BETTER).
 *     putTargets(2017, Target.parse("2")).putResults(2017, Result.parse("3")).build();
 * Explanation e = AchievementCalculator.defaults().evaluate(events, 2017).explanation();
 * Render.canonical().explanation(e);          // "a/t = 3/2 = 150%, capped at 100% (cap policy)"
 * Render.of(Locale.ITALIAN).explanation(e);   // "a/t = 3/2 = 150%, limitato al 100% (tetto)"
 * e.rule();                                   // RATIO
 * e.input(Explanation.Role.ACTUAL);           // Optional[actual 3]
 * e.policy(Explanation.PolicyKind.CAP).get().applied();   // true
 * }</pre>
 *
 * <p>The calculators keep these typed parts only and write no text: an explanation is turned
 * into words when it is rendered. Immutable and thread-safe.
 */
public final class Explanation {
    /** The formula or rule that produced a value. */
    public enum Rule {
        /** Higher is better: {@code a/t}, e.g. {@code 3/2 = 150%}; also a negative actual counted as 0. */
        RATIO,
        /** Lower is better and {@code a > t}: {@code t/a}, e.g. {@code 3/4 = 75%}. */
        INVERSE_RATIO,
        /** Lower is better and {@code a ≤ t}: 100%. */
        NOT_ABOVE_TARGET,
        /** Higher is better from a baseline: {@code (a − b)/(t − b)}. */
        BASELINE_AWARE,
        /** Lower is better from a baseline: {@code (b − a)/(b − t)}. */
        INVERSE_BASELINE_AWARE,
        /** A target range {@code [low, high]}: 100% within, otherwise as the range policy says. */
        RANGE,
        /** A milestone measured by the share completed, e.g. {@code 60%}. */
        MILESTONE_SHARE,
        /** A milestone measured by its status (achieved, partially achieved, not achieved, postponed). */
        MILESTONE_STATUS,
        /** A missing or "nothing reported" result counted as 0% by the policy. */
        COUNTED_AS_ZERO,
        /** The weighted mean of the measurable children (equal weights when none are given). */
        WEIGHTED_MEAN,
        /** The worst measurable child decides. */
        WORST_CHILD,
        /** The simple mean of the measurable children, declared weights not used. */
        SIMPLE_MEAN,
        /** A deadline met (100%) or missed (0%): the result's date against the target's deadline. */
        DEADLINE,
        /** An increase or decrease stated without an amount: 100% in the stated direction, otherwise 0%. */
        DIRECTION,
        /** A manual override; {@link #computed()} explains the value it replaces. */
        OVERRIDE,
        /** No value: {@link #reason()} says why. */
        NOT_MEASURABLE,
        /** A free text given to {@link #of(String)}, rendered as it is in every language. */
        TEXT
    }

    /** Why there is no value, for {@link Rule#NOT_MEASURABLE}. */
    public enum Reason {
        /** No target for the year: not applicable. */
        NO_TARGET,
        /** The target for the year is a blank mark such as {@code _____}: not applicable. */
        PLACEHOLDER_TARGET,
        /** The target's text could not be read. */
        UNREADABLE_TARGET,
        /** The result's text could not be read. */
        UNREADABLE_RESULT,
        /** A ratio result whose denominator is 0: the quotient is undefined. */
        ZERO_DENOMINATOR,
        /** No result for the year, left out by the policy. */
        MISSING_RESULT,
        /** "Nothing reported" for the year, left out by the policy. */
        NOTHING_REPORTED,
        /** A plain number against a milestone target. */
        NUMBER_AGAINST_MILESTONE,
        /** Target and result in incompatible units. */
        UNITS_DIFFER,
        /** A target of 0 with {@code a/t}. */
        ZERO_TARGET,
        /** A negative target with {@code a/t} or {@code t/a}; {@link #attempted()} says which. */
        NEGATIVE_TARGET,
        /** A target equal to the baseline with {@code (a − b)/(t − b)}. */
        TARGET_EQUALS_BASELINE,
        /** No comparable value for the base year of an increase, a decrease or a maintenance. */
        NO_BASE_VALUE,
        /** A percentage against an increase or decrease: it may be the change itself or a level. */
        PERCENTAGE_AGAINST_CHANGE,
        /** A date against a target that is not a deadline, or a number against a deadline. */
        DATE_MISMATCH,
        /** A node without children. */
        NO_CHILDREN,
        /** A node none of whose children is measurable. */
        NO_MEASURABLE_CHILD
    }

    /** What an {@link Input} is. */
    public enum Role {
        /** The result for the year, {@code a}. */
        ACTUAL,
        /** The target for the year, {@code t}. */
        TARGET,
        /** The baseline, {@code b}. */
        BASELINE,
        /** The lower bound of a target range. */
        LOWER_BOUND,
        /** The upper bound of a target range. */
        UPPER_BOUND,
        /** The share of a milestone completed, in percentage points. */
        SHARE_COMPLETED,
        /** The base year's value of an increase, a decrease or a maintenance; the target is computed from it. */
        BASE_VALUE,
        /** A child node's score (empty when it was left out), weight and relative weight. */
        CHILD
    }

    /** Which policy choice or calculation rule a {@link PolicyChoice} is. */
    public enum PolicyKind {
        /** The cap ({@link PolicyChoice#value()}); applied when the raw value exceeded it. */
        CAP,
        /** A negative raw value is raised to 0%; applied when it was negative. */
        RAISED_TO_ZERO,
        /** A negative actual counts as 0. */
        NEGATIVE_ACTUAL,
        /** What a partially achieved milestone counts ({@link PolicyChoice#value()}). */
        PARTIALLY_ACHIEVED,
        /** What a postponed milestone counts ({@link PolicyChoice#value()}). */
        POSTPONED,
        /** What a missing result does ({@link PolicyChoice#setting()}: a {@link Treatment}). */
        MISSING_RESULT,
        /** What "nothing reported" does ({@link PolicyChoice#setting()}: a {@link Treatment}). */
        NOTHING_REPORTED,
        /** What a result outside a range counts ({@link PolicyChoice#setting()}: a {@link RangeRule}); applied when outside. */
        OUTSIDE_RANGE,
        /** The baseline-aware formula fell back on the ratio: no numeric baseline. */
        BASELINE_UNAVAILABLE,
        /** The baseline-aware formula does not apply to ranges. */
        BASELINE_NOT_FOR_RANGES,
        /**
         * The target's operator ({@link PolicyChoice#setting()}: a {@link TargetOperator}) won over the
         * indicator's disagreeing polarity ({@link PolicyChoice#polarity()}).
         */
        TARGET_OPERATOR_WINS,
        /**
         * Equal weights because the declared ones cannot be used; {@link PolicyChoice#count()} is how
         * many measurable children had a weight (0: none given; all: all weights are 0).
         */
        EQUAL_WEIGHTS,
        /** Children left out of a rollup ({@link PolicyChoice#count()}); each one's why is its input's explanation. */
        EXCLUDED,
        /** The minimum threshold ({@link PolicyChoice#value()}); applied when the achievement ratio lay below it and scored 0. */
        MINIMUM_THRESHOLD,
        /** The measurement system's score scale turned the achievement ratio into the score. */
        SCORE_SCALE,
        /** A deadline met late lost {@link PolicyChoice#value()} a day for {@link PolicyChoice#count()} days. */
        LATE_DECLINE,
        /** Scores are rounded to {@link PolicyChoice#count()} decimals the way {@link PolicyChoice#setting()} says, not the default. */
        ROUNDING
    }

    /** One input of a computation, in the order the formula uses it. */
    public static final class Input {
        private final Role role;
        private final NodeKind kind;
        private final String code;
        private final String name;
        private final BigDecimal value;
        private final Unit unit;
        private final BigDecimal weight;
        // the sum of the weights: the relative weight is divided out only when asked for
        private final BigDecimal denominator;
        private final Explanation explanation;

        private Input(Role role, NodeKind kind, String code, String name, BigDecimal value, Unit unit, BigDecimal weight,
                BigDecimal denominator, Explanation explanation) {
            this.role = role;
            this.kind = kind;
            this.code = code;
            this.name = name;
            this.value = value;
            this.unit = unit;
            this.weight = weight;
            this.denominator = denominator;
            this.explanation = explanation;
        }

        static Input of(Role role, BigDecimal value, Optional<Unit> unit) {
            return new Input(role, null, null, null, value, unit.orElse(null), null, null, null);
        }

        static Input of(Role role, BigDecimal value, Unit unit) {
            return new Input(role, null, null, null, value, unit, null, null, null);
        }

        static Input child(AchievementNode n) {
            return child(n, null, null);
        }

        static Input child(AchievementNode n, BigDecimal weight, BigDecimal denominator) {
            return new Input(Role.CHILD, n.kind(), n.code().orElse(null), n.name(), n.score().map(Percentage::points).orElse(null), null,
                    weight, denominator, n.explanation());
        }

        /** {@return what the input is} */
        public Role role() {
            return role;
        }

        /** {@return the name: the role ({@code "actual"}, …) or the child's title or indicator name} */
        public String name() {
            return name != null ? name : ROLE_NAMES[role.ordinal()];
        }

        /** {@return a child's code, if it has one} */
        public Optional<String> code() {
            return Optional.ofNullable(code);
        }

        /** {@return a child's level} */
        public Optional<NodeKind> kind() {
            return Optional.ofNullable(kind);
        }

        /** {@return the exact value (percentage points for scores and shares); empty for a child left out} */
        public Optional<BigDecimal> value() {
            return Optional.ofNullable(value);
        }

        /** {@return the value's unit, when known} */
        public Optional<Unit> unit() {
            return Optional.ofNullable(unit);
        }

        /** {@return the weight a child had in the mean: the declared one, or 1 for equal weights} */
        public Optional<BigDecimal> weight() {
            return Optional.ofNullable(weight);
        }

        /** {@return a child's relative weight, rounded for display} */
        public Optional<Percentage> relativeWeight() {
            return weight == null || denominator == null ? Optional.empty() : Optional.of(AchievementNode.share(weight, denominator));
        }

        /** {@return a child's own explanation, which says why it was left out when it was} */
        public Optional<Explanation> explanation() {
            return Optional.ofNullable(explanation);
        }

        /** {@return true when {@code o} is an {@code Input} equal to this one} */
        @Override
        public boolean equals(Object o) {
            if (!(o instanceof Input)) {
                return false;
            }
            Input i = (Input) o;
            return role == i.role && kind == i.kind && Objects.equals(code, i.code) && name().equals(i.name()) && Objects.equals(value, i.value)
                    && Objects.equals(unit, i.unit) && Objects.equals(weight, i.weight) && Objects.equals(denominator, i.denominator)
                    && Objects.equals(explanation, i.explanation);
        }

        /** {@return a hash code consistent with {@link #equals(Object)}} */
        @Override
        public int hashCode() {
            return Objects.hash(role, kind, code, name(), value, unit, weight, denominator);
        }

        /** {@return e.g. {@code "actual 3"} or {@code "indicator B 40% × 1 (50%)"}} */
        @Override
        public String toString() {
            Formatter f = Formatter.canonical();
            StringBuilder sb = new StringBuilder(kind == null ? name() : kind.label() + " " + (code != null ? code : name));
            sb.append(' ').append(value == null ? "left out" : role == Role.CHILD || role == Role.SHARE_COMPLETED ? f.number(value) + "%"
                    : f.quantity(value, unit));
            if (weight != null) {
                sb.append(" × ").append(f.number(weight));
            }
            relativeWeight().ifPresent(r -> sb.append(" (").append(r).append(')'));
            return sb.toString();
        }
    }

    /** A policy choice or calculation rule that took part in a computation. */
    public static final class PolicyChoice {
        private final PolicyKind kind;
        private final boolean applied;
        private final Percentage value;
        private final Enum<?> setting;
        private final Polarity polarity;
        private final int count;

        private PolicyChoice(PolicyKind kind, boolean applied, Percentage value, Enum<?> setting, Polarity polarity, int count) {
            this.kind = kind;
            this.applied = applied;
            this.value = value;
            this.setting = setting;
            this.polarity = polarity;
            this.count = count;
        }

        static PolicyChoice of(PolicyKind kind, boolean applied) {
            return new PolicyChoice(kind, applied, null, null, null, 0);
        }

        static PolicyChoice value(PolicyKind kind, boolean applied, Percentage value) {
            return new PolicyChoice(kind, applied, value, null, null, 0);
        }

        static PolicyChoice setting(PolicyKind kind, boolean applied, Enum<?> setting) {
            return new PolicyChoice(kind, applied, null, setting, null, 0);
        }

        static PolicyChoice operator(TargetOperator operator, Polarity polarity) {
            return new PolicyChoice(PolicyKind.TARGET_OPERATOR_WINS, true, null, operator, polarity, 0);
        }

        static PolicyChoice count(PolicyKind kind, int count) {
            return new PolicyChoice(kind, true, null, null, null, count);
        }

        static PolicyChoice valueAndCount(PolicyKind kind, Percentage value, int count) {
            return new PolicyChoice(kind, true, value, null, null, count);
        }

        static PolicyChoice rounding(int decimals, java.math.RoundingMode mode) {
            return new PolicyChoice(PolicyKind.ROUNDING, true, null, mode, null, decimals);
        }

        /** {@return which choice} */
        public PolicyKind kind() {
            return kind;
        }

        /** {@return true when it changed the value: the cap bit, the value was raised to 0, the result lay outside the range, …} */
        public boolean applied() {
            return applied;
        }

        /** {@return the percentage the choice sets, for {@link PolicyKind#CAP}, {@link PolicyKind#PARTIALLY_ACHIEVED} and {@link PolicyKind#POSTPONED}} */
        public Optional<Percentage> value() {
            return Optional.ofNullable(value);
        }

        /** {@return the setting: a {@link Treatment}, a {@link RangeRule} or a {@link TargetOperator}, as the kind says} */
        public Optional<Enum<?>> setting() {
            return Optional.ofNullable(setting);
        }

        /** {@return the polarity overruled by the target's operator} */
        public Optional<Polarity> polarity() {
            return Optional.ofNullable(polarity);
        }

        /** {@return the count of {@link PolicyKind#EQUAL_WEIGHTS} and {@link PolicyKind#EXCLUDED}, otherwise 0} */
        public int count() {
            return count;
        }

        /** {@return true when {@code o} is a {@code PolicyChoice} equal to this one} */
        @Override
        public boolean equals(Object o) {
            if (!(o instanceof PolicyChoice)) {
                return false;
            }
            PolicyChoice c = (PolicyChoice) o;
            return kind == c.kind && applied == c.applied && Objects.equals(value, c.value) && setting == c.setting && polarity == c.polarity
                    && count == c.count;
        }

        /** {@return a hash code consistent with {@link #equals(Object)}} */
        @Override
        public int hashCode() {
            return Objects.hash(kind, applied, value, setting, polarity, count);
        }

        /** {@return e.g. {@code "CAP 100% applied"} or {@code "EQUAL_WEIGHTS 0"}} */
        @Override
        public String toString() {
            StringBuilder sb = new StringBuilder(kind.name());
            if (value != null) {
                sb.append(' ').append(value);
            }
            if (setting != null) {
                sb.append(' ').append(setting.name());
            }
            if (polarity != null) {
                sb.append(" over ").append(polarity.name());
            }
            if (kind == PolicyKind.EQUAL_WEIGHTS || kind == PolicyKind.EXCLUDED) {
                sb.append(' ').append(count);
            }
            return sb.append(applied ? " applied" : " not applied").toString();
        }
    }

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);
    private static final String[] ROLE_NAMES = java.util.Arrays.stream(Role.values())
            .map(r -> r.name().toLowerCase(Locale.ROOT).replace('_', ' ')).toArray(String[]::new);

    private final Rule rule;
    private final Reason reason;
    private final Rule attempted;
    // the formula's own inputs; a rollup's children are kept as the nodes themselves and turned
    // into inputs only when asked for (most explanations are never read)
    private final Input[] own;
    private final List<AchievementNode> children;
    private final boolean weighted;
    private final boolean declaredWeights;
    private final BigDecimal denominator;
    private List<Input> inputs;
    private final PolicyChoice[] policyArray;
    // listed on first use
    private List<PolicyChoice> policies;
    private final BigDecimal raw;
    // the exact value, or the numerator and denominator it is divided out of on first use
    private BigDecimal exact;
    private final BigDecimal exactNumerator;
    private final BigDecimal exactDenominator;
    private final String scaleLabel;
    private final Percentage score;
    private final ResultStatus status;
    private final String quoted;
    private final Integer year;
    private final LocalDate doneOn;
    private final LocalDate deadline;
    private final NodeKind nodeKind;
    private final ManualOverride override;
    private final Explanation computed;
    // the target used when it is not simply the year's own: a revision, or a monitoring period's target
    private final TargetInForce inForce;
    // produced on first use: the calculators build many explanations nobody reads
    private String text;

    private Explanation(Builder b) {
        this.rule = b.rule;
        this.reason = b.reason;
        this.attempted = b.attempted;
        this.own = b.inputCount == b.inputs.length ? b.inputs : java.util.Arrays.copyOf(b.inputs, b.inputCount);
        this.children = b.children;
        this.weighted = b.weighted;
        this.declaredWeights = b.declaredWeights;
        this.denominator = b.denominator;
        this.inputs = null;
        this.policyArray = b.policyCount == b.policies.length ? b.policies : java.util.Arrays.copyOf(b.policies, b.policyCount);
        this.raw = b.raw;
        this.exact = b.exact;
        this.exactNumerator = b.exactNumerator;
        this.exactDenominator = b.exactDenominator;
        this.scaleLabel = b.scaleLabel;
        this.score = b.score;
        this.status = b.status;
        this.quoted = b.quoted;
        this.year = b.year;
        this.doneOn = b.doneOn;
        this.deadline = b.deadline;
        this.nodeKind = b.nodeKind;
        this.override = b.override;
        this.computed = b.computed;
        this.text = b.text;
        this.inForce = null;
    }

    private Explanation(Explanation e, TargetInForce inForce) {
        this.rule = e.rule;
        this.reason = e.reason;
        this.attempted = e.attempted;
        this.own = e.own;
        this.children = e.children;
        this.weighted = e.weighted;
        this.declaredWeights = e.declaredWeights;
        this.denominator = e.denominator;
        this.inputs = e.inputs;
        this.policyArray = e.policyArray;
        this.policies = e.policies;
        this.raw = e.raw;
        this.exact = e.exact;
        this.exactNumerator = e.exactNumerator;
        this.exactDenominator = e.exactDenominator;
        this.scaleLabel = e.scaleLabel;
        this.score = e.score;
        this.status = e.status;
        this.quoted = e.quoted;
        this.year = e.year;
        this.doneOn = e.doneOn;
        this.deadline = e.deadline;
        this.nodeKind = e.nodeKind;
        this.override = e.override;
        this.computed = e.computed;
        this.inForce = inForce;
    }

    /**
     * {@return this explanation, saying which target it used and why: a revision adopted by the
     * day, the original when every revision came later, or a monitoring period's own target}
     *
     * @param t the target in force on the day of the evaluation
     */
    Explanation withTargetInForce(TargetInForce t) {
        return new Explanation(this, t);
    }

    /**
     * A free-text explanation, for values computed outside the calculators; it renders the
     * same in every language.
     *
     * @param text the line
     * @return the explanation, with rule {@link Rule#TEXT}
     */
    public static Explanation of(String text) {
        if (text == null || text.isBlank()) {
            throw new InvalidValueException("explanation", text, Problems.of("notBlank"));
        }
        Builder b = new Builder(Rule.TEXT);
        b.text = Strings.flatten(text);
        return b.build();
    }

    static Builder builder(Rule rule) {
        return new Builder(rule);
    }

    static Explanation notMeasurable(Reason reason) {
        return builder(Rule.NOT_MEASURABLE).reason(reason).build();
    }

    static Explanation overridden(ManualOverride override, Explanation computed) {
        Builder b = builder(Rule.OVERRIDE);
        b.override = override;
        b.computed = computed;
        b.score = override.value();
        return b.build();
    }

    /** {@return a builder that keeps every part; {@link Builder#begin} names the rule} */
    static Builder builder() {
        return new Builder(true);
    }

    /**
     * {@return a builder that keeps the score alone, for computing numbers first: inputs, choices
     * and the exact value are dropped, and one such builder serves many scores in turn}
     */
    static Builder scoreOnly() {
        return new Builder(false);
    }

    /**
     * Collects the parts of an explanation; the calculators' only way to make one. Not
     * thread-safe: one evaluation uses it, and {@link #begin} starts it afresh.
     */
    static final class Builder {
        // false: only the score is kept (numbers first; the explanation is made again when asked for)
        private final boolean keeps;
        private Rule rule;
        private Reason reason;
        private Rule attempted;
        private Input[] inputs = NO_INPUTS;
        private int inputCount;
        private List<AchievementNode> children;
        private boolean weighted;
        private boolean declaredWeights;
        private BigDecimal denominator;
        private PolicyChoice[] policies = NO_POLICIES;
        private int policyCount;
        private BigDecimal raw;
        private BigDecimal exact;
        private BigDecimal exactNumerator;
        private BigDecimal exactDenominator;
        private String scaleLabel;
        private Percentage score;
        private ResultStatus status;
        private String quoted;
        private Integer year;
        private LocalDate doneOn;
        private LocalDate deadline;
        private NodeKind nodeKind;
        private ManualOverride override;
        private Explanation computed;
        private String text;

        private Builder(boolean keeps) {
            this.keeps = keeps;
        }

        private Builder(Rule rule) {
            this.keeps = true;
            this.rule = rule;
        }

        /** {@return this builder emptied, for an explanation with that rule} */
        Builder begin(Rule r) {
            rule = r;
            if (!keeps) {
                // a score-only builder is read for its score alone
                score = null;
                return this;
            }
            reason = null;
            attempted = null;
            if (inputCount > 0) {
                inputs = NO_INPUTS;
                inputCount = 0;
            }
            children = null;
            weighted = false;
            declaredWeights = false;
            denominator = null;
            if (policyCount > 0) {
                policies = NO_POLICIES;
                policyCount = 0;
            }
            raw = null;
            exact = null;
            exactNumerator = null;
            exactDenominator = null;
            scaleLabel = null;
            score = null;
            status = null;
            quoted = null;
            year = null;
            doneOn = null;
            deadline = null;
            nodeKind = null;
            override = null;
            computed = null;
            text = null;
            return this;
        }

        /** {@return true when the builder keeps every part, false when it keeps the score alone} */
        boolean keepsParts() {
            return keeps;
        }

        Builder reason(Reason r) {
            this.reason = r;
            return this;
        }

        Builder attempted(Rule r) {
            this.attempted = r;
            return this;
        }

        Builder input(Role role, BigDecimal value) {
            return input(role, value, Optional.empty());
        }

        Builder input(Role role, BigDecimal value, Optional<Unit> unit) {
            return keeps ? input(Input.of(role, value, unit)) : this;
        }

        Builder input(Role role, BigDecimal value, Unit unit) {
            return keeps ? input(Input.of(role, value, unit)) : this;
        }

        Builder input(Input i) {
            if (!keeps) {
                return this;
            }
            if (inputCount == inputs.length) {
                inputs = java.util.Arrays.copyOf(inputs, inputCount + 2);
            }
            inputs[inputCount++] = i;
            return this;
        }

        /**
         * The children of a rollup, as inputs in their order; with {@code weighted}, each
         * measurable one weighs its declared weight (or 1) over {@code denominator}.
         */
        Builder children(List<AchievementNode> nodes, boolean weighted, boolean declared, BigDecimal denominator) {
            this.children = nodes;
            this.weighted = weighted;
            this.declaredWeights = declared;
            this.denominator = denominator;
            return this;
        }

        Builder policy(PolicyChoice c) {
            if (!keeps) {
                return this;
            }
            if (policyCount == policies.length) {
                policies = java.util.Arrays.copyOf(policies, policyCount + 2);
            }
            policies[policyCount++] = c;
            return this;
        }

        Builder raw(BigDecimal points) {
            this.raw = points;
            return this;
        }

        Builder score(BigDecimal points) {
            this.score = percentage(points);
            return this;
        }

        Builder score(Percentage s) {
            this.score = s;
            return this;
        }

        Builder status(ResultStatus s) {
            this.status = s;
            return this;
        }

        Builder quoted(String q) {
            this.quoted = q;
            return this;
        }

        Builder year(int y) {
            if (keeps) {
                this.year = y;
            }
            return this;
        }

        Builder exact(BigDecimal e) {
            this.exact = e;
            return this;
        }

        /** The exact value is {@code numerator / denominator}, divided out only when it is asked for. */
        Builder exact(BigDecimal numerator, BigDecimal denominator) {
            this.exactNumerator = numerator;
            this.exactDenominator = denominator;
            return this;
        }

        Builder scaleLabel(String label) {
            this.scaleLabel = label;
            return this;
        }

        Builder dates(LocalDate done, LocalDate due) {
            this.doneOn = done;
            this.deadline = due;
            return this;
        }

        Builder nodeKind(NodeKind k) {
            this.nodeKind = k;
            return this;
        }

        boolean measurable() {
            return score != null;
        }

        /** {@return the score so far, or null} */
        Percentage scoreOrNull() {
            return score;
        }

        Explanation build() {
            if (!keeps) {
                throw new IllegalStateException("a score-only builder makes no explanation");
            }
            return new Explanation(this);
        }
    }

    /** {@return the rule or formula applied} */
    public Rule rule() {
        return rule;
    }

    /** {@return why there is no value, for {@link Rule#NOT_MEASURABLE}} */
    public Optional<Reason> reason() {
        return Optional.ofNullable(reason);
    }

    /** {@return the formula that could not be applied, when a zero or negative target or baseline made it undefined} */
    public Optional<Rule> attempted() {
        return Optional.ofNullable(attempted);
    }

    /** {@return the inputs, in the order the formula uses them} */
    public List<Input> inputs() {
        List<Input> l = inputs;
        if (l == null) {
            // racy but safe: every thread builds an equal immutable list
            if (children == null) {
                l = list(own, own.length);
                inputs = l;
                return l;
            }
            Input[] all = java.util.Arrays.copyOf(own, own.length + children.size());
            int k = own.length;
            for (AchievementNode c : children) {
                all[k++] = weighted && c.measurable()
                        ? Input.child(c, declaredWeights ? c.weight().get().value() : BigDecimal.ONE, denominator) : Input.child(c);
            }
            l = list(all, all.length);
            inputs = l;
        }
        return l;
    }

    private static final Input[] NO_INPUTS = {};
    private static final Percentage ZERO_PERCENT = Percentage.of(0);
    private static final Percentage HUNDRED_PERCENT = Percentage.of(100);
    private static final PolicyChoice[] NO_POLICIES = {};

    /** {@return the percentage of those points; 0% and 100%, most scores, are one instance each} */
    /** {@return {@link #percentage(BigDecimal)} of {@code unscaled × 10^−scale}} */
    static Percentage percentage(long unscaled, int scale) {
        if (unscaled == 0) {
            return ZERO_PERCENT;
        }
        return unscaled == 100 * Longs.power(scale) ? HUNDRED_PERCENT : Percentage.of(BigDecimal.valueOf(unscaled, scale));
    }

    static Percentage percentage(BigDecimal points) {
        if (points.signum() == 0) {
            return ZERO_PERCENT;
        }
        return points.compareTo(HUNDRED) == 0 ? HUNDRED_PERCENT : Percentage.of(points);
    }

    private static <T> List<T> list(T[] items, int n) {
        switch (n) {
            case 0:
                return List.of();
            case 1:
                return List.of(items[0]);
            case 2:
                return List.of(items[0], items[1]);
            default:
                return List.of(n == items.length ? items : java.util.Arrays.copyOf(items, n));
        }
    }

    /**
     * {@return the first input with that role}
     *
     * @param role a role
     */
    public Optional<Input> input(Role role) {
        for (Input i : inputs()) {
            if (i.role == role) {
                return Optional.of(i);
            }
        }
        return Optional.empty();
    }

    /** {@return the policy choices and rules that took part, applied or not} */
    public List<PolicyChoice> policies() {
        List<PolicyChoice> l = policies;
        if (l == null) {
            l = list(policyArray, policyArray.length);
            policies = l;
        }
        return l;
    }

    /**
     * {@return that choice, when it took part}
     *
     * @param kind a kind of choice
     */
    public Optional<PolicyChoice> policy(PolicyKind kind) {
        for (PolicyChoice c : policyArray) {
            if (c.kind == kind) {
                return Optional.of(c);
            }
        }
        return Optional.empty();
    }

    /** {@return the formula's value in percentage points before the cap and the floor at 0, rounded once to 2 decimals} */
    public Optional<BigDecimal> raw() {
        return Optional.ofNullable(raw);
    }

    /**
     * {@return the exact value before display rounding, when the policy computes one (a rollup
     * from exact values uses it), e.g. {@code 54.5454545455} for 6/11}
     */
    public Optional<BigDecimal> exact() {
        BigDecimal e = exact;
        if (e == null && exactNumerator != null) {
            // racy but safe: every thread divides out the same value
            e = exactNumerator.divide(exactDenominator, IndicatorScorer.EXACT_SCALE, java.math.RoundingMode.HALF_EVEN);
            exact = e;
        }
        return Optional.ofNullable(e);
    }

    /** {@return the value explained, or null: {@link #score()} without an Optional, for the calculator} */
    Percentage scoreOrNull() {
        return score;
    }

    /** {@return the value explained; empty when not measurable} */
    public Optional<Percentage> score() {
        return Optional.ofNullable(score);
    }

    /** {@return the milestone status, for {@link Rule#MILESTONE_STATUS}} */
    public Optional<ResultStatus> status() {
        return Optional.ofNullable(status);
    }

    /** {@return the document text quoted by the explanation (an unreadable or blank target or result), as written (renderings cut a long one)} */
    public Optional<String> quotedText() {
        return Optional.ofNullable(quoted);
    }

    /** {@return the year, when the explanation names it} */
    public OptionalInt year() {
        return year == null ? OptionalInt.empty() : OptionalInt.of(year);
    }

    /** {@return the date the result was done, for {@link Rule#DEADLINE}} */
    public Optional<LocalDate> doneOn() {
        return Optional.ofNullable(doneOn);
    }

    /** {@return the target's deadline, for {@link Rule#DEADLINE}} */
    public Optional<LocalDate> deadline() {
        return Optional.ofNullable(deadline);
    }

    /** {@return the level of the node a rollup explains, for {@link Rule#WEIGHTED_MEAN}, {@link Rule#SIMPLE_MEAN}, {@link Rule#WORST_CHILD} and a rollup's {@link Rule#NOT_MEASURABLE}} */
    public Optional<NodeKind> nodeKind() {
        return Optional.ofNullable(nodeKind);
    }

    /** {@return the step of the measurement system's score scale that gave the score, e.g. {@code "steps 0%→0%, 100%→75% → 75%"}, canonical notation} */
    public Optional<String> scoreScaleStep() {
        return Optional.ofNullable(scaleLabel);
    }

    /** {@return the line given to {@link #of(String)}, for {@link Rule#TEXT}} */
    public Optional<String> freeText() {
        return rule == Rule.TEXT ? Optional.of(text) : Optional.empty();
    }

    /** {@return the manual override, for {@link Rule#OVERRIDE}} */
    public Optional<ManualOverride> override() {
        return Optional.ofNullable(override);
    }

    /** {@return the explanation of the computed value an override replaced} */
    public Optional<Explanation> computed() {
        return Optional.ofNullable(computed);
    }

    /**
     * {@return the target used, when it was not simply the year's own: a revision (or the original
     * passed over by later revisions), or a monitoring period's target; empty otherwise}
     */
    public Optional<TargetInForce> targetInForce() {
        return Optional.ofNullable(inForce);
    }

    /** {@return true when {@code o} is an {@code Explanation} equal to this one} */
    @Override
    public boolean equals(Object o) {
        if (!(o instanceof Explanation)) {
            return false;
        }
        Explanation e = (Explanation) o;
        return rule == e.rule && reason == e.reason && attempted == e.attempted && inputs().equals(e.inputs()) && policies().equals(e.policies())
                && Objects.equals(raw, e.raw) && Objects.equals(score, e.score) && status == e.status && Objects.equals(quoted, e.quoted)
                && Objects.equals(year, e.year) && nodeKind == e.nodeKind && Objects.equals(override, e.override)
                && Objects.equals(computed, e.computed) && Objects.equals(text, e.text) && Objects.equals(doneOn, e.doneOn)
                && Objects.equals(deadline, e.deadline) && Objects.equals(scaleLabel, e.scaleLabel) && Objects.equals(inForce, e.inForce)
                && exact().equals(e.exact());
    }

    /** {@return a hash code consistent with {@link #equals(Object)}} */
    @Override
    public int hashCode() {
        return Objects.hash(rule, reason, inputs(), policies(), score, text);
    }

    /**
     * {@return the data, locale-neutral, e.g. {@code "RATIO [actual 3, target 2] raw 150% → 100% [CAP 100% applied, RAISED_TO_ZERO
     * not applied]"}; {@link io.github.albero.render.Render#explanation(Explanation)} writes the line in a language}
     */
    @Override
    public String toString() {
        if (rule == Rule.TEXT) {
            return text;
        }
        StringBuilder sb = new StringBuilder(rule.name());
        if (reason != null) {
            sb.append(' ').append(reason.name());
        }
        if (override != null) {
            sb.append(' ').append(override).append("; computed: ").append(computed);
            return sb.toString();
        }
        if (!inputs().isEmpty()) {
            sb.append(' ').append(inputs());
        }
        if (raw != null) {
            sb.append(" raw ").append(Formatter.canonical().number(raw)).append('%');
        }
        if (score != null) {
            sb.append(" → ").append(score);
        }
        if (policyArray.length > 0) {
            sb.append(' ').append(policies());
        }
        return sb.toString();
    }
}
