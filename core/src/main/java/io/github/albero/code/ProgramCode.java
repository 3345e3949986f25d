package io.github.albero.code;

import io.github.albero.InvalidValueException;
import io.github.albero.model.NodePath;
import java.io.Serializable;

/**
 * The three-digit code of a program (<i>programma</i>) in the spending classification of
 * DM 27 March 2013, e.g. {@code 005}; unique within its mission.
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
     * @param code exactly three digits, e.g. {@code "011"}
     * @throws InvalidValueException when not three digits
     */
    public static ProgramCode of(String code) {
        return new ProgramCode(Codes.threeDigits(NodePath.of("program", "code"), code));
    }

    /**
     * Same as {@link #of(String)}, surrounding spaces allowed.
     *
     * @param text the text
     * @return the code
     */
    public static ProgramCode parse(String text) {
        return of(text == null ? null : text.strip());
    }

    /** {@return the three digits} */
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

    /** {@return the three digits} */
    @Override
    public String toString() {
        return code;
    }
}
