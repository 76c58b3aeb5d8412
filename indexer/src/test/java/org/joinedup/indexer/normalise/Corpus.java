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
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.parser.Parser;

/**
 * The shared third-party test corpus (shared/corpus beside the repository, or -Djoinedup.corpus). Files are read,
 * never copied; XML is parsed with jsoup's XML parser, which never resolves DTDs or external entities.
 */
final class Corpus {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Path ROOT = locate();

    private Corpus() {
    }

    private static Path locate() {
        String prop = System.getProperty("joinedup.corpus");
        if (prop != null) return Path.of(prop);
        for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
            Path c = dir.resolve("shared/corpus");
            if (Files.isDirectory(c)) return c;
        }
        throw new IllegalStateException("shared/corpus not found above " + Path.of("").toAbsolutePath()
            + "; set -Djoinedup.corpus=/path/to/corpus");
    }

    static Path path(String relative) {
        Path p = ROOT.resolve(relative);
        if (!Files.exists(p)) throw new IllegalStateException("corpus file missing: " + p);
        return p;
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
