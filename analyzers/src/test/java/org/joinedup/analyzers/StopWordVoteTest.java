package org.joinedup.analyzers;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/**
 * The stop-word vote only confirms a declared language on clear evidence; everything else is left to Lingua
 * (whose accuracy on the labelled sets LanguageDetectionTest and RealAdvertLanguageTest pin, with the vote in).
 */
class StopWordVoteTest {
    @Test
    void confirmsProseInTheDeclaredLanguage() {
        assertTrue(StopWordVote.confirms("We are looking for a care worker with experience and the ability to work "
            + "in a team; this is a permanent role.", "en"));
        assertTrue(StopWordVote.confirms("Wij zoeken een collega die energie krijgt van het werken voor inwoners en "
            + "ondernemers.", "nl"));
        assertTrue(StopWordVote.confirms("Vi har brug for dig, hvis du har lyst til at arbejde hos os, og ansættelse "
            + "sker efter aftale af hensyn til vagtplanen, hvad angår dag og nat.", "da"));
    }

    @Test
    void neverConfirmsWhenAnotherLanguageShowsItsOwnWords() {
        // An English advert in a Danish feed.
        assertFalse(StopWordVote.confirms("We are looking for forklift drivers for temporary positions during the "
            + "summer, and you will work with the team in Kolding.", "da"));
        // Norwegian shares most function words with Danish; "etter", "meg", "hva" are its own.
        assertFalse(StopWordVote.confirms("Vi søker etter en elektriker som vil jobbe med meg, og hva du kan gjøre "
            + "efter avtale med oss.", "da"));
        // Swedish in a Finnish feed.
        assertFalse(StopWordVote.confirms("Vi söker en lärare och att du har erfarenhet av arbete med barn.", "fi"));
    }

    @Test
    void everydayWordsOnlyAnotherLanguagesStopListHasDoNotRefuse() {
        // "will" and "also" are on German's list only, "want" on Dutch's; an English advert has all three.
        assertTrue(StopWordVote.confirms("You will work with the team, and we also want you to grow in the role "
            + "with our support.", "en"));
        // "hver" and "ved" are on Norwegian's list only, "dit" on Dutch's, "kunde" on Swedish's.
        assertTrue(StopWordVote.confirms("Du får ansvar for dit arbejde hver dag og deltager ved møder hos os, "
            + "efter aftale med din leder af afdelingen og hver kunde.", "da"));
        // They no longer count for the other language either, but its other words still refuse.
        assertFalse(StopWordVote.confirms("Wir suchen für unser Team eine Pflegekraft, die auch will, und bieten "
            + "dir mehr als nur einen Job.", "en"));
        assertFalse(StopWordVote.confirms("Vi søker etter en sykepleier som vil jobbe hver dag med meg, og hva du "
            + "kan gjøre ved behov.", "da"));
    }

    @Test
    void leavesThinEvidenceToTheDetector() {
        assertFalse(StopWordVote.confirms("Sairaanhoitaja, kotihoito", "fi"), "a title has no function words");
        // Two-letter words do not vote: "AS" in a Norwegian employer's name is an English stop word.
        assertFalse(StopWordVote.confirms("OneCo Telecom AS er leverandør av oppdrag. Rejlers Telecom AS as as", "en"));
        assertFalse(StopWordVote.confirms("the and with", "xx"), "unknown language");
    }

    @Test
    void aFinnishAdvertIsConfirmedOnItsFirstThousandCharacters() {
        String advert = "Sairaanhoitaja, kotihoito\nHaemme sairaanhoitajaa kotihoidon tiimiin Hervantaan. Tehtävään "
            + "kuuluvat asiakkaiden kotikäynnit, lääkehoito sekä hoitosuunnitelmien laatiminen yhdessä tiimin kanssa. "
            + "Odotamme sinulta sairaanhoitajan tutkintoa ja laillistusta. Työ on vakituinen ja kokoaikainen. "
            + "Palkkaus määräytyy sopimuksen mukaan. Meillä pääset kehittämään osaamistasi, sillä tarjoamme "
            + "perehdytyksen ja koulutusta. Jos olet kiinnostunut, lähetä hakemuksesi viimeistään tammikuun "
            + "puolivälissä. Emme ota huomioon hakemuksia, jotka saapuvat määräajan jälkeen.";
        assertTrue(advert.length() > PriorLanguageDetector.MAX_DETECTED_CHARS);
        assertFalse(StopWordVote.confirms(advert.substring(0, PriorLanguageDetector.MAX_DETECTED_CHARS), "fi"),
            "its title and first sentences have too few function words");
        assertTrue(PriorLanguageDetector.confirmedByVote(advert, "fi"), "the longer text has enough");
        // The longer text is read for evidence, never instead of it: another language's words still refuse.
        assertFalse(PriorLanguageDetector.confirmedByVote(advert + " We are looking for the right person and "
            + "you will work with us.", "fi"));
        assertEquals("fi", PriorLanguageDetector.detect(advert, "fi"));
    }
}
