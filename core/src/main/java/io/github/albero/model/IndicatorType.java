package io.github.albero.model;

import io.github.albero.internal.Problems;
import io.github.albero.InvalidValueException;
import io.github.albero.internal.Strings;
import java.io.Serializable;
import java.text.Normalizer;
import java.util.Locale;
import java.util.Optional;

/**
 * The type of an indicator (<i>tipologia</i>): an open set. The label is kept verbatim
 * ("efficacia", "Efficacia", "qualità"); {@link #known()} recognises the usual categories,
 * and any other label is kept rather than rejected.
 *
 * <p>Immutable and thread-safe. Arguments must not be null; no method returns null (an absent
 * value is an empty {@code Optional}).
 */
public final class IndicatorType implements Serializable {
    private static final long serialVersionUID = 1L;
    private static final int MAX_LENGTH = 200;

    /** The categories commonly used by Italian administrations' measurement systems. */
    public enum Known {
        /** <i>Efficacia</i>: how far the intended output or outcome is reached. */
        EFFECTIVENESS("efficacia"),
        /** <i>Efficienza</i>: output per resource used. */
        EFFICIENCY("efficienza"),
        /** <i>Qualità</i>: quality as perceived or measured. */
        QUALITY("qualita"),
        /** <i>Economicità</i>: economy of the resources used. */
        ECONOMY("economicita"),
        /** <i>Impatto</i> (outcome): effect on the community. */
        IMPACT("impatto"),
        /** <i>Stato delle risorse</i>: health of the organisation's resources. */
        RESOURCE_STATE("stato delle risorse"),
        /** <i>Volume</i>, <i>quantità</i>: amount of output. */
        VOLUME("volume");

        private final String key;

        Known(String key) {
            this.key = key;
        }
    }

    private final String label;

    private IndicatorType(String label) {
        this.label = label;
    }

    /**
     * {@return the type}
     *
     * @param label the label as written, not blank
     */
    public static IndicatorType of(String label) {
        if (label == null || Strings.isBlank(label) || label.length() > MAX_LENGTH) {
            throw new InvalidValueException("type", label, Problems.of("lengthNotBlank", MAX_LENGTH));
        }
        return new IndicatorType(label);
    }

    /** {@return the label, verbatim} */
    public String label() {
        return label;
    }

    /** {@return the known category this label names, ignoring case, accents and spaces} */
    public Optional<Known> known() {
        String key = Normalizer.normalize(label.strip().toLowerCase(Locale.ITALIAN), Normalizer.Form.NFD)
                .replaceAll("\\p{M}", "").replaceAll("\\s+", " ");
        for (Known k : Known.values()) {
            if (key.equals(k.key)) {
                return Optional.of(k);
            }
        }
        return Optional.empty();
    }

    /** {@return true when {@code o} is an {@code IndicatorType} equal to this one} */
    @Override
    public boolean equals(Object o) {
        return o instanceof IndicatorType other && other.label.equals(label);
    }

    /** {@return a hash code consistent with {@link #equals(Object)}} */
    @Override
    public int hashCode() {
        return label.hashCode();
    }

    /** {@return the label} */
    @Override
    public String toString() {
        return label;
    }
}
