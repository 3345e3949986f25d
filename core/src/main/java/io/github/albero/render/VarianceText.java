package io.github.albero.render;

import io.github.albero.internal.Strings;
import io.github.albero.model.NodeKind;
import io.github.albero.model.ResourceLine;
import io.github.albero.money.Money;
import io.github.albero.table.Table;
import io.github.albero.variance.LineVariance;
import io.github.albero.variance.VarianceNode;
import io.github.albero.variance.VarianceNote;
import io.github.albero.variance.VarianceReport;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Variance trees, their lines and notes, and their tables in one language. */
final class VarianceText {
    private VarianceText() {
    }

    static String report(VarianceReport r, Phrases p) {
        StringBuilder sb = new StringBuilder(heading(r, p)).append('\n');
        Trees.indent(sb, r.root(), 0, n -> line(n, p));
        return sb.toString();
    }

    static String heading(VarianceReport r, Phrases p) {
        return p.variance("heading", r.year(), p.variance("basis." + r.basis().name()));
    }

    /** {@return e.g. "program 011-005 Promozione …: costs € 257.143,00 → € 229.720,66: … [notes]"} */
    static String line(VarianceNode n, Phrases p) {
        StringBuilder sb = new StringBuilder(p.variance("kind." + n.kind().name()));
        n.code().ifPresent(c -> sb.append(' ').append(c));
        sb.append(' ').append(Strings.abbreviate(n.name(), 50)).append(": ");
        if (n.variance().isEmpty()) {
            sb.append(p.variance("noFigures"));
        } else {
            String sep = "";
            for (LineVariance l : n.variance().get().lines()) {
                sb.append(sep).append(line(l, p));
                sep = "; ";
            }
        }
        if (!n.notes().isEmpty()) {
            sb.append(" [").append(String.join("; ", notes(n, p))).append(']');
        }
        return sb.toString();
    }

    /** {@return e.g. "costs € 257.143,00 → € 229.720,66: -€ 27.422,34 (-10,66%, utilisation 89,34%, favourable)"} */
    static String line(LineVariance l, Phrases p) {
        Object na = p.variance("notAvailable");
        return p.variance("line", p.variance("line." + l.line().name()), l.budget(), l.actual(), l.absolute(),
                l.relative().<Object>map(x -> x).orElse(na), l.utilisation().<Object>map(x -> x).orElse(na),
                p.variance("direction." + l.direction().name()));
    }

    static List<String> notes(VarianceNode n, Phrases p) {
        List<String> out = new ArrayList<>(n.notes().size());
        n.notes().forEach(note -> out.add(note(note, p)));
        return List.copyOf(out);
    }

    static String note(VarianceNote n, Phrases p) {
        String group = n.level().map(k -> k == NodeKind.PLAN || k == NodeKind.MISSION ? k.name() : "OTHER").orElse("OTHER");
        switch (n.kind()) {
            case NO_CHILDREN:
                return p.variance("note.noChildren", p.variance("none." + group));
            case NONE_WITH_FIGURES:
                return p.variance("note.noneWithFigures", p.variance("children." + group, n.total()), n.year().getAsInt());
            case SOME_WITHOUT:
                return p.variance("note.someWithout", n.count(), p.variance("children." + group, n.total()), n.year().getAsInt(),
                        String.join(", ", n.without()));
            case BREAKDOWN_DIFFERS:
                return p.variance("note.breakdownDiffers", n.count());
            case BREAKDOWN_USED:
                return p.variance("note.breakdownUsed", own(n, p), n.count(), n.total());
            default:
                return p.variance("note.own", own(n, p));
        }
    }

    /** {@return which own figures are missing, e.g. "no actual figures (consuntivo) for 2017"} */
    private static String own(VarianceNote n, Phrases p) {
        switch (n.missing().get()) {
            case NO_RESOURCES:
                return p.variance("own.noResources");
            case NO_YEAR:
                return p.variance("own.noYear", n.year().getAsInt());
            case NEITHER:
                return p.variance("own.neither", p.variance("basis." + n.basis().get().name()), n.year().getAsInt());
            case NO_BASIS:
                return p.variance("own.noBasis", p.variance("basis." + n.basis().get().name()), n.year().getAsInt());
            default:
                return p.variance("own.noActual", n.year().getAsInt());
        }
    }

    /** {@return the nodes of one level as a table of one resource line: budget, actual, difference and utilisation} */
    static Table table(VarianceReport r, NodeKind kind, ResourceLine line, Phrases p) {
        List<List<String>> rows = new ArrayList<>();
        collect(r.root(), kind, line, p, rows);
        String basis = p.view("variance.basis." + r.basis().name());
        return Table.of(List.of(p.view("variance.headers", basis).split("\\|")), rows);
    }

    private static void collect(VarianceNode node, NodeKind kind, ResourceLine line, Phrases p, List<List<String>> rows) {
        if (node.kind() == kind) {
            Optional<LineVariance> v = node.variance().map(x -> x.line(line));
            rows.add(List.of(node.code().orElse(""), node.name(), v.map(x -> money(x.budget(), p)).orElse(""),
                    v.map(x -> money(x.actual(), p)).orElse(""), v.map(x -> money(x.absolute(), p)).orElse(""),
                    v.flatMap(LineVariance::utilisation).map(u -> p.formatter().percent(u.points().setScale(2, RoundingMode.HALF_EVEN)))
                            .orElse("")));
            return;
        }
        node.children().forEach(c -> collect(c, kind, line, p, rows));
    }

    private static String money(Money m, Phrases p) {
        return p.formatter().amount(m) + " €";
    }
}
