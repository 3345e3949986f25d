package io.github.albero.sheets;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Enumeration;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.UnaryOperator;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import java.util.zip.ZipOutputStream;
import org.dhatim.fastexcel.VisibilityState;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;

/** A small workbook for tests: a valid report in the template, to be broken one cell at a time. */
final class Book {
    /** A formula cell, written without cached value (as FastExcel writes formulas). */
    static final class Formula {
        final String text;

        Formula(String text) {
            this.text = text;
        }
    }

    final Map<String, List<List<Object>>> sheets = new LinkedHashMap<>();
    final Set<String> hidden = new HashSet<>();
    final Map<String, List<int[]>> merges = new LinkedHashMap<>();

    static Book base() {
        Book b = new Book();
        b.sheet("Piano", row("Campo / Field", "Valore / Value"), row("Tipo documento / Kind", "relazione"),
                row("Amministrazione / Administration", "Camera di Commercio di Lucca"), row("Anno di riferimento / Reference year", 2017),
                row("Primo anno / First year", 2016), row("Ultimo anno / Last year", 2018));
        b.sheet("Albero", row("Livello / Level", "Codice / Code", "Obiettivo strategico / Strategic objective", "Titolo / Title"),
                row("missione", "011", null, "Competitività e sviluppo delle imprese"),
                row("programma", "011-005", null, "Promozione e attuazione di politiche di sviluppo"),
                row("obiettivo strategico", "011-005-001", null, "PROGRAMMAZIONE TERRITORIALE"),
                row("obiettivo operativo", "OP1", "011-005-001", "Eventi sul territorio"));
        b.sheet("Indicatori", row("Rif. / Ref", "Obiettivo / Objective", "Obiettivo operativo / Operational objective",
                "Indicatore / Name", "Polarità / Polarity", "Peso / Weight"),
                row("1", "011-005-001", null, "Eventi realizzati", "crescente", 50),
                row("2", "011-005-001", "OP1", "Tempi medi di evasione", "decrescente", 50));
        b.sheet("Valori", row("Rif. indicatore / Indicator ref", "Anno / Year", "Risultato atteso / Target", "Risultato / Result"),
                row("1", 2017, "realizzazione di almeno 2 eventi", "n. 3 eventi"), row("2", 2017, "entro 30 giorni", "25 gg"));
        b.sheet("Risorse", row("Obiettivo / Objective", "Obiettivo operativo / Operational objective", "Anno / Year", "Base / Basis",
                "Proventi correnti / Revenues", "Oneri correnti / Costs", "Investimenti / Investments"),
                row("011-005-001", null, 2017, "preventivo", 0, 5000, 0),
                row("011-005-001", null, 2017, "consuntivo", 0, "€ 4.800,50", 0));
        return b;
    }

    static List<Object> row(Object... cells) {
        return new ArrayList<>(Arrays.asList(cells));
    }

    Book sheet(String name, List<?>... rows) {
        List<List<Object>> list = new ArrayList<>();
        for (List<?> r : rows) {
            list.add(new ArrayList<>(r));
        }
        sheets.put(name, list);
        return this;
    }

    /** Sets a cell by A1 reference, growing the sheet as needed. */
    Book set(String sheet, String ref, Object value) {
        int split = 0;
        while (Character.isLetter(ref.charAt(split))) {
            split++;
        }
        int col = ZipGuard.columnIndex(ref.substring(0, split));
        int row = Integer.parseInt(ref.substring(split)) - 1;
        List<List<Object>> rows = sheets.get(sheet);
        while (rows.size() <= row) {
            rows.add(new ArrayList<>());
        }
        List<Object> r = rows.get(row);
        while (r.size() <= col) {
            r.add(null);
        }
        r.set(col, value);
        return this;
    }

    Book addRow(String sheet, Object... cells) {
        sheets.get(sheet).add(row(cells));
        return this;
    }

    Book removeColumn(String sheet, int col) {
        for (List<Object> r : sheets.get(sheet)) {
            if (r.size() > col) {
                r.remove(col);
            }
        }
        return this;
    }

    Book hide(String sheet) {
        hidden.add(sheet);
        return this;
    }

    Book merge(String sheet, int top, int left, int bottom, int right) {
        merges.computeIfAbsent(sheet, s -> new ArrayList<>()).add(new int[] {top, left, bottom, right});
        return this;
    }

    Book rename(String from, String to) {
        Map<String, List<List<Object>>> copy = new LinkedHashMap<>();
        sheets.forEach((k, v) -> copy.put(k.equals(from) ? to : k, v));
        sheets.clear();
        sheets.putAll(copy);
        return this;
    }

    Book without(String sheet) {
        sheets.remove(sheet);
        return this;
    }

    byte[] xlsxBytes() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        writeXlsx(out);
        return out.toByteArray();
    }

    void writeXlsx(OutputStream out) {
        try {
            Workbook wb = new Workbook(out, "test", "1.0");
            for (Map.Entry<String, List<List<Object>>> e : sheets.entrySet()) {
                Worksheet ws = wb.newWorksheet(e.getKey());
                List<List<Object>> rows = e.getValue();
                for (int r = 0; r < rows.size(); r++) {
                    for (int c = 0; c < rows.get(r).size(); c++) {
                        Object v = rows.get(r).get(c);
                        if (v == null) {
                            continue;
                        }
                        if (v instanceof Formula) {
                            ws.formula(r, c, ((Formula) v).text);
                        } else if (v instanceof LocalDate) {
                            ws.value(r, c, (LocalDate) v);
                            ws.style(r, c).format("dd/mm/yyyy").set();
                        } else if (v instanceof Number) {
                            ws.value(r, c, (Number) v);
                        } else if (v instanceof Boolean) {
                            ws.value(r, c, (Boolean) v);
                        } else {
                            ws.value(r, c, v.toString());
                        }
                    }
                }
                for (int[] m : merges.getOrDefault(e.getKey(), List.of())) {
                    ws.range(m[0], m[1], m[2], m[3]).merge();
                }
                if (hidden.contains(e.getKey())) {
                    ws.setVisibilityState(VisibilityState.HIDDEN);
                }
            }
            wb.finish();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Writes the workbook with {@code extra} more rows streamed into one sheet, one cell each in column Z. */
    Path xlsxWithRows(Path dir, String name, String sheet, int extra) {
        Path file = dir.resolve(name + ".xlsx");
        try (OutputStream out = Files.newOutputStream(file)) {
            Workbook wb = new Workbook(out, "test", "1.0");
            for (Map.Entry<String, List<List<Object>>> e : sheets.entrySet()) {
                Worksheet ws = wb.newWorksheet(e.getKey());
                List<List<Object>> rows = e.getValue();
                for (int r = 0; r < rows.size(); r++) {
                    for (int c = 0; c < rows.get(r).size(); c++) {
                        Object v = rows.get(r).get(c);
                        if (v instanceof Number) {
                            ws.value(r, c, (Number) v);
                        } else if (v != null) {
                            ws.value(r, c, v.toString());
                        }
                    }
                }
                if (e.getKey().equals(sheet)) {
                    for (int r = rows.size(); r < rows.size() + extra; r++) {
                        ws.value(r, 25, r);
                        if (r % 10_000 == 0) {
                            ws.flush();
                        }
                    }
                }
                ws.finish();
            }
            wb.finish();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return file;
    }

    Path xlsx(Path dir, String name) {
        Path file = dir.resolve(name + ".xlsx");
        try (OutputStream out = Files.newOutputStream(file)) {
            writeXlsx(out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return file;
    }

    Path csv(Path dir, String name) {
        Path folder = dir.resolve(name);
        try {
            Files.createDirectories(folder);
            for (Map.Entry<String, List<List<Object>>> e : sheets.entrySet()) {
                StringBuilder sb = new StringBuilder();
                for (List<Object> r : e.getValue()) {
                    for (int c = 0; c < r.size(); c++) {
                        if (c > 0) {
                            sb.append(';');
                        }
                        Object v = r.get(c);
                        String s = v == null ? "" : v instanceof BigDecimal ? ((BigDecimal) v).toPlainString() : v.toString();
                        sb.append(s.contains(";") || s.contains("\"") || s.contains("\n") ? '"' + s.replace("\"", "\"\"") + '"' : s);
                    }
                    sb.append('\n');
                }
                Files.writeString(folder.resolve(e.getKey() + ".csv"), sb.toString());
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return folder;
    }

    /** Rewrites one entry of a zip (e.g. a sheet's XML), keeping the others. */
    static Path editEntry(Path xlsx, String entry, UnaryOperator<String> edit) {
        Path out = xlsx.resolveSibling("edited-" + xlsx.getFileName());
        try (ZipFile in = new ZipFile(xlsx.toFile()); ZipOutputStream zip = new ZipOutputStream(Files.newOutputStream(out))) {
            Enumeration<? extends ZipEntry> all = in.entries();
            while (all.hasMoreElements()) {
                ZipEntry e = all.nextElement();
                byte[] data;
                try (InputStream s = in.getInputStream(e)) {
                    data = s.readAllBytes();
                }
                if (e.getName().equals(entry)) {
                    data = edit.apply(new String(data, StandardCharsets.UTF_8)).getBytes(StandardCharsets.UTF_8);
                }
                zip.putNextEntry(new ZipEntry(e.getName()));
                zip.write(data);
                zip.closeEntry();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out;
    }

    /** Adds a raw entry to a zip. */
    static Path addEntry(Path xlsx, String entry, byte[] data, boolean stored) {
        Path out = xlsx.resolveSibling("added-" + xlsx.getFileName());
        try (ZipFile in = new ZipFile(xlsx.toFile()); ZipOutputStream zip = new ZipOutputStream(Files.newOutputStream(out))) {
            Enumeration<? extends ZipEntry> all = in.entries();
            while (all.hasMoreElements()) {
                ZipEntry e = all.nextElement();
                zip.putNextEntry(new ZipEntry(e.getName()));
                try (InputStream s = in.getInputStream(e)) {
                    s.transferTo(zip);
                }
                zip.closeEntry();
            }
            ZipEntry added = new ZipEntry(entry);
            if (stored) {
                added.setMethod(ZipEntry.STORED);
                added.setSize(data.length);
                java.util.zip.CRC32 crc = new java.util.zip.CRC32();
                crc.update(data);
                added.setCrc(crc.getValue());
            }
            zip.putNextEntry(added);
            zip.write(data);
            zip.closeEntry();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out;
    }
}
