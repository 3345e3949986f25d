package io.github.albero.sheets;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Enumeration;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.ZipEntry;
import java.util.zip.ZipException;
import java.util.zip.ZipFile;

/**
 * Inspects an XLSX zip before any XML parser sees it: inflates every entry once, counting
 * bytes, and rejects entries that inflate beyond the size or compression-ratio limits (zip
 * bombs), any XML part that declares a DTD or an entity (XXE, "billion laughs"), and sheets
 * whose declared dimension exceeds what a spreadsheet can hold. On the way it collects what
 * FastExcel does not expose: each worksheet's merged ranges, and where each sheet is stored.
 */
final class ZipGuard {
    private static final long RATIO_FLOOR = 1L << 20;
    private static final int CHUNK = 64 * 1024;
    private static final int OVERLAP = 128;
    private static final int EXCEL_MAX_ROWS = 1_048_576;
    private static final int EXCEL_MAX_COLUMNS = 16_384;
    private static final Pattern MERGE = Pattern.compile("<(?:\\w+:)?mergeCell\\s+ref=\"([A-Z]{1,3}[0-9]{1,7}(?::[A-Z]{1,3}[0-9]{1,7})?)\"");
    private static final Pattern DIMENSION = Pattern.compile("<(?:\\w+:)?dimension\\s+ref=\"([A-Z]{1,4})([0-9]{1,9})(?::([A-Z]{1,4})([0-9]{1,9}))?\"");
    private static final Pattern RELATIONSHIP = Pattern.compile("<(?:\\w+:)?Relationship\\s[^>]*>");
    private static final Pattern ATTRIBUTE = Pattern.compile("(\\w+)=\"([^\"]*)\"");

    /** What the inspection found. */
    static final class Findings {
        /** Merged ranges ({@code A2:A5}) by worksheet entry name. */
        final Map<String, Set<String>> merges = new HashMap<>();
        /** Workbook relationship targets by id ({@code rId1} → {@code xl/worksheets/sheet1.xml}). */
        final Map<String, String> relationships = new HashMap<>();
        /** The shared strings part ({@code xl/sharedStrings.xml}), when the workbook declares one. */
        String sharedStrings;
    }

    private ZipGuard() {
    }

    static Findings inspect(Path file, SheetLimits limits, Problems problems) {
        Findings findings = new Findings();
        long total = 0;
        int entries = 0;
        byte[] window = new byte[OVERLAP + CHUNK];
        try (ZipFile zip = new ZipFile(file.toFile())) {
            Enumeration<? extends ZipEntry> all = zip.entries();
            while (all.hasMoreElements()) {
                ZipEntry e = all.nextElement();
                if (++entries > limits.maxEntries()) {
                    throw problems.fatal(SheetRule.TOO_MANY_ENTRIES, null, null, null, Map.of("max", Integer.toString(limits.maxEntries())));
                }
                if (e.isDirectory()) {
                    continue;
                }
                total += inspect(zip, e, limits, problems, findings, total, window);
            }
        } catch (ZipException e) {
            throw problems.fatal(SheetRule.NOT_A_WORKBOOK, null, null, null, Map.of("problem", String.valueOf(e.getMessage())));
        } catch (IOException e) {
            throw problems.fatal(SheetRule.UNREADABLE, null, null, null, Map.of("problem", String.valueOf(e.getMessage())));
        }
        return findings;
    }

    private static long inspect(ZipFile zip, ZipEntry e, SheetLimits limits, Problems problems, Findings findings, long before,
            byte[] window)
            throws IOException {
        String name = e.getName();
        boolean xml = name.endsWith(".xml") || name.endsWith(".rels");
        boolean worksheet = name.startsWith("xl/worksheets/") && name.endsWith(".xml");
        boolean rels = name.equals("xl/_rels/workbook.xml.rels");
        long compressed = Math.max(1, e.getCompressedSize());
        long count = 0;
        StringBuilder relsText = rels ? new StringBuilder() : null;
        // the window (one for all entries) holds the end of the previous chunk (markup cut between two chunks), then the new one
        int carried = 0;
        Set<String> merges = worksheet ? new LinkedHashSet<>() : null;
        boolean dimensionSeen = false;
        try (InputStream in = zip.getInputStream(e)) {
            for (int n; (n = in.read(window, carried, CHUNK)) > 0;) {
                count += n;
                if (count > limits.maxEntryBytes()) {
                    throw problems.fatal(SheetRule.ENTRY_TOO_LARGE, null, null, name, Map.of("max", Long.toString(limits.maxEntryBytes())));
                }
                if (before + count > limits.maxTotalBytes()) {
                    throw problems.fatal(SheetRule.TOTAL_TOO_LARGE, null, null, name, Map.of("max", Long.toString(limits.maxTotalBytes())));
                }
                if (count > RATIO_FLOOR && e.getCompressedSize() > 0 && count / compressed > limits.maxCompressionRatio()) {
                    throw problems.fatal(SheetRule.RATIO_TOO_HIGH, null, null, name,
                            Map.of("max", Integer.toString(limits.maxCompressionRatio())));
                }
                if (!xml) {
                    continue;
                }
                // markup is ASCII: scan the bytes for "<!" (UTF-8, or UTF-16 with a zero byte between) and,
                // in worksheets, for the merge and dimension elements, decoding only around them
                int length = carried + n;
                for (int i = 0; i < length - 1; i++) {
                    if (window[i] != '<') {
                        continue;
                    }
                    if (window[i + 1] == '!' || (window[i + 1] == 0 && i + 2 < length && window[i + 2] == '!')) {
                        if (startsWith(window, i, length, "<!DOCTYPE") || startsWith(window, i, length, "<!ENTITY")
                                || startsWith16(window, i, length, "<!DOCTYPE") || startsWith16(window, i, length, "<!ENTITY")) {
                            throw problems.fatal(SheetRule.DTD_FORBIDDEN, null, null, name, Map.of());
                        }
                    } else if (worksheet && (window[i + 1] == 'm' || window[i + 1] == 'd' || window[i + 1] == 'x')) {
                        int end = Math.min(length, i + 200);
                        String near = new String(window, i, end - i, StandardCharsets.ISO_8859_1);
                        Matcher m = MERGE.matcher(near);
                        if (m.lookingAt()) {
                            merges.add(m.group(1));
                        } else if (!dimensionSeen) {
                            Matcher d = DIMENSION.matcher(near);
                            if (d.lookingAt()) {
                                dimensionSeen = true;
                                checkDimension(d, name, problems);
                            }
                        }
                    }
                }
                if (rels && relsText.length() < CHUNK * 16) {
                    relsText.append(new String(window, carried, n, StandardCharsets.UTF_8));
                }
                // keep the end of this chunk, so that markup cut between two chunks is seen whole
                int keep = Math.min(OVERLAP, length);
                System.arraycopy(window, length - keep, window, 0, keep);
                carried = keep;
            }
        }
        if (worksheet && !merges.isEmpty()) {
            findings.merges.put(name, merges);
        }
        if (rels) {
            Matcher m = RELATIONSHIP.matcher(relsText);
            while (m.find()) {
                Map<String, String> attributes = new HashMap<>();
                Matcher a = ATTRIBUTE.matcher(m.group());
                while (a.find()) {
                    attributes.put(a.group(1), a.group(2));
                }
                String target = attributes.get("Target");
                if (attributes.containsKey("Id") && target != null) {
                    String part = target.startsWith("/") ? target.substring(1) : "xl/" + target;
                    findings.relationships.put(attributes.get("Id"), part);
                    if (String.valueOf(attributes.get("Type")).endsWith("/sharedStrings")) {
                        findings.sharedStrings = part;
                    }
                }
            }
        }
        return count;
    }

    private static void checkDimension(Matcher d, String entry, Problems problems) {
        String lastColumn = d.group(3) != null ? d.group(3) : d.group(1);
        long lastRow = Long.parseLong(d.group(4) != null ? d.group(4) : d.group(2));
        if (lastRow > EXCEL_MAX_ROWS || columnIndex(lastColumn) >= EXCEL_MAX_COLUMNS) {
            throw problems.fatal(SheetRule.DIMENSION_TOO_LARGE, null, null, d.group().replaceAll(".*ref=\"|\"", ""),
                    Map.of("entry", entry));
        }
    }

    static int columnIndex(String letters) {
        int index = 0;
        for (int i = 0; i < letters.length(); i++) {
            index = index * 26 + (letters.charAt(i) - 'A' + 1);
        }
        return index - 1;
    }

    private static boolean startsWith(byte[] b, int at, int length, String ascii) {
        if (at + ascii.length() > length) {
            return false;
        }
        for (int k = 0; k < ascii.length(); k++) {
            if (b[at + k] != ascii.charAt(k)) {
                return false;
            }
        }
        return true;
    }

    /** UTF-16 little-endian from {@code at} ({@code <\0!\0…}); big-endian is the same seen one byte later. */
    private static boolean startsWith16(byte[] b, int at, int length, String ascii) {
        if (at + 2 * ascii.length() > length) {
            return false;
        }
        for (int k = 0; k < ascii.length(); k++) {
            if (b[at + 2 * k] != ascii.charAt(k) || b[at + 2 * k + 1] != 0) {
                return false;
            }
        }
        return true;
    }

    /** Copies a stream to a temporary file, refusing more than the file-size limit. */
    static Path spool(InputStream in, SheetLimits limits, Problems problems) {
        try {
            Path tmp = Files.createTempFile("albero-sheets", ".xlsx");
            try (var out = Files.newOutputStream(tmp)) {
                byte[] buffer = new byte[CHUNK];
                long count = 0;
                for (int n; (n = in.read(buffer)) > 0;) {
                    count += n;
                    if (count > limits.maxFileBytes()) {
                        Files.deleteIfExists(tmp);
                        throw problems.fatal(SheetRule.FILE_TOO_LARGE, null, null, null, Map.of("max", Long.toString(limits.maxFileBytes())));
                    }
                    out.write(buffer, 0, n);
                }
            }
            return tmp;
        } catch (IOException e) {
            throw problems.fatal(SheetRule.UNREADABLE, null, null, null, Map.of("problem", String.valueOf(e.getMessage())));
        }
    }

    static List<String> mergedRanges(Findings findings, String entry) {
        return new ArrayList<>(findings.merges.getOrDefault(entry, Set.of()));
    }
}
