package io.github.albero.validation;

import io.github.albero.text.Catalog;
import io.github.albero.validation.internal.Terms;

/** The validation messages, Italian and English, through core's one {@link Catalog} mechanism: {@code messages.properties} beside this class. */
final class Messages {
    static final Catalog CATALOG = Terms.CATALOG;

    private Messages() {
    }
}
