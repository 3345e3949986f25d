package io.github.albero.pipeline;

import io.github.albero.measure.Percentage;
import io.github.albero.model.ResourceLine;
import io.github.albero.money.Money;
import io.github.albero.variance.ResourceVariance;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Optional;

/**
 * National figures for one group of reports (one mission, one kind of administration, or all):
 * how many reports and indicators, the mean achievement of those that have one, and the sums of
 * budgeted and actual costs and investments. Exact: sums are kept whole and the mean is rounded
 * once, half-even to 2 decimals. Not thread-safe while it is being filled; read it after.
 */
public final class Aggregate {
    /** Scale of the mean achievement, in percentage points. */
    public static final int SCALE = 2;

    private final String key;
    private long reports;
    private long indicators;
    private long scored;
    private BigDecimal scoreSum = BigDecimal.ZERO;
    private Money budgetCosts = Money.ZERO;
    private Money actualCosts = Money.ZERO;
    private Money budgetInvestments = Money.ZERO;
    private Money actualInvestments = Money.ZERO;

    Aggregate(String key) {
        this.key = key;
    }

    void add(int indicatorCount, Optional<Percentage> achievement, Optional<ResourceVariance> variance) {
        reports++;
        indicators += indicatorCount;
        if (achievement.isPresent()) {
            scored++;
            scoreSum = scoreSum.add(achievement.get().points());
        }
        if (variance.isPresent()) {
            ResourceVariance v = variance.get();
            budgetCosts = budgetCosts.plus(v.line(ResourceLine.COSTS).budget());
            actualCosts = actualCosts.plus(v.line(ResourceLine.COSTS).actual());
            budgetInvestments = budgetInvestments.plus(v.line(ResourceLine.INVESTMENTS).budget());
            actualInvestments = actualInvestments.plus(v.line(ResourceLine.INVESTMENTS).actual());
        }
    }

    /** {@return what is aggregated: a mission code, a kind of administration, or {@code "all"}} */
    public String key() {
        return key;
    }

    /** {@return the number of reports} */
    public long reports() {
        return reports;
    }

    /** {@return the number of indicators} */
    public long indicators() {
        return indicators;
    }

    /** {@return the number of reports with a measurable achievement} */
    public long scored() {
        return scored;
    }

    /** {@return the mean achievement of the scored reports, in points, half-even to 2 decimals; empty when none} */
    public Optional<BigDecimal> meanAchievement() {
        return scored == 0 ? Optional.empty()
                : Optional.of(scoreSum.divide(BigDecimal.valueOf(scored), SCALE, RoundingMode.HALF_EVEN));
    }

    /** {@return the sum of budgeted costs} */
    public Money budgetCosts() {
        return budgetCosts;
    }

    /** {@return the sum of actual costs} */
    public Money actualCosts() {
        return actualCosts;
    }

    /** {@return the sum of budgeted investments} */
    public Money budgetInvestments() {
        return budgetInvestments;
    }

    /** {@return the sum of actual investments} */
    public Money actualInvestments() {
        return actualInvestments;
    }

    static final String CSV_HEADER = "group,key,reports,indicators,scored,meanAchievement,budgetCosts,actualCosts,"
            + "budgetInvestments,actualInvestments";

    String csv(String group) {
        return group + ',' + Csv.quote(key) + ',' + reports + ',' + indicators + ',' + scored + ','
                + meanAchievement().map(BigDecimal::toPlainString).orElse("") + ',' + budgetCosts.amount().toPlainString()
                + ',' + actualCosts.amount().toPlainString() + ',' + budgetInvestments.amount().toPlainString() + ','
                + actualInvestments.amount().toPlainString();
    }

    /** {@return a readable one-line description, for logs and JShell} */
    @Override
    public String toString() {
        return key + ": " + reports + " reports, " + indicators + " indicators, mean achievement "
                + meanAchievement().map(m -> m.toPlainString() + " %").orElse("none") + ", costs "
                + budgetCosts.amount().toPlainString() + " budgeted, " + actualCosts.amount().toPlainString() + " actual";
    }
}
