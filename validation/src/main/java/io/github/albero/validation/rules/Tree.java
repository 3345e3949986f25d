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
        plan.locatedObjectives().forEach(lo -> visitor.accept(lo.path(), lo.node()));
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
