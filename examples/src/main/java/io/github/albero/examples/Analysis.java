package io.github.albero.examples;

import io.github.albero.achievement.AchievementCalculator;
import io.github.albero.achievement.AchievementReport;
import io.github.albero.model.Plan;
import io.github.albero.validation.PlanValidator;
import io.github.albero.validation.ValidationReport;
import io.github.albero.variance.VarianceCalculator;
import io.github.albero.variance.VarianceReport;
import java.util.function.Consumer;

/**
 * Everything the example prints about one report (<i>analisi</i>): its validation findings, its
 * achievement tree and its variance tree for one year, computed once and shared by the text and
 * HTML outputs.
 */
final class Analysis {
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
     * @param plan the report
     * @param year the year to evaluate, inside the report's horizon
     * @param progress receives one message before each step
     * @param labels the language of the progress messages
     * @return the analysis
     */
    static Analysis of(Plan plan, int year, Consumer<String> progress, Labels labels) {
        progress.accept(labels.get("validating"));
        ValidationReport validation = PlanValidator.create().validate(plan);
        progress.accept(labels.get("achievement.computing", year));
        AchievementReport achievement = AchievementCalculator.defaults().evaluate(plan, year);
        progress.accept(labels.get("variance.computing", year));
        VarianceReport variance = VarianceCalculator.againstBudget().evaluate(plan, year);
        return new Analysis(plan, year, validation, achievement, variance);
    }

    /** @return the report analysed */
    Plan plan() {
        return plan;
    }

    /** @return the year evaluated */
    int year() {
        return year;
    }

    /** @return the validation findings */
    ValidationReport validation() {
        return validation;
    }

    /** @return the achievement tree */
    AchievementReport achievement() {
        return achievement;
    }

    /** @return the variance tree, actual against budget */
    VarianceReport variance() {
        return variance;
    }
}
