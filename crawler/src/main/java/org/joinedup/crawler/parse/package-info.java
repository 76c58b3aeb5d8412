/**
 * Picks the parser for a body (by configured format, content type and sniffing) and holds what all
 * parsers share: the {@link org.joinedup.crawler.parse.ParseContext} and stable source references.
 */
package org.joinedup.crawler.parse;
