package org.bookreviews.persistence;

import java.util.logging.Level;
import java.util.logging.Logger;
import org.flywaydb.core.api.logging.Log;
import org.flywaydb.core.api.logging.LogCreator;

/**
 * Flyway's messages, in java.util.logging (the servers' own log), under Flyway's class names.
 * Two warnings Flyway gives on every start of this application are not problems, so they are
 * logged as what they are, not as warnings that an operator would have to learn to ignore:
 * <ul>
 * <li>"Using Derby 10.16 which is newer than the version Flyway has been verified with": Flyway
 * has not listed Derby 10.16 (its Derby support ends with 10.15); every migration and the whole
 * test run pass on 10.16. Logged as information.</li>
 * <li>"No row was found for FETCH, UPDATE or DELETE" (SQL state 02000): Derby's notice that an
 * UPDATE or DELETE of a migration matched no rows, as a data fix does on a new, empty database.
 * Logged at FINE.</li>
 * </ul>
 * Every other warning and error stays one.
 */
public final class FlywayLog implements LogCreator {

    /** Flyway makes it by name ({@code loggers}): a public class with a public constructor. */
    public FlywayLog() {
    }

    @Override
    public Log createLogger(Class<?> source) {
        Logger logger = Logger.getLogger(source.getName());
        String where = source.getName(); // the log shows Flyway's class, not this adapter
        return new Log() {
            @Override
            public boolean isDebugEnabled() {
                return logger.isLoggable(Level.FINE);
            }

            @Override
            public void debug(String message) {
                logger.logp(Level.FINE, where, "log", message);
            }

            @Override
            public void info(String message) {
                logger.logp(Level.INFO, where, "log", message);
            }

            @Override
            public void warn(String message) {
                logger.logp(levelOfWarning(message), where, "log", message);
            }

            @Override
            public void error(String message) {
                logger.logp(Level.SEVERE, where, "log", message);
            }

            @Override
            public void error(String message, Exception e) {
                logger.logp(Level.SEVERE, where, "log", message, e);
            }

            @Override
            public void notice(String message) {
                logger.logp(Level.INFO, where, "log", message);
            }
        };
    }

    static Level levelOfWarning(String message) {
        if (message.contains("which is newer than the version Flyway has been verified with")) {
            return Level.INFO;
        }
        if (message.contains("SQL State: 02000")) {
            return Level.FINE;
        }
        return Level.WARNING;
    }
}
