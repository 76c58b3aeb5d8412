package org.joinedup.api.syndication;

import com.rometools.rome.feed.module.DCModule;
import com.rometools.rome.feed.synd.SyndCategory;
import com.rometools.rome.feed.synd.SyndCategoryImpl;
import com.rometools.rome.feed.synd.SyndContent;
import com.rometools.rome.feed.synd.SyndContentImpl;
import com.rometools.rome.feed.synd.SyndEntry;
import com.rometools.rome.feed.synd.SyndEntryImpl;
import com.rometools.rome.feed.synd.SyndFeed;
import com.rometools.rome.feed.synd.SyndFeedImpl;
import com.rometools.rome.feed.synd.SyndLink;
import com.rometools.rome.feed.synd.SyndLinkImpl;
import com.rometools.rome.feed.synd.SyndPerson;
import com.rometools.rome.feed.synd.SyndPersonImpl;
import com.rometools.rome.io.FeedException;
import com.rometools.rome.io.SyndFeedOutput;
import java.net.URI;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import org.joinedup.crawler.Source;
import org.joinedup.indexer.Vacancy;

/**
 * Writes search results as RSS 2.0 or Atom 1.0 with ROME. Each item links to the vacancy's page here, names
 * its employer, and carries its source and licence attribution (in the text and as dc:rights / dc:source),
 * because re-syndicated vacancies must keep the attribution their publishers' licences ask for.
 */
public final class FeedWriter {

    /** The two feed formats. */
    public enum Format {
        RSS("rss_2.0", "application/rss+xml"), ATOM("atom_1.0", "application/atom+xml");

        private final String romeType;
        private final String mediaType;

        Format(String romeType, String mediaType) {
            this.romeType = romeType;
            this.mediaType = mediaType;
        }

        /** The media type, e.g. application/rss+xml. */
        public String mediaType() {
            return mediaType;
        }
    }

    /**
     * One feed item.
     *
     * @param vacancy the vacancy
     * @param source  its source, or null
     * @param page    the vacancy's page on this service
     */
    public record Item(Vacancy vacancy, Source source, URI page) {
    }

    /**
     * The feed's own description.
     *
     * @param title    feed title
     * @param self     the feed's URL (Atom id and rel=self)
     * @param html     the same search on the web page
     * @param updated  feed updated time
     */
    public record Channel(String title, URI self, URI html, Instant updated) {
    }

    private FeedWriter() {
    }

    /** The feed document as a string (UTF-8 XML). */
    public static String write(Format format, Channel channel, List<Item> items) {
        SyndFeed feed = new SyndFeedImpl();
        feed.setFeedType(format.romeType);
        feed.setTitle(channel.title());
        feed.setLink(channel.html().toString());
        feed.setUri(channel.self().toString());
        feed.setDescription("Public-sector vacancies from Joined-up Jobs. Each item names its source and licence.");
        feed.setPublishedDate(Date.from(channel.updated()));
        feed.setLanguage("mul");
        feed.setAuthors(List.of(person("Joined-up Jobs")));
        feed.setCopyright("Items keep the licences of their sources, named in each item.");
        SyndLink self = new SyndLinkImpl();
        self.setRel("self");
        self.setHref(channel.self().toString());
        self.setType(format.mediaType);
        SyndLink alternate = new SyndLinkImpl();
        alternate.setRel("alternate");
        alternate.setHref(channel.html().toString());
        alternate.setType("text/html");
        feed.setLinks(List.of(alternate, self));
        feed.setEntries(items.stream().map(FeedWriter::entry).toList());
        try {
            return new SyndFeedOutput().outputString(feed, true);
        } catch (FeedException e) {
            throw new IllegalStateException("feed could not be written", e);
        }
    }

    private static SyndEntry entry(Item item) {
        Vacancy v = item.vacancy();
        SyndEntry e = new SyndEntryImpl();
        e.setTitle(v.title());
        e.setLink(item.page().toString());
        e.setUri(item.page().toString());
        e.setAuthor(v.employer().name());
        Instant posted = v.datePosted() != null ? v.datePosted().atStartOfDay().toInstant(ZoneOffset.UTC)
            : v.lifecycle().firstSeen();
        e.setPublishedDate(Date.from(posted));
        e.setUpdatedDate(Date.from(v.lifecycle().lastSeen()));
        SyndContent description = new SyndContentImpl();
        description.setType("text/plain");
        description.setValue(summary(v) + "\n\n" + attribution(item));
        e.setDescription(description);
        List<SyndCategory> categories = new ArrayList<>();
        v.employmentTypes().forEach(t -> categories.add(category(t)));
        if (v.workplaceType() != null) categories.add(category(v.workplaceType()));
        e.setCategories(categories);
        DCModule dc = (DCModule) e.getModule(DCModule.URI);
        dc.setRights(licence(v));
        if (v.url() != null) dc.setSource(v.url());
        if (v.language() != null && !"und".equals(v.language())) dc.setLanguage(v.language());
        return e;
    }

    private static String summary(Vacancy v) {
        String text = v.descriptionText().strip();
        return text.length() <= 500 ? text : text.substring(0, text.lastIndexOf(' ', 500) > 250
            ? text.lastIndexOf(' ', 500) : 500) + " …";
    }

    /** "Source: Gemeente Lindeveen (https://...). Licence: CC0-1.0 – attribution". */
    static String attribution(Item item) {
        Vacancy v = item.vacancy();
        String council = item.source() != null ? item.source().council() : v.sourceId();
        return "Source: " + council + (v.url() != null ? " (" + v.url() + ")" : "") + ". " + licence(v);
    }

    private static String licence(Vacancy v) {
        String attribution = v.licence().attribution();
        return "Licence: " + v.licence().id() + (attribution == null || attribution.isBlank() ? "" : " – " + attribution);
    }

    private static SyndCategory category(String name) {
        SyndCategory c = new SyndCategoryImpl();
        c.setName(name);
        return c;
    }

    private static SyndPerson person(String name) {
        SyndPerson p = new SyndPersonImpl();
        p.setName(name);
        return p;
    }
}
