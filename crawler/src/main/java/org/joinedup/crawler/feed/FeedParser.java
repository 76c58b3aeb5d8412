package org.joinedup.crawler.feed;

import com.rometools.rome.feed.synd.SyndEntry;
import com.rometools.rome.feed.synd.SyndFeed;
import com.rometools.rome.io.FeedException;
import com.rometools.rome.io.SyndFeedInput;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.joinedup.crawler.ParseException;
import org.joinedup.crawler.Posting;
import org.joinedup.crawler.parse.ParseContext;
import org.joinedup.crawler.xml.DomText;
import org.w3c.dom.Document;

/**
 * Reads an RSS or Atom feed. The DOM comes from our hardened parser, so ROME never parses bytes itself and
 * its DOCTYPE switch is never touched.
 */
public final class FeedParser {
    private FeedParser() {
    }

    /** Postings for every entry of the feed. */
    public static List<Posting> parse(Document doc, ParseContext ctx) throws ParseException {
        if ("rss".equalsIgnoreCase(doc.getDocumentElement().getLocalName())
            && DomText.first(doc.getDocumentElement(), "channel") == null) {
            throw new ParseException("RSS document has no <channel>");
        }
        SyndFeed feed;
        try {
            feed = new SyndFeedInput(false, Locale.ROOT).build(doc);
        } catch (IllegalArgumentException e) {
            throw new ParseException("not a feed type ROME recognises: " + e.getMessage(), e);
        } catch (FeedException e) {
            throw new ParseException("not a feed ROME can read: " + e.getMessage(), e);
        } catch (RuntimeException e) {
            throw new ParseException("feed unreadable: " + e.getClass().getSimpleName() + ": " + e.getMessage(), e);
        }
        List<Posting> out = new ArrayList<>();
        for (SyndEntry entry : feed.getEntries()) {
            out.add(FeedEntryMapper.map(feed, entry, ctx));
        }
        return out;
    }
}
