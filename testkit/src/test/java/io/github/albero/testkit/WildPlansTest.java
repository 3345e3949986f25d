package io.github.albero.testkit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.albero.model.Indicator;
import io.github.albero.model.Plan;
import io.github.albero.model.Polarity;
import io.github.albero.model.TargetOperator;
import io.github.albero.model.TargetReading;
import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class WildPlansTest {
    private static final List<Plan> SAMPLE = Generators.wildPlans().sample(9L, 400);

    @Test
    void theSameSeedGivesTheSameWildPlan() {
        assertEquals(SAMPLE, Generators.wildPlans().sample(9L, 400));
    }

    @Test
    void wildPlansReachTheShapesSoundPlansNeverHave() {
        List<Indicator> indicators = SAMPLE.stream().flatMap(p -> p.indicators().stream()).map(li -> li.indicator()).toList();
        assertTrue(SAMPLE.stream().anyMatch(p -> p.missions().isEmpty()), "a plan without missions");
        assertTrue(indicators.stream().flatMap(i -> i.targets().values().stream()).flatMap(t -> t.reading().flatMap(TargetReading::value).stream())
                .anyMatch(v -> v.signum() < 0), "a negative target value");
        assertTrue(indicators.stream().flatMap(i -> i.targets().values().stream()).flatMap(t -> t.reading().flatMap(TargetReading::value).stream())
                .anyMatch(v -> v.scale() == 6), "a six-decimal target value");
        assertTrue(indicators.stream().flatMap(i -> i.targets().values().stream()).flatMap(t -> t.reading().flatMap(TargetReading::value).stream())
                .anyMatch(v -> v.abs().compareTo(new BigDecimal("1e8")) > 0), "a huge target value");
        assertTrue(indicators.stream().anyMatch(i -> i.polarity() == Polarity.LOWER_IS_BETTER && i.targets().values().stream()
                .anyMatch(t -> t.reading().map(TargetReading::operator).equals(Optional.of(TargetOperator.AT_LEAST)))),
                "a reading that contradicts the polarity");
        assertTrue(indicators.stream().flatMap(i -> i.results().values().stream()).anyMatch(r -> r.comment().isPresent()
                && r.reading().isPresent()), "a read result with a comment");
        List<String> texts = new java.util.ArrayList<>();
        SAMPLE.forEach(p -> EdgeCase.texts(p, texts::add));
        assertTrue(texts.stream().anyMatch(t -> t.chars().anyMatch(c -> c < 0x20 && c != '\n' && c != '\t')), "a control character");
        assertTrue(texts.stream().anyMatch(t -> t.codePoints().anyMatch(c -> c > 0xFFFF)), "a character outside the BMP");
        assertTrue(texts.stream().anyMatch(t -> t.codePoints().anyMatch(c -> Character.getDirectionality(c) == Character.DIRECTIONALITY_RIGHT_TO_LEFT_ARABIC)),
                "right-to-left text");
        assertTrue(texts.stream().anyMatch(t -> t.contains("\u202E")), "a bidi override");
        assertTrue(texts.stream().anyMatch(t -> t.length() > 1000), "a very long word");
        assertTrue(SAMPLE.stream().anyMatch(p -> p.indicators().stream().anyMatch(li -> li.indicator().targets().keySet().stream()
                .anyMatch(y -> !p.horizon().contains(y)))), "a target outside the horizon");
    }
}
