package io.github.albero.sheets;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** The blank template: an instructions sheet drawn from the template's declaration, then every sheet with its header row. */
final class Instructions {
    private Instructions() {
    }

    static List<String> lines() {
        List<String> lines = new ArrayList<>();
        lines.add("Albero — modello per piani e relazioni sulla performance / template for performance plans and reports");
        lines.add("Compilare un foglio per ogni parte; le intestazioni sono riconosciute per nome (italiano o inglese), non per posizione.");
        lines.add("Fill in one sheet per part; headers are matched by name (Italian or English), not by position.");
        lines.add("Numeri come numeri o come testo italiano (€ 257.143,00; 4,1%). Le formule sono lette per il valore calcolato salvato.");
        lines.add("Numbers as numbers or Italian text. Formulas are read by their cached value. Empty rows are ignored; a merged cell applies to every cell it covers.");
        lines.add("Le colonne sconosciute non vengono lette e sono segnalate. / Unknown columns are not read and are reported.");
        lines.add("");
        for (Template.SheetDef def : Template.SHEETS) {
            lines.add(def.italian + " / " + def.english + (def.required ? " (obbligatorio / required)" : "") + ": " + def.help);
            if (def == Template.PLAN || def == MethodSheet.SHEET) {
                for (Column<?, ?> c : def == Template.PLAN ? Template.PLAN_FIELDS : MethodSheet.FIELDS) {
                    lines.add("    " + c.header() + (c.required ? " *" : "") + " — " + c.help);
                }
                continue;
            }
            for (Column<?, ?> c : def.columns) {
                lines.add("    " + c.header() + (c.required ? " *" : "") + " — " + c.help);
            }
        }
        lines.add("");
        lines.add("* = obbligatorio / required. Testi che iniziano con = + - @ sono preceduti da un apostrofo all'esportazione (OWASP).");
        return lines;
    }

    static void write(Sink sink, Locale locale) {
        sink.textSheet(Template.INSTRUCTIONS.italian, lines());
        for (Template.SheetDef def : Template.SHEETS) {
            List<String> headers = new ArrayList<>();
            List<String> help = new ArrayList<>();
            for (Column<?, ?> c : def.columns) {
                headers.add(c.header());
                help.add(c.help);
            }
            sink.sheet(def.italian, headers, help);
            if (def == Template.PLAN || def == MethodSheet.SHEET) {
                for (Column<?, ?> c : def == Template.PLAN ? Template.PLAN_FIELDS : MethodSheet.FIELDS) {
                    sink.row(new Sink.Out[] {Sink.Out.text(c.header()), null});
                }
            }
        }
    }
}
