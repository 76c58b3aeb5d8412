package org.joinedup.indexer.normalise;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.joinedup.indexer.TestData;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.parser.Parser;

/**
 * The third-party test corpus as the repository carries it (testdata/, see testdata/SOURCES.md). XML is parsed with jsoup's XML parser, which never resolves DTDs or external entities.
 */
final class Corpus {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Path ROOT = TestData.root();

    private Corpus() {
    }

    static Path path(String relative) {
        return relative.isEmpty() ? ROOT : TestData.path(relative);
    }

    static String text(String relative) {
        try {
            return Files.readString(path(relative), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static JsonNode json(String relative) {
        try {
            return JSON.readTree(path(relative).toFile());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static Document xml(String relative) {
        return Jsoup.parse(text(relative), "", Parser.xmlParser());
    }

    static List<Path> files(String relativeDir, String suffix) {
        try (Stream<Path> s = Files.walk(path(relativeDir))) {
            return s.filter(Files::isRegularFile).filter(p -> p.getFileName().toString().endsWith(suffix)).sorted()
                .toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static String read(Path p) {
        try {
            return Files.readString(p, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static final String JOBNET = "multilingual/da/numbworks-NW.WIDJobs/tests/NW.WIDJobs.UnitTests/Resources/";
    static final String HELSINKI = "multilingual/fi/City-of-Helsinki-drupal-helfi-rekry/public/modules/custom/"
        + "helfi_rekry_job_search/js/src/test/MockResponse.json";
    static final String KUNTAREKRY = "multilingual/fi/PetriKiviniemi-KuntarekryMobile/navigation/";
    static final String FEEDPARSER = "feeds/wellformed/feedparser/tests/";
}
