package io.github.albero.code;

import io.github.albero.InvalidValueException;
import io.github.albero.model.NodePath;

final class Codes {
    private Codes() {
    }

    static String threeDigits(NodePath field, String code) {
        if (code == null) {
            throw new InvalidValueException(field, null, "is required");
        }
        if (code.length() != 3 || !code.chars().allMatch(c -> c >= '0' && c <= '9')) {
            throw new InvalidValueException(field, code, "expected 3 digits");
        }
        return code;
    }
}
