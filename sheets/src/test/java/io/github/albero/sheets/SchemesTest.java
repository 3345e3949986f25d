package io.github.albero.sheets;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.albero.code.MissionCode;
import io.github.albero.code.ObjectiveCode;
import io.github.albero.code.ProgramCode;
import io.github.albero.model.Administration;
import io.github.albero.model.Indicator;
import io.github.albero.model.Mission;
import io.github.albero.model.OperationalObjective;
import io.github.albero.model.Plan;
import io.github.albero.model.PlanKind;
import io.github.albero.model.Polarity;
import io.github.albero.model.Program;
import io.github.albero.model.ResourceAmounts;
import io.github.albero.model.Resources;
import io.github.albero.model.Result;
import io.github.albero.model.StaffAllocation;
import io.github.albero.model.StrategicObjective;
import io.github.albero.model.Target;
import io.github.albero.model.YearResources;
import io.github.albero.money.Money;
import io.github.albero.period.YearRange;
import io.github.albero.reference.Scheme;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Classification schemes and the document's own codes (#12) through the template: the scheme
 * and "unique codes" in the Piano sheet, strategic areas holding their objectives directly, two-
 * digit missions and four-digit programs of D.Lgs. 118/2011, objectives with the document's own
 * codes placed by the Collocazione column, and own codes repeated across programs referred to as
 * placement/code.
 */
class SchemesTest {
    @TempDir
    Path dir;

    private static Indicator indicator(String code, String target, String result) {
        return Indicator.builder().code(code).name("Indicatore " + code).polarity(Polarity.HIGHER_IS_BETTER)
                .putTargets(2023, Target.parse(target)).putResults(2023, Result.parse(result)).build();
    }

    private static StrategicObjective objective(String code, Indicator... indicators) {
        return StrategicObjective.builder().code(ObjectiveCode.of(code)).title("Obiettivo " + code).addIndicators(indicators).build();
    }

    private static Plan.Builder plan(Scheme scheme) {
        return Plan.builder().kind(PlanKind.REPORT).administration(Administration.of("Ente")).referenceYear(2023)
                .horizon(YearRange.of(2023, 2025)).scheme(scheme);
    }

    static Plan areas() {
        Mission didattica = Mission.builder().code(MissionCode.of("A")).title("Didattica")
                .addObjectives(objective("OS1.1", indicator("I1", "almeno 80%", "85%")).withOperationalObjectives(
                        OperationalObjective.builder().code("OO1.1.1").title("Tutorato").addIndicators(indicator("I4", "almeno 5", "6")).build()),
                        objective("OS1.2", indicator("I2", "≥ 10", "5")))
                .build();
        Mission ricerca = Mission.builder().code(MissionCode.of("B")).title("Ricerca")
                .addObjectives(objective("Obiettivo 3", indicator("I3", "entro il 30/06/2023", "15/06/2023"))).build();
        return plan(Scheme.STRATEGIC_AREAS).addMissions(didattica, ricerca).uniqueCodes(true).build();
    }

    static Plan localAuthority() {
        Program segreteria = Program.builder().code(ProgramCode.of("0102")).title("Segreteria generale")
                .addObjectives(objective("1.1", indicator("1.1.1", "100%", "100%")), objective("1.2")).build();
        return plan(Scheme.LOCAL_AUTHORITIES).addMissions(Mission.builder().code(MissionCode.of("01"))
                .title("Servizi istituzionali, generali e di gestione").addPrograms(segreteria).build()).build();
    }

    /** The chambers' scheme with the document's own codes, "OS1" in two programs: other sheets name them 011-005/OS1 and 011-006/OS1. */
    static Plan repeatedOwnCodes() {
        ResourceAmounts budget = ResourceAmounts.of(Money.of(new BigDecimal("0")), Money.of(new BigDecimal("1000")), Money.of(new BigDecimal("0")));
        StrategicObjective first = objective("OS1", indicator("I1", "almeno 2", "3"))
                .withStaff(StaffAllocation.of("dirigenti", new BigDecimal("0.5")))
                .withResources(Resources.builder().putYears(2023, YearResources.builder().budget(budget).build()).build())
                .withOperationalObjectives(OperationalObjective.builder().title("Azione").addIndicators(indicator("I5", "almeno 1", "1")).build());
        StrategicObjective second = objective("OS1", indicator("I2", "almeno 4", "5"));
        return plan(Scheme.CHAMBERS_OF_COMMERCE).addMissions(Mission.builder().code(MissionCode.of("011")).title("Competitività")
                .addPrograms(Program.builder().code(ProgramCode.of("005")).title("Promozione").addObjectives(first).build(),
                        Program.builder().code(ProgramCode.of("006")).title("Regolazione").addObjectives(second,
                                objective("011-006-002", indicator("I3", "almeno 1", "2"))).build())
                .build()).build();
    }

    @Test
    void aPlanByStrategicAreasWithTheDocumentsOwnCodesRoundTrips() throws IOException {
        Plan plan = areas();
        assertEquals(plan, RoundTripTest.viaXlsx(plan));
        assertEquals(plan, RoundTripTest.viaCsv(plan, dir));
    }

    @Test
    void aLocalAuthorityPlanOfDLgs118RoundTrips() throws IOException {
        Plan plan = localAuthority();
        assertEquals(plan, RoundTripTest.viaXlsx(plan));
        assertEquals(plan, RoundTripTest.viaCsv(plan, dir));
    }

    @Test
    void ownCodesRepeatedAcrossProgramsAreNamedWithTheirPlacementAndRoundTrip() throws IOException {
        Plan plan = repeatedOwnCodes();
        assertEquals(plan, RoundTripTest.viaXlsx(plan));
        assertEquals(plan, RoundTripTest.viaCsv(plan, dir));
        Path file = dir.resolve("repeated.xlsx");
        AlberoSheets.write(plan, file);
        assertTrue(RicherShapesTest.shown(file, "Indicatori", 2).contains("011-005/OS1"), RicherShapesTest.shown(file, "Indicatori", 2).toString());
        assertTrue(RicherShapesTest.shown(file, "Indicatori", 5).contains("011-006-002"), RicherShapesTest.shown(file, "Indicatori", 5).toString());
        assertTrue(RicherShapesTest.shown(file, "Piano", 1).size() == 2);
    }

    @Test
    void theSchemeAndUniqueCodesAreWrittenInThePlanSheetOnlyWhenNotTheDefault() {
        Path file = dir.resolve("areas.xlsx");
        AlberoSheets.write(areas(), file);
        List<String> scheme = RicherShapesTest.shown(file, "Piano", 8);
        assertEquals(List.of("Schema di classificazione / Classification scheme", "aree strategiche"), scheme);
        assertEquals(List.of("Codici univoci / Unique codes", "sì"), RicherShapesTest.shown(file, "Piano", 9));
        assertEquals(List.of("area strategica", "A"), RicherShapesTest.shown(file, "Albero", 2).subList(0, 2));
    }

    @Test
    void aHandFilledWorkbookOfALocalAuthorityReadsWithMissionsTypedAsNumbers() {
        Book b = Book.base().addRow("Piano", "Schema di classificazione", "enti locali")
                .sheet("Albero", Book.row("Livello", "Codice", "Obiettivo strategico", "Titolo", "Collocazione"),
                        Book.row("missione", 1, null, "Servizi istituzionali"),
                        Book.row("programma", "01-0102", null, "Segreteria generale"),
                        Book.row("obiettivo strategico", "1.1", null, "Trasparenza", "01-0102"),
                        Book.row("obiettivo operativo", "OP1", "1.1", "Pubblicazioni"))
                .set("Indicatori", "B2", "1.1").set("Indicatori", "B3", "1.1")
                .set("Risorse", "A2", "1.1").set("Risorse", "A3", "1.1");
        Plan plan = AlberoSheets.read(b.xlsx(dir, "local"));
        assertEquals(Scheme.LOCAL_AUTHORITIES, plan.scheme());
        assertEquals("01", plan.missions().get(0).code().value());
        assertEquals("1.1", plan.objectives().get(0).code().toString());
        assertEquals(2, plan.indicators().size());
        assertEquals(plan, AlberoSheets.read(b.csv(dir, "local")));
    }

    @Test
    void anOwnCodeWithoutPlacementAndAnAmbiguousReferenceAreReportedByCell() {
        Book b = Book.base().set("Albero", "E1", "Collocazione / Placed under").set("Albero", "B4", "OS1");
        SheetImport r = AlberoSheets.strict().check(b.xlsx(dir, "noplacement"));
        assertFalse(r.plan().isPresent());
        SheetProblem p = r.report().errors().get(0);
        assertEquals("Albero!E4", p.location(), r.report().toString());
        assertEquals(SheetRule.VALUE_REQUIRED, p.rule());

        Book twice = Book.base()
                .sheet("Albero", Book.row("Livello", "Codice", "Obiettivo strategico", "Titolo", "Collocazione"),
                        Book.row("missione", "011", null, "Competitività"),
                        Book.row("programma", "011-005", null, "Promozione"), Book.row("programma", "011-006", null, "Regolazione"),
                        Book.row("obiettivo strategico", "OS1", null, "Primo", "011-005"),
                        Book.row("obiettivo strategico", "OS1", null, "Secondo", "011-006"),
                        Book.row("obiettivo operativo", "OP1", "011-005/OS1", "Eventi"))
                .set("Indicatori", "B2", "OS1").set("Indicatori", "B3", "011-005/OS1").set("Risorse", "A2", "011-006/OS1")
                .set("Risorse", "A3", "011-006/OS1");
        SheetImport ambiguous = AlberoSheets.strict().check(twice.xlsx(dir, "ambiguous"));
        SheetProblem a = ambiguous.report().errors().get(0);
        assertEquals("Indicatori!B2", a.location(), ambiguous.report().toString());
        assertEquals(SheetRule.AMBIGUOUS_OBJECTIVE, a.rule());
        assertTrue(a.message(Locale.ITALIAN).contains("più di un obiettivo strategico"), a.message(Locale.ITALIAN));
        assertEquals(1, ambiguous.report().errors().size(), ambiguous.report().toString());
    }

    @Test
    void aMissionCodeTheSchemeRefusesIsReportedAtItsRow() {
        Book b = Book.base().addRow("Piano", "Schema di classificazione", "enti locali");
        SheetImport r = AlberoSheets.strict().check(b.xlsx(dir, "wrongscheme"));
        SheetProblem p = r.report().errors().get(0);
        assertEquals("Albero!B2", p.location(), r.report().toString());
        assertTrue(p.message(Locale.ENGLISH).contains("expected 2 digits"), p.message(Locale.ENGLISH));
    }
}
