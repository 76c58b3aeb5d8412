package org.joinedup.api.syndication;

import org.joinedup.api.web.Markup;

/**
 * The OpenSearch 1.1 description document: how browsers and aggregators search us (web page, RSS, Atom,
 * JSON) and get suggestions (the OpenSearch suggestions JSON of {@code /api/v1/suggest?format=opensearch}).
 */
public final class OpenSearchDescription {
    /** Media type of the document. */
    public static final String MEDIA_TYPE = "application/opensearchdescription+xml";

    private OpenSearchDescription() {
    }

    /** The document, with every template absolute under the public base URL. */
    public static String document(PublicLinks links) {
        String base = Markup.escape(links.base().toString());
        return """
            <?xml version="1.0" encoding="UTF-8"?>
            <OpenSearchDescription xmlns="http://a9.com/-/spec/opensearch/1.1/">
              <ShortName>Joined-up Jobs</ShortName>
              <Description>Search public-sector vacancies from councils in one place.</Description>
              <Tags>jobs vacancies public sector councils</Tags>
              <InputEncoding>UTF-8</InputEncoding>
              <OutputEncoding>UTF-8</OutputEncoding>
              <Url type="text/html" template="%1$s?q={searchTerms}&amp;page={startPage?}"/>
              <Url type="application/rss+xml" template="%1$sfeeds/vacancies.rss?q={searchTerms}&amp;page={startPage?}&amp;size={count?}"/>
              <Url type="application/atom+xml" template="%1$sfeeds/vacancies.atom?q={searchTerms}&amp;page={startPage?}&amp;size={count?}"/>
              <Url type="application/json" template="%1$sapi/v1/vacancies?q={searchTerms}&amp;page={startPage?}&amp;size={count?}"/>
              <Url type="application/x-suggestions+json" template="%1$sapi/v1/suggest?q={searchTerms}&amp;format=opensearch"/>
              <Url type="%2$s" rel="self" template="%1$sopensearch.xml"/>
              <Query role="example" searchTerms="nurse"/>
              <Attribution>Vacancies keep the licences of their sources, named with each vacancy.</Attribution>
              <SyndicationRight>open</SyndicationRight>
              <Language>*</Language>
            </OpenSearchDescription>
            """.formatted(base, MEDIA_TYPE);
    }
}
