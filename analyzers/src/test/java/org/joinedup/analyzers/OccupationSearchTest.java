package org.joinedup.analyzers;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.apache.lucene.analysis.miscellaneous.PerFieldAnalyzerWrapper;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.apache.lucene.store.Directory;
import org.apache.lucene.util.QueryBuilder;
import org.junit.jupiter.api.Test;

/** A Dutch query finds vacancies in all four languages through the occupation field, as the indexer will use it. */
class OccupationSearchTest {

    private static final List<String[]> VACANCIES = List.of(
        new String[] {"en-1", "en", "Staff Nurse"},
        new String[] {"da-1", "da", "Sygeplejerske"},
        new String[] {"fi-1", "fi", "sairaanhoitaja, suursuon sairaala"},
        new String[] {"nl-1", "nl", "Wijkverpleegkundige"},
        new String[] {"fi-2", "fi", "varhaiskasvatuksen opettaja"},
        new String[] {"en-2", "en", "Software Developer"},
        new String[] {"da-2", "da", "Folkeskolelærer"});

    @Test
    void dutchQueryFindsEveryLanguage() throws IOException {
        try (LanguageAnalysis analysis = new LanguageAnalysis(); Directory dir = new ByteBuffersDirectory()) {
            index(analysis, dir);
            try (DirectoryReader reader = DirectoryReader.open(dir)) {
                assertEquals(Set.of("en-1", "da-1", "fi-1", "nl-1"), search(analysis, reader, "verpleegkundige"));
                assertEquals(Set.of("da-2"), search(analysis, reader, "leraar"));
                assertEquals(Set.of("fi-2"), search(analysis, reader, "early childhood teacher"));
            }
        }
    }

    private static void index(LanguageAnalysis analysis, Directory dir) throws IOException {
        // per-field analyzers, the way the indexer wires them
        var perField = new PerFieldAnalyzerWrapper(
            analysis.analyzer(LanguageAnalysis.FALLBACK),
            Map.of("occupation", analysis.occupationAnalyzer(),
                "title_en", analysis.analyzer("en"), "title_nl", analysis.analyzer("nl"),
                "title_da", analysis.analyzer("da"), "title_fi", analysis.analyzer("fi")));
        try (IndexWriter writer = new IndexWriter(dir, new IndexWriterConfig(perField))) {
            for (String[] v : VACANCIES) {
                Document doc = new Document();
                doc.add(new StringField("id", v[0], Field.Store.YES));
                doc.add(new TextField("title_" + v[1], v[2], Field.Store.NO));
                doc.add(new TextField("occupation", v[2], Field.Store.NO));
                writer.addDocument(doc);
            }
        }
    }

    private static Set<String> search(LanguageAnalysis analysis, DirectoryReader reader, String text) throws IOException {
        Query query = new QueryBuilder(analysis.occupationAnalyzer()).createBooleanQuery("occupation", text);
        IndexSearcher searcher = new IndexSearcher(reader);
        Set<String> ids = new TreeSet<>();
        for (ScoreDoc hit : searcher.search(query, 10).scoreDocs) {
            ids.add(searcher.storedFields().document(hit.doc).get("id"));
        }
        return ids;
    }
}
