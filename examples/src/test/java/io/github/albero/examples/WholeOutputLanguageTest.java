package io.github.albero.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.albero.json.AlberoJson;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The example's whole output in each language: standard output, standard error, the Markdown file
 * and the visible text of the HTML page. With {@code --locale en} no number is written in the
 * Italian notation, with {@code --locale it} no English word of the library's own vocabulary
 * appears; the document's own texts (titles, names, quoted targets and results), which are
 * Italian whatever the language of the report, are left out of both checks.
 */
class WholeOutputLanguageTest {
    // a run of digits, points and commas; it is Italian when only the Italian notation reads it (2,9 · 1.234,5 · 1.234.567)
    private static final Pattern NUMBER = Pattern.compile("\\d[\\d.,]*\\d|\\d");
    private static final Pattern ITALIAN = Pattern.compile("\\d{1,3}(?:\\.\\d{3})+(?:,\\d+)?|\\d+,\\d+");
    private static final Pattern ENGLISH = Pattern.compile("\\d{1,3}(?:,\\d{3})*(?:\\.\\d+)?|\\d+(?:\\.\\d+)?");
    private static final Pattern WORD = Pattern.compile("\\p{L}+");

    @TempDir
    Path dir;

    @Test
    void theEnglishOutputHasNoItalianNumberOutsideTheDocumentsOwnTexts() throws IOException {
        String output = wholeOutput("en");
        String corpus = documentTexts();
        List<String> italian = new ArrayList<>();
        for (String line : withoutDocumentCells(output, corpus).split("\n")) {
            Matcher m = NUMBER.matcher(line);
            while (m.find()) {
                boolean italianOnly = ITALIAN.matcher(m.group()).matches() && !ENGLISH.matcher(m.group()).matches();
                if (italianOnly && !quotedFromTheDocument(line, m.start(), m.end(), corpus)) {
                    italian.add(m.group() + "  in: " + line.strip());
                }
            }
        }
        assertEquals(List.of(), italian);
        assertTrue(output.contains("98.75%"), "the headline in English notation");
    }

    @Test
    void theItalianOutputHasNoEnglishWordOutsideTheDocumentsOwnTexts() throws IOException {
        String output = wholeOutput("it");
        Set<String> english = englishVocabulary();
        List<String> found = new ArrayList<>();
        for (String line : output.split("\n")) {
            Matcher m = WORD.matcher(line);
            while (m.find()) {
                if (english.contains(m.group().toLowerCase(Locale.ROOT))) {
                    found.add(m.group() + "  in: " + line.strip());
                }
            }
        }
        assertEquals(List.of(), found);
        assertTrue(output.contains("98,75%"), "the headline in Italian notation");
        assertTrue(output.contains("1 errore, 22 avvisi, 16 note"), "singular and plural");
    }

    /** {@return stdout, stderr, the Markdown file and the HTML page's visible text of one run} */
    private String wholeOutput(String language) throws IOException {
        Path html = dir.resolve(language + ".html");
        Path md = dir.resolve(language + ".md");
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int status = ReportExample.run(new String[] {"--locale", language, "--html", html.toString(), "--markdown", md.toString()},
                new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8));
        assertEquals(ReportExample.OK, status, err.toString(StandardCharsets.UTF_8));
        return out.toString(StandardCharsets.UTF_8) + "\n" + err.toString(StandardCharsets.UTF_8) + "\n" + Files.readString(md) + "\n"
                + visibleText(Files.readString(html));
    }

    private static String visibleText(String html) {
        String body = html.replaceAll("(?s)<style.*?</style>", "").replaceAll("(?s)<script.*?</script>", "")
                .replaceAll("(?s)<!--.*?-->", "");
        String text = body.replaceAll("<[^>]*>", "\n");
        return text.replace("&lt;", "<").replace("&gt;", ">").replace("&quot;", "\"").replace("&#39;", "'").replace("&nbsp;", " ")
                .replace("&amp;", "&");
    }

    /** Every string of the bundled report, as its JSON holds it, flattened to single spaces: the document's own words. */
    private static String documentTexts() {
        String json = AlberoJson.write(BundledReport.load());
        StringBuilder sb = new StringBuilder();
        // every JSON string, scanned by hand (a regular expression overflows the stack on long texts)
        for (int i = json.indexOf('"'); i >= 0; i = json.indexOf('"', i + 1)) {
            int end = i + 1;
            while (json.charAt(end) != '"') {
                end += json.charAt(end) == '\\' ? 2 : 1;
            }
            sb.append(unescape(json.substring(i + 1, end)).replaceAll("\\s+", " ")).append('\n');
            i = end;
        }
        return sb.toString();
    }

    private static String unescape(String s) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c != '\\' || i + 1 == s.length()) {
                sb.append(c);
                continue;
            }
            char e = s.charAt(++i);
            switch (e) {
                case 'n', 'r', 't' -> sb.append(' ');
                case 'u' -> {
                    sb.append((char) Integer.parseInt(s.substring(i + 1, i + 5), 16));
                    i += 4;
                }
                default -> sb.append(e);
            }
        }
        return sb.toString();
    }

    /**
     * {@return the output with every table cell or quoted part that is a text of the document (or
     * its abbreviation, cut with an ellipsis) blanked out}
     */
    private static String withoutDocumentCells(String output, String corpus) {
        StringBuilder sb = new StringBuilder();
        for (String line : output.split("\n")) {
            for (String part : line.split("(?<=[|\"“”])|(?=[|\"“”])")) {
                String t = part.strip();
                String cut = t.endsWith("…") ? t.substring(0, t.length() - 1) : t;
                sb.append(!cut.isEmpty() && corpus.contains(cut.replaceAll("\\s+", " ")) ? " " : part);
            }
            sb.append('\n');
        }
        return sb.toString();
    }

    /** A number is the document's when the few characters around it, on one side, are found in one of its texts. */
    private static boolean quotedFromTheDocument(String line, int start, int end, String corpus) {
        String flat = line.replaceAll("\\s", " ");
        String left = flat.substring(Math.max(0, start - 6), end);
        String right = flat.substring(start, Math.min(flat.length(), end + 6));
        return corpus.contains(left) || corpus.contains(right);
    }

    /**
     * The words of the library's English texts (the English bundles of core, validation, report and
     * the example) that are not also Italian words of its Italian bundles or words of the document.
     */
    private static Set<String> englishVocabulary() throws IOException {
        Path root = Path.of("").toAbsolutePath().getParent();
        String[][] bundles = {
            {"core/src/main/resources/io/github/albero/render/achievement"},
            {"core/src/main/resources/io/github/albero/render/variance"},
            {"core/src/main/resources/io/github/albero/render/views"},
            {"validation/src/main/resources/io/github/albero/validation/messages"},
            {"report/src/main/resources/io/github/albero/report/labels"},
            {"examples/src/main/resources/io/github/albero/examples/cli"},
        };
        Set<String> english = new HashSet<>();
        Set<String> italian = new HashSet<>();
        for (String[] b : bundles) {
            words(Files.readString(root.resolve(b[0] + ".properties")), english);
            words(Files.readString(root.resolve(b[0] + "_it.properties")), italian);
        }
        Matcher d = WORD.matcher(documentTexts());
        while (d.find()) {
            italian.add(d.group().toLowerCase(Locale.ROOT));
        }
        english.removeAll(italian);
        english.removeIf(w -> w.length() < 3);
        return english;
    }

    private static void words(String text, Set<String> into) {
        for (String line : text.split("\n")) {
            if (line.startsWith("#")) {
                continue;
            }
            int eq = line.indexOf('=');
            Matcher m = WORD.matcher(eq < 0 ? line : line.substring(eq + 1));
            while (m.find()) {
                into.add(m.group().toLowerCase(Locale.ROOT));
            }
        }
    }
}
