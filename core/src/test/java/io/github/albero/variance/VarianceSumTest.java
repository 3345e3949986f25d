package io.github.albero.variance;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.quicktheories.QuickTheory.qt;

import io.github.albero.model.ResourceAmounts;
import io.github.albero.money.Money;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;

/** Variances are summed in cents while the sums fit in a {@code long}: the sums equal the amounts added one by one. */
class VarianceSumTest {
    /** Amounts in cents, from zero to almost 10^15 euros, so that some sums leave the range of a long's cents. */
    private static final Gen<Money> AMOUNT = Generate.oneOf(Generate.longRange(0, 1_000_000_00L), Generate.longRange(0, 99_999_999_999_999_99L),
            Generate.longRange(0, 0)).map(c -> Money.of(BigDecimal.valueOf(c, 2)));
    private static final Gen<ResourceAmounts> STATEMENT = AMOUNT.zip(AMOUNT, AMOUNT, ResourceAmounts::of);
    private static final Gen<ResourceVariance> VARIANCE = STATEMENT.zip(STATEMENT, VarianceSumTest::constructible);

    @Test
    void aSumOfVariancesEqualsTheirBudgetsAndActualFiguresAddedOneByOne() {
        qt().withExamples(3_000).forAll(Generate.range(0, 2_000), VARIANCE.zip(VARIANCE, VARIANCE, VARIANCE, List::of))
                .checkAssert((copies, four) -> {
                    List<ResourceVariance> all = new ArrayList<>();
                    for (int i = 0; i < 1 + copies % 7; i++) {
                        all.addAll(four);
                    }
                    // up to 1 000 copies of one variance: sums of 10^17 euros and more, beyond the cents of a long
                    for (int i = 0; i < (copies > 1_990 ? 1_000 : 0); i++) {
                        all.add(four.get(0));
                    }
                    ResourceAmounts budget = all.get(0).budget();
                    ResourceAmounts actual = all.get(0).actual();
                    for (ResourceVariance v : all.subList(1, all.size())) {
                        budget = plusOrFailure(budget, v.budget());
                        actual = plusOrFailure(actual, v.actual());
                    }
                    Object expected = budget == null || actual == null ? "refused" : variance(budget, actual);
                    Object summed;
                    try {
                        summed = ResourceVariance.sum(all).get();
                    } catch (io.github.albero.InvalidValueException e) {
                        summed = "refused";
                    }
                    assertEquals(expected, summed);
                });
        assertEquals(Optional.empty(), ResourceVariance.sum(List.of()));
    }

    /**
     * {@return the variance of the actual figures against the budget; when a ratio of the two is too large for a
     * percentage (a budget of a cent against billions spent), which the variance refuses when it is made, the actual
     * figures against themselves} The law is about sums; the refusal has its own tests.
     */
    private static ResourceVariance constructible(ResourceAmounts budget, ResourceAmounts actual) {
        Object v = variance(budget, actual);
        return v instanceof ResourceVariance made ? made : ResourceVariance.of(actual, actual);
    }

    /** {@return the variance, or "refused" when a ratio of the two is too large for a percentage, as a sum is refused} */
    private static Object variance(ResourceAmounts budget, ResourceAmounts actual) {
        try {
            return ResourceVariance.of(budget, actual);
        } catch (io.github.albero.InvalidValueException e) {
            return "refused";
        }
    }

    /** {@return a + b, or null when the sum is too large for an amount} */
    private static ResourceAmounts plusOrFailure(ResourceAmounts a, ResourceAmounts b) {
        if (a == null) {
            return null;
        }
        try {
            return a.plus(b);
        } catch (io.github.albero.InvalidValueException e) {
            return null;
        }
    }
}
