package io.github.albero.validation.internal;

import io.github.albero.model.LocatedIndicator;
import io.github.albero.model.Plan;
import java.util.List;

/**
 * The plan's located indicators, walked once per validation and shared by the whole-plan
 * rules that each need every indicator with its path. Kept per thread only while the plan is
 * being validated (the engines forget it at the end). Not exported.
 */
public final class Walk {
    private static final ThreadLocal<Object[]> CURRENT = new ThreadLocal<>();

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

    /** Forgets the plan walked by this thread, so that no plan is kept after its validation. */
    static void forget() {
        CURRENT.remove();
    }
}
