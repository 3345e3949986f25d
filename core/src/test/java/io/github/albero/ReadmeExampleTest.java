package io.github.albero;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.github.albero.code.ObjectiveCode;
import io.github.albero.model.Indicator;
import io.github.albero.model.Polarity;
import io.github.albero.model.ResourceAmounts;
import io.github.albero.model.Resources;
import io.github.albero.model.Result;
import io.github.albero.model.StrategicObjective;
import io.github.albero.model.Target;
import io.github.albero.money.Money;
import org.junit.jupiter.api.Test;

/** Keeps the README's ten-line example compiling and true. */
class ReadmeExampleTest {
    @Test
    void theReadmeExampleBuildsAnObjectiveWithReadTargetsAndResults() {
        Indicator events = Indicator.builder()
            .name("Eventi di promozione del territorio")
            .polarity(Polarity.HIGHER_IS_BETTER)
            .putTargets(2017, Target.parse("realizzazione di almeno 2 eventi"))   // atLeast 2 n
            .putResults(2017, Result.parse("n. 3 eventi"))                         // number 3 n
            .build();
        StrategicObjective o = StrategicObjective.builder()
            .code(ObjectiveCode.parse("011‐005‐004"))                              // U+2010 accepted
            .title("FAVORIRE LO START UP")
            .resources(Resources.of(2017,
                ResourceAmounts.of(Money.parse("€ 130.000,00"), Money.parse("€ 257.143,00"), Money.ZERO),
                ResourceAmounts.of(Money.parse("€ 110.000,00"), Money.parse("€ 229.720,66"), Money.ZERO)))
            .addIndicators(events)
            .build();

        assertEquals("atLeast 2 n", events.target(2017).flatMap(Target::reading).get().toString());
        assertEquals("number 3 n", events.result(2017).flatMap(Result::reading).get().toString());
        assertEquals("011-005-004", o.code().toString());
        assertEquals(Money.parse("229720.66"), o.resources().get().actual(2017).get().costs());
    }
}
