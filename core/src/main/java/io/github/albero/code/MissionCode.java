package io.github.albero.code;

import io.github.albero.InvalidValueException;
import io.github.albero.internal.Strings;
import io.github.albero.model.NodePath;
import java.io.Serializable;

/**
 * The code of a plan's first level (<i>missione</i>, or <i>area strategica</i>): {@code 011}
 * (chambers of commerce, DM 27 March 2013), {@code 01} (local authorities, D.Lgs. 118/2011) or
 * the document's own area code such as {@code "A"}; the plan's {@link io.github.albero.reference.Scheme}
 * says which form fits.
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
     * @param code the code as the document prints it, e.g. {@code "011"}; which form fits is the plan's
     *     {@link io.github.albero.reference.Scheme} to say
     * @throws InvalidValueException when blank, with surrounding spaces, or longer than a code
     */
    public static MissionCode of(String code) {
        return new MissionCode(Codes.documentCode(NodePath.of("mission", "code"), code));
    }

    /**
     * Same as {@link #of(String)}, surrounding spaces allowed.
     *
     * @param text the text
     * @return the code
     */
    public static MissionCode parse(String text) {
        return of(text == null ? null : Strings.strip(text));
    }

    /** {@return the code as printed} */
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

    /** {@return the code as printed} */
    @Override
    public String toString() {
        return code;
    }
}
