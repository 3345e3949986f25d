package io.github.albero.code;

import io.github.albero.InvalidValueException;
import java.io.Serializable;

/**
 * The three-digit code of a program (<i>programma</i>) in the spending classification of
 * DM 27 March 2013, e.g. {@code 005}; unique within its mission.
 */
public final class ProgramCode implements Comparable<ProgramCode>, Serializable {
    private static final long serialVersionUID = 1L;
    private final String code;

    private ProgramCode(String code) {
        this.code = code;
    }

    /**
     * @param code exactly three digits, e.g. {@code "011"}
     * @return the code
     * @throws InvalidValueException when not three digits
     */
    public static ProgramCode of(String code) {
        return new ProgramCode(Codes.threeDigits("program.code", code));
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

    /** @return the three digits */
    public String value() {
        return code;
    }

    @Override
    public int compareTo(ProgramCode o) {
        return code.compareTo(o.code);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof ProgramCode && ((ProgramCode) o).code.equals(code);
    }

    @Override
    public int hashCode() {
        return code.hashCode();
    }

    /** @return the three digits */
    @Override
    public String toString() {
        return code;
    }
}
