package org.bookreviews.persistence;

import jakarta.persistence.PersistenceException;
import java.sql.SQLException;

/**
 * The database failed a read or a write: it did not answer, refused a statement, or rolled a
 * transaction back. What {@link Database#read} and {@link Database#write} throw in place of the
 * provider's and driver's own exceptions, which stay reachable as the cause.
 */
public class DataAccessException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    DataAccessException(Throwable cause) {
        super(cause.getMessage(), cause);
    }

    /** The failure as this exception when it came from the database; anything else (a bug) unchanged. */
    static RuntimeException translate(RuntimeException failure) {
        return !(failure instanceof DataAccessException) && comesFromTheDatabase(failure)
                ? new DataAccessException(failure) : failure;
    }

    /** True when the cause chain holds a JPA, EclipseLink or JDBC failure. */
    private static boolean comesFromTheDatabase(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause()) {
            // EclipseLink throws its own DatabaseException unwrapped from some calls (em.find).
            if (t instanceof PersistenceException || t instanceof SQLException
                    || t instanceof org.eclipse.persistence.exceptions.DatabaseException) {
                return true;
            }
        }
        return false;
    }

    /** True when the database chose to roll the transaction back (lock timeout, deadlock victim): worth a retry. */
    public boolean isTransientRollback() {
        for (Throwable t = getCause(); t != null; t = t.getCause()) {
            if (t instanceof java.sql.SQLTransactionRollbackException) {
                return true;
            }
        }
        return false;
    }

    /** True when the database refused a row that breaks a unique or primary key constraint (SQLState 23505). */
    public boolean isDuplicateKey() {
        for (Throwable t = getCause(); t != null; t = t.getCause()) {
            if (t instanceof SQLException sql && "23505".equals(sql.getSQLState())) {
                return true;
            }
        }
        return false;
    }
}
