package io.github.albero.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.albero.model.Plan;
import io.github.albero.model.StrategicObjective;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import javax.xml.xpath.XPathConstants;
import javax.xml.xpath.XPathFactory;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/** The real 2017 report rendered in every format and language. */
class RealReportTest {
    private static final Analysis ANALYSIS = Analysis.of(Pages.realReport(), 2017);

    private static NodeList select(org.w3c.dom.Node d, String xpath) throws Exception {
        return (NodeList) XPathFactory.newInstance().newXPath().evaluate(xpath, d, XPathConstants.NODESET);
    }

    @Test
    void theItalianPageIsWellFormedAndOpensWithTheSummary() throws Exception {
        String html = ReportRenderer.of(Locale.ITALIAN).html(ANALYSIS);
        assertTrue(html.startsWith("<!DOCTYPE html>\n<html lang=\"it\">"), html.substring(0, 40));
        Document d = Pages.parse(html);
        List<String> sections = new ArrayList<>();
        NodeList s = select(d, "/html/body/main/section");
        for (int i = 0; i < s.getLength(); i++) {
            sections.add(((Element) s.item(i)).getAttribute("id"));
        }
        assertEquals(List.of("summary", "schede", "findings"), sections);
        assertTrue(html.indexOf("98,75%") < html.indexOf("id=\"schede\""), "the headline comes before the schede");
    }

    @Test
    void thereIsOneSchedaPerStrategicObjectiveInTheDocumentsOrder() throws Exception {
        Document d = Pages.parse(ReportRenderer.of(Locale.ITALIAN).html(ANALYSIS));
        NodeList headings = select(d, "//section[@class='scheda']/h3");
        List<StrategicObjective> objectives = Pages.realReport().objectives();
        assertEquals(objectives.size(), headings.getLength());
        for (int i = 0; i < objectives.size(); i++) {
            String h = headings.item(i).getTextContent();
            assertTrue(h.startsWith("Obiettivo " + objectives.get(i).code() + " "), h);
        }
    }

    @Test
    void everyTableHasRealColumnHeadersAndEverySvgATitle() throws Exception {
        Document d = Pages.parse(ReportRenderer.of(Locale.ENGLISH).html(ANALYSIS));
        NodeList tables = select(d, "//table");
        assertTrue(tables.getLength() > 20);
        for (int i = 0; i < tables.getLength(); i++) {
            NodeList th = select((Element) tables.item(i), ".//thead//th[@scope='col']");
            assertTrue(th.getLength() >= 2, "table " + i);
            for (int k = 0; k < th.getLength(); k++) {
                assertFalse(th.item(k).getTextContent().isBlank(), "an empty column header in table " + i);
            }
        }
        NodeList svgs = select(d, "//svg");
        assertTrue(svgs.getLength() > 5);
        assertEquals(svgs.getLength(), select(d, "//svg[title and @role='img' and @aria-label]").getLength());
        assertEquals(0, select(d, "//script | //link | //img | //iframe | //*[@src]").getLength(), "self-contained, no script");
    }

    @Test
    void findingsAreGroupedByRuleWithHumanPaths() {
        String html = ReportRenderer.of(Locale.ITALIAN).html(ANALYSIS);
        String findings = html.substring(html.indexOf("id=\"findings\""));
        assertFalse(findings.contains("missions["), "no JSON-like paths");
        assertTrue(findings.contains("Missione 011"), findings.substring(0, 400));
        assertTrue(findings.contains("ALB-"));
        Plan plan = Pages.realReport();
        assertEquals(ANALYSIS.validation().codes().size(), count(findings, "<h3>"));
        assertTrue(plan.objectives().size() > 0);
    }

    @Test
    void statusIsInWordsAsWellAsColour() {
        String html = ReportRenderer.of(Locale.ITALIAN).html(ANALYSIS);
        assertTrue(html.contains("class=\"badge tone-good\">✓ raggiunto</span>"), "a green badge says raggiunto");
        String en = ReportRenderer.of(Locale.ENGLISH).html(ANALYSIS);
        assertTrue(en.startsWith("<!DOCTYPE html>\n<html lang=\"en\">"));
        assertTrue(en.contains("✓ achieved"));
        assertTrue(en.contains("favourable"));
    }

    @Test
    void thePageHasPrintRulesWithAPageBreakPerScheda() {
        String html = ReportRenderer.of(Locale.ITALIAN).html(ANALYSIS);
        assertTrue(html.contains("@media print{"));
        assertTrue(html.contains("@page{size:A4"));
        assertTrue(html.contains(".scheda,#findings{break-before:page"));
    }

    @Test
    void theMarkdownAndTheTextHaveTheSameSections() {
        String md = ReportRenderer.of(Locale.ITALIAN).markdown(ANALYSIS);
        assertTrue(md.startsWith("# "));
        assertTrue(md.indexOf("## Sintesi") < md.indexOf("## Obiettivi strategici"));
        assertTrue(md.indexOf("## Obiettivi strategici") < md.indexOf("## Rilievi della validazione"));
        assertTrue(md.contains("### Obiettivo 011\\-005\\-004") || md.contains("### Obiettivo 011-005-004"), md.substring(0, 300));
        String text = ReportRenderer.of(Locale.ENGLISH).text(ANALYSIS);
        assertTrue(text.contains("1. Summary"));
        assertTrue(text.contains("4. Validation findings"));
        assertEquals(java.util.Optional.empty(), text.lines().filter(l -> Safe.width(l) > TextWriter.WIDTH).findFirst(), "no line wider than 120");
        assertTrue(text.contains("011-005-001"));
    }

    @Test
    void theTablesOfTheTextAndOfTheMarkdownArePrintedByCoresTable() {
        java.util.List<java.util.List<String>> markdownRows = java.util.List.of(
                java.util.List.of("proventi", "€ 518.660,00", "€ 444.466,94", "\\-€ 74.193,06", "\\-14,3%", "✗ sfavorevole"),
                java.util.List.of("oneri", "€ 933.226,81", "€ 848.090,85", "\\-€ 85.135,96", "\\-9,12%", "✓ favorevole"),
                java.util.List.of("investimenti", "€ 5.000,00", "€ 0,00", "\\-€ 5.000,00", "\\-100%", "✓ favorevole"));
        java.util.List<java.util.List<String>> textRows = java.util.List.of(
                java.util.List.of("proventi", "518.660,00", "444.466,94", "-74.193,06", "-14,3%", "✗ sfavorevole"),
                java.util.List.of("oneri", "933.226,81", "848.090,85", "-85.135,96", "-9,12%", "✓ favorevole"),
                java.util.List.of("investimenti", "5.000,00", "0,00", "-5.000,00", "-100%", "✓ favorevole"));
        java.util.List<String> headers = java.util.List.of("voce", "preventivo", "consuntivo", "scostamento", "scost. %", "esito");
        String md = ReportRenderer.of(Locale.ITALIAN).markdown(ANALYSIS);
        assertTrue(md.contains(io.github.albero.table.Table.of(headers, markdownRows).markdown()), md.substring(0, 2000));
        String text = ReportRenderer.of(Locale.ITALIAN).text(ANALYSIS);
        String table = io.github.albero.table.Table.of(headers, textRows).render(TextWriter.WIDTH - 2).lines().map(l -> "  " + l)
                .collect(java.util.stream.Collectors.joining("\n"));
        assertTrue(text.contains(table), table + "\n---\n" + text.substring(0, 1500));
    }

    private static int count(String s, String what) {
        int n = 0;
        for (int i = s.indexOf(what); i >= 0; i = s.indexOf(what, i + 1)) {
            n++;
        }
        return n;
    }
}
