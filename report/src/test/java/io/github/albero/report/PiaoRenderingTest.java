package io.github.albero.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.albero.fixtures.PiaoExample;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import javax.xml.xpath.XPathConstants;
import javax.xml.xpath.XPathFactory;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/**
 * The renderings show what a PIAO-shaped plan gives beyond a 1.0 report: ratio parts, the revised
 * target and the one in force, breakdowns, the monitoring periods, staff and the public-value
 * objectives with their links and scores.
 */
class PiaoRenderingTest {
    private static final Analysis ANALYSIS = Analysis.of(PiaoExample.plan(), 2023);

    /** What each rendering must say, in Italian. */
    private static final List<String> ITALIAN = List.of(
            "89,39759 % (11130/12450)", // the yearly ratio, from its parts
            "88,275862 % (5120/5800)", // the first half's figure
            ">= 90% → >= 85% (rimodulato il 20/07/2023; atto: deliberazione di Giunta n. 41 del 20/07/2023; motivo: picco di pratiche",
            "al 31/12/2023: >= 85% (rimodulato il 20/07/2023",
            "Disaggregazione 2023 per canale: telematico 90,082645 % (10900/12100), sportello 65,714286 % (230/350) (totale 89,39759 % (11130/12450))",
            "Disaggregazione 2023 per tipologia di impresa: imprese femminili 412, imprese giovanili 298 (totale 710)",
            "Monitoraggio 2023 per periodo", "01/01/2023 – 30/06/2023", "la somma dei periodi",
            "pratiche del Registro Imprese evase entro 5 giorni (pratiche) ÷ pratiche del Registro Imprese ricevute (pratiche), in percentuale",
            "Area dei funzionari e dell'elevata qualificazione 3,5 FTE; Area degli istruttori 6 FTE",
            "Obiettivo di valore pubblico VP1", "011-005-001 (peso 70); 012-004-001 (peso 30)",
            "semplificazione amministrativa; accessibilita digitale", "Indicatori di impatto",
            "Tempo medio di evasione delle pratiche del Registro Imprese",
            "Obiettivo di valore pubblico VP1 Imprese più competitive"); // a finding's place on an impact indicator

    @Test
    void theHtmlPageShowsEveryRicherMemberAndAPublicValueSection() throws Exception {
        String html = ReportRenderer.of(Locale.ITALIAN).html(ANALYSIS);
        Document d = Pages.parse(html);
        String text = d.getDocumentElement().getTextContent();
        for (String s : ITALIAN) {
            assertTrue(text.contains(s), "the page does not say: " + s);
        }
        List<String> sections = new ArrayList<>();
        NodeList s = (NodeList) XPathFactory.newInstance().newXPath().evaluate("/html/body/main/section", d, XPathConstants.NODESET);
        for (int i = 0; i < s.getLength(); i++) {
            sections.add(((Element) s.item(i)).getAttribute("id"));
        }
        assertEquals(List.of("summary", "schede", "public-value", "findings"), sections);
    }

    @Test
    void theMarkdownSaysTheSame() {
        String md = ReportRenderer.of(Locale.ITALIAN).markdown(ANALYSIS).replace("\\", "");
        for (String s : ITALIAN) {
            assertTrue(md.contains(s), "the Markdown does not say: " + s);
        }
    }

    @Test
    void theEnglishPageNamesTheRevisionAndThePeriodsInEnglish() throws Exception {
        String text = Pages.parse(ReportRenderer.of(Locale.ENGLISH).html(ANALYSIS)).getDocumentElement().getTextContent();
        for (String s : List.of("on 31/12/2023: >= 85% (revised on 20/07/2023", "Monitoring 2023 by period", "01/07/2023 – 31/12/2023",
                "the sum of the periods", "Public-value objective VP2", "Cross-cutting dimensions", "pari opportunita")) {
            assertTrue(text.contains(s), "the English page does not say: " + s);
        }
    }

    @Test
    void theTerminalTextListsThePublicValueObjectivesWithTheirScores() {
        String text = ReportRenderer.of(Locale.ITALIAN).text(ANALYSIS);
        assertTrue(text.contains("Obiettivo di valore pubblico VP1"), text);
        assertTrue(text.contains("Obiettivo di valore pubblico VP2"), text);
        // hand-computed: 164/240 = 68,333333% of 80% = 85,42%; (100% × 20 + 100% × 70 + 85,42% × 30) / 120 = 11 562,6 / 120 = 96,36%
        assertTrue(text.contains("(100% × 20 + 100% × 70 + 85,42% × 30) / 120 = 96,36%"), text);
        assertTrue(text.contains("a/t = 68,333333/80 = 85,42%"), text);
    }
}
