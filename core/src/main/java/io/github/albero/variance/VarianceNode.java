package io.github.albero.variance;

import io.github.albero.model.NodeKind;
import io.github.albero.internal.Strings;
import io.github.albero.model.NodePath;
import io.github.albero.text.Catalog;
import io.github.albero.text.Formatter;
import io.github.albero.text.Message;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import java.util.Optional;

/**
 * One node of a variance result tree: the plan, a mission, a program, a strategic or an
 * operational objective, with its variance when any figures contribute to it, and notes that
 * say why figures are missing or how they were obtained.
 *
 * <p>The variance of a plan, mission or program is the exact sum of its children's. A strategic
 * objective uses its own resources; when it has none for the year, the sum of its operational
 * objectives'. Nodes without budget and actual figures for the year contribute nothing, and
 * their notes say so.
 */
public final class VarianceNode {
    private final NodeKind kind;
    private final NodePath path;
    private final String code;
    private final String name;
    private final ResourceVariance variance;
    private final int contributors;
    // typed and unwritten: a note's text is produced only when it is read or rendered
    private final List<Message> notes;
    private final List<VarianceNode> children;

    VarianceNode(NodeKind kind, NodePath path, Optional<String> code, String name, Optional<ResourceVariance> variance,
            int contributors, List<Message> notes, List<VarianceNode> children) {
        this.kind = kind;
        this.path = path;
        this.code = code.orElse(null);
        this.name = name;
        this.variance = variance.orElse(null);
        this.contributors = contributors;
        this.notes = List.copyOf(notes);
        this.children = List.copyOf(children);
    }

    /** {@return the level of this node} */
    public NodeKind kind() {
        return kind;
    }

    /** {@return where the node lies in the plan} */
    public NodePath path() {
        return path;
    }

    /** {@return the code: {@code "011"}, {@code "011-005"}, {@code "011-005-004"}, an operational objective's own code} */
    public Optional<String> code() {
        return Optional.ofNullable(code);
    }

    /** {@return the title} */
    public String name() {
        return name;
    }

    /** {@return the variance, or empty when no figures contribute to this node} */
    public Optional<ResourceVariance> variance() {
        return Optional.ofNullable(variance);
    }

    /** {@return how many objectives' figures are summed in this node's variance} */
    public int contributors() {
        return contributors;
    }

    /** {@return why figures are missing, or how they were obtained, in English with canonical numbers} */
    public List<String> notes() {
        return notes.stream().map(Message::toString).collect(Collectors.toUnmodifiableList());
    }

    /**
     * {@return why figures are missing, or how they were obtained, in a language}
     *
     * @param locale Italian for an Italian-language locale, English otherwise
     */
    public List<String> notes(Locale locale) {
        Formatter f = Formatter.of(locale);
        return notes.stream().map(m -> m.render(f)).collect(Collectors.toUnmodifiableList());
    }

    /** {@return the child nodes, in document order} */
    public List<VarianceNode> children() {
        return children;
    }

    void render(StringBuilder sb, int depth, Formatter f) {
        sb.append("  ".repeat(depth)).append(headline(f)).append('\n');
        children.forEach(c -> c.render(sb, depth + 1, f));
    }

    String headline(Formatter f) {
        StringBuilder sb = new StringBuilder(VarianceCalculator.PHRASES.message("kind." + kind.name()).render(f));
        if (code != null) {
            sb.append(' ').append(code);
        }
        sb.append(' ').append(abbreviate(name)).append(": ");
        if (variance == null) {
            sb.append(VarianceCalculator.PHRASES.message("noFigures").render(f));
        } else {
            String sep = "";
            for (LineVariance l : variance.lines()) {
                sb.append(sep).append(line(l, f));
                sep = "; ";
            }
        }
        if (!notes.isEmpty()) {
            sb.append(" [");
            String sep = "";
            for (Message m : notes) {
                sb.append(sep).append(m.render(f));
                sep = "; ";
            }
            sb.append(']');
        }
        return sb.toString();
    }

    /** {@return e.g. {@code "costs € 257.143,00 → € 229.720,66: -€ 27.422,34 (-10,66%, utilisation 89,34%, favourable)"}} */
    static String line(LineVariance l, Formatter f) {
        Catalog p = VarianceCalculator.PHRASES;
        Object na = p.message("notAvailable");
        return p.message("line", p.message("line." + l.line().name()), l.budget(), l.actual(), l.absolute(),
                l.relative().<Object>map(x -> x).orElse(na), l.utilisation().<Object>map(x -> x).orElse(na),
                p.message("direction." + l.direction().name())).render(f);
    }

    private static String abbreviate(String s) {
        return Strings.abbreviate(s, 50);
    }

    /**
     * {@return this node's line of {@link VarianceReport#render(Locale)}}
     *
     * @param locale Italian for an Italian-language locale, English otherwise
     */
    public String toString(Locale locale) {
        return headline(Formatter.of(locale));
    }

    /** {@return this node's line of {@link VarianceReport#render()}: English, canonical numbers} */
    @Override
    public String toString() {
        return headline(Formatter.canonical());
    }
}
