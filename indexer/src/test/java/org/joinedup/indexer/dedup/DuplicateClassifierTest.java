package org.joinedup.indexer.dedup;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import org.joinedup.indexer.Vacancy;
import org.junit.jupiter.api.Test;

class DuplicateClassifierTest {
    private final DuplicateClassifier classifier = new DuplicateClassifier();
    private final Vacancy council = Vacancies.careWorker("northmere", "NM-101");

    @Test
    void reformattedCopyOnAnotherSourceIsAnExactDuplicate() {
        Vacancy copy = Vacancies.of("nyjobs", "ny-7", "REABLEMENT SUPPORT WORKER", "Northmere District Council",
            "HARROGATE", Vacancies.CARE_TEXT.replace(". ", ".\n\n"), LocalDate.of(2025, 2, 3));
        PairDecision d = classifier.classify(council, copy);
        assertEquals(PairDecision.Decision.AUTO_MERGE, d.decision(), d.reason());
        assertEquals("exact fingerprint", d.reason());
    }

    @Test
    void aggregatorRelistingWithBoilerplateAndShiftedDateMerges() {
        Vacancy relisted = Vacancies.of("nyjobs", "ny-8", "Vacancy: Reablement Support Worker",
            "North Yorkshire Public Jobs Partnership", null,
            "Listed on behalf of Northmere District Council.\n" + Vacancies.CARE_TEXT
                + "\nSet up a job alert to hear about similar jobs.", LocalDate.of(2025, 2, 4));
        PairDecision d = classifier.classify(council, relisted);
        assertEquals(PairDecision.Decision.AUTO_MERGE, d.decision(), d.reason());
        assertEquals(d, classifier.classify(relisted, council), "symmetric");
    }

    @Test
    void sameTitleAtAnotherCouncilDoesNotMergeEvenOnTheSameTemplate() {
        Vacancy other = Vacancies.of("southmere", "SM-1", "Reablement Support Worker", "Southmere District Council",
            "Harrogate", Vacancies.CARE_TEXT.replace("Northmere", "Southmere"), LocalDate.of(2025, 2, 3));
        PairDecision d = classifier.classify(council, other);
        assertEquals(PairDecision.Decision.NONE, d.decision());
        assertEquals("employer differs", d.reason());
    }

    @Test
    void sameCouncilReadvertisingAnotherPostDoesNotMerge() {
        Vacancy ripon = Vacancies.of("nyjobs", "ny-9", "Reablement Support Worker", "Northmere District Council",
            "Ripon", Vacancies.CARE_TEXT.replace("Harrogate", "Ripon"), LocalDate.of(2025, 2, 3));
        assertEquals("locality differs", classifier.classify(council, ripon).reason());
        Vacancy a = Vacancies.of("northmere", "NM-1", "Cook", "Northmere District Council", "Ripon",
            Vacancies.CARE_TEXT, LocalDate.of(2025, 2, 3), null, List.of("full-time"));
        Vacancy b = Vacancies.of("nyjobs", "NY-1", "Cook", "Northmere District Council", "Ripon",
            Vacancies.CARE_TEXT, LocalDate.of(2025, 2, 3), null, List.of("part-time"));
        assertEquals("employment type differs", classifier.classify(a, b).reason());
        Vacancy later = Vacancies.of("nyjobs", "ny-10", "Reablement Support Worker", "Northmere District Council",
            "Harrogate", Vacancies.CARE_TEXT, LocalDate.of(2025, 3, 20));
        assertEquals("closing dates differ", classifier.classify(council, later).reason());
    }

    @Test
    void placesSpelledMoreOrLessPreciselyAreCompatible() {
        Vacancy precise = Vacancies.of("nyjobs", "ny-12", "Reablement Support Worker", "Northmere District Council",
            "Harrogate Town Centre", Vacancies.CARE_TEXT, LocalDate.of(2025, 2, 3));
        assertTrue(classifier.classify(council, precise).merge());
    }

    @Test
    void sameTemplateWithAnotherTitleDoesNotMerge() {
        Vacancy cook = Vacancies.of("nyjobs", "ny-11", "Catering Assistant", "Northmere District Council",
            "Harrogate", Vacancies.CARE_TEXT, LocalDate.of(2025, 2, 3));
        assertEquals(PairDecision.Decision.NONE, classifier.classify(council, cook).decision());
    }

    @Test
    void twoListingsInOneSourceMergeOnlyOnIdenticalFingerprints() {
        Vacancy edited = Vacancies.of("northmere", "NM-102", "Senior Reablement Support Worker",
            "Northmere District Council", "Harrogate", Vacancies.CARE_TEXT, LocalDate.of(2025, 2, 3));
        assertEquals("same source, fingerprints differ", classifier.classify(council, edited).reason());
        Vacancy twin = Vacancies.careWorker("northmere", "NM-103");
        assertTrue(classifier.classify(council, twin).merge());
        assertEquals("same listing", classifier.classify(council, council).reason());
    }

    @Test
    void foldingIgnoresCaseAccentsAndPunctuation() {
        assertEquals("forde kobenhavn aeroskobing ssen", TextFold.fold("Førde, KØBENHAVN — Ærøskøbing; ßen!"));
        assertEquals("bravo bemanning", TextFold.employerKey("BRAVO BEMANNING AS"));
        assertEquals(TextFold.employerKey("Keepit A/S"), TextFold.employerKey("keepit"));
    }

    @Test
    void titleSimilarityForgivesAddedWordsMoreThanReplacedOnes() {
        assertEquals(1.0, DuplicateClassifier.titleSimilarity("care worker", "care worker"));
        assertEquals(5.0 / 6, DuplicateClassifier.titleSimilarity("care worker", "senior care worker"), 1e-9);
        assertEquals(0.0, DuplicateClassifier.titleSimilarity("care worker", "catering assistant"));
    }
}
