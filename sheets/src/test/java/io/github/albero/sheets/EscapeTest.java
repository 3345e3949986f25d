package io.github.albero.sheets;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.github.albero.model.Plan;
import org.junit.jupiter.api.Test;

class EscapeTest {
    @Test
    void controlCharactersAndLiteralEscapesSurviveAnXlsxRoundTrip() {
        Plan report = RoundTripTest.report();
        Plan odd = Plan.builder().from(report).title("ctrl \u0001 and _x0041_ and _x005F_ and '=x and =1+1 and -5").build();
        assertEquals(odd, RoundTripTest.viaXlsx(odd));
    }
}
