/**
 * schema.org JobPosting in web pages: JSON-LD (read leniently, as real sites break it) and microdata,
 * both turned into one JSON tree and mapped onto postings by {@link org.joinedup.crawler.html.JobPostingMapper}.
 */
package org.joinedup.crawler.html;
