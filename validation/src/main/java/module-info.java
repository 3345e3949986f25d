/**
 * Albero validation: the rulebook of a sound performance plan or report, written as Bean
 * Validation constraints and their validators. {@link io.github.albero.validation.PlanValidator}
 * checks a whole {@code Plan} by walking it once with those validators (the same rulebook also
 * runs under Hibernate Validator through its programmatic mapping: no annotation on core types,
 * no EL) and returns a {@link
 * io.github.albero.validation.ValidationReport} of findings with stable rule codes, severities,
 * readable paths and messages in Italian or English.
 */
module io.github.albero.validation {
    requires transitive io.github.albero.core;
    requires transitive jakarta.validation;
    requires org.hibernate.validator;
    requires java.logging;

    exports io.github.albero.validation;

    // the rules: Hibernate Validator reads their constraint annotations and instantiates their
    // validators reflectively; nobody else needs them
    opens io.github.albero.validation.rules to org.hibernate.validator;
}
