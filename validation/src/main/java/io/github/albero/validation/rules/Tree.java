package io.github.albero.validation.rules;

import io.github.albero.measure.Unit;
import io.github.albero.model.Indicator;
import io.github.albero.model.Mission;
import io.github.albero.model.NodePath;
import io.github.albero.model.Objective;
import io.github.albero.model.OperationalObjective;
import io.github.albero.model.Plan;
import io.github.albero.model.Polarity;
import io.github.albero.model.Program;
import io.github.albero.model.StrategicObjective;
import io.github.albero.validation.internal.Abbreviation;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.BiConsumer;

/** Walks and reads the tree the way every rule needs it. */
final class Tree {
    private static final int MAX_NAME = 60;

    private Tree() {
    }

    /** Every objective with its path, strategic ones followed by their operational ones, in document order. */
    static void objectives(Plan plan, BiConsumer<NodePath, Objective> visitor) {
        for (int mi = 0; mi < plan.missions().size(); mi++) {
            Mission m = plan.missions().get(mi);
            NodePath mp = NodePath.root().mission(m.code(), mi);
            objectives(mp, m.objectives(), visitor);
            for (int pi = 0; pi < m.programs().size(); pi++) {
                Program p = m.programs().get(pi);
                objectives(mp.program(p.code(), pi), p.objectives(), visitor);
            }
        }
    }

    /** The objectives of a program, or of a strategic area. */
    private static void objectives(NodePath parent, List<StrategicObjective> objectives, BiConsumer<NodePath, Objective> visitor) {
        for (int oi = 0; oi < objectives.size(); oi++) {
            StrategicObjective o = objectives.get(oi);
            NodePath op = parent.objective(o.code(), oi);
            visitor.accept(op, o);
            List<OperationalObjective> ops = o.operationalObjectives();
            for (int j = 0; j < ops.size(); j++) {
                visitor.accept(op.operationalObjective(j), ops.get(j));
            }
        }
    }

    /** An indicator whose values are percentages of completion: unit % or "percentuale", or a milestone. */
    static boolean isPercentIndicator(Indicator i) {
        if (i.polarity() == Polarity.MILESTONE) {
            return true;
        }
        return i.unit().map(u -> u.strip().toLowerCase(Locale.ITALIAN))
                .filter(u -> u.startsWith("%") || u.startsWith("percent")).isPresent();
    }

    static boolean isScoreOrPlain(Optional<Unit> unit) {
        return unit.isEmpty() || unit.get().equals(Unit.SCORE);
    }

    static String name(Indicator i) {
        return abbreviate(i.name());
    }

    static String abbreviate(String text) {
        return Abbreviation.abbreviate(text, MAX_NAME);
    }

    static <T> List<T> listOf(Iterable<T> items) {
        List<T> l = new ArrayList<>();
        items.forEach(l::add);
        return l;
    }
}
