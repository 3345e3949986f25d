package io.github.albero.validation;

import io.github.albero.validation.internal.Abbreviation;
import java.util.Locale;
import java.util.Map;
import java.util.MissingResourceException;
import java.util.ResourceBundle;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Renders messages from the Italian and English bundles; named parameters as in Hibernate Validator: {@code {name}}. */
final class Messages {
    static final String BUNDLE = "io.github.albero.validation.messages";
    private static final Pattern PARAMETER = Pattern.compile("\\{([A-Za-z][A-Za-z0-9]*)\\}");

    private Messages() {
    }

    /** Italian for any Italian locale, English otherwise; never the JVM's default locale. */
    static ResourceBundle bundle(Locale locale) {
        boolean italian = locale != null && "it".equals(locale.getLanguage());
        return ResourceBundle.getBundle(BUNDLE, italian ? Locale.ITALIAN : Locale.ROOT);
    }

    static String text(Locale locale, String key) {
        try {
            return bundle(locale).getString(key);
        } catch (MissingResourceException e) {
            return key;
        }
    }

    static String render(Locale locale, String key, Map<String, String> arguments) {
        String template = text(locale, key);
        Matcher m = PARAMETER.matcher(template);
        StringBuilder sb = new StringBuilder();
        while (m.find()) {
            String value = arguments.get(m.group(1));
            m.appendReplacement(sb, Matcher.quoteReplacement(value == null ? m.group() : value));
        }
        m.appendTail(sb);
        return sb.toString();
    }

    static String abbreviate(String text, int max) {
        return Abbreviation.abbreviate(text, max);
    }
}
