package io.github.albero.testkit;

import io.github.albero.model.Indicator;
import io.github.albero.model.Mission;
import io.github.albero.model.NodePath;
import io.github.albero.model.Objective;
import io.github.albero.model.OperationalObjective;
import io.github.albero.model.Plan;
import io.github.albero.model.Program;
import io.github.albero.model.StrategicObjective;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;

/**
 * Where two plans differ: the deepest node (or member) that holds every difference. It lets a
 * defect report the path it changed without each injection keeping track of it.
 */
final class PlanDiff {
    private PlanDiff() {
    }

    /** A member of a node: either a value compared as a whole or a list of child nodes to descend into. */
    private record Member(String name, Object before, Object after, Function<NodePath, NodePath> descend) {
        boolean differs() {
            return !Objects.equals(before, after);
        }
    }

    /** {@return the path of the deepest node holding every difference, the root when the plans are equal} */
    static NodePath changedPath(Plan a, Plan b) {
        NodePath root = NodePath.root();
        return narrow(root, List.of(
                new Member("kind", a.kind(), b.kind(), null),
                new Member("title", a.title(), b.title(), null),
                new Member("administration", a.administration(), b.administration(), null),
                new Member("referenceYear", a.referenceYear(), b.referenceYear(), null),
                new Member("horizon", a.horizon(), b.horizon(), null),
                new Member("scheme", a.scheme(), b.scheme(), null),
                new Member("uniqueCodes", a.uniqueCodes(), b.uniqueCodes(), null),
                new Member("notes", a.notes(), b.notes(), null),
                new Member("missions", a.missions(), b.missions(),
                        p -> list(p, "missions", a.missions(), b.missions(), (q, m, i) -> q.mission(m.code(), i), PlanDiff::mission)),
                // links to removed objectives go with them: public value counts only when the tree is the same
                new Member("publicValue", a.publicValue(), a.missions().equals(b.missions()) ? b.publicValue() : a.publicValue(),
                        p -> list(p, "publicValue", a.publicValue(), b.publicValue(), (q, v, i) -> q.member("publicValue", v.code().toString()), (q, x, y) -> q))));
    }

    private static NodePath mission(NodePath p, Mission a, Mission b) {
        return narrow(p, List.of(
                new Member("code", a.code(), b.code(), null),
                new Member("title", a.title(), b.title(), null),
                new Member("notes", a.notes(), b.notes(), null),
                new Member("programs", a.programs(), b.programs(),
                        q -> list(q, "programs", a.programs(), b.programs(), (r, x, i) -> r.program(x.code(), i), PlanDiff::program)),
                new Member("objectives", a.objectives(), b.objectives(),
                        q -> list(q, "objectives", a.objectives(), b.objectives(), (r, x, i) -> r.objective(x.code(), i), PlanDiff::strategic))));
    }

    private static NodePath program(NodePath p, Program a, Program b) {
        return narrow(p, List.of(
                new Member("code", a.code(), b.code(), null),
                new Member("title", a.title(), b.title(), null),
                new Member("notes", a.notes(), b.notes(), null),
                new Member("objectives", a.objectives(), b.objectives(),
                        q -> list(q, "objectives", a.objectives(), b.objectives(), (r, x, i) -> r.objective(x.code(), i), PlanDiff::strategic))));
    }

    private static NodePath strategic(NodePath p, StrategicObjective a, StrategicObjective b) {
        List<Member> members = objectiveMembers(a, b);
        members.add(new Member("code", a.code(), b.code(), null));
        members.add(new Member("operationalObjectives", a.operationalObjectives(), b.operationalObjectives(),
                q -> list(q, "operationalObjectives", a.operationalObjectives(), b.operationalObjectives(), (r, x, i) -> r.operationalObjective(i), PlanDiff::operational)));
        return narrow(p, members);
    }

    private static NodePath operational(NodePath p, OperationalObjective a, OperationalObjective b) {
        List<Member> members = objectiveMembers(a, b);
        members.add(new Member("code", a.code(), b.code(), null));
        return narrow(p, members);
    }

    private static List<Member> objectiveMembers(Objective a, Objective b) {
        List<Member> m = new ArrayList<>();
        m.add(new Member("title", a.title(), b.title(), null));
        m.add(new Member("description", a.description(), b.description(), null));
        m.add(new Member("timeframe", a.timeframe(), b.timeframe(), null));
        m.add(new Member("responsibleUnit", a.responsibleUnit(), b.responsibleUnit(), null));
        m.add(new Member("weight", a.weight(), b.weight(), null));
        m.add(new Member("stakeholders", a.stakeholders(), b.stakeholders(), null));
        m.add(new Member("resources", a.resources(), b.resources(), null));
        m.add(new Member("declaredIndicatorCount", a.declaredIndicatorCount(), b.declaredIndicatorCount(), null));
        m.add(new Member("notes", a.notes(), b.notes(), null));
        m.add(new Member("staff", a.staff(), b.staff(), null));
        m.add(new Member("indicators", a.indicators(), b.indicators(),
                q -> list(q, "indicators", a.indicators(), b.indicators(), (r, x, i) -> r.indicator(i), PlanDiff::indicator)));
        return m;
    }

    private static NodePath indicator(NodePath p, Indicator a, Indicator b) {
        return narrow(p, List.of(
                new Member("code", a.code(), b.code(), null),
                new Member("name", a.name(), b.name(), null),
                new Member("measures", a.measures(), b.measures(), null),
                new Member("type", a.type(), b.type(), null),
                new Member("unit", a.unit(), b.unit(), null),
                new Member("algorithm", a.algorithm(), b.algorithm(), null),
                new Member("dataSource", a.dataSource(), b.dataSource(), null),
                new Member("baseline", a.baseline(), b.baseline(), null),
                new Member("polarity", a.polarity(), b.polarity(), null),
                new Member("weight", a.weight(), b.weight(), null),
                new Member("notes", a.notes(), b.notes(), null),
                new Member("targets", a.targets(), b.targets(), q -> byYear(q, "targets", a.targets(), b.targets())),
                new Member("results", a.results(), b.results(), q -> byYear(q, "results", a.results(), b.results())),
                new Member("ratio", a.ratio(), b.ratio(), null),
                new Member("monitoring", a.monitoring(), b.monitoring(), q -> byYear(q, "monitoring", a.monitoring(), b.monitoring())),
                new Member("periodAggregation", a.periodAggregation(), b.periodAggregation(), null),
                new Member("breakdownRule", a.breakdownRule(), b.breakdownRule(), null)));
    }

    /** The one differing member, descended into when it holds nodes; the node itself when several differ. */
    private static NodePath narrow(NodePath node, List<Member> members) {
        List<Member> differing = members.stream().filter(Member::differs).toList();
        if (differing.size() != 1) {
            return node;
        }
        Member m = differing.get(0);
        return m.descend() == null ? node.member(m.name()) : m.descend().apply(node);
    }

    /** Within a member holding values by year: the one year that differs, else the member. */
    private static NodePath byYear(NodePath node, String name, Map<Integer, ?> a, Map<Integer, ?> b) {
        Set<Integer> years = new TreeSet<>(a.keySet());
        years.addAll(b.keySet());
        List<Integer> differing = years.stream().filter(y -> !Objects.equals(a.get(y), b.get(y))).toList();
        return differing.size() == 1 ? node.year(name, differing.get(0)) : node.member(name);
    }

    @FunctionalInterface
    private interface Descend<T> {
        NodePath into(NodePath path, T before, T after);
    }

    @FunctionalInterface
    private interface Step<T> {
        NodePath at(NodePath parent, T item, int index);
    }

    /** Within a list of nodes: the one node added, removed or changed, else the member. */
    private static <T> NodePath list(NodePath node, String name, List<T> a, List<T> b, Step<T> step, Descend<T> descend) {
        if (a.size() == b.size()) {
            List<Integer> differing = new ArrayList<>();
            for (int i = 0; i < a.size(); i++) {
                if (!a.get(i).equals(b.get(i))) {
                    differing.add(i);
                }
            }
            if (differing.size() != 1) {
                return node.member(name);
            }
            int i = differing.get(0);
            NodePath pa = step.at(node, a.get(i), i);
            NodePath pb = step.at(node, b.get(i), i);
            return pa.equals(pb) ? descend.into(pa, a.get(i), b.get(i)) : pb;
        }
        if (Math.abs(a.size() - b.size()) == 1) {
            // one node added or removed: the first index where the lists part
            List<T> longer = a.size() > b.size() ? a : b;
            List<T> shorter = longer == a ? b : a;
            int i = 0;
            while (i < shorter.size() && shorter.get(i).equals(longer.get(i))) {
                i++;
            }
            if (longer.subList(i + 1, longer.size()).equals(shorter.subList(i, shorter.size()))) {
                return step.at(node, longer.get(i), i);
            }
        }
        return node.member(name);
    }
}
