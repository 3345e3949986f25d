package io.github.albero.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The HTML report in a real headless browser (Debian's {@code chromium}): at 390 and 1280 CSS px
 * the page never scrolls horizontally, no element sticks out of the viewport and no text is
 * smaller than 10 CSS px; printed, it gives A4 pages with a page break per scheda; screenshots are
 * saved in {@code examples/target/browser/}. Runs in the {@code integration-test} phase of
 * {@code mvn verify} (its own Surefire execution), never with the unit tests. Without Chromium it
 * fails, it does not skip: {@code .ci/run} installs it.
 *
 * <p>How it measures without adding a script to the report: each page is copied with a small
 * measuring script appended, and that copy is loaded in an {@code iframe} exactly W px wide
 * inside a wrapper page. The iframe's viewport is W px whatever the browser window's minimum
 * width (headless Chromium keeps windows at least 500 px wide), the script measures its own
 * document and posts the figures to the wrapper, and {@code --dump-dom} prints the wrapper's DOM
 * with them. {@code postMessage} crosses the file:// origin boundary, so no security flag is
 * needed. The screenshots are of the report itself, unmodified.
 */
class BrowserCheck {
    private static final Path OUT = Path.of("target", "browser").toAbsolutePath();
    private static final int[] WIDTHS = {390, 1280};
    private static final Pattern RESULT = Pattern.compile("<pre id=\"result\">(.*?)</pre>", Pattern.DOTALL);

    private static final String MEASURE = String.join("\n",
            "<script>(function(){",
            "function run(){",
            " var vw=window.innerWidth,de=document.documentElement,over=[],minFont=1e9,minEl='';",
            " var all=document.querySelectorAll('body *');",
            " for(var i=0;i<all.length;i++){var e=all[i],r=e.getBoundingClientRect();",
            "  if(r.width>0&&r.right>vw+1&&over.length<10){over.push(e.tagName.toLowerCase()+(e.id?'#'+e.id:'')+' right='+Math.round(r.right));}",
            "  var text=false;for(var c=e.firstChild;c;c=c.nextSibling){if(c.nodeType===3&&c.textContent.trim()){text=true;break;}}",
            "  if(text&&r.width>0&&e.tagName.toLowerCase()!=='title'){var fs=parseFloat(getComputedStyle(e).fontSize);",
            "   if(e instanceof SVGElement&&e.getScreenCTM()){fs=fs*Math.abs(e.getScreenCTM().d);}",
            "   if(fs<minFont){minFont=fs;minEl=e.tagName.toLowerCase();}}}",
            " var res={width:vw,scrollWidth:Math.max(de.scrollWidth,document.body.scrollWidth),overflowing:over,",
            "  minFontPx:minFont,minFontElement:minEl,svgs:document.querySelectorAll('svg').length};",
            " parent.postMessage(JSON.stringify(res),'*');}",
            "if(document.readyState==='complete'){run();}else{window.addEventListener('load',run);}",
            "})();</script>");

    private static String chromium;
    private static final List<String> PAGES = List.of("report-it", "report-en", "hostile-it");

    @BeforeAll
    static void pages() throws Exception {
        chromium = findChromium();
        Files.createDirectories(OUT);
        run(0, "--html", OUT.resolve("report-it.html").toString());
        run(0, "--locale", "en", "--html", OUT.resolve("report-en.html").toString());
        // the real report with the texts that broke the old page: ESC, BEL, U+202E, an emoji at the old 64-character cut,
        // right-to-left text, a 5 000-character word
        String json = new String(io.github.albero.fixtures.RealReports.lucca2017Json().readAllBytes(), StandardCharsets.UTF_8)
                .replaceFirst("FAVORIRE LO START UP", "A".repeat(60) + " 😀 FAVORIRE \\\\u001b[31mLO START\\\\u0007 UP \\\\u202e")
                .replaceFirst("PROGRAMMAZIONE TERRITORIALE", "تعزيز ريادة الأعمال والشركات الناشئة " + "x".repeat(5000));
        Path hostile = OUT.resolve("hostile.json");
        Files.writeString(hostile, json);
        run(0, "--html", OUT.resolve("hostile-it.html").toString(), hostile.toString());
    }

    private static void run(int expected, String... args) {
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int status = ReportExample.run(args, new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
        assertEquals(expected, status, err.toString(StandardCharsets.UTF_8));
    }

    static String findChromium() {
        String env = System.getenv("ALBERO_CHROMIUM");
        List<String> candidates = new ArrayList<>();
        if (env != null && !env.isBlank()) {
            candidates.add(env);
        }
        for (String dir : System.getenv().getOrDefault("PATH", "/usr/bin").split(java.io.File.pathSeparator)) {
            candidates.add(Path.of(dir, "chromium").toString());
        }
        candidates.add("/usr/bin/chromium");
        for (String c : candidates) {
            if (Files.isExecutable(Path.of(c))) {
                return c;
            }
        }
        fail("Chromium is not installed, so the browser check cannot run: install it with "
                + "`apt-get update && apt-get install -y chromium` (.ci/run does), or set ALBERO_CHROMIUM");
        return null;
    }

    /** Runs Chromium headless with a private profile (other builds may run it at the same time); returns standard output. */
    private static String chromium(String... args) throws IOException, InterruptedException {
        Path profile = Files.createTempDirectory(OUT, "profile");
        List<String> command = new ArrayList<>(List.of(chromium, "--headless", "--no-sandbox", "--disable-gpu", "--hide-scrollbars",
                "--no-first-run", "--disable-dev-shm-usage", "--mute-audio", "--user-data-dir=" + profile));
        command.addAll(List.of(args));
        Path stdout = OUT.resolve("chromium.out");
        Process p = new ProcessBuilder(command).redirectOutput(stdout.toFile()).redirectError(OUT.resolve("chromium.err").toFile()).start();
        if (!p.waitFor(180, TimeUnit.SECONDS)) {
            p.destroyForcibly();
            fail("Chromium did not finish within 180 s: " + command);
        }
        assertEquals(0, p.exitValue(), () -> "Chromium failed: " + command + "\n" + read(OUT.resolve("chromium.err")));
        return read(stdout);
    }

    private static String read(Path file) {
        try {
            return Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            return "";
        }
    }

    private static String measure(String page, int width) throws Exception {
        String html = Files.readString(OUT.resolve(page + ".html"), StandardCharsets.UTF_8);
        Path copy = OUT.resolve("measure-" + page + ".html");
        Files.writeString(copy, html.replace("</body>", MEASURE + "\n</body>"), StandardCharsets.UTF_8);
        Path frame = OUT.resolve("frame-" + page + "-" + width + ".html");
        Files.writeString(frame, "<!DOCTYPE html><html><head><meta charset=\"utf-8\"/></head><body style=\"margin:0\">"
                + "<pre id=\"result\">pending</pre><iframe src=\"" + copy.getFileName() + "\" width=\"" + width
                + "\" height=\"900\" style=\"border:0;display:block\"></iframe><script>window.addEventListener('message',"
                + "function(e){document.getElementById('result').textContent=e.data;});</script></body></html>", StandardCharsets.UTF_8);
        String dom = chromium("--window-size=" + (width + 40) + ",1000", "--virtual-time-budget=15000", "--dump-dom", frame.toUri().toString());
        Matcher m = RESULT.matcher(dom);
        assertTrue(m.find(), () -> "no measurement in the DOM of " + frame + ":\n" + dom);
        String json = m.group(1).replace("&quot;", "\"").replace("&lt;", "<").replace("&gt;", ">").replace("&amp;", "&");
        assertTrue(json.startsWith("{"), () -> "the measuring script did not report for " + page + " at " + width + ": " + json);
        Files.writeString(OUT.resolve("measure-" + page + "-" + width + ".json"), json + "\n", StandardCharsets.UTF_8);
        return json;
    }

    private static double number(String json, String key) {
        Matcher m = Pattern.compile("\"" + key + "\":(-?[0-9.e+]+)").matcher(json);
        assertTrue(m.find(), key + " in " + json);
        return Double.parseDouble(m.group(1));
    }

    @Test
    void noPageScrollsHorizontallyAndNoTextIsSmallerThan10CssPx() throws Exception {
        List<String> problems = new ArrayList<>();
        for (String page : PAGES) {
            for (int width : WIDTHS) {
                String json = measure(page, width);
                System.out.println("browser check " + page + " at " + width + " px: " + json);
                if (number(json, "width") != width) {
                    problems.add(page + " at " + width + ": the viewport is " + json);
                }
                if (number(json, "scrollWidth") > width) {
                    problems.add(page + " at " + width + ": scrolls horizontally: " + json);
                }
                if (!json.contains("\"overflowing\":[]")) {
                    problems.add(page + " at " + width + ": elements stick out: " + json);
                }
                if (number(json, "minFontPx") < 10) {
                    problems.add(page + " at " + width + ": text smaller than 10 px: " + json);
                }
            }
        }
        assertEquals(List.of(), problems);
    }

    @Test
    void screenshotsAtPhoneAndDesktopWidthsAreSaved() throws Exception {
        for (String page : PAGES) {
            Path html = OUT.resolve(page + ".html");
            shot(html, "", 390, 2400, page + "-390.png");
            shot(html, "", 1280, 1400, page + "-1280.png");
        }
        // headless screenshots ignore #fragments: a copy that hides what comes before shows a scheda and the findings at the top
        String it = Files.readString(OUT.resolve("report-it.html"), StandardCharsets.UTF_8);
        Path scheda = OUT.resolve("view-scheda.html");
        Files.writeString(scheda, it.replace("</style>", "header,#summary,#scheda-1,#scheda-2,#scheda-3{display:none}\n</style>"));
        Path findings = OUT.resolve("view-findings.html");
        Files.writeString(findings, it.replace("</style>", "header,#summary,#schede{display:none}\n</style>"));
        Path hostile = OUT.resolve("view-hostile.html");
        Files.writeString(hostile, Files.readString(OUT.resolve("hostile-it.html"), StandardCharsets.UTF_8)
                .replace("</style>", "header,#summary{display:none}\n</style>"));
        shot(hostile, "", 390, 2400, "hostile-it-390-schede.png");
        shot(hostile, "", 1280, 1400, "hostile-it-1280-schede.png");
        shot(scheda, "", 390, 2400, "report-it-390-scheda.png");
        shot(findings, "", 390, 1600, "report-it-390-findings.png");
        shot(scheda, "", 1280, 1400, "report-it-1280-scheda.png");
    }

    private static void shot(Path html, String fragment, int width, int height, String name) throws Exception {
        Path png = OUT.resolve(name);
        Files.deleteIfExists(png);
        chromium("--window-size=" + width + "," + height, "--screenshot=" + png, html.toUri() + fragment);
        assertTrue(Files.size(png) > 10_000, () -> name + " is empty");
        byte[] header = Files.readAllBytes(png);
        int w = ((header[16] & 0xff) << 24) | ((header[17] & 0xff) << 16) | ((header[18] & 0xff) << 8) | (header[19] & 0xff);
        assertEquals(width, w, name + " width");
    }

    @Test
    void printingGivesAPageBreakPerScheda() throws Exception {
        Path pdf = OUT.resolve("report-it.pdf");
        Files.deleteIfExists(pdf);
        chromium("--no-pdf-header-footer", "--print-to-pdf=" + pdf, OUT.resolve("report-it.html").toUri().toString());
        String raw = new String(Files.readAllBytes(pdf), StandardCharsets.ISO_8859_1);
        Matcher m = Pattern.compile("/Type\\s*/Page[^s]").matcher(raw);
        int pages = 0;
        while (m.find()) {
            pages++;
        }
        int schede = BundledReport.load().objectives().size();
        // summary, then each scheda on its own page(s), then the findings
        assertTrue(pages >= schede + 2, pages + " pages for " + schede + " schede");
        assertTrue(raw.contains("/MediaBox [0 0 595") || raw.contains("/MediaBox [0 0 594"), "A4 pages");
    }
}
