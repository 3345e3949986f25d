package io.github.albero.validation.internal;

import io.github.albero.model.Plan;
import io.github.albero.validation.Finding;
import io.github.albero.validation.rules.Rulebook;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import jakarta.validation.ValidatorFactory;
import java.util.ArrayList;
import java.util.List;
import org.hibernate.validator.HibernateValidator;
import org.hibernate.validator.HibernateValidatorConfiguration;
import org.hibernate.validator.engine.HibernateConstraintViolation;
import org.hibernate.validator.messageinterpolation.ParameterMessageInterpolator;

/**
 * Runs the {@link Rulebook} on Hibernate Validator: every constraint through the programmatic
 * mapping (core types carry no annotation), accessors named like properties, and
 * {@link ParameterMessageInterpolator} so that no Expression Language implementation is needed.
 *
 * <p>A rule violated on a node is one constraint violation of Hibernate Validator, at that
 * node's property path; the findings behind it ride on the violation as its dynamic payload
 * (see {@link Emitter}) and are placed in the plan here.
 */
public final class Engine {
    private Engine() {
    }

    /**
     * Builds a new factory of validators that apply the rulebook.
     *
     * @return the factory; its validators are thread-safe
     */
    public static ValidatorFactory factory() {
        QuietStartup.apply();
        HibernateValidatorConfiguration config = Validation.byProvider(HibernateValidator.class).configure()
                .ignoreXmlConfiguration()
                .messageInterpolator(new ParameterMessageInterpolator())
                .getterPropertySelectionStrategy(new AccessorPropertySelection());
        return config.addMapping(Rulebook.map(config.createConstraintMapping())).buildValidatorFactory();
    }

    /**
     * Builds a validator the one way the module builds it.
     *
     * @return a new validator that applies the rulebook
     */
    public static Validator validator() {
        return factory().getValidator();
    }

    /**
     * Validates a plan and places every finding in it.
     *
     * @param validator a validator built by {@link #validator()}
     * @param plan the plan, not null
     * @return the findings, in no particular order
     */
    public static List<Finding> findings(Validator validator, Plan plan) {
        List<Finding> findings = new ArrayList<>();
        java.util.Set<ConstraintViolation<Plan>> violations;
        try {
            violations = validator.validate(plan);
        } finally {
            Walk.forget();
        }
        for (ConstraintViolation<Plan> v : violations) {
            FindingPayload payload = ((HibernateConstraintViolation<?>) v.unwrap(HibernateConstraintViolation.class))
                    .getDynamicPayload(FindingPayload.class);
            if (payload == null) {
                throw new IllegalStateException("a rule failed without reporting its findings: " + v);
            }
            // one walk through the plan per violated rule and node, shared by its findings
            payload.addTo(findings, Paths.toNodePath(plan, v.getPropertyPath()));
        }
        return findings;
    }
}
