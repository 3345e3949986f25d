package io.github.albero.model;

import io.github.albero.internal.Problems;
import io.github.albero.InvalidValueException;

/** Checks shared by strategic and operational objectives. */
final class Objectives {
    private Objectives() {
    }

    static void check(Objective o) {
        Texts.requireText("title", o.title());
        o.description().ifPresent(t -> Texts.requireText("description", t));
        o.responsibleUnit().ifPresent(t -> Texts.requireText("responsibleUnit", t));
        Texts.requireTexts("stakeholders", o.stakeholders());
        Texts.requireTexts("notes", o.notes());
        o.declaredIndicatorCount().ifPresent(n -> {
            if (n < 0) {
                throw new InvalidValueException("declaredIndicatorCount", n, Problems.of("notNegative"));
            }
        });
    }
}
