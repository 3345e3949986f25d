package io.github.albero.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.github.albero.model.Indicator;
import io.github.albero.model.StrategicObjective;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class SeedObjectiveTest {
    @Test
    void theObjectiveBuiltInCodeEqualsTheJsonsOwnButForTheEditorialNotes() {
        StrategicObjective json = BundledReport.load().objective("011-005-001").orElseThrow();
        List<Indicator> indicators = json.indicators().stream().map(i -> i.withNotes(List.of())).collect(Collectors.toList());
        StrategicObjective withoutNotes = json.withNotes(List.of()).withIndicators(indicators);
        assertEquals(withoutNotes, SeedObjective.programmazioneTerritoriale());
    }
}
