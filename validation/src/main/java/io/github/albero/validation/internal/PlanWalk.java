package io.github.albero.validation.internal;

import io.github.albero.model.Indicator;
import io.github.albero.model.Mission;
import io.github.albero.model.NodePath;
import io.github.albero.model.OperationalObjective;
import io.github.albero.model.Plan;
import io.github.albero.model.Program;
import io.github.albero.model.PublicValueObjective;
import io.github.albero.model.StrategicObjective;
import io.github.albero.validation.Finding;
import io.github.albero.validation.rules.Rulebook;
import jakarta.validation.ClockProvider;
import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import java.lang.annotation.Annotation;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Runs the {@link Rulebook} by walking the plan itself: every node once, in document order,
 * each node's validators called with the node's {@link NodePath}, and every finding placed
 * directly (no property path to translate, no violation to carry it). The same constraint
 * validators as under Hibernate Validator ({@link Engine}), with the same findings; what is left
 * out is Hibernate Validator's generic traversal (metadata lookups, property paths, violation
 * bookkeeping), which cost more than the rules themselves.
 *
 * <p>Immutable and thread-safe: the validators keep no state (the rulebook's validators do not
 * read their annotation, checked when the walk is built).
 */
public final class PlanWalk {
    private final Map<Class<?>, List<ConstraintValidator<?, ?>>> validators;

    private PlanWalk(Map<Class<?>, List<ConstraintValidator<?, ?>>> validators) {
        this.validators = validators;
    }

    /**
     * {@return the walk of the rulebook}, each rule's validator for each type of node found once
     *
     * @throws IllegalStateException when the rulebook names a rule without a validator for a type
     *     of node it is applied to, or one whose validator reads its annotation: a programming error
     */
    public static PlanWalk create() {
        Map<Class<?>, List<ConstraintValidator<?, ?>>> byType = new HashMap<>();
        for (Rulebook.Node n : Rulebook.nodes()) {
            List<ConstraintValidator<?, ?>> list = new ArrayList<>();
            for (Class<? extends Annotation> rule : n.rules()) {
                list.add(validator(rule, n.type()));
            }
            byType.put(n.type(), List.copyOf(list));
        }
        return new PlanWalk(Map.copyOf(byType));
    }

    private static ConstraintValidator<?, ?> validator(Class<? extends Annotation> rule, Class<?> type) {
        Constraint constraint = rule.getAnnotation(Constraint.class);
        if (constraint == null) {
            throw new IllegalStateException(rule.getSimpleName() + " is not a constraint");
        }
        for (Class<? extends ConstraintValidator<?, ?>> c : constraint.validatedBy()) {
            if (validatedType(c).isAssignableFrom(type)) {
                try {
                    c.getDeclaredMethod("initialize", Annotation.class);
                    throw new IllegalStateException(c.getName() + " reads its annotation: the walk does not pass it");
                } catch (NoSuchMethodException expected) {
                    // the default initialize: nothing to pass
                }
                try {
                    return c.getDeclaredConstructor().newInstance();
                } catch (ReflectiveOperationException e) {
                    throw new IllegalStateException("cannot create " + c.getName(), e);
                }
            }
        }
        throw new IllegalStateException(rule.getSimpleName() + " has no validator for " + type.getSimpleName());
    }

    private static Class<?> validatedType(Class<?> validator) {
        for (Type t : validator.getGenericInterfaces()) {
            if (t instanceof ParameterizedType p && p.getRawType() == ConstraintValidator.class
                    && p.getActualTypeArguments()[1] instanceof Class<?> c) {
                return c;
            }
        }
        throw new IllegalStateException(validator.getName() + " does not name the type it validates");
    }

    /**
     * Validates a plan and places every finding in it.
     *
     * @param plan the plan, not null
     * @return the findings, in document order of the nodes
     */
    public List<Finding> findings(Plan plan) {
        Node context = new Node(new ArrayList<>());
        try {
            NodePath root = NodePath.root();
            check(Plan.class, plan, root, context);
            for (int mi = 0; mi < plan.missions().size(); mi++) {
                Mission m = plan.missions().get(mi);
                NodePath mp = root.mission(m.code(), mi);
                check(Mission.class, m, mp, context);
                for (int pi = 0; pi < m.programs().size(); pi++) {
                    Program p = m.programs().get(pi);
                    NodePath pp = mp.program(p.code(), pi);
                    check(Program.class, p, pp, context);
                    for (int oi = 0; oi < p.objectives().size(); oi++) {
                        StrategicObjective o = p.objectives().get(oi);
                        objective(o, pp.objective(o.code(), oi), context);
                    }
                }
                // a strategic area holds its objectives directly
                for (int oi = 0; oi < m.objectives().size(); oi++) {
                    StrategicObjective o = m.objectives().get(oi);
                    objective(o, mp.objective(o.code(), oi), context);
                }
            }
            for (PublicValueObjective v : plan.publicValue()) {
                NodePath vp = root.member("publicValue", v.code().toString());
                check(PublicValueObjective.class, v, vp, context);
                indicators(v.indicators(), vp, context);
            }
        } finally {
            Walk.forget();
        }
        return context.findings;
    }

    private void objective(StrategicObjective o, NodePath path, Node context) {
        check(StrategicObjective.class, o, path, context);
        indicators(o.indicators(), path, context);
        for (int k = 0; k < o.operationalObjectives().size(); k++) {
            OperationalObjective op = o.operationalObjectives().get(k);
            NodePath opp = path.operationalObjective(k);
            check(OperationalObjective.class, op, opp, context);
            indicators(op.indicators(), opp, context);
        }
    }

    private void indicators(List<Indicator> indicators, NodePath parent, Node context) {
        for (int i = 0; i < indicators.size(); i++) {
            check(Indicator.class, indicators.get(i), parent.indicator(i), context);
        }
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    private void check(Class<?> type, Object node, NodePath path, Node context) {
        List<ConstraintValidator<?, ?>> list = validators.get(type);
        context.path = path;
        for (ConstraintValidator v : list) {
            v.isValid(node, context);
        }
    }

    /**
     * The context a validator gets in the walk: the node's path and where findings go. The rules
     * report through an {@link Emitter}, which recognises it; nothing else of Bean Validation's
     * context is used by the rulebook.
     */
    static final class Node implements ConstraintValidatorContext {
        final List<Finding> findings;
        NodePath path;

        Node(List<Finding> findings) {
            this.findings = findings;
        }

        @Override
        public void disableDefaultConstraintViolation() {
            // findings are reported through the Emitter, never as violations: nothing to disable
        }

        @Override
        public String getDefaultConstraintMessageTemplate() {
            return "";
        }

        @Override
        public ClockProvider getClockProvider() {
            return Clock::systemDefaultZone;
        }

        @Override
        public ConstraintViolationBuilder buildConstraintViolationWithTemplate(String messageTemplate) {
            throw new IllegalStateException("a rule of the rulebook reports its findings through an Emitter, not as violations");
        }

        @Override
        public <T> T unwrap(Class<T> type) {
            if (type.isInstance(this)) {
                return type.cast(this);
            }
            throw new IllegalStateException("the walk's context is not a " + type.getName());
        }
    }
}
