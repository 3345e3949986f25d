package io.github.albero.variance;

import io.github.albero.model.NodeKind;
import io.github.albero.model.ResourceBasis;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * Why a variance node's figures are missing, or how they were obtained (<i>nota</i>): typed
 * data that {@link io.github.albero.render.Render#notes(VarianceNode)} writes in a language.
 * Immutable and thread-safe.
 *
 * <pre>{@code
 * VarianceNode root = VarianceCalculator.againstBudget().evaluate(plan, 2017).root();
 * root.notes();                    // [SOME_WITHOUT 1 of 5 MISSION children, 2017: 033]
 * Render.of(Locale.ITALIAN).notes(root);   // [1 su 5 missioni senza dati per il 2017: 033]
 * }</pre>
 */
public final class VarianceNote {
    /** What the note says. */
    public enum Kind {
        /** The node has no children, so it contributes nothing. */
        NO_CHILDREN,
        /** None of its children has figures for the year. */
        NONE_WITH_FIGURES,
        /** {@link #count()} of its {@link #total()} children have no figures for the year: {@link #without()}. */
        SOME_WITHOUT,
        /** Its {@link #count()} operational objectives' figures do not add up to its own; its own are used. */
        BREAKDOWN_DIFFERS,
        /** It has no figures of its own ({@link #missing()}): the sum of {@link #count()} of its {@link #total()} operational objectives is used. */
        BREAKDOWN_USED,
        /** It has no figures of its own ({@link #missing()}) and contributes nothing. */
        OWN
    }

    /** Which of an objective's own figures are missing. */
    public enum Missing {
        /** No resources at all. */
        NO_RESOURCES,
        /** No resources for the year. */
        NO_YEAR,
        /** Neither the budget ({@link #basis()}) nor the actual figures for the year. */
        NEITHER,
        /** No budget ({@link #basis()}) for the year. */
        NO_BASIS,
        /** No actual figures (<i>consuntivo</i>) for the year. */
        NO_ACTUAL
    }

    private final Kind kind;
    private final NodeKind level;
    private final Missing missing;
    private final ResourceBasis basis;
    private final int count;
    private final int total;
    private final int year;
    private final List<String> without;

    private VarianceNote(Kind kind, NodeKind level, Missing missing, ResourceBasis basis, int count, int total, int year,
            List<String> without) {
        this.kind = kind;
        this.level = level;
        this.missing = missing;
        this.basis = basis;
        this.count = count;
        this.total = total;
        this.year = year;
        this.without = without;
    }

    static VarianceNote children(Kind kind, NodeKind level, int count, int total, int year, List<String> without) {
        return new VarianceNote(kind, level, null, null, count, total, year, List.copyOf(without));
    }

    static VarianceNote own(Kind kind, Missing missing, ResourceBasis basis, int year, int count, int total) {
        return new VarianceNote(kind, null, missing, basis, count, total, year, List.of());
    }

    /** {@return what the note says} */
    public Kind kind() {
        return kind;
    }

    /** {@return the level of the node whose children the note counts, for the notes about children} */
    public Optional<NodeKind> level() {
        return Optional.ofNullable(level);
    }

    /** {@return which own figures are missing, for {@link Kind#OWN} and {@link Kind#BREAKDOWN_USED}} */
    public Optional<Missing> missing() {
        return Optional.ofNullable(missing);
    }

    /** {@return the budget compared, for {@link Missing#NEITHER} and {@link Missing#NO_BASIS}} */
    public Optional<ResourceBasis> basis() {
        return Optional.ofNullable(basis);
    }

    /** {@return how many children or operational objectives the note is about} */
    public int count() {
        return count;
    }

    /** {@return how many children or operational objectives there are} */
    public int total() {
        return total;
    }

    /** {@return the year, when the note names it} */
    public OptionalInt year() {
        return year == 0 ? OptionalInt.empty() : OptionalInt.of(year);
    }

    /** {@return the codes (or names) of the children without figures, for {@link Kind#SOME_WITHOUT}} */
    public List<String> without() {
        return without;
    }

    /** {@return true when {@code o} is a {@code VarianceNote} equal to this one} */
    @Override
    public boolean equals(Object o) {
        return o instanceof VarianceNote n && n.kind == kind && n.level == level && n.missing == missing && n.basis == basis
                && n.count == count && n.total == total && n.year == year && n.without.equals(without);
    }

    /** {@return a hash code consistent with {@link #equals(Object)}} */
    @Override
    public int hashCode() {
        return java.util.Objects.hash(kind, level, missing, basis, count, total, year, without);
    }

    /** {@return e.g. {@code "SOME_WITHOUT 1 of 5 MISSION children, 2017: 033"} or {@code "OWN NO_ACTUAL, 2017"}: the data, locale-neutral} */
    @Override
    public String toString() {
        StringBuilder sb = new StringBuilder(kind.name());
        if (missing != null) {
            sb.append(' ').append(missing.name());
        }
        if (basis != null) {
            sb.append(' ').append(basis.name());
        }
        if (kind != Kind.OWN && kind != Kind.NO_CHILDREN) {
            sb.append(' ').append(count);
            if (total > 0) {
                sb.append(" of ").append(total);
            }
        }
        if (level != null) {
            sb.append(' ').append(level.name()).append(" children");
        }
        if (year != 0) {
            sb.append(", ").append(year);
        }
        if (!without.isEmpty()) {
            sb.append(": ").append(String.join(", ", without));
        }
        return sb.toString();
    }
}
