package io.github.albero.testkit;

import io.github.albero.model.NodePath;
import io.github.albero.model.Plan;
import java.util.Objects;

/**
 * A plan with one {@link Defect} injected, and the path of the node the injection changed: the
 * deepest node that holds every change (an indicator's target, an objective whose indicators and
 * declared count both changed, a mission that was added). Immutable and thread-safe.
 *
 * <pre>{@code
 * Injected i = Defect.TARGET_TEXT_UNREAD.inject(plan, new SplittableRandom(1)).get();
 * i.path();   // missions[011].programs[005].objectives[011-005-001].indicators[0].targets[2017]
 * }</pre>
 *
 * @param defect the defect injected, not null
 * @param plan the plan with the defect, not null
 * @param path where the plan was changed, not null
 */
public record Injected(Defect defect, Plan plan, NodePath path) {
    /** Checks that no component is null. */
    public Injected {
        Objects.requireNonNull(defect, "defect");
        Objects.requireNonNull(plan, "plan");
        Objects.requireNonNull(path, "path");
    }

    /** {@return e.g. {@code INDICATOR_COUNT_MISMATCH at missions[011].programs[005].objectives[011-005-001]}} */
    @Override
    public String toString() {
        return defect.name() + " at " + path;
    }
}
