package io.github.albero.validation.internal;

import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Keeps Hibernate Validator's start-up announcement ({@code HV000001: Hibernate Validator 9…},
 * logged at INFO through jboss-logging the first time it loads) off the console of an
 * application that has not configured logging. A library should print nothing on its own.
 *
 * <p>Without Log4j 2, Logback or JBoss LogManager, jboss-logging logs to
 * {@code java.util.logging}, whose default configuration prints INFO to standard error. Only in
 * that case, and only when the application has set no level on that logger itself, the one
 * logger of the announcement is raised to WARNING; every warning and error of Hibernate
 * Validator still gets through. An application with its own logging configuration sees the
 * announcement as configured.
 */
final class QuietStartup {
    static final String ANNOUNCING_LOGGER = "org.hibernate.validator.internal.util.Version";
    // held: java.util.logging keeps loggers only weakly, a level set on a collected one is lost
    private static final Logger ANNOUNCER = Logger.getLogger(ANNOUNCING_LOGGER);

    private QuietStartup() {
    }

    /** Applies the rule above; called before Hibernate Validator is first bootstrapped. */
    static void apply() {
        boolean configured = System.getProperty("java.util.logging.config.file") != null
                || System.getProperty("java.util.logging.config.class") != null
                || System.getProperty("org.jboss.logging.provider") != null;
        if (!configured && ANNOUNCER.getLevel() == null) {
            ANNOUNCER.setLevel(Level.WARNING);
        }
    }
}
