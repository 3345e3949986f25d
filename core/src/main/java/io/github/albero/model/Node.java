package io.github.albero.model;

/**
 * A node of the performance tree that can be found by code: a {@link Mission}, a
 * {@link Program}, a {@link StrategicObjective}, an {@link OperationalObjective} or an
 * {@link Indicator}.
 */
public interface Node {
    /** {@return a short human name: the title, or the indicator's name} */
    String displayName();
}
