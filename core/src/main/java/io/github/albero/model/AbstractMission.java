package io.github.albero.model;

import io.github.albero.InvalidValueException;
import io.github.albero.code.MissionCode;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.immutables.value.Value;

/**
 * A mission (<i>missione</i>) of the spending classification, with its programs. Program codes
 * are unique within the mission, and every objective below carries this mission's code.
 */
@Value.Immutable
abstract class AbstractMission implements Node {
    /** @return the three-digit code */
    public abstract MissionCode code();

    /** @return the title as the document writes it */
    public abstract String title();

    /** @return the programs */
    public abstract List<Program> programs();

    /** @return editorial notes */
    public abstract List<String> notes();

    /**
     * @param code a program code such as {@code "005"}
     * @return the program with that code
     */
    public Optional<Program> program(String code) {
        return programs().stream().filter(p -> p.code().value().equals(code)).findFirst();
    }

    @Override
    public String displayName() {
        return title();
    }

    @Value.Check
    void check() {
        Texts.requireText("title", title());
        Texts.requireTexts("notes", notes());
        Set<String> seen = new HashSet<>();
        for (Program p : programs()) {
            if (!seen.add(p.code().value())) {
                throw new InvalidValueException("programs[" + p.code() + "].code", p.code(), "must be unique within mission " + code());
            }
            for (StrategicObjective o : p.objectives()) {
                if (!o.code().mission().equals(code())) {
                    throw new InvalidValueException("programs[" + p.code() + "].objectives[" + o.code() + "].code", o.code(),
                            "must start with the mission's code " + code());
                }
            }
        }
    }

    @Override
    public String toString() {
        return "Mission[" + code() + " " + Texts.abbreviate(title(), 60) + ", " + programs().size() + " programs]";
    }
}
