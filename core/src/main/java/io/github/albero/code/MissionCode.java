package io.github.albero.code;

import io.github.albero.InvalidValueException;
import java.io.Serializable;

/**
 * The three-digit code of a mission (<i>missione</i>) in the spending classification of
 * DM 27 March 2013, e.g. {@code 011} (Competitività e sviluppo delle imprese).
 */
public final class MissionCode implements Comparable<MissionCode>, Serializable {
    private static final long serialVersionUID = 1L;
    private final String code;

    private MissionCode(String code) {
        this.code = code;
    }

    /**
     * @param code exactly three digits, e.g. {@code "011"}
     * @return the code
     * @throws InvalidValueException when not three digits
     */
    public static MissionCode of(String code) {
        return new MissionCode(Codes.threeDigits("mission.code", code));
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

    /** @return the three digits */
    public String value() {
        return code;
    }

    @Override
    public int compareTo(MissionCode o) {
        return code.compareTo(o.code);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof MissionCode && ((MissionCode) o).code.equals(code);
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
