package io.github.albero.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.albero.model.Plan;
import io.github.albero.reference.Scheme;
import org.junit.jupiter.api.Test;

class CodesAndSchemesJsonTest {
    private static final String HEAD = "{\"formatVersion\":\"1.1\",\"kind\":\"report\",\"administration\":{\"name\":\"Ente\"},"
            + "\"referenceYear\":2023,\"horizon\":{\"first\":2023,\"last\":2025},\"currency\":\"EUR\",";

    static final String AREAS = HEAD + "\"scheme\":\"strategicAreas\",\"uniqueCodes\":true,\"missions\":[{\"code\":\"A\",\"title\":\"Didattica\","
            + "\"programs\":[],\"objectives\":[{\"code\":\"OS1.1\",\"title\":\"Qualità della didattica\",\"indicators\":[{\"code\":\"I1\","
            + "\"name\":\"Laureati in corso\",\"polarity\":\"higherIsBetter\",\"targets\":{\"2023\":{\"text\":\"almeno 80%\"}},"
            + "\"results\":{\"2023\":{\"text\":\"85%\"}}}]}]}]}";

    static final String LOCAL = HEAD + "\"scheme\":\"localAuthorities\",\"missions\":[{\"code\":\"01\",\"title\":\"Servizi istituzionali, generali e di gestione\","
            + "\"programs\":[{\"code\":\"0102\",\"title\":\"Segreteria generale\",\"objectives\":[{\"code\":\"1.11\",\"title\":\"Trasparenza\"}]}]}]}";

    @Test
    void aPlanOrganisedByStrategicAreasReadsWithItsOwnCodesAndWritesBackTheSame() {
        Plan p = AlberoJson.read(AREAS);
        assertEquals(Scheme.STRATEGIC_AREAS, p.scheme());
        assertTrue(p.uniqueCodes());
        assertEquals("Laureati in corso", p.find("I1").get().displayName());
        assertEquals("Qualità della didattica", p.find("OS1.1").get().displayName());
        assertTrue(p.indicators().get(0).indicator().target(2023).get().reading().isPresent(), "read from the text");
        String written = AlberoJson.write(p);
        assertTrue(written.contains("\"scheme\":\"strategicAreas\",\"uniqueCodes\":true,"), written);
        assertEquals(p, AlberoJson.read(written));
        assertEquals(java.util.List.of(), SchemaTest.validate(written));
    }

    @Test
    void aLocalAuthorityPlanReadsWithTwoDigitMissionsAndFourDigitPrograms() {
        Plan p = AlberoJson.read(LOCAL);
        assertEquals(Scheme.LOCAL_AUTHORITIES, p.scheme());
        assertEquals("Segreteria generale", p.find("0102").get().displayName());
        assertEquals(p, AlberoJson.read(AlberoJson.write(p)));
        assertEquals(java.util.List.of(), SchemaTest.validate(LOCAL));
    }

    @Test
    void aChambersPlanIsWrittenWithoutTheNewMembersSoA10DocumentReadsUnchanged() {
        String written = AlberoJson.write(AlberoJson.read(BadInputCatalogueTest.BASE));
        assertFalse(written.contains("\"scheme\"") || written.contains("uniqueCodes"), written);
        assertEquals(Scheme.CHAMBERS_OF_COMMERCE, AlberoJson.read(BadInputCatalogueTest.BASE).scheme());
    }

    @Test
    void aCodeOfAnotherSchemeIsRefusedOnTheCodeWithTheSchemesRule() {
        AlberoJsonException e = assertThrows(AlberoJsonException.class, () -> AlberoJson.read(LOCAL.replace("\"0102\"", "\"0202\"")));
        assertEquals("/missions/0/programs/0/code", e.pointer());
        assertEquals("must start with the mission's code 01, got \"0202\"", e.problem());
        AlberoJsonException chambers = assertThrows(AlberoJsonException.class,
                () -> AlberoJson.read(LOCAL.replace("\"scheme\":\"localAuthorities\",", "")));
        assertEquals("/missions/0/code", chambers.pointer());
        assertEquals("expected 3 digits, got \"01\"", chambers.problem());
        AlberoJsonException repeated = assertThrows(AlberoJsonException.class, () -> AlberoJson.read(AREAS.replace("\"I1\"", "\"OS1.1\"")));
        assertEquals("/missions/0/objectives/0/indicators/0/code", repeated.pointer());
        assertFalse(SchemaTest.validate(LOCAL.replace("\"0102\"", "\"01020\"")).isEmpty());
        assertFalse(SchemaTest.validate(LOCAL.replace("\"scheme\":\"localAuthorities\",", "")).isEmpty());
        assertFalse(SchemaTest.validate(AREAS.replace("\"programs\":[]", "\"programs\":[{\"code\":\"1\",\"title\":\"P\"}]")).isEmpty());
        assertFalse(SchemaTest.validate(AREAS.replace("\"OS1.1\"", "\"11-5-1\"")).isEmpty());
    }
}
