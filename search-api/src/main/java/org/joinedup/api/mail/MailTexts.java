package org.joinedup.api.mail;

import java.util.Locale;
import java.util.Map;

/**
 * The words of every alert mail in the four languages we write to subscribers in. {@code %d} and {@code %s} are
 * filled with {@link String#format}.
 */
record MailTexts(Locale locale, String confirmSubject, String confirmIntro, String confirmAction,
                 String confirmIgnore, String instantSubject, String dailySubject, String weeklySubject,
                 String intro, String employer, String place, String closes, String noClosing, String more,
                 String fullSearch, String manage, String unsubscribe, String footer, String manageLinkSubject,
                 String manageLinkIntro, String manageLinkIgnore) {

    static final Map<String, MailTexts> ALL = Map.of(
        "en", new MailTexts(Locale.ENGLISH, "Confirm your job alert",
            "You (or someone using your address) asked for e-mail alerts about new vacancies matching this search:",
            "Confirm the alert", "If you did not ask for this, ignore this mail: nothing will be sent.",
            "%d new vacancies for your job alert", "Your daily job alert: %d new vacancies",
            "Your weekly job alert: %d new vacancies", "New vacancies matching your search:", "Employer",
            "Place", "Closing date", "no closing date given", "and %d more", "See all results",
            "Manage your alerts", "Unsubscribe from this alert",
            "You receive this mail because you confirmed a job alert on Joined-up Jobs.",
            "Your job alerts: manage link",
            "You (or someone using your address) asked for the link to manage your job alerts:",
            "If you did not ask for it, ignore this mail: nothing changes and the link works only for you."),
        "nl", new MailTexts(Locale.forLanguageTag("nl"), "Bevestig uw vacaturemelding",
            "U (of iemand die uw adres gebruikt) vroeg om e-mails over nieuwe vacatures voor deze zoekopdracht:",
            "Melding bevestigen", "Heeft u hier niet om gevraagd? Negeer deze e-mail: u ontvangt niets.",
            "%d nieuwe vacatures voor uw melding", "Uw dagelijkse vacaturemelding: %d nieuwe vacatures",
            "Uw wekelijkse vacaturemelding: %d nieuwe vacatures", "Nieuwe vacatures voor uw zoekopdracht:",
            "Werkgever", "Plaats", "Sluitingsdatum", "geen sluitingsdatum", "en nog %d", "Alle resultaten bekijken",
            "Uw meldingen beheren", "Afmelden voor deze melding",
            "U ontvangt deze e-mail omdat u een vacaturemelding op Joined-up Jobs heeft bevestigd.",
            "Uw vacaturemeldingen: link om te beheren",
            "U (of iemand die uw adres gebruikt) vroeg om de link om uw vacaturemeldingen te beheren:",
            "Heeft u hier niet om gevraagd? Negeer deze e-mail: er verandert niets."),
        "da", new MailTexts(Locale.forLanguageTag("da"), "Bekræft din jobagent",
            "Du (eller en anden med din adresse) har bedt om e-mails om nye stillinger, der matcher denne søgning:",
            "Bekræft jobagenten", "Har du ikke bedt om det, så ignorer denne e-mail: der sendes intet.",
            "%d nye stillinger til din jobagent", "Din daglige jobagent: %d nye stillinger",
            "Din ugentlige jobagent: %d nye stillinger", "Nye stillinger, der matcher din søgning:",
            "Arbejdsgiver", "Sted", "Ansøgningsfrist", "ingen ansøgningsfrist", "og %d mere", "Se alle resultater",
            "Administrer dine jobagenter", "Afmeld denne jobagent",
            "Du får denne e-mail, fordi du har bekræftet en jobagent på Joined-up Jobs.",
            "Dine jobagenter: link til administration",
            "Du (eller en anden med din adresse) har bedt om linket til at administrere dine jobagenter:",
            "Har du ikke bedt om det, så ignorer denne e-mail: intet ændres."),
        "fi", new MailTexts(Locale.forLanguageTag("fi"), "Vahvista työpaikkavahtisi",
            "Sinä (tai joku osoitettasi käyttävä) pyysi sähköposteja uusista työpaikoista tällä haulla:",
            "Vahvista vahti", "Jos et pyytänyt tätä, voit jättää viestin huomiotta: mitään ei lähetetä.",
            "%d uutta työpaikkaa vahdillesi", "Päivittäinen työpaikkavahti: %d uutta työpaikkaa",
            "Viikoittainen työpaikkavahti: %d uutta työpaikkaa", "Uudet hakuasi vastaavat työpaikat:",
            "Työnantaja", "Paikka", "Hakuaika päättyy", "ei päättymispäivää", "ja %d muuta",
            "Näytä kaikki tulokset", "Hallitse vahtejasi", "Peru tämä vahti",
            "Saat tämän viestin, koska vahvistit työpaikkavahdin Joined-up Jobs -palvelussa.",
            "Työpaikkavahtisi: hallintalinkki",
            "Sinä (tai joku osoitettasi käyttävä) pyysi linkkiä työpaikkavahtiesi hallintaan:",
            "Jos et pyytänyt tätä, voit jättää viestin huomiotta: mikään ei muutu."));

    /** The texts for a language, English when we do not write in it. */
    static MailTexts of(String language) {
        return ALL.getOrDefault(language, ALL.get("en"));
    }
}
