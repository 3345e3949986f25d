package io.github.albero.internal;

import io.github.albero.text.Catalog;
import io.github.albero.text.Message;
import java.util.ResourceBundle;

/**
 * Core's rules of values and objects as typed messages ({@code problems.properties} beside this
 * class, English and Italian): what an {@link io.github.albero.InvalidValueException} says is
 * broken, written in the reader's language only when shown.
 */
public final class Problems {
    /** Core's catalog of problems; its own module loads it, so no package has to be opened. */
    public static final Catalog CATALOG = Catalog.of("io.github.albero.internal.problems", ResourceBundle::getBundle);

    private Problems() {
    }

    /**
     * {@return the problem of a key, its arguments typed}
     *
     * @param key a key of {@code problems.properties}
     * @param arguments its positional arguments
     */
    public static Message of(String key, Object... arguments) {
        return CATALOG.message(key, arguments);
    }
}
