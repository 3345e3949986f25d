package io.github.albero.code;

import io.github.albero.InvalidValueException;
import io.github.albero.model.NodePath;
import java.io.Serializable;

/**
 * The three-digit code of a mission (<i>missione</i>) in the spending classification of
 * DM 27 March 2013, e.g. {@code 011} (Competitività e sviluppo delle imprese).
 *
 * <p>Immutable and thread-safe. Arguments must not be null; no method returns null (an absent
 * value is an empty {@code Optional}).
 */
public final class MissionCode implements Comparable<MissionCode>, Serializable {
    private static final long serialVersionUID = 1L;
    private final String code;

    private MissionCode(String code) {
        this.code = code;
    }

    /**
     * {@return the code}
     *
     * @param code exactly three digits, e.g. {@code "011"}
     * @throws InvalidValueException when not three digits
     */
    public static MissionCode of(String code) {
        return new MissionCode(Codes.threeDigits(NodePath.of("mission", "code"), code));
    }

    /**
     * Same as {@link #of(String)}, surrounding spaces allowed.
     *
     * @param text the text
     * @return the code
     */
    public static MissionCode parse(String text) {
        return of(text == null ? null : text.strip());
    }

    /** {@return the three digits} */
    public String value() {
        return code;
    }

    /**
     * {@return a negative number, zero or a positive number as this {@code MissionCode} comes before,
     * together with or after {@code o}}
     */
    @Override
    public int compareTo(MissionCode o) {
        return code.compareTo(o.code);
    }

    /** {@return true when {@code o} is a {@code MissionCode} equal to this one} */
    @Override
    public boolean equals(Object o) {
        return o instanceof MissionCode other && other.code.equals(code);
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
