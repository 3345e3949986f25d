package io.github.albero.validation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.albero.model.Plan;
import io.github.albero.validation.internal.Engine;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validation;
import jakarta.validation.ValidationException;
import jakarta.validation.Validator;
import java.util.Optional;
import java.util.Set;
import org.hibernate.validator.HibernateValidator;
import org.junit.jupiter.api.Test;

/**
 * Validation runs with nothing but the module's declared dependencies: Hibernate Validator and
 * its own (jakarta.validation, jboss-logging, classmate), and no Expression Language
 * implementation anywhere on the class or module path.
 */
class DeclaredDependenciesTest {
    @Test
    void noExpressionLanguageIsPresent() {
        assertThrows(ClassNotFoundException.class, () -> Class.forName("jakarta.el.ExpressionFactory"));
        assertThrows(ClassNotFoundException.class, () -> Class.forName("org.glassfish.expressly.ExpressionFactoryImpl"));
        assertTrue(ModuleLayer.boot().findModule("jakarta.el").isEmpty());
    }

    @Test
    void hibernateValidatorsDefaultBootstrapWouldNeedIt() {
        // the default interpolator needs EL: this is why the module configures ParameterMessageInterpolator
        assertThrows(ValidationException.class, () -> Validation.byProvider(HibernateValidator.class).configure().buildValidatorFactory());
    }

    @Test
    void theModulesOwnValidatorWorksWithoutIt() {
        Validator validator = Engine.validator();
        Plan plan = Fixtures.mapIndicator(Fixtures.report(), i -> i.withUnit(Optional.empty()));
        Set<ConstraintViolation<Plan>> violations = validator.validate(plan);
        assertEquals(1, violations.size());
        ConstraintViolation<Plan> v = violations.iterator().next();
        // the rule violated, once, with its own message; the finding it carries names the field
        assertTrue(v.getMessage().startsWith("An indicator names its type"), v.getMessage());
        assertEquals("missions[0].programs[0].objectives[0].indicators[0]", v.getPropertyPath().toString());
        Finding f = PlanValidator.create().validate(plan).findings().get(0);
        assertEquals(Fixtures.INDICATOR + ".unit", f.path().toString());
    }
}
