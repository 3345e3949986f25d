package io.github.albero.pipeline;

import io.github.albero.achievement.AchievementNode;
import io.github.albero.achievement.AchievementReport;
import io.github.albero.json.AlberoJsonException;
import io.github.albero.measure.Percentage;
import io.github.albero.model.Mission;
import io.github.albero.model.Plan;
import io.github.albero.model.ResourceLine;
import io.github.albero.money.Money;
import io.github.albero.validation.ValidationReport;
import io.github.albero.variance.ResourceVariance;
import io.github.albero.variance.VarianceNode;
import io.github.albero.variance.VarianceReport;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * The figures of one report of a national file (<i>sintesi di una relazione</i>): who, which
 * year, how many indicators, what validation found, the overall achievement and the budget
 * against the actual figures, per mission too; or, for a line that could not be read, the
 * located error. Immutable and thread-safe; this is the per-report function a distributed
 * engine would map over a partition of lines.
 */
public final class ReportSummary {
    private final long line;
    private final Plan plan;
    private final String kind;
    private final int errors;
    private final int warnings;
    private final Optional<Percentage> achievement;
    private final Optional<ResourceVariance> variance;
    private final List<MissionFigures> missions;
    private final AlberoJsonException problem;

    /** One mission's figures within a report. */
    public static final class MissionFigures {
        private final String code;
        private final int indicators;
        private final Optional<Percentage> achievement;
        private final Optional<ResourceVariance> variance;

        MissionFigures(String code, int indicators, Optional<Percentage> achievement, Optional<ResourceVariance> variance) {
            this.code = code;
            this.indicators = indicators;
            this.achievement = achievement;
            this.variance = variance;
        }

        /** {@return the number of the mission's indicators, in its programs' objectives and its own} */
        public int indicators() {
            return indicators;
        }

        /** {@return the mission's code, e.g. {@code "011"}} */
        public String code() {
            return code;
        }

        /** {@return the mission's achievement, when measurable} */
        public Optional<Percentage> achievement() {
            return achievement;
        }

        /** {@return the mission's budget against actual figures, when both are known} */
        public Optional<ResourceVariance> variance() {
            return variance;
        }
    }

    private ReportSummary(long line, Plan plan, String kind, int errors, int warnings, Optional<Percentage> achievement,
            Optional<ResourceVariance> variance, List<MissionFigures> missions, AlberoJsonException problem) {
        this.line = line;
        this.plan = plan;
        this.kind = kind;
        this.errors = errors;
        this.warnings = warnings;
        this.achievement = achievement;
        this.variance = variance;
        this.missions = missions;
        this.problem = problem;
    }

    /**
     * Summarises one report from its analyses.
     *
     * @param line the 1-based line in the file
     * @param plan the report
     * @param kind the kind of administration
     * @param validation what validation found
     * @param achievement the achievement tree for the reference year
     * @param variance the budget variance tree for the reference year
     * @return the summary
     */
    public static ReportSummary of(long line, Plan plan, String kind, ValidationReport validation,
            AchievementReport achievement, VarianceReport variance) {
        List<MissionFigures> missions = new ArrayList<>();
        List<AchievementNode> a = achievement.root().children();
        for (int i = 0; i < plan.missions().size(); i++) {
            Mission mission = plan.missions().get(i);
            String code = mission.code().value();
            // a strategic area holds its objectives directly
            int indicators = (int) Stream.concat(mission.objectives().stream(),
                    mission.programs().stream().flatMap(p -> p.objectives().stream())).mapToLong(o -> o.allIndicators().count()).sum();
            Optional<Percentage> score = i < a.size() ? a.get(i).score() : Optional.empty();
            Optional<ResourceVariance> v = variance.find(code).flatMap(VarianceNode::variance);
            missions.add(new MissionFigures(code, indicators, score, v));
        }
        return new ReportSummary(line, plan, kind, validation.errors().size(), validation.warnings().size(),
                achievement.root().score(), variance.root().variance(), Collections.unmodifiableList(missions), null);
    }

    /**
     * {@return the summary of a line that held no readable report}
     *
     * @param line the 1-based line in the file
     * @param problem why it could not be read
     */
    public static ReportSummary unreadable(long line, AlberoJsonException problem) {
        return new ReportSummary(line, null, null, 0, 0, Optional.empty(), Optional.empty(), List.of(),
                Objects.requireNonNull(problem, "problem"));
    }

    /** {@return the 1-based line in the file} */
    public long line() {
        return line;
    }

    /** {@return the report, when the line held one} */
    public Optional<Plan> plan() {
        return Optional.ofNullable(plan);
    }

    /** {@return the kind of administration, e.g. {@code "comune"}, when the line held a report} */
    public Optional<String> kind() {
        return Optional.ofNullable(kind);
    }

    /** {@return the number of validation errors} */
    public int errors() {
        return errors;
    }

    /** {@return the number of validation warnings} */
    public int warnings() {
        return warnings;
    }

    /** {@return the overall achievement for the reference year, when measurable} */
    public Optional<Percentage> achievement() {
        return achievement;
    }

    /** {@return the whole plan's budget against actual figures, when both are known} */
    public Optional<ResourceVariance> variance() {
        return variance;
    }

    /** {@return each mission's figures, in the plan's order} */
    public List<MissionFigures> missions() {
        return missions;
    }

    /** {@return why the line could not be read, when it could not} */
    public Optional<AlberoJsonException> problem() {
        return Optional.ofNullable(problem);
    }

    /** {@return the number of indicators of the report (0 for an unreadable line)} */
    public int indicators() {
        return plan == null ? 0 : plan.indicators().size();
    }

    static final String CSV_HEADER = "line,status,administration,identifier,kind,referenceYear,indicators,errors,warnings,"
            + "achievement,budgetCosts,actualCosts,budgetInvestments,actualInvestments,problem";

    /** {@return the summary as one CSV row (RFC 4180 quoting), with the columns of the header the pipeline writes first} */
    public String csv() {
        StringBuilder sb = new StringBuilder().append(line).append(',');
        if (plan == null) {
            return sb.append("unreadable,,,,,0,0,0,,,,,,").append(Csv.quote(problem.getMessage())).toString();
        }
        sb.append(errors > 0 ? "invalid" : "valid").append(',').append(Csv.quote(plan.administration().name())).append(',')
                .append(Csv.quote(plan.administration().identifier().orElse(""))).append(',').append(Csv.quote(kind))
                .append(',').append(plan.referenceYear()).append(',').append(indicators()).append(',').append(errors)
                .append(',').append(warnings).append(',')
                .append(achievement.map(p -> p.points().toPlainString()).orElse("")).append(',');
        for (ResourceLine l : new ResourceLine[] {ResourceLine.COSTS, ResourceLine.INVESTMENTS}) {
            sb.append(variance.map(v -> v.line(l).budget()).map(Money::amount).map(java.math.BigDecimal::toPlainString)
                    .orElse("")).append(',');
            sb.append(variance.map(v -> v.line(l).actual()).map(Money::amount).map(java.math.BigDecimal::toPlainString)
                    .orElse("")).append(',');
        }
        return sb.toString();
    }
}
