package io.github.albero.validation.internal;

import io.github.albero.validation.RuleCode;
import java.util.Map;

/**
 * What a constraint validator attaches to each violation as Hibernate Validator's dynamic
 * payload: the rule, the place relative to the validated node, the value and the message
 * parameters.
 */
public final class FindingPayload {
    private final RuleCode code;
    private final Rel where;
    private final String value;
    private final Map<String, String> arguments;

    FindingPayload(RuleCode code, Rel where, String value, Map<String, String> arguments) {
        this.code = code;
        this.where = where;
        this.value = value;
        this.arguments = arguments;
    }

    /** @return the rule */
    public RuleCode code() {
        return code;
    }

    /** @return the place relative to the validated node */
    public Rel where() {
        return where;
    }

    /** @return the offending value, or null */
    public String value() {
        return value;
    }

    /** @return the message parameters */
    public Map<String, String> arguments() {
        return arguments;
    }
}
