package io.github.albero.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;
import tools.jackson.databind.node.StringNode;

/**
 * The reader, python-jsonschema and ajv judge alike: documents one member away from valid ones
 * (every member of three documents that use every member of the format, changed to a wrong type,
 * a bound, a spelling, white space of each kind, a final line break, an unpaired surrogate, null,
 * or removed, or beside an unknown member) go through all three, and
 * <ul>
 * <li>every document the reader accepts, both validators accept;
 * <li>both validators give the same verdict (the schema means the same in ECMAScript and Python);
 * <li>a document the validators accept and the reader refuses breaks one of the rules FORMAT.md
 *     says only the reader checks ({@link #READER_ONLY}).
 * </ul>
 * The validators run as a user would run them: python-jsonschema's {@code Draft202012Validator}
 * with no format checker, ajv in strict mode with no formats added. Like
 * {@link IndependentValidatorsTest}, a machine without them fails, saying what to install.
 */
class ReaderAndValidatorsAgreeTest {
    /** What the reader's message says for each rule FORMAT.md leaves to the reader, and why. */
    static final Map<String, String> READER_ONLY = new LinkedHashMap<>();

    static {
        READER_ONLY.put("decimals", "decimals: multipleOf is binary floating point in both validators");
        READER_ONLY.put("below 10^15", "10^15 itself: 999999999999999.99 is 10^15 as a double, the schema's bound is inclusive");
        READER_ONLY.put("(a whole number), got the number", "2017.0 or 2.017E3 for an integer: a JSON number to both validators");
        READER_ONLY.put("expected a whole number, got the number", "2.0 for a count: a JSON number to both validators");
        READER_ONLY.put("names no objective of the plan", "a contribution's link to an objective elsewhere in the plan");
        READER_ONLY.put("disagrees with the parts", "a result's reading against its numerator and denominator");
        READER_ONLY.put("need the indicator's ratio definition", "a result's parts against its indicator's ratio");
        READER_ONLY.put("must not be below the lower bound", "upperBound against value");
        READER_ONLY.put("must not precede the first year", "horizon.last against horizon.first");
        READER_ONLY.put("must lie within the horizon", "referenceYear against horizon");
        READER_ONLY.put("lies outside the year", "a monitoring period against its year key");
        READER_ONLY.put("must start with the", "a code's agreement with its mission's and program's codes");
        READER_ONLY.put("cannot contribute to itself", "public-value links that form a cycle");
    }

    private static final String MARK = "\u0001changed\u0001";

    /** Numbers put in place of every number. */
    private static final String[] NUMBERS = {"-0", "0", "-1", "1E+2", "1e2", "1.0", "1.5", "0.1234567", "1E-7", "1e15",
        "999999999999999", "999999999999999.99", "999999999999999.999999", "-999999999999999.999999", "1000000000000000",
        "-1000000000000000", "1" + "0".repeat(63), "1" + "0".repeat(64), "0." + "0".repeat(61) + "1", "2017.0", "2.017E3",
        "1900", "2999", "3000", "1899", "\"5\"", "true", "null", "[]", "{}", "2147483647", "2147483648", "1000",
        "1000.000001", "100", "99.999999", "0.000001", "-0.0", "0E-10", "5E-1"};
    /** Strings put in place of every string, besides changes of the string itself. */
    private static final String[] STRINGS = {"\"\"", "\" \"", "\"\\u00a0\"", "\"\\u0085\"", "\"\\u001c\"", "\"\\ufeff\"",
        "\"\\u2028\"", "\"\\u200b\"", "\"\\u180e\"", "\"\\u3000\"", "\"x\\n\"", "\" x\"", "\"x \"", "\"\\ud800\"",
        "\"\\udc00x\"", "\"" + "a".repeat(41) + "\"", "\"" + "a".repeat(201) + "\"", "5", "null", "true", "\"2017-02-30\"",
        "\"2017-1-1\"", "\"2016-02-29\"", "\"x\\u0000y\"", "\"a\\tb\"", "\"\\t\"", "\"x\\u007fy\"",
        // codes of each scheme in the others' places
        "\"21\"", "\"50\"", "\"00\"", "\"0201\"", "\"011\"", "\"A\"", "\"011-005-001\"", "\"011-005-01\"", "\"OS1.1\"",
        "\"1-2-3\"", "\"01-0101-01\"", "\"1.1\"", "\"2.0\""};
    /** Year keys put in place of every year key. */
    private static final String[] YEAR_KEYS = {"17", "02017", "2017 ", " 2017", "1899", "3000", "2017.0", "2017\n", "+2017",
        "1900", "2999", "\uff12\uff10\uff11\uff17"};

    /** One document and the change that made it. */
    record Mutant(String name, String json) {
    }

    /** {@return the documents, one change each, the same on every run} */
    static List<Mutant> mutants() throws Exception {
        Map<String, String> bases = new LinkedHashMap<>();
        bases.put("base", BadInputCatalogueTest.BASE);
        bases.put("piao", AlberoJson.write(RicherIndicatorsTest.piao()));
        bases.put("example", AlberoJson.write(AlberoJson.read(FormatDocumentTest.completeExample())));
        bases.put("areas", CodesAndSchemesJsonTest.AREAS);
        bases.put("local", CodesAndSchemesJsonTest.LOCAL);
        List<Mutant> out = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (Map.Entry<String, String> base : bases.entrySet()) {
            JsonNode root = AlberoJson.mapper().readTree(base.getValue());
            // a member is changed once per classification scheme: the schema's rules for codes differ by scheme
            String scheme = root.has("scheme") ? root.get("scheme").asString() + " " : "";
            List<List<Object>> paths = new ArrayList<>();
            collect(root, new ArrayList<>(), paths);
            for (int k = 0; k < paths.size(); k++) {
                List<Object> path = paths.get(k);
                JsonNode node = at(root, path);
                String where = base.getKey() + " " + pattern(path);
                List<String> values = new ArrayList<>();
                if (node.isNumber()) {
                    values.addAll(List.of(NUMBERS));
                } else if (node.isString()) {
                    values.addAll(List.of(STRINGS));
                    String s = node.asString();
                    for (String t : List.of(s + "\n", s + " ", "\u00a0" + s, s + "\u2028", s + "\u0085", s.toUpperCase(),
                            Character.toUpperCase(s.charAt(0)) + s.substring(1))) {
                        values.add(quote(t));
                    }
                } else if (node.isBoolean()) {
                    values.addAll(List.of("false", "true", "\"true\"", "1", "null"));
                } else {
                    values.addAll(List.of("null", "[]", "{}", "[null]", "\"x\""));
                }
                // a third of the values at each place, a different third at the next: every value meets every kind of member
                for (int v = k % 3; v < values.size(); v += 3) {
                    if (seen.add(scheme + pattern(path) + " := " + values.get(v))) {
                        JsonNode copy = root.deepCopy();
                        put(copy, path, StringNode.valueOf(MARK));
                        out.add(new Mutant(where + " := " + values.get(v), render(copy).replace(quote(MARK), values.get(v))));
                    }
                }
                Object last = path.get(path.size() - 1);
                if (last instanceof String key) {
                    if (seen.add(scheme + pattern(path) + " removed")) {
                        JsonNode copy = root.deepCopy();
                        ((ObjectNode) at(copy, path.subList(0, path.size() - 1))).remove(key);
                        out.add(new Mutant(where + " removed", render(copy)));
                    }
                    if (key.matches("[0-9]{4}")) {
                        for (String other : YEAR_KEYS) {
                            if (seen.add(scheme + pattern(path) + " key " + other)) {
                                JsonNode copy = root.deepCopy();
                                ObjectNode parent = (ObjectNode) at(copy, path.subList(0, path.size() - 1));
                                parent.set(other, parent.remove(key));
                                out.add(new Mutant(where + " key " + quote(other), render(copy)));
                            }
                        }
                    }
                }
                if (node.isObject() && seen.add(scheme + pattern(path) + " unknown member")) {
                    JsonNode copy = root.deepCopy();
                    ((ObjectNode) at(copy, path)).put("colour", 1);
                    out.add(new Mutant(where + " unknown member", render(copy)));
                }
            }
        }
        return out;
    }

    @Test
    void theReaderAndBothValidatorsAgreeOnEveryDocumentOneChangeAwayFromAValidOne(@TempDir Path dir) throws Exception {
        String python = IndependentValidatorsTest.pythonWithJsonschema();
        if (python == null) {
            fail("no python with the jsonschema package found: install it with `apt-get install -y python3-jsonschema`, as .ci/run does");
        }
        Path ajv = IndependentValidatorsTest.ajvInstalled();
        List<Mutant> mutants = mutants();
        assertTrue(mutants.size() > 1000, mutants.size() + " documents");
        Path docs = Files.createDirectories(dir.resolve("docs"));
        List<String> reader = new ArrayList<>();
        for (int i = 0; i < mutants.size(); i++) {
            Files.writeString(docs.resolve(String.format("%05d.json", i)), mutants.get(i).json(), StandardCharsets.UTF_8);
            reader.add(readerVerdict(mutants.get(i).json()));
        }
        Path schema = Files.writeString(dir.resolve("schema.json"), AlberoJson.schema());
        Path script = Files.writeString(dir.resolve("verdicts.py"), PYTHON);
        Map<String, String> byPython = verdicts(List.of(python, script.toString(), schema.toString(), docs.toString()));
        Map<String, String> byAjv = verdicts(List.of("node", ajv.resolve("verdicts.js").toString(), schema.toString(), docs.toString()));

        Map<String, List<String>> wrong = new TreeMap<>();
        int readerOnly = 0;
        for (int i = 0; i < mutants.size(); i++) {
            String file = String.format("%05d.json", i);
            String r = reader.get(i);
            String p = byPython.getOrDefault(file, "MISSING");
            String a = byAjv.getOrDefault(file, "MISSING");
            String name = mutants.get(i).name() + " | reader: " + r + " | python: " + p + " | ajv: " + a;
            boolean pAccepts = p.equals("ACCEPT");
            boolean aAccepts = a.equals("ACCEPT");
            if (r.startsWith("CRASH")) {
                wrong.computeIfAbsent("the reader threw something else than AlberoJsonException", x -> new ArrayList<>()).add(name);
            } else if (pAccepts != aAccepts) {
                wrong.computeIfAbsent("python and ajv disagree", x -> new ArrayList<>()).add(name);
            } else if (r.equals("ACCEPT") && !pAccepts) {
                wrong.computeIfAbsent("the reader accepts what the validators refuse", x -> new ArrayList<>()).add(name);
            } else if (!r.equals("ACCEPT") && pAccepts) {
                if (READER_ONLY.keySet().stream().anyMatch(r::contains)) {
                    readerOnly++;
                } else {
                    wrong.computeIfAbsent("the validators accept what the reader refuses, for a rule the schema could say", x -> new ArrayList<>()).add(name);
                }
            }
        }
        StringBuilder report = new StringBuilder();
        wrong.forEach((why, names) -> {
            report.append("\n").append(why).append(" (").append(names.size()).append("):");
            names.stream().limit(20).forEach(n -> report.append("\n  ").append(n));
        });
        assertEquals("", report.toString(), mutants.size() + " documents, " + readerOnly + " refused by the reader alone");
        assertTrue(readerOnly > 0, "the documents reach the rules only the reader checks");
    }

    /** {@return ACCEPT, REFUSE and the message, or CRASH and the exception} */
    private static String readerVerdict(String json) {
        try {
            AlberoJson.read(json);
            return "ACCEPT";
        } catch (AlberoJsonException e) {
            return "REFUSE " + e.getMessage();
        } catch (RuntimeException e) {
            return "CRASH " + e;
        }
    }

    private static final String PYTHON = String.join("\n",
            "import json, os, sys",
            "import jsonschema",
            "schema = json.load(open(sys.argv[1], encoding='utf-8'))",
            "jsonschema.Draft202012Validator.check_schema(schema)",
            "v = jsonschema.Draft202012Validator(schema)",
            "for name in sorted(os.listdir(sys.argv[2])):",
            "    errors = list(v.iter_errors(json.load(open(os.path.join(sys.argv[2], name), encoding='utf-8'))))",
            "    print(name + ' ' + ('REFUSE ' + errors[0].json_path + ' ' + errors[0].message[:120].replace('\\n', ' ') if errors else 'ACCEPT'))",
            "");

    /** {@return each file's verdict, as the validator's command prints it: "name ACCEPT" or "name REFUSE why"} */
    private static Map<String, String> verdicts(List<String> command) throws Exception {
        Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(p.waitFor(600, TimeUnit.SECONDS), command.get(0) + " did not finish");
        assertEquals(0, p.exitValue(), out);
        Map<String, String> verdicts = new HashMap<>();
        out.lines().forEach(l -> verdicts.put(l.substring(0, l.indexOf(' ')), l.substring(l.indexOf(' ') + 1)));
        return verdicts;
    }

    private static void collect(JsonNode node, List<Object> path, List<List<Object>> out) {
        if (!path.isEmpty()) {
            out.add(List.copyOf(path));
        }
        if (node.isObject()) {
            for (Map.Entry<String, JsonNode> e : node.properties()) {
                path.add(e.getKey());
                collect(e.getValue(), path, out);
                path.remove(path.size() - 1);
            }
        } else if (node.isArray()) {
            for (int i = 0; i < node.size(); i++) {
                path.add(i);
                collect(node.get(i), path, out);
                path.remove(path.size() - 1);
            }
        }
    }

    /** {@return where a change is made, as the schema sees it: indexes and years are alike} */
    private static String pattern(List<Object> path) {
        StringBuilder sb = new StringBuilder();
        for (Object o : path) {
            sb.append('/').append(o instanceof Integer ? "*" : ((String) o).matches("[0-9]{4}") ? "YEAR" : o);
        }
        return sb.toString();
    }

    private static JsonNode at(JsonNode root, List<Object> path) {
        JsonNode node = root;
        for (Object o : path) {
            node = o instanceof Integer i ? node.get(i) : node.get((String) o);
        }
        return node;
    }

    private static void put(JsonNode root, List<Object> path, JsonNode value) {
        JsonNode parent = at(root, path.subList(0, path.size() - 1));
        Object last = path.get(path.size() - 1);
        if (last instanceof Integer i) {
            ((ArrayNode) parent).set(i, value);
        } else {
            ((ObjectNode) parent).set((String) last, value);
        }
    }

    /** {@return the compact JSON, numbers exactly as read (the hardened mapper's BigDecimals)} */
    private static String render(JsonNode node) {
        StringBuilder sb = new StringBuilder();
        render(node, sb);
        return sb.toString();
    }

    private static void render(JsonNode node, StringBuilder sb) {
        if (node.isObject()) {
            sb.append('{');
            String sep = "";
            for (Map.Entry<String, JsonNode> e : node.properties()) {
                sb.append(sep).append(quote(e.getKey())).append(':');
                render(e.getValue(), sb);
                sep = ",";
            }
            sb.append('}');
        } else if (node.isArray()) {
            sb.append('[');
            String sep = "";
            for (JsonNode c : node) {
                sb.append(sep);
                render(c, sb);
                sep = ",";
            }
            sb.append(']');
        } else if (node.isString()) {
            sb.append(quote(node.asString()));
        } else if (node.isBigDecimal()) {
            sb.append(node.decimalValue().toPlainString());
        } else {
            sb.append(node);
        }
    }

    /** {@return a JSON string; controls and surrogates escaped, so that the file is well-formed UTF-8} */
    private static String quote(String s) {
        StringBuilder sb = new StringBuilder("\"");
        for (char c : s.toCharArray()) {
            if (c == '"' || c == '\\') {
                sb.append('\\').append(c);
            } else if (c < 0x20 || Character.isSurrogate(c)) {
                sb.append(String.format("\\u%04x", (int) c));
            } else {
                sb.append(c);
            }
        }
        return sb.append('"').toString();
    }
}
