package io.github.albero.validation;

/** How serious a finding is (<i>gravità</i>). */
public enum Severity {
    /** The document contradicts itself or cannot be computed reliably: fix it before signing. */
    ERROR,
    /** Possible but suspicious or incomplete: check it and explain it. */
    WARNING,
    /** Worth knowing, e.g. a text that will not be computed. */
    INFO
}
