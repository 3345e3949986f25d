package io.github.albero.validation.internal;

import io.github.albero.model.LocatedIndicator;
import io.github.albero.model.Plan;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * The plan's located indicators, walked once per validation and shared by the whole-plan
 * rules that each need every indicator with its path, and what a rule computed once for a value
 * that occurs many times in the plan. Kept per thread only while the plan is being validated
 * (the engines forget it at the end). Not exported.
 */
public final class Walk {
    private static final ThreadLocal<Object[]> CURRENT = new ThreadLocal<>();
    private static final ThreadLocal<Map<Object, Object>> REMEMBERED = new ThreadLocal<>();

    private Walk() {
    }

    /**
     * {@return every indicator of the plan with its path, as {@code plan.indicators()}}
     *
     * @param plan the plan being validated
     */
    @SuppressWarnings("unchecked")
    public static List<LocatedIndicator> indicators(Plan plan) {
        Object[] current = CURRENT.get();
        if (current != null && current[0] == plan) {
            return (List<LocatedIndicator>) current[1];
        }
        List<LocatedIndicator> all = plan.indicators();
        CURRENT.set(new Object[] {plan, all});
        return all;
    }

    /**
     * {@return what {@code f} gives for that value, computed once per validation}: the reader
     * shares equal targets and results, so a plan's repeated texts are one object each
     *
     * @param value an immutable value of the plan being validated, keyed by identity
     * @param f a pure function of it
     * @param <K> the value's type
     * @param <V> the result's type
     */
    @SuppressWarnings("unchecked")
    public static <K, V> V once(K value, Function<K, V> f) {
        Map<Object, Object> m = REMEMBERED.get();
        if (m == null) {
            m = new IdentityHashMap<>();
            REMEMBERED.set(m);
        }
        Object v = m.get(value);
        if (v == null) {
            v = f.apply(value);
            m.put(value, v);
        }
        return (V) v;
    }

    /** Forgets the plan walked by this thread, so that no plan is kept after its validation. */
    static void forget() {
        CURRENT.remove();
        REMEMBERED.remove();
    }
}
