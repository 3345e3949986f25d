package io.github.albero.code;

import io.github.albero.InvalidValueException;
import io.github.albero.internal.Strings;
import io.github.albero.model.NodePath;
import java.io.Serializable;

/**
 * The code of a program (<i>programma</i>) of a spending classification, unique within its
 * mission: {@code 005} (chambers of commerce, DM 27 March 2013) or {@code 0101} (local
 * authorities, D.Lgs. 118/2011); the plan's {@link io.github.albero.reference.Scheme} says which
 * form fits.
 *
 * <p>Immutable and thread-safe. Arguments must not be null; no method returns null (an absent
 * value is an empty {@code Optional}).
 */
public final class ProgramCode implements Comparable<ProgramCode>, Serializable {
    private static final long serialVersionUID = 1L;
    private final String code;

    private ProgramCode(String code) {
        this.code = code;
    }

    /**
     * {@return the code}
     *
     * @param code the code as the document prints it, e.g. {@code "005"}; which form fits is the plan's
     *     {@link io.github.albero.reference.Scheme} to say
     * @throws InvalidValueException when blank, with surrounding spaces, or longer than a code
     */
    public static ProgramCode of(String code) {
        return new ProgramCode(Codes.documentCode(NodePath.of("program", "code"), code));
    }

    /**
     * Same as {@link #of(String)}, surrounding spaces allowed.
     *
     * @param text the text
     * @return the code
     */
    public static ProgramCode parse(String text) {
        return of(text == null ? null : Strings.strip(text));
    }

    /** {@return the code as printed} */
    public String value() {
        return code;
    }

    /**
     * {@return a negative number, zero or a positive number as this {@code ProgramCode} comes before,
     * together with or after {@code o}}
     */
    @Override
    public int compareTo(ProgramCode o) {
        return code.compareTo(o.code);
    }

    /** {@return true when {@code o} is a {@code ProgramCode} equal to this one} */
    @Override
    public boolean equals(Object o) {
        return o instanceof ProgramCode other && other.code.equals(code);
    }

    /** {@return a hash code consistent with {@link #equals(Object)}} */
    @Override
    public int hashCode() {
        return code.hashCode();
    }

    /** {@return the code as printed} */
    @Override
    public String toString() {
        return code;
    }
}
