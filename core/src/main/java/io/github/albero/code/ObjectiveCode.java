package io.github.albero.code;

import io.github.albero.internal.Problems;
import io.github.albero.InvalidValueException;
import io.github.albero.internal.Strings;
import io.github.albero.model.NodePath;
import java.io.Serializable;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The code of a strategic objective (<i>codice dell'obiettivo strategico</i>): either the
 * chambers' classified form {@code MMM-PPP-NNN} — mission, program and the objective's number
 * within the program, e.g. {@code 011-005-001} — or the code the document prints, such as
 * {@code "OS1.1"}, {@code "1.11"}, {@code "A.2.3"} or {@code "Obiettivo 3"}, which names no
 * mission or program.
 *
 * <p>Only a classified code has a {@link #mission()} and {@link #program()}, and only for it do
 * the agreement rules apply (it starts with its mission's and program's codes). Documents often
 * print the dashes as the Unicode hyphen U+2010 ({@code 011‐005‐001}); {@link #parse(String)}
 * accepts it and the canonical form uses ASCII hyphens. A text made of three groups of digits
 * joined by hyphens is taken for a classified code and must have the form {@code MMM-PPP-NNN}
 * ({@code "11-5-1"} is refused rather than kept as a document code).
 *
 * <pre>{@code
 * ObjectiveCode.parse("011-005-001").mission();  // Optional[011]
 * ObjectiveCode.parse("OS1.1").isClassified();   // false
 * }</pre>
 *
 * <p>Immutable and thread-safe. Arguments must not be null; no method returns null (an absent
 * value is an empty {@code Optional}).
 */
public final class ObjectiveCode implements Comparable<ObjectiveCode>, Serializable {
    private static final long serialVersionUID = 2L;
    private static final String HYPHENS = "[-\u2010\u2011\u2013]";
    private static final Pattern FORM = Pattern.compile("^(\\d{3})" + HYPHENS + "(\\d{3})" + HYPHENS + "(\\d{3})$");
    private static final Pattern LOOKS_CLASSIFIED = Pattern.compile("^\\d+" + HYPHENS + "\\d+" + HYPHENS + "\\d+(" + HYPHENS + "\\d+)*$");
    private static final NodePath FIELD = NodePath.of("objective", "code");

    private final MissionCode mission;
    private final ProgramCode program;
    private final String number;
    private final String text;

    private ObjectiveCode(MissionCode mission, ProgramCode program, String number, String text) {
        this.mission = mission;
        this.program = program;
        this.number = number;
        this.text = text;
    }

    /**
     * {@return the classified code {@code MMM-PPP-NNN}}
     *
     * @param mission the mission
     * @param program the program
     * @param number the objective's three-digit number within the program
     */
    public static ObjectiveCode of(MissionCode mission, ProgramCode program, String number) {
        if (mission == null || program == null) {
            throw new InvalidValueException(FIELD, null, Problems.of("needsMissionProgram"));
        }
        if (number == null || !Codes.digits(number, 3)) {
            throw new InvalidValueException(FIELD, number, Problems.of("objectiveNumber"));
        }
        if (!Codes.digits(mission.value(), 3) || !Codes.digits(program.value(), 3)) {
            throw new InvalidValueException(FIELD, mission + "-" + program + "-" + number,
                    Problems.of("objectiveCodeDigits"));
        }
        return new ObjectiveCode(mission, program, number, mission + "-" + program + "-" + number);
    }

    /**
     * Reads a code: {@code "011-005-001"} (also with U+2010/U+2011 hyphens or the en dash) as a
     * classified code, any other text as the document's own code; surrounding spaces are ignored.
     *
     * @param text the text
     * @return the code
     * @throws InvalidValueException when blank, longer than a code, or digits joined by hyphens that
     *     are not {@code MMM-PPP-NNN}
     */
    public static ObjectiveCode parse(String text) {
        if (text == null) {
            throw new InvalidValueException(FIELD, null, Problems.of("required"));
        }
        String s = Strings.strip(text);
        Matcher m = FORM.matcher(s);
        if (m.matches()) {
            return of(MissionCode.of(m.group(1)), ProgramCode.of(m.group(2)), m.group(3));
        }
        if (s.isEmpty() || LOOKS_CLASSIFIED.matcher(s).matches()) {
            throw new InvalidValueException(FIELD, text, Problems.of("objectiveCode"));
        }
        return new ObjectiveCode(null, null, null, Codes.documentCode(FIELD, s));
    }

    /**
     * The same as {@link #parse(String)}: a document's code such as {@code "OS1.1"}, or a
     * classified code.
     *
     * @param text the code as printed
     * @return the code
     */
    public static ObjectiveCode of(String text) {
        return parse(text);
    }

    /** {@return whether this is a classified code {@code MMM-PPP-NNN} (with a mission and a program)} */
    public boolean isClassified() {
        return mission != null;
    }

    /** {@return the mission part of a classified code; empty for a document's own code} */
    public Optional<MissionCode> mission() {
        return Optional.ofNullable(mission);
    }

    /** {@return the program part of a classified code; empty for a document's own code} */
    public Optional<ProgramCode> program() {
        return Optional.ofNullable(program);
    }

    /** {@return the objective's number within its program, three digits, for a classified code} */
    public Optional<String> number() {
        return Optional.ofNullable(number);
    }

    /**
     * {@return a negative number, zero or a positive number as this {@code ObjectiveCode} comes
     * before, together with or after {@code o}, by their texts}
     */
    @Override
    public int compareTo(ObjectiveCode o) {
        return text.compareTo(o.text);
    }

    /** {@return true when {@code o} is an {@code ObjectiveCode} with the same text} */
    @Override
    public boolean equals(Object o) {
        return o instanceof ObjectiveCode other && other.text.equals(text);
    }

    /** {@return a hash code consistent with {@link #equals(Object)}} */
    @Override
    public int hashCode() {
        return text.hashCode();
    }

    /** {@return {@code MMM-PPP-NNN} with ASCII hyphens, or the document's code as printed} */
    @Override
    public String toString() {
        return text;
    }
}
