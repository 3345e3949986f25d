package io.github.albero.json.internal;

import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** The camelCase JSON names of the model's enums: {@code HIGHER_IS_BETTER} is {@code higherIsBetter}. */
public final class Enums {
    // computed once per enum type: names are asked for on every enum value read or written
    private static final ClassValue<String[]> NAMES = new ClassValue<>() {
        @Override
        protected String[] computeValue(Class<?> type) {
            Object[] constants = type.getEnumConstants();
            String[] names = new String[constants.length];
            for (int i = 0; i < constants.length; i++) {
                names[i] = camelCase((Enum<?>) constants[i]);
            }
            return names;
        }
    };
    private static final ClassValue<Map<String, Enum<?>>> BY_NAME = new ClassValue<>() {
        @Override
        protected Map<String, Enum<?>> computeValue(Class<?> type) {
            Map<String, Enum<?>> m = new HashMap<>();
            for (Object c : type.getEnumConstants()) {
                Enum<?> e = (Enum<?>) c;
                m.put(name(e), e);
            }
            return Collections.unmodifiableMap(m);
        }
    };

    private Enums() {
    }

    /**
     * @param e a constant
     * @return its JSON name, e.g. {@code partiallyAchieved}
     */
    public static String name(Enum<?> e) {
        return NAMES.get(e.getDeclaringClass())[e.ordinal()];
    }

    private static String camelCase(Enum<?> e) {
        String[] words = e.name().toLowerCase(Locale.ROOT).split("_");
        StringBuilder sb = new StringBuilder(words[0]);
        for (int i = 1; i < words.length; i++) {
            sb.append(Character.toUpperCase(words[i].charAt(0))).append(words[i], 1, words[i].length());
        }
        return sb.toString();
    }

    /**
     * @param type the enum type
     * @param name a JSON name
     * @param <E> the enum type
     * @return the constant, or null when no constant has that name
     */
    public static <E extends Enum<E>> E byName(Class<E> type, String name) {
        return type.cast(BY_NAME.get(type).get(name));
    }

    /**
     * @param type the enum type
     * @return the JSON names of its constants, in declaration order
     */
    public static List<String> names(Class<? extends Enum<?>> type) {
        return List.of(NAMES.get(type));
    }
}
