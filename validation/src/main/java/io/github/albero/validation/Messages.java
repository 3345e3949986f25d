package io.github.albero.validation;

import io.github.albero.text.Catalog;
import java.util.ResourceBundle;

/** The validation messages, Italian and English, through core's one {@link Catalog} mechanism: {@code messages.properties} beside this class. */
final class Messages {
    static final Catalog CATALOG = Catalog.of("io.github.albero.validation.messages", ResourceBundle::getBundle);

    private Messages() {
    }
}
