package org.joinedup.api.mail;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Templates in four languages: subjects, both parts, links, escaping and the RFC 8058 headers. */
class AlertMailsTest {
    private static final AlertMails.Links LINKS = new AlertMails.Links(URI.create("https://j.example/?q=nurse"),
        URI.create("https://j.example/alerts/manage.html?token=m.1"),
        URI.create("https://j.example/alerts/unsubscribe.html?token=u.1"),
        URI.create("https://j.example/api/v1/alerts/unsubscribe?token=u.1"));
    private static final MailVacancy NURSE = new MailVacancy("v1", "Nurse <b>& co</b>", "Council \"A\"", "Ripon",
        LocalDate.of(2026, 12, 31), LocalDate.of(2026, 11, 1), "https://j.example/vacancy.html?id=v1");

    @Test
    void subjectsInEveryLanguage() {
        Map<String, String> expected = Map.of("en", "Your daily job alert: 3 new vacancies",
            "nl", "Uw dagelijkse vacaturemelding: 3 nieuwe vacatures", "da", "Din daglige jobagent: 3 nye stillinger",
            "fi", "Päivittäinen työpaikkavahti: 3 uutta työpaikkaa");
        expected.forEach((lang, subject) -> assertEquals(subject, AlertMails.matches(AlertMails.Kind.DAILY, "a",
            "x@example.test", lang, "nurse", List.of(NURSE), 2, LINKS).subject()));
        assertEquals("Bekræft din jobagent", AlertMails.confirmation("a", "x@example.test", "da", "s",
            URI.create("https://j.example/c")).subject());
        assertEquals(AlertMails.LANGUAGES, Set.of("en", "nl", "da", "fi"));
    }

    @Test
    void htmlIsEscapedAndTextIsPlain() {
        OutboundMail m = AlertMails.matches(AlertMails.Kind.INSTANT, "a", "x@example.test", "en", "<script>",
            List.of(NURSE), 0, LINKS);
        assertTrue(m.html().contains("Nurse &lt;b&gt;&amp; co&lt;/b&gt;"), m.html());
        assertTrue(m.html().contains("Council &quot;A&quot;"));
        assertTrue(m.html().contains("&lt;script&gt;"));
        assertFalse(m.html().contains("<script>"));
        assertTrue(m.text().contains("* Nurse <b>& co</b>\n"));
        assertTrue(m.text().contains("Closing date: December 31, 2026"), m.text());
        assertTrue(m.text().contains("Manage your alerts: https://j.example/alerts/manage.html?token=m.1"));
        assertFalse(m.text().contains("more"));
        assertEquals("<https://j.example/api/v1/alerts/unsubscribe?token=u.1>", m.headers().get("List-Unsubscribe"));
        assertEquals("List-Unsubscribe=One-Click", m.headers().get("List-Unsubscribe-Post"));
    }

    @Test
    void countsWhatIsNotListed() {
        OutboundMail m = AlertMails.matches(AlertMails.Kind.WEEKLY, "a", "x@example.test", "nl", "zorg",
            List.of(NURSE), 7, LINKS);
        assertTrue(m.text().contains("en nog 7"), m.text());
        assertTrue(m.html().contains("Alle resultaten bekijken"));
        assertTrue(m.html().startsWith("<!DOCTYPE html>\n<html lang=\"nl\">"));
    }

    @Test
    void headerInjectionIsRefused() {
        assertThrows(IllegalArgumentException.class, () -> new OutboundMail(null, "x@example.test", "s", "t", "h",
            Map.of("X-Test", "a\r\nBcc: victim@example.test")));
    }
}
