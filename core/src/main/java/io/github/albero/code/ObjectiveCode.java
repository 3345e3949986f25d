package io.github.albero.code;

import io.github.albero.InvalidValueException;
import io.github.albero.model.NodePath;
import java.io.Serializable;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The code of a strategic objective (<i>obiettivo strategico</i>), {@code MMM-PPP-NNN}: the
 * mission, the program and the objective's number within the program, e.g.
 * {@code 011-005-001}.
 *
 * <p>Documents often print the dashes as the Unicode hyphen U+2010 ({@code 011‐005‐001});
 * {@link #parse(String)} accepts it and the canonical form uses ASCII hyphens.
 *
 * <p>Immutable and thread-safe. Arguments must not be null; no method returns null (an absent
 * value is an empty {@code Optional}).
 */
public final class ObjectiveCode implements Comparable<ObjectiveCode>, Serializable {
    private static final long serialVersionUID = 1L;
    private static final Pattern FORM = Pattern.compile("^(\\d{3})[-\u2010\u2011\u2013](\\d{3})[-\u2010\u2011\u2013](\\d{3})$");

    private final MissionCode mission;
    private final ProgramCode program;
    private final String number;

    private ObjectiveCode(MissionCode mission, ProgramCode program, String number) {
        this.mission = mission;
        this.program = program;
        this.number = number;
    }

    /**
     * {@return the code}
     *
     * @param mission the mission
     * @param program the program
     * @param number the objective's three-digit number within the program
     */
    public static ObjectiveCode of(MissionCode mission, ProgramCode program, String number) {
        if (mission == null || program == null) {
            throw new InvalidValueException(NodePath.of("objective", "code"), null, "needs a mission and a program");
        }
        return new ObjectiveCode(mission, program, Codes.threeDigits(NodePath.of("objective", "code"), number));
    }

    /**
     * Parses {@code "011-005-001"}, also with U+2010/U+2011 hyphens or the en dash.
     *
     * @param text the text
     * @return the code
     * @throws InvalidValueException when not of the form MMM-PPP-NNN
     */
    public static ObjectiveCode parse(String text) {
        if (text == null) {
            throw new InvalidValueException(NodePath.of("objective", "code"), null, "is required");
        }
        Matcher m = FORM.matcher(text.strip());
        if (!m.matches()) {
            throw new InvalidValueException(NodePath.of("objective", "code"), text, "expected MMM-PPP-NNN (mission-program-number), e.g. 011-005-001");
        }
        return new ObjectiveCode(MissionCode.of(m.group(1)), ProgramCode.of(m.group(2)), m.group(3));
    }

    /** {@return the mission part} */
    public MissionCode mission() {
        return mission;
    }

    /** {@return the program part} */
    public ProgramCode program() {
        return program;
    }

    /** {@return the objective's number within its program, three digits} */
    public String number() {
        return number;
    }

    /**
     * {@return a negative number, zero or a positive number as this {@code ObjectiveCode} comes
     * before, together with or after {@code o}}
     */
    @Override
    public int compareTo(ObjectiveCode o) {
        return toString().compareTo(o.toString());
    }

    /** {@return true when {@code o} is an {@code ObjectiveCode} equal to this one} */
    @Override
    public boolean equals(Object o) {
        return o instanceof ObjectiveCode && o.toString().equals(toString());
    }

    /** {@return a hash code consistent with {@link #equals(Object)}} */
    @Override
    public int hashCode() {
        return toString().hashCode();
    }

    /** {@return {@code MMM-PPP-NNN} with ASCII hyphens} */
    @Override
    public String toString() {
        return mission + "-" + program + "-" + number;
    }
}
