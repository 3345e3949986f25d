package io.github.albero;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Guards every public static method of core: a {@code null} argument is refused at the door with a
 * message naming the argument (or as an invalid value), never by a {@link NullPointerException}
 * thrown from deep inside.
 */
class NullArgumentsTest {
    /** What {@code Objects.requireNonNull(x, "name")} leaves: the argument's name alone. */
    private static final Pattern NAME = Pattern.compile("[a-z][A-Za-z0-9]*");

    @Test
    void everyPublicStaticMethodRefusesNullByNamingTheArgument() throws Exception {
        List<String> wrong = new ArrayList<>();
        int checked = 0;
        for (Method m : publicStaticMethods()) {
            Class<?>[] types = m.getParameterTypes();
            for (int i = 0; i < types.length; i++) {
                if (!probed(types[i])) {
                    continue;
                }
                Object[] args = arguments(types);
                args[i] = null;
                checked++;
                String problem = problemWithNull(m, args);
                if (problem != null) {
                    wrong.add(m.getDeclaringClass().getName() + "." + m.getName() + " argument " + (i + 1) + ": " + problem);
                }
            }
        }
        assertTrue(checked > 100, "too few methods found: " + checked);
        assertEquals(List.of(), wrong);
    }

    @Test
    void theThreeMethodsNamedByTheLastHuntNameTheirArgument() throws Exception {
        assertEquals("text", npeMessage(() -> io.github.albero.model.Vocabulary.ratingScale((String) null)));
        assertEquals("text", npeMessage(() -> io.github.albero.text.UnsafeText.visible(null)));
        assertEquals("title", npeMessage(() -> io.github.albero.reference.ReferenceProgram.loose(null)));
    }

    private static String npeMessage(Runnable r) {
        try {
            r.run();
        } catch (NullPointerException e) {
            return e.getMessage();
        }
        return fail("no exception");
    }

    /** Null when the method refused null well, else what it did wrong. */
    private static String problemWithNull(Method m, Object[] args) throws IllegalAccessException {
        try {
            m.invoke(null, args);
            return null; // a method may read null as "no text": that is an answer, not a crash
        } catch (InvocationTargetException e) {
            Throwable t = e.getCause();
            if (t instanceof NullPointerException) {
                String message = t.getMessage();
                return message != null && NAME.matcher(message).matches() ? null : "NullPointerException(" + message + ")";
            }
            if (t instanceof IllegalArgumentException) {
                return null;
            }
            return t.toString();
        }
    }

    private static Object[] arguments(Class<?>[] types) {
        Object[] args = new Object[types.length];
        for (int i = 0; i < types.length; i++) {
            Class<?> t = types[i];
            args[i] = t == String.class || t == CharSequence.class ? "1"
                    : t == int.class ? 1
                    : t == long.class ? 1L
                    : t == boolean.class ? Boolean.FALSE
                    : t == char.class ? (Object) 'a'
                    : t.isPrimitive() ? java.lang.reflect.Array.get(java.lang.reflect.Array.newInstance(t, 1), 0)
                    : null; // any other object: null too, and the NPE, if any, must name one of them
        }
        return args;
    }

    /**
     * Every argument but primitives and {@code Optional}: an {@code Optional} argument is only
     * taken by the factories Immutables generates ({@code Target.of(text, Optional<TargetReading>)}),
     * whose callers hold an {@code Optional} already.
     */
    private static boolean probed(Class<?> t) {
        return !t.isPrimitive() && t != java.util.Optional.class;
    }

    private static List<Method> publicStaticMethods() throws Exception {
        Path classes = Path.of(InvalidValueException.class.getProtectionDomain().getCodeSource().getLocation().toURI());
        List<Method> methods = new ArrayList<>();
        try (Stream<Path> files = Files.walk(classes)) {
            for (Path f : (Iterable<Path>) files::iterator) {
                String name = classes.relativize(f).toString();
                if (!name.endsWith(".class") || name.contains("$") || name.startsWith("module-info")
                        || name.contains("/internal/")) {
                    continue;
                }
                Class<?> c = Class.forName(name.substring(0, name.length() - 6).replace('/', '.'));
                if (!Modifier.isPublic(c.getModifiers())) {
                    continue;
                }
                for (Method m : c.getDeclaredMethods()) {
                    int mod = m.getModifiers();
                    // an enum's valueOf is the JDK's own, whose "Name is null" is clear enough
                    boolean enumValueOf = c.isEnum() && m.getName().equals("valueOf");
                    if (Modifier.isPublic(mod) && Modifier.isStatic(mod) && !m.isSynthetic() && !enumValueOf
                            && Stream.of(m.getParameterTypes()).anyMatch(NullArgumentsTest::probed)) {
                        methods.add(m);
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return methods;
    }
}
