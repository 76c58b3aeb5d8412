package org.joinedup.api.mail;

import static org.joinedup.api.web.Markup.escape;

import java.net.URI;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * Builds the alert mails (confirmation, manage link, instant, daily and weekly digest) in the subscriber's language, each with
 * a plain-text and an HTML part. Everything that comes from a vacancy or a user is escaped in the HTML part.
 */
public final class AlertMails {

    /** Languages subscribers can choose for their mail. */
    public static final Set<String> LANGUAGES = MailTexts.ALL.keySet();

    /** Which mail a match list is. */
    public enum Kind { INSTANT, DAILY, WEEKLY }

    /**
     * Links in a match mail.
     *
     * @param fullSearch      the web search page with the alert's parameters
     * @param manage          the manage page (signed link)
     * @param unsubscribePage the page with an unsubscribe button (for people)
     * @param oneClick        the RFC 8058 one-click POST endpoint (for mail clients)
     */
    public record Links(URI fullSearch, URI manage, URI unsubscribePage, URI oneClick) {
        public Links {
            Objects.requireNonNull(fullSearch, "fullSearch");
            Objects.requireNonNull(manage, "manage");
            Objects.requireNonNull(unsubscribePage, "unsubscribePage");
            Objects.requireNonNull(oneClick, "oneClick");
        }
    }

    private AlertMails() {
    }

    /** The double opt-in mail: a link to the page whose button confirms. */
    public static OutboundMail confirmation(String alertId, String email, String language, String search,
                                            URI confirmPage) {
        MailTexts t = MailTexts.of(language);
        String text = t.confirmIntro() + "\n\n  " + search + "\n\n" + t.confirmAction() + ": " + confirmPage
            + "\n\n" + t.confirmIgnore() + "\n";
        String html = page(t, "<p>" + escape(t.confirmIntro()) + "</p>\n<p><strong>" + escape(search)
            + "</strong></p>\n"
            + "<p><a href=\"" + escape(confirmPage.toString()) + "\">" + escape(t.confirmAction()) + "</a></p>\n<p>"
            + escape(t.confirmIgnore()) + "</p>\n");
        return new OutboundMail(alertId, email, t.confirmSubject(), text, html, Map.of());
    }

    /** The manage link an address asked for ("e-mail me my manage link"); alertId is its newest alert's. */
    public static OutboundMail manageLink(String alertId, String email, String language, URI manage) {
        MailTexts t = MailTexts.of(language);
        String text = t.manageLinkIntro() + "\n\n" + t.manage() + ": " + manage + "\n\n" + t.manageLinkIgnore()
            + "\n";
        String html = page(t, "<p>" + escape(t.manageLinkIntro()) + "</p>\n<p><a href=\"" + escape(manage.toString())
            + "\">" + escape(t.manage()) + "</a></p>\n<p>" + escape(t.manageLinkIgnore()) + "</p>\n");
        return new OutboundMail(alertId, email, t.manageLinkSubject(), text, html, Map.of());
    }

    /**
     * A mail listing matched vacancies (newest first, as given) and counting those left out.
     *
     * @param listed the vacancies to list
     * @param more   further matches not listed
     */
    public static OutboundMail matches(Kind kind, String alertId, String email, String language, String search,
                                       List<MailVacancy> listed, int more, Links links) {
        MailTexts t = MailTexts.of(language);
        int total = listed.size() + more;
        String subject = String.format(t.locale(), switch (kind) {
            case INSTANT -> t.instantSubject();
            case DAILY -> t.dailySubject();
            case WEEKLY -> t.weeklySubject();
        }, total);
        return new OutboundMail(alertId, email, subject, matchText(t, search, listed, more, links),
            matchHtml(t, search, listed, more, links), Map.of(
                "List-Unsubscribe", "<" + links.oneClick() + ">",
                "List-Unsubscribe-Post", "List-Unsubscribe=One-Click"));
    }

    private static String matchText(MailTexts t, String search, List<MailVacancy> listed, int more, Links links) {
        StringBuilder b = new StringBuilder(t.intro()).append("\n  ").append(search).append("\n\n");
        for (MailVacancy v : listed) {
            b.append("* ").append(v.title()).append('\n')
                .append("  ").append(t.employer()).append(": ").append(v.employer()).append('\n');
            if (v.place() != null) b.append("  ").append(t.place()).append(": ").append(v.place()).append('\n');
            b.append("  ").append(t.closes()).append(": ").append(date(t, v.closes())).append('\n')
                .append("  ").append(v.url()).append("\n\n");
        }
        if (more > 0) b.append(String.format(t.locale(), t.more(), more)).append("\n\n");
        b.append(t.fullSearch()).append(": ").append(links.fullSearch()).append("\n\n")
            .append(t.manage()).append(": ").append(links.manage()).append('\n')
            .append(t.unsubscribe()).append(": ").append(links.unsubscribePage()).append("\n\n")
            .append(t.footer()).append('\n');
        return b.toString();
    }

    private static String matchHtml(MailTexts t, String search, List<MailVacancy> listed, int more, Links links) {
        StringBuilder b = new StringBuilder("<p>").append(escape(t.intro())).append(" <strong>").append(escape(search))
            .append("</strong></p>\n<ul>\n");
        for (MailVacancy v : listed) {
            b.append("<li><p><a href=\"").append(escape(v.url())).append("\">").append(escape(v.title()))
                .append("</a><br>\n").append(escape(t.employer())).append(": ").append(escape(v.employer()));
            if (v.place() != null) b.append("<br>\n").append(escape(t.place())).append(": ").append(escape(v.place()));
            b.append("<br>\n").append(escape(t.closes())).append(": ").append(escape(date(t, v.closes())))
                .append("</p></li>\n");
        }
        b.append("</ul>\n");
        if (more > 0) b.append("<p>").append(escape(String.format(t.locale(), t.more(), more))).append("</p>\n");
        b.append("<p><a href=\"").append(escape(links.fullSearch().toString())).append("\">")
            .append(escape(t.fullSearch()))
            .append("</a></p>\n<p><a href=\"").append(escape(links.manage().toString())).append("\">")
            .append(escape(t.manage())).append("</a> | <a href=\"").append(escape(links.unsubscribePage().toString()))
            .append("\">").append(escape(t.unsubscribe())).append("</a></p>\n<p><small>").append(escape(t.footer()))
            .append("</small></p>\n");
        return page(t, b.toString());
    }

    private static String page(MailTexts t, String body) {
        return "<!DOCTYPE html>\n<html lang=\"" + t.locale().getLanguage() + "\"><head><meta charset=\"utf-8\">"
            + "</head>\n<body>\n" + body + "</body></html>\n";
    }

    private static String date(MailTexts t, LocalDate d) {
        return d == null ? t.noClosing()
            : DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG).withLocale(t.locale()).format(d);
    }
}
