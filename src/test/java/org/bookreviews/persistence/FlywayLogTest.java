package org.bookreviews.persistence;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.logging.Level;
import org.junit.jupiter.api.Test;

class FlywayLogTest {

    @Test
    void flywaysRoutineNoticesAreNoWarningsOthersAre() {
        assertEquals(Level.INFO, FlywayLog.levelOfWarning("Using Derby 10.16 which is newer than the version Flyway"
                + " has been verified with. The latest verified version of Derby is 10.15."));
        assertEquals(Level.FINE, FlywayLog.levelOfWarning("DB: No row was found for FETCH, UPDATE or DELETE; or the"
                + " result of a query is an empty table. (SQL State: 02000 - Error Code: 10000)"));
        assertEquals(Level.WARNING, FlywayLog.levelOfWarning("DB: Table/View 'X' already exists (SQL State: X0Y32)"));
    }
}
