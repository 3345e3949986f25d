package io.github.albero.validation.constraints;

import static java.lang.annotation.ElementType.TYPE;
import static java.lang.annotation.RetentionPolicy.RUNTIME;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;
import java.lang.annotation.Documented;
import java.lang.annotation.Retention;
import java.lang.annotation.Target;

/**
 * No text of the plan holds control or bidirectional-override characters (ALB-TXT-003).
 *
 * <p>A class-level constraint applied to core types through Albero's programmatic constraint
 * mapping (core types carry no annotation); its validators report each finding with its rule
 * code as dynamic payload.
 */
@Documented
@Constraint(validatedBy = {})
@Target(TYPE)
@Retention(RUNTIME)
public @interface SafeTexts {
    /** @return the message template, unused: each finding carries its rule's message */
    String message() default "{io.github.albero.validation.constraints.SafeTexts.message}";

    /** @return the groups */
    Class<?>[] groups() default {};

    /** @return the payload */
    Class<? extends Payload>[] payload() default {};
}
