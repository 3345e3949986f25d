package io.github.albero.reference;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.albero.code.MissionCode;
import io.github.albero.code.ProgramCode;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class LocalAuthorityProgramTest {
    @Test
    void everyProgramBelongsToTheMissionItsCodeStartsWithAndCarriesThatMissionsTitle() {
        for (LocalAuthorityProgram p : LocalAuthorityProgram.all()) {
            assertEquals(p.programCode().value().substring(0, 2), p.missionCode().value(), p.toString());
            assertEquals(LocalAuthorityProgram.missionTitle(p.missionCode()), Optional.of(p.missionTitle()), p.toString());
        }
        assertEquals(23, LocalAuthorityProgram.missions().size());
    }

    @Test
    void titlesSeenInPublishedBudgetDocumentsAreTheOnesWeHold() {
        // as printed by comuni's budget documents (missione 01 programma 01, missione 12 programma 01, programma 0402)
        assertEquals(Optional.of("Servizi istituzionali, generali e di gestione"), LocalAuthorityProgram.missionTitle(MissionCode.of("01")));
        assertEquals(Optional.of("Diritti sociali, politiche sociali e famiglia"), LocalAuthorityProgram.missionTitle(MissionCode.of("12")));
        assertTrue(LocalAuthorityProgram.of(ProgramCode.of("0101")).get().matchesTitle("ORGANI ISTITUZIONALI"));
        assertTrue(LocalAuthorityProgram.of(ProgramCode.of("0402")).get().matchesTitle("ALTRI ORDINI DI ISTRUZIONE NON UNIVERSITARIA"));
        assertTrue(LocalAuthorityProgram.of(ProgramCode.of("1201")).get().matchesTitle("Interventi per l’infanzia e i minori e per asili nido"));
    }

    @Test
    void aProgramIsEqualToItselfByCodeAndATitleWithOtherWordsDoesNotMatch() {
        LocalAuthorityProgram organi = LocalAuthorityProgram.of(ProgramCode.of("0101")).get();
        assertEquals(organi, LocalAuthorityProgram.of(ProgramCode.of("0101")).get());
        assertNotEquals(organi, LocalAuthorityProgram.of(ProgramCode.of("0102")).get());
        assertFalse(organi.matchesTitle("Organi istituzionali e segreteria"));
        assertFalse(organi.matchesTitle(null));
        assertEquals("0101 Organi istituzionali", organi.toString());
    }
}
