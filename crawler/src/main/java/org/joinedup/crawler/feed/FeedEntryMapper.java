package org.joinedup.crawler.feed;

import com.rometools.rome.feed.module.DCModule;
import com.rometools.rome.feed.synd.SyndCategory;
import com.rometools.rome.feed.synd.SyndContent;
import com.rometools.rome.feed.synd.SyndEntry;
import com.rometools.rome.feed.synd.SyndFeed;
import java.util.Date;
import java.util.stream.Collectors;
import org.joinedup.crawler.Posting;
import org.joinedup.crawler.SourceFormat;
import org.joinedup.crawler.charset.CharsetSniffer;
import org.joinedup.crawler.parse.ParseContext;
import org.joinedup.crawler.parse.SourceRefs;

/** Maps one feed entry onto a posting; Google Base job fields are read by {@link GoogleBaseFields}. */
final class FeedEntryMapper {
    private FeedEntryMapper() {
    }

    static Posting map(SyndFeed feed, SyndEntry e, ParseContext ctx) {
        String link = blankToNull(e.getLink());
        // &#146; and friends survive decoding as C1 controls: read them as the quotes and dashes they mean
        String title = e.getTitle() == null ? "" : CharsetSniffer.c1ToWindows1252(e.getTitle().strip());
        Posting.Builder b = Posting.builder(ctx.sourceId(), SourceRefs.of(e.getUri(), link, title))
            .url(link).title(title).descriptionHtml(CharsetSniffer.c1ToWindows1252(description(e)))
            .language(language(feed, e))
            .datePosted(iso(e.getPublishedDate() != null ? e.getPublishedDate() : e.getUpdatedDate()))
            .fetchedUrl(ctx.baseUrl()).fetchedAt(ctx.fetchedAt()).format(SourceFormat.FEED);
        for (SyndCategory c : e.getCategories()) {
            if (c.getName() != null && !c.getName().isBlank()) {
                b.occupation(new Posting.Occupation("local", null, c.getName().strip()));
            }
        }
        if (!e.getAuthors().isEmpty() || e.getAuthor() != null && !e.getAuthor().isBlank()) {
            b.extra("author", e.getAuthor());
        }
        GoogleBaseFields.apply(e.getForeignMarkup(), b);
        return b.build();
    }

    private static String description(SyndEntry e) {
        SyndContent d = e.getDescription();
        String content = e.getContents().stream().map(SyndContent::getValue)
            .filter(v -> v != null && !v.isBlank()).collect(Collectors.joining("\n"));
        if (!content.isBlank() && (d == null || d.getValue() == null || content.length() > d.getValue().length())) {
            return content;
        }
        return d == null ? "" : d.getValue();
    }

    private static String language(SyndFeed feed, SyndEntry e) {
        if (e.getModule(DCModule.URI) instanceof DCModule dc && dc.getLanguage() != null) {
            return dc.getLanguage();
        }
        return blankToNull(feed.getLanguage());
    }

    private static String iso(Date d) {
        return d == null ? null : d.toInstant().toString();
    }

    static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
