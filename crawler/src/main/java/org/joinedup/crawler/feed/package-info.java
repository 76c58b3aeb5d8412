/** RSS 0.9x/1.0/2.0 and Atom feeds read with ROME from a hardened DOM, mapped onto postings (with Google Base job fields). */
package org.joinedup.crawler.feed;
