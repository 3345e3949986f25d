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
            for (int pi = 0; pi < m.programs().size(); pi++) {
                Program p = m.programs().get(pi);
                NodePath pp = mp.program(p.code(), pi);
                for (int oi = 0; oi < p.objectives().size(); oi++) {
                    StrategicObjective o = p.objectives().get(oi);
                    NodePath op = pp.objective(o.code(), oi);
                    visitor.accept(op, o);
                    List<OperationalObjective> ops = o.operationalObjectives();
                    for (int j = 0; j < ops.size(); j++) {
                        visitor.accept(op.operationalObjective(j), ops.get(j));
                    }
                }
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
        // without a regular expression: this runs for most findings of a national dataset
        StringBuilder sb = null;
        int n = text.length();
        boolean space = false;
        int start = 0;
        while (start < n && Character.isWhitespace(text.charAt(start))) {
            start++;
        }
        int end = n;
        while (end > start && Character.isWhitespace(text.charAt(end - 1))) {
            end--;
        }
        for (int i = start; i < end; i++) {
            char c = text.charAt(i);
            // the white space of the regular expression \s, as before
            if (c == ' ' || c == '\t' || c == '\n' || c == '\u000B' || c == '\f' || c == '\r') {
                if (sb == null) {
                    if (c == ' ' && !space) {
                        space = true;
                        continue;
                    }
                    sb = new StringBuilder(end - start).append(text, start, i);
                }
                if (!space) {
                    sb.append(' ');
                }
                space = true;
            } else {
                if (sb != null) {
                    sb.append(c);
                }
                space = false;
            }
        }
        String flat = sb == null ? text.substring(start, end) : sb.toString();
        return flat.length() <= MAX_NAME ? flat : flat.substring(0, MAX_NAME - 1) + "…";
    }

    static String plain(BigDecimal v) {
        return v.stripTrailingZeros().toPlainString();
    }

    static <T> List<T> listOf(Iterable<T> items) {
        List<T> l = new ArrayList<>();
        items.forEach(l::add);
        return l;
    }
}
