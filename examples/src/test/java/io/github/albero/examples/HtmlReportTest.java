package io.github.albero.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.xpath.XPath;
import javax.xml.xpath.XPathConstants;
import javax.xml.xpath.XPathFactory;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/** The HTML page: well-formed, self-contained, one chart entry per objective. */
class HtmlReportTest {
    @TempDir
    static Path dir;

    private static String html;
    private static Document document;

    @BeforeAll
    static void write() throws Exception {
        Path file = dir.resolve("report.html");
        ReportExampleTest.Run r = ReportExampleTest.run("--html", file.toString());
        assertEquals(0, r.status, r.err);
        html = Files.readString(file, StandardCharsets.UTF_8);
        document = parse(html);
    }

    static Document parse(String text) throws Exception {
        DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
        f.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
        f.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
        f.setExpandEntityReferences(false);
        DocumentBuilder b = f.newDocumentBuilder();
        b.setErrorHandler(null);
        return b.parse(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)));
    }

    private static NodeList select(String xpath) throws Exception {
        XPath x = XPathFactory.newInstance().newXPath();
        return (NodeList) x.evaluate(xpath, document, XPathConstants.NODESET);
    }

    private static List<String> codes(String chart) throws Exception {
        NodeList entries = select("//svg[@id='" + chart + "']/g[@class='entry']");
        List<String> codes = new ArrayList<>();
        for (int i = 0; i < entries.getLength(); i++) {
            codes.add(((Element) entries.item(i)).getAttribute("data-code"));
        }
        return codes;
    }

    private static List<String> objectiveCodes() {
        List<String> codes = new ArrayList<>();
        BundledReport.load().objectives().forEach(o -> codes.add(o.code().toString()));
        return codes;
    }

    @Test
    void thePageIsAnHtml5DocumentThatParsesAsXml() {
        assertTrue(html.startsWith("<!DOCTYPE html>\n<html lang=\"it\">"), html.substring(0, 40));
        assertEquals("html", document.getDocumentElement().getTagName());
        assertEquals("html", document.getDoctype().getName());
    }

    @Test
    void theAchievementChartHasOneEntryPerObjectiveInDocumentOrder() throws Exception {
        assertEquals(18, codes("chart-achievement").size());
        assertEquals(objectiveCodes(), codes("chart-achievement"));
    }

    @Test
    void theResourcesChartHasOneEntryPerObjectiveInDocumentOrder() throws Exception {
        assertEquals(18, codes("chart-resources").size());
        assertEquals(objectiveCodes(), codes("chart-resources"));
    }

    @Test
    void barsAreAsLongAsTheirValues() throws Exception {
        // 011-005-004 is at 75%, on a 380-pixel scale to 100%
        Element bar = (Element) select("//svg[@id='chart-achievement']/g[@data-code='011-005-004']/rect").item(0);
        assertEquals("285", bar.getAttribute("width"));
        Element full = (Element) select("//svg[@id='chart-achievement']/g[@data-code='011-005-001']/rect").item(0);
        assertEquals("380", full.getAttribute("width"));
        assertEquals("achieved", full.getAttribute("class"));
        assertEquals("partially", bar.getAttribute("class"));
        // a not measurable objective has no bar
        assertEquals(0, select("//svg[@id='chart-achievement']/g[@data-code='011-005-003']/rect").getLength());
        // 016-005-001 has the largest figure (€ 366.000,00 of costs), drawn at the full 350 pixels
        Element costs = (Element) select("//svg[@id='chart-resources']/g[@data-code='016-005-001']/rect[@class='actual-costs']").item(0);
        assertEquals("350", costs.getAttribute("width"));
    }

    @Test
    void thePageNeedsNoOtherFileNoNetworkAndNoScript() throws Exception {
        String lower = html.toLowerCase(Locale.ROOT);
        assertFalse(lower.contains("http:"), "http: reference");
        assertFalse(lower.contains("https:"), "https: reference");
        assertFalse(lower.contains("src="), "src attribute");
        assertFalse(lower.contains("<script"), "script");
        assertFalse(lower.contains("<link"), "link element");
        assertFalse(lower.contains("url("), "CSS url()");
        assertFalse(lower.contains("@import"), "CSS import");
        NodeList hrefs = select("//*[@href]");
        assertEquals(0, hrefs.getLength());
    }

    @Test
    void thePageHoldsTheThreeSectionsWithTheirFigures() throws Exception {
        assertEquals(3, select("//section").getLength());
        assertTrue(html.contains("ALB-CON-001"));
        assertTrue(html.contains("missions[011].programs[005].objectives[011-005-004].declaredIndicatorCount"));
        assertTrue(html.contains("933.226,81") && html.contains("848.090,85"));
        assertTrue(html.contains("98,75%"));
        assertTrue(html.contains("<td class=\"explanation\">a/t = 4,7/3 = 156,67%, limitato al 100% (tetto)</td>"), html);
        // one table row per node of the achievement tree: plan, 5 missions, 7 programs, 18 objectives, 43 indicators
        assertEquals(1 + 5 + 7 + 18 + 43, select("//section[@id='achievement']//tbody/tr").getLength());
    }

    @Test
    void theEnglishPageIsEnglish(@TempDir Path other) throws Exception {
        Path file = other.resolve("en.html");
        assertEquals(0, ReportExampleTest.run("--locale", "en", "--html", file.toString()).status);
        String en = Files.readString(file, StandardCharsets.UTF_8);
        Document d = parse(en);
        assertEquals("en", d.getDocumentElement().getAttribute("lang"));
        assertTrue(en.contains("933,226.81"));
        assertTrue(en.contains("Achievement by strategic objective, 2017"));
        assertTrue(en.contains("a/t = 4.7/3 = 156.67%, capped at 100% (cap policy)"), en);
    }
}
