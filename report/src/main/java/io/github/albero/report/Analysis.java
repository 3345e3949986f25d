package io.github.albero.report;

import io.github.albero.achievement.AchievementCalculator;
import io.github.albero.achievement.AchievementReport;
import io.github.albero.model.Plan;
import io.github.albero.validation.PlanValidator;
import io.github.albero.validation.ValidationReport;
import io.github.albero.variance.VarianceCalculator;
import io.github.albero.variance.VarianceReport;
import java.util.Objects;

/**
 * Everything a report shows about one plan or report for one year (<i>analisi</i>): the plan,
 * its validation findings, its achievement tree and its variance tree, computed once and shared
 * by every format.
 *
 * <p>Immutable and thread-safe.
 *
 * <pre>{@code
 * Analysis a = Analysis.of(plan, 2017);      // default validator and calculators
 * }</pre>
 */
public final class Analysis {
    private final Plan plan;
    private final int year;
    private final ValidationReport validation;
    private final AchievementReport achievement;
    private final VarianceReport variance;

    private Analysis(Plan plan, int year, ValidationReport validation, AchievementReport achievement, VarianceReport variance) {
        this.plan = plan;
        this.year = year;
        this.validation = validation;
        this.achievement = achievement;
        this.variance = variance;
    }

    /**
     * Analyses a plan with the default validator, achievement calculator and variance against
     * the budget.
     *
     * @param plan the plan or report
     * @param year the year evaluated in every section
     * @return the analysis
     */
    public static Analysis of(Plan plan, int year) {
        Objects.requireNonNull(plan, "plan");
        return of(plan, year, PlanValidator.create().validate(plan), AchievementCalculator.defaults().evaluate(plan, year),
                VarianceCalculator.againstBudget().evaluate(plan, year));
    }

    /**
     * Wraps results computed elsewhere (another policy, another validator).
     *
     * @param plan the plan or report
     * @param year the year evaluated
     * @param validation its findings
     * @param achievement its achievement for {@code year}
     * @param variance its variance for {@code year}
     * @return the analysis
     * @throws IllegalArgumentException when the achievement or variance is of another year
     */
    public static Analysis of(Plan plan, int year, ValidationReport validation, AchievementReport achievement, VarianceReport variance) {
        Objects.requireNonNull(plan, "plan");
        Objects.requireNonNull(validation, "validation");
        Objects.requireNonNull(achievement, "achievement");
        Objects.requireNonNull(variance, "variance");
        if (achievement.year() != year || variance.year() != year) {
            throw new IllegalArgumentException("year: the achievement (" + achievement.year() + ") and the variance ("
                    + variance.year() + ") must be of " + year);
        }
        return new Analysis(plan, year, validation, achievement, variance);
    }

    /** {@return the plan or report analysed} */
    public Plan plan() {
        return plan;
    }

    /** {@return the year evaluated in every section} */
    public int year() {
        return year;
    }

    /** {@return the validation findings} */
    public ValidationReport validation() {
        return validation;
    }

    /** {@return the achievement tree of {@link #year()}} */
    public AchievementReport achievement() {
        return achievement;
    }

    /** {@return the variance tree of {@link #year()}, actual against budget} */
    public VarianceReport variance() {
        return variance;
    }

    /** {@return e.g. {@code Analysis[REPORT 2017, 35 findings]}} */
    @Override
    public String toString() {
        return "Analysis[" + plan.kind() + " " + year + ", " + validation.findings().size() + " findings]";
    }
}
