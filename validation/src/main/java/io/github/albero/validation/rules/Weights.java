package io.github.albero.validation.rules;

import io.github.albero.measure.Weight;
import io.github.albero.validation.RuleCode;
import io.github.albero.validation.internal.Emitter;
import io.github.albero.validation.internal.Rel;
import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import io.github.albero.model.NodePath;
import java.util.function.Function;
import java.util.function.IntFunction;

/** The weight rules on one list of siblings: ALB-NUM-003, ALB-NUM-004, ALB-NUM-005. */
final class Weights {
    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    private Weights() {
    }

    static <T> void check(Emitter e, String list, List<T> siblings, Function<T, Optional<Weight>> weight, IntFunction<NodePath> key) {
        long weighted = siblings.stream().filter(s -> weight.apply(s).isPresent()).count();
        if (weighted == 0) {
            return;
        }
        BigDecimal sum = BigDecimal.ZERO;
        for (int i = 0; i < siblings.size(); i++) {
            Optional<Weight> w = weight.apply(siblings.get(i));
            Rel where = Rel.of(key.apply(i)).dot("weight");
            if (w.isEmpty()) {
                e.report(RuleCode.WEIGHTS_PARTIAL, where, null, "weighted", weighted, "siblings", siblings.size());
            } else {
                sum = sum.add(w.get().value());
                if (w.get().value().signum() == 0) {
                    e.report(RuleCode.WEIGHT_ZERO, where, w.get());
                }
            }
        }
        if (weighted == siblings.size() && sum.compareTo(HUNDRED) != 0) {
            e.report(RuleCode.WEIGHTS_NOT_100, Rel.field(list), sum);
        }
    }
}
