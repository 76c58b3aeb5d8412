package org.joinedup.analyzers;

import static org.joinedup.analyzers.AnalysisTokens.assertTokens;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Exact tokens per language. Finnish and Danish text is from the corpus (City of Helsinki and Kuntarekry
 * ads, jobnet.dk ads), English from schema.org's JobPosting example eg-0028; Dutch was written for this
 * project (the corpus has no Dutch job text).
 */
class LanguageAnalyzersTest {

    private static LanguageAnalysis analysis;

    @BeforeAll
    static void build() {
        analysis = new LanguageAnalysis();
    }

    @AfterAll
    static void close() {
        analysis.close();
    }

    @Test
    void englishStemsAndDropsStopWordsAndPossessives() {
        assertTokens(analysis.analyzer("en"),
            "Description: ABC Company Inc. seeks a full-time mid-level software engineer to develop in-house tools.",
            "descript", "abc", "compani", "inc", "seek", "full", "time", "mid", "level", "softwar", "engin",
            "develop", "hous", "tool");
        assertTokens(analysis.analyzer("en-GB"), "the city's nurses", "citi", "nurs");
    }

    @Test
    void dutchSplitsCompoundsAtTheSamePosition() {
        // written for this project
        assertTokens(analysis.analyzer("nl"), "Beleidsmedewerker sociaal domein",
            "beleidsmedewerker", "+beleid", "+medewerker", "sociaal", "domein");
        assertTokens(analysis.analyzer("nl"), "Wijkverpleegkundigen gezocht voor de thuiszorg",
            "wijkverpleegkund", "+wijk", "+verpleegkund", "gezocht", "thuiszorg", "+zorg");
        assertTokens(analysis.analyzer("nl"), "foto's en cv's van de medewerkers", "foto", "cv", "medewerker");
    }

    @Test
    void danishSplitsCompoundsWithLinkingS() {
        // jobnet.dk titles (multilingual/da/numbworks-NW.WIDJobs)
        assertTokens(analysis.analyzer("da"), "Kundeservicemedarbejder",
            "kundeservicemedarbejd", "+kund", "+servic", "+medarbejd");
        assertTokens(analysis.analyzer("da"), "Vi søger rengøringsassistenter til weekendarbejde i Vejers Strand.",
            "søg", "rengøringsassistent", "+rengøring", "+assistent", "weekendarbejd", "vej", "strand");
        assertTokens(analysis.analyzer("da"), "Har du mulighed for at arbejde i ugerne 29 og 30",
            "mul", "arbejd", "ugern", "29", "30");
    }

    @Test
    void finnishSplitsCompoundsWithGenitiveFirstHalf() {
        // City of Helsinki titles and a Kuntarekry ad sentence (multilingual/fi)
        assertTokens(analysis.analyzer("fi"), "lähihoitaja, kotihoitoon",
            "lähihoitaj", "+lähi", "+hoitaj", "kotihoito", "+koti", "+hoito");
        assertTokens(analysis.analyzer("fi"), "sairaanhoitaja, suursuon sairaala",
            "sairaanhoitaj", "+saira", "+hoitaj", "suursuo", "sairaal");
        assertTokens(analysis.analyzer("fi"),
            "Etsimme idearikasta ja innostunutta varhaiskasvatuksen opettajaa vakituiseen työsuhteiseen",
            "ets", "idearik", "innostunut", "varhaiskasvatuks", "opettaj", "vakituis", "työsuhteis");
    }

    @Test
    void fallbackFoldsAccentsWithoutStemming() {
        // Helsinki's Swedish title and NAV's Norwegian title (multilingual/fi, jobfeeds/eures-hrxml)
        assertTokens(analysis.analyzer("sv"), "barnskötare inom småbarnspedagogik",
            "barnskotare", "inom", "smabarnspedagogik");
        assertTokens(analysis.analyzer(null), "Elektrikere og svakstrømsmontører",
            "elektrikere", "og", "svakstromsmontorer");
        assertTokens(analysis.analyzer(LanguageAnalysis.FALLBACK), "Motorkyndige Teknikkere/ Elektrikkere",
            "motorkyndige", "teknikkere", "elektrikkere");
    }
}
