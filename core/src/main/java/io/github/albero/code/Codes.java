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
        boolean control = code.length() > MAX_LENGTH;
        // loops, not streams: every code of every document read passes here
        for (int i = 0; i < code.length() && !control; i++) {
            control = code.charAt(i) < ' ' || code.charAt(i) == 0x7f;
        }
        if (control) {
            throw new InvalidValueException(field, code, Problems.of("codeLength", MAX_LENGTH));
        }
        return code;
    }

    static boolean digits(String code, int length) {
        boolean digits = code.length() == length;
        for (int i = 0; i < length && digits; i++) {
            digits = code.charAt(i) >= '0' && code.charAt(i) <= '9';
        }
        return digits;
    }
}
