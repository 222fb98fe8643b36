package org.bookreviews.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;

class SettingsTest {

    @Test
    void systemPropertyThenEnvironmentThenContextParameter() {
        Settings settings = new Settings(
                Map.of("a.b", "from-property")::get,
                Map.of("A_B", "from-env", "C_D", "from-env")::get,
                Map.of("a.b", "from-context", "c.d", "from-context", "e.f", "from-context")::get);
        assertEquals("from-property", settings.get("a.b").orElseThrow());
        assertEquals("from-env", settings.get("c.d").orElseThrow());
        assertEquals("from-context", settings.get("e.f").orElseThrow());
        assertTrue(settings.get("g.h").isEmpty());
    }

    @Test
    void environmentNamesAreUpperCaseWithUnderscores() {
        assertEquals("BOOKREVIEWS_DB_DIR", Settings.environmentName(Settings.DB_DIR));
        assertEquals("BOOKREVIEWS_DEMO_DATA", Settings.environmentName(Settings.DEMO_DATA));
    }

    @Test
    void databaseDirectoryIsTheSettingOrUnderCatalinaBaseOrUnderHome() {
        assertEquals(Path.of("/srv/db").toAbsolutePath(),
                Settings.of(Map.of(Settings.DB_DIR, "/srv/db", "catalina.base", "/opt/tomcat")).databaseDirectory());
        assertEquals(Path.of("/opt/tomcat/data/bookreviews").toAbsolutePath(),
                Settings.of(Map.of("catalina.base", "/opt/tomcat", "user.home", "/home/ann")).databaseDirectory());
        assertEquals(Path.of("/home/ann/.bookreviews/db").toAbsolutePath(),
                Settings.of(Map.of("user.home", "/home/ann")).databaseDirectory());
    }

    @Test
    void theCsrfSecretIsOptionalButNeverShort() {
        assertTrue(Settings.of(Map.of()).csrfSecret().isEmpty());
        assertEquals(40, Settings.of(Map.of(Settings.CSRF_SECRET, "x".repeat(40))).csrfSecret().orElseThrow().length);
        org.junit.jupiter.api.Assertions.assertThrows(IllegalArgumentException.class,
                () -> Settings.of(Map.of(Settings.CSRF_SECRET, "short")).csrfSecret());
    }

    @Test
    void demoDataIsOnUnlessSetToFalse() {
        assertTrue(Settings.of(Map.of()).demoDataEnabled());
        assertTrue(Settings.of(Map.of(Settings.DEMO_DATA, "true")).demoDataEnabled());
        assertFalse(Settings.of(Map.of(Settings.DEMO_DATA, "false")).demoDataEnabled());
        assertFalse(Settings.of(Map.of(Settings.DEMO_DATA, " FALSE ")).demoDataEnabled());
    }
}
