package io.github.albero.model;

import io.github.albero.internal.Problems;
import io.github.albero.InvalidValueException;
import io.github.albero.internal.Strings;
import java.io.Serializable;
import java.text.Normalizer;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

/**
 * A cross-cutting dimension of public value (<i>dimensione trasversale</i>) that an objective
 * serves: an open set. The label is kept verbatim; {@link #known()} recognises the four the PIAO
 * names (DM 132/2022). Immutable and thread-safe.
 *
 * <pre>{@code
 * CrossCuttingDimension.of("Pari opportunità").known();   // Optional[EQUAL_OPPORTUNITIES]
 * }</pre>
 */
public final class CrossCuttingDimension implements Serializable {
    private static final long serialVersionUID = 1L;
    private static final int MAX_LENGTH = 200;

    /** The dimensions the PIAO names. */
    public enum Known {
        /** <i>Accessibilità digitale</i>. */
        DIGITAL_ACCESSIBILITY("accessibilita digitale"),
        /** <i>Accessibilità fisica</i>. */
        PHYSICAL_ACCESSIBILITY("accessibilita fisica"),
        /** <i>Semplificazione amministrativa</i>. */
        ADMINISTRATIVE_SIMPLIFICATION("semplificazione amministrativa"),
        /** <i>Pari opportunità</i> and gender balance. */
        EQUAL_OPPORTUNITIES("pari opportunita");

        private final String key;

        Known(String key) {
            this.key = key;
        }

        /** {@return the Italian label, without accents: "pari opportunita"} */
        public String label() {
            return key;
        }
    }

    private final String label;

    private CrossCuttingDimension(String label) {
        this.label = label;
    }

    /**
     * {@return the dimension}
     *
     * @param label the label as written, not blank
     */
    public static CrossCuttingDimension of(String label) {
        if (label == null || Strings.isBlank(label) || label.length() > MAX_LENGTH) {
            throw new InvalidValueException("dimension", label, Problems.of("lengthNotBlank", MAX_LENGTH));
        }
        return new CrossCuttingDimension(label);
    }

    /**
     * {@return the dimension with its Italian label}
     *
     * @param known a known dimension
     */
    public static CrossCuttingDimension of(Known known) {
        Objects.requireNonNull(known, "known");
        return new CrossCuttingDimension(known.key);
    }

    /** {@return the label, verbatim} */
    public String label() {
        return label;
    }

    /** {@return the known dimension this label names, ignoring case, accents and spaces} */
    public Optional<Known> known() {
        String key = Normalizer.normalize(label.strip().toLowerCase(Locale.ITALIAN), Normalizer.Form.NFD)
                .replaceAll("\\p{M}", "").replaceAll("\\s+", " ");
        for (Known k : Known.values()) {
            if (key.equals(k.key) || k == Known.ADMINISTRATIVE_SIMPLIFICATION && key.equals("semplificazione")) {
                return Optional.of(k);
            }
        }
        return Optional.empty();
    }

    /** {@return true when {@code o} is a {@code CrossCuttingDimension} equal to this one} */
    @Override
    public boolean equals(Object o) {
        return o instanceof CrossCuttingDimension other && other.label.equals(label);
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
