package org.dnacademy.platform;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.Map;
import java.util.Optional;

import org.junit.jupiter.api.Test;

class SettingsTest {

    private static Settings read(Map<String, String> values) {
        return Settings.read(name -> Optional.ofNullable(values.get(name)));
    }

    @Test
    void sessionsLastThirtyIdleMinutesAndTwelveHoursUnlessConfigured() {
        Settings defaults = read(Map.of());
        assertEquals(Duration.ofMinutes(30), defaults.sessionIdle());
        assertEquals(Duration.ofHours(12), defaults.sessionLifetime());
        assertEquals(14, defaults.stuckAfterDays());
        assertTrue(defaults.mail().isEmpty(), "no SMTP server unless one is named");
        Settings configured = read(Map.of("dna.session.idle.minutes", "10", "dna.session.lifetime.hours", "2", "dna.digest.stuck.days", "21",
                "dna.smtp.host", "smtp.example.org", "dna.smtp.port", "2525", "dna.smtp.starttls", "false"));
        assertEquals(Duration.ofMinutes(10), configured.sessionIdle());
        assertEquals(Duration.ofHours(2), configured.sessionLifetime());
        assertEquals(21, configured.stuckAfterDays());
        assertEquals(2525, configured.mail().orElseThrow().port());
        assertEquals(false, configured.mail().orElseThrow().startTls());
    }

    @Test
    void aMalformedSessionSettingNamesItsVariable() {
        var refused = assertThrows(Settings.InvalidSettingsException.class,
                () -> read(Map.of("dna.session.idle.minutes", "0", "dna.session.lifetime.hours", "forever")));
        assertTrue(refused.problems().stream().anyMatch(p -> p.startsWith("DNA_SESSION_IDLE_MINUTES")), refused.problems().toString());
        assertTrue(refused.problems().stream().anyMatch(p -> p.startsWith("DNA_SESSION_LIFETIME_HOURS")), refused.problems().toString());
    }
}
