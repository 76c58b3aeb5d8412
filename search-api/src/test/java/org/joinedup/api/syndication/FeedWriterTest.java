package org.joinedup.api.syndication;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.rometools.rome.feed.module.DCModule;
import com.rometools.rome.feed.synd.SyndEntry;
import com.rometools.rome.feed.synd.SyndFeed;
import com.rometools.rome.io.SyndFeedInput;
import java.io.StringReader;
import java.net.URI;
import java.time.Instant;
import java.util.List;
import org.joinedup.indexer.Vacancy;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class FeedWriterTest {
    private static final URI PAGE = URI.create("https://jobs.example/vacancies/a1b2c3d4e5f60718");

    private static String write(FeedWriter.Format format) {
        Vacancy v = Fixtures.openNurse();
        return FeedWriter.write(format, new FeedWriter.Channel("Joined-up Jobs: nurse",
                URI.create("https://jobs.example/feeds/vacancies.x?q=nurse&size=5"),
                URI.create("https://jobs.example/?q=nurse&size=5"), Instant.parse("2026-11-20T12:00:00Z")),
            List.of(new FeedWriter.Item(v, Fixtures.LINDEVEEN, PAGE)));
    }

    @ParameterizedTest
    @EnumSource(FeedWriter.Format.class)
    void romeParsesWhatWeWriteWithAttribution(FeedWriter.Format format) throws Exception {
        String xml = write(format);
        SyndFeed feed = new SyndFeedInput().build(new StringReader(xml));
        assertEquals(format == FeedWriter.Format.RSS ? "rss_2.0" : "atom_1.0", feed.getFeedType());
        assertEquals("Joined-up Jobs: nurse", feed.getTitle());
        assertEquals(1, feed.getEntries().size());
        SyndEntry e = feed.getEntries().getFirst();
        assertEquals("Wijkverpleegkundige", e.getTitle());
        assertEquals(PAGE.toString(), e.getLink());
        String text = e.getDescription().getValue();
        assertTrue(text.contains("Source: Gemeente Lindeveen"), text);
        assertTrue(text.contains("Licence: CC0-1.0"), text);
        DCModule dc = (DCModule) e.getModule(DCModule.URI);
        assertTrue(dc.getRights().contains("CC0-1.0"), dc.getRights());
        assertEquals("https://lindeveen.example/vacatures/1", dc.getSource());
        assertTrue(xml.contains("&amp;size=5"), "the query string is escaped in links");
    }
}
