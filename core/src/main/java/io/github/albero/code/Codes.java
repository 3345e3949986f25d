package io.github.albero.code;

import io.github.albero.internal.Problems;
import io.github.albero.InvalidValueException;
import io.github.albero.internal.Strings;
import io.github.albero.model.NodePath;

final class Codes {
    /** Longer than any code a document prints; beyond it the text is a title, not a code. */
    static final int MAX_LENGTH = 40;

    private Codes() {
    }

    /** A code as a document prints it: required, not blank, no surrounding spaces, one line, not too long. */
    static String documentCode(NodePath field, String code) {
        if (code == null) {
            throw new InvalidValueException(field, null, Problems.of("required"));
        }
        if (Strings.isBlank(code)) {
            throw new InvalidValueException(field, code, Problems.of("notBlank"));
        }
        if (Strings.hasOuterSpace(code)) {
            throw new InvalidValueException(field, code, Problems.of("noOuterSpaces"));
        }
        if (code.length() > MAX_LENGTH || code.chars().anyMatch(c -> c < ' ' || c == 0x7f)) {
            throw new InvalidValueException(field, code, Problems.of("codeLength", MAX_LENGTH));
        }
        return code;
    }

    static boolean digits(String code, int length) {
        return code.length() == length && code.chars().allMatch(c -> c >= '0' && c <= '9');
    }
}
