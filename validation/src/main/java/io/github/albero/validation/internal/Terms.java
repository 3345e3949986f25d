package io.github.albero.validation.internal;

import io.github.albero.text.Catalog;
import io.github.albero.text.Message;
import java.util.ResourceBundle;

/**
 * The validation catalog ({@code messages.properties} of {@code io.github.albero.validation}) and
 * the words rules pass to their messages (a member, a kind of node, a budget line, a status): as
 * typed {@link Message}s of that catalog, so that each is written in the language of the message
 * ({@code term.*} keys), never as a word of one language handed to the other. Not exported.
 */
public final class Terms {
    /** The module's one catalog of messages. */
    public static final Catalog CATALOG = Catalog.of("io.github.albero.validation.messages", ResourceBundle::getBundle);

    private Terms() {
    }

    /**
     * {@return a word or phrase of the catalog, written in the language it is rendered in}
     *
     * @param kind what the word names: {@code field}, {@code node}, {@code children}, {@code line}, {@code status} …
     * @param name which one, e.g. {@code dataSource}
     */
    public static Message of(String kind, String name) {
        return CATALOG.message("term." + kind + "." + name);
    }

    /**
     * {@return the word for an enum constant: {@code term.<Type>.<CONSTANT>}}
     *
     * @param constant e.g. {@code Polarity.HIGHER_IS_BETTER}
     */
    public static Message of(Enum<?> constant) {
        return of(constant.getDeclaringClass().getSimpleName(), constant.name());
    }
}
